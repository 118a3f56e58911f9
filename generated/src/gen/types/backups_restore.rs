// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `backups`, `restore`.
#[allow(unused_imports)]
use super::*;
/// '&lt;VmRestorePoints&gt;' of XML schema type 'VmRestorePointEntityListType': the '&lt;VmRestorePoint&gt;' entities of a collection as repeated children; JSON '{"VmRestorePoints": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<VmRestorePoints>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VmRestorePoints {
    /// The 'VmRestorePoint' entities of the collection.
    ///
    /// repeated XML element `<VmRestorePoint>`; JSON `"VmRestorePoints": […]`.
    #[serde(
        rename = "VmRestorePoints",
        alias = "VmRestorePoint",
        alias = "vmRestorePoints",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub vm_restore_point: crate::runtime::List<VmRestorePoint>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for VmRestorePoints {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            vm_restore_point: xml::elems(el, "VmRestorePoint")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["VmRestorePoint"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for VmRestorePoints {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("VmRestorePoint", &self.vm_restore_point);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for VmRestorePoints {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.vm_restore_point,
            &crate::runtime::unknown::join(path, "VmRestorePoint"),
            out,
        );
    }
}
