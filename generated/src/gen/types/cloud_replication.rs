// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `cloud`, `replication`.

#[allow(unused_imports)]
use super::*;

/// '&lt;VmReplicaPoints&gt;' of XML schema type 'VmReplicaPointEntityListType': the '&lt;VmReplicaPoint&gt;' entities of a collection as repeated children; JSON '{"VmReplicaPoints": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<VmReplicaPoints>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VmReplicaPoints {
    /// The 'VmReplicaPoint' entities of the collection.
    ///
    /// repeated XML element `<VmReplicaPoint>`; JSON `"VmReplicaPoints": […]`.
    pub vm_replica_points: crate::runtime::List<VmReplicaPoint>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VmReplicaPoints {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("VmReplicaPoints", &self.vm_replica_points)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VmReplicaPoints {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("VmReplicaPoints", &["VmReplicaPoint", "vmReplicaPoints"]),
        ];
        crate::runtime::json::object(deserializer, "VmReplicaPoints", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VmReplicaPoints {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.vm_replica_points = o.vec_of("VmReplicaPoint")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VmReplicaPoints {
    const ROOTS: &'static [&'static str] = &["VmReplicaPoints"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            vm_replica_points: xml::elems(el, "VmReplicaPoint")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("VmReplicaPoint")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("VmReplicaPoint")])?.is_some() {
            out.vm_replica_points.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VmReplicaPoints {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("VmReplicaPoint", &self.vm_replica_points);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VmReplicaPoints {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.vm_replica_points,
            &crate::runtime::unknown::join(path, "VmReplicaPoint"),
            out,
        );
    }
}
