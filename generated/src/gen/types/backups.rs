// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `backups`.

#[allow(unused_imports)]
use super::*;

/// '&lt;RestorePoints&gt;' of XML schema type 'RestorePointEntityListType': the '&lt;RestorePoint&gt;' entities of a collection as repeated children; JSON '{"RestorePoints": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<RestorePoints>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RestorePoints {
    /// The 'RestorePoint' entities of the collection.
    ///
    /// repeated XML element `<RestorePoint>`; JSON `"RestorePoints": […]`.
    pub restore_points: crate::runtime::List<RestorePoint>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for RestorePoints {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("RestorePoints", &self.restore_points)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for RestorePoints {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("RestorePoints", &["RestorePoint", "restorePoints"]),
        ];
        crate::runtime::json::object(deserializer, "RestorePoints", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for RestorePoints {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.restore_points = o.vec_of("RestorePoint")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for RestorePoints {
    const ROOTS: &'static [&'static str] = &["RestorePoints"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            restore_points: xml::elems(el, "RestorePoint")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("RestorePoint")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("RestorePoint")])?.is_some() {
            out.restore_points.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for RestorePoints {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("RestorePoint", &self.restore_points);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for RestorePoints {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.restore_points,
            &crate::runtime::unknown::join(path, "RestorePoint"),
            out,
        );
    }
}

/// '&lt;VAppRestorePoints&gt;' of XML schema type 'VAppRestorePointEntityListType': the '&lt;VAppRestorePoint&gt;' entities of a collection as repeated children; JSON '{"VAppRestorePoints": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<VAppRestorePoints>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VAppRestorePoints {
    /// The 'VAppRestorePoint' entities of the collection.
    ///
    /// repeated XML element `<VAppRestorePoint>`; JSON `"VAppRestorePoints": […]`.
    pub v_app_restore_points: crate::runtime::List<VAppRestorePoint>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VAppRestorePoints {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("VAppRestorePoints", &self.v_app_restore_points)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VAppRestorePoints {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("VAppRestorePoints", &["VAppRestorePoint", "vAppRestorePoints"]),
        ];
        crate::runtime::json::object(deserializer, "VAppRestorePoints", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VAppRestorePoints {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.v_app_restore_points = o.vec_of("VAppRestorePoint")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VAppRestorePoints {
    const ROOTS: &'static [&'static str] = &["VAppRestorePoints"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            v_app_restore_points: xml::elems(el, "VAppRestorePoint")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("VAppRestorePoint")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("VAppRestorePoint")])?.is_some() {
            out.v_app_restore_points.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VAppRestorePoints {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("VAppRestorePoint", &self.v_app_restore_points);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VAppRestorePoints {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.v_app_restore_points,
            &crate::runtime::unknown::join(path, "VAppRestorePoint"),
            out,
        );
    }
}
