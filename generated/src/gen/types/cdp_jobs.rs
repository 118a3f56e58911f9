// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `cdp`, `jobs`.

#[allow(unused_imports)]
use super::*;

/// Used by POST /cdpPolicies/{ID}/includes, POST /jobs/{ID}/includes.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cdppolicies_id_includes.html>
///
/// XML root element: `<CreateObjectInJobSpec>`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateObjectInJobSpec {
    /// Reference to the VM or VM container. You can construct the reference manually or use the lookup service to retrieve the reference.
    ///
    /// XML element `<HierarchyObjRef>`; JSON `"HierarchyObjRef"`.
    pub hierarchy_obj_ref: String,
    /// Name of the VM or VM container.
    ///
    /// XML element `<HierarchyObjName>`; JSON `"HierarchyObjName"`.
    pub hierarchy_obj_name: String,
    /// Options for application-aware image processing. For details, see Guest Processing Options.
    ///
    /// XML element `<GuestProcessingOptions>`; JSON `"GuestProcessingOptions"`.
    pub guest_processing_options: Option<GuestProcessingOptionsType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CreateObjectInJobSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.req("HierarchyObjRef", &self.hierarchy_obj_ref)?;
        o.req("HierarchyObjName", &self.hierarchy_obj_name)?;
        o.opt("GuestProcessingOptions", &self.guest_processing_options)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CreateObjectInJobSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("HierarchyObjRef", &["hierarchyObjRef"]),
            F::new("HierarchyObjName", &["hierarchyObjName"]),
            F::new("GuestProcessingOptions", &["guestProcessingOptions"]),
        ];
        crate::runtime::json::object(deserializer, "CreateObjectInJobSpec", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CreateObjectInJobSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut hierarchy_obj_ref = Default::default();
        let mut hierarchy_obj_name = Default::default();
        let mut guest_processing_options = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => hierarchy_obj_ref = Some(o.lenient_req()?),
                1 => hierarchy_obj_name = Some(o.lenient_req()?),
                2 => guest_processing_options = o.value()?,
                _ => {}
            }
        }
        Ok(Self {
            hierarchy_obj_ref: o.required(hierarchy_obj_ref, 0)?,
            hierarchy_obj_name: o.required(hierarchy_obj_name, 1)?,
            guest_processing_options,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for CreateObjectInJobSpec {
    const ROOTS: &'static [&'static str] = &["CreateObjectInJobSpec"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            hierarchy_obj_ref: xml::elem_text(el, "HierarchyObjRef")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("HierarchyObjRef"))?,
            hierarchy_obj_name: xml::elem_text(el, "HierarchyObjName")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "HierarchyObjName",
                ))?,
            guest_processing_options: xml::elem(el, "GuestProcessingOptions")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("HierarchyObjRef"),
                    xml::Child::once_text::<String>("HierarchyObjName"),
                    xml::Child::once("GuestProcessingOptions"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        el_.attrs(&[])?;
        let mut hierarchy_obj_ref = None;
        let mut hierarchy_obj_name = None;
        let mut guest_processing_options = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("HierarchyObjRef"),
            xml::Tag::once("HierarchyObjName"),
            xml::Tag::once("GuestProcessingOptions"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => hierarchy_obj_ref = el_.text()?,
                1 => hierarchy_obj_name = el_.text()?,
                2 => guest_processing_options = Some(el_.elem()?),
                _ => {}
            }
        }
        Some(Self {
            hierarchy_obj_ref: hierarchy_obj_ref?,
            hierarchy_obj_name: hierarchy_obj_name?,
            guest_processing_options,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for CreateObjectInJobSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("HierarchyObjRef", &self.hierarchy_obj_ref);
        w.elem_text_req("HierarchyObjName", &self.hierarchy_obj_name);
        w.elem("GuestProcessingOptions", &self.guest_processing_options);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CreateObjectInJobSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.guest_processing_options,
            &crate::runtime::unknown::join(path, "GuestProcessingOptions"),
            out,
        );
    }
}

/// '&lt;ObjectsInJob&gt;' of XML schema type 'ObjectInJobListType': the '&lt;ObjectInJob&gt;' entities of a collection as repeated children; JSON '{"ObjectInJobs": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<ObjectsInJob>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ObjectsInJob {
    /// The 'ObjectInJob' entities of the collection.
    ///
    /// repeated XML element `<ObjectInJob>`; JSON `"ObjectInJobs": […]`.
    pub object_in_jobs: crate::runtime::List<ObjectInJob>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for ObjectsInJob {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("ObjectInJobs", &self.object_in_jobs)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for ObjectsInJob {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[F::new("ObjectInJobs", &["ObjectInJob", "objectInJobs"])];
        crate::runtime::json::object(deserializer, "ObjectsInJob", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for ObjectsInJob {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.object_in_jobs = o.vec_of("ObjectInJob")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for ObjectsInJob {
    const ROOTS: &'static [&'static str] = &["ObjectsInJob"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            object_in_jobs: xml::elems(el, "ObjectInJob")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("ObjectInJob")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("ObjectInJob")])?.is_some() {
            out.object_in_jobs.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for ObjectsInJob {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("ObjectInJob", &self.object_in_jobs);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for ObjectsInJob {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.object_in_jobs,
            &crate::runtime::unknown::join(path, "ObjectInJob"),
            out,
        );
    }
}
