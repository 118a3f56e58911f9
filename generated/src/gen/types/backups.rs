// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `backups`.
#[allow(unused_imports)]
use super::*;
/// '&lt;RestorePoints&gt;' of XML schema type 'RestorePointEntityListType': the '&lt;RestorePoint&gt;' entities of a collection as repeated children; JSON '{"RestorePoints": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<RestorePoints>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct RestorePoints {
    /// The 'RestorePoint' entities of the collection.
    ///
    /// repeated XML element `<RestorePoint>`; JSON `"RestorePoints": […]`.
    #[serde(
        rename = "RestorePoints",
        alias = "RestorePoint",
        alias = "restorePoints",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub restore_point: crate::runtime::List<RestorePoint>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for RestorePoints {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            restore_point: xml::elems(el, "RestorePoint")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["RestorePoint"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for RestorePoints {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("RestorePoint", &self.restore_point);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for RestorePoints {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.restore_point,
            &crate::runtime::unknown::join(path, "RestorePoint"),
            out,
        );
    }
}
/// '&lt;VAppRestorePoints&gt;' of XML schema type 'VAppRestorePointEntityListType': the '&lt;VAppRestorePoint&gt;' entities of a collection as repeated children; JSON '{"VAppRestorePoints": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<VAppRestorePoints>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VAppRestorePoints {
    /// The 'VAppRestorePoint' entities of the collection.
    ///
    /// repeated XML element `<VAppRestorePoint>`; JSON `"VAppRestorePoints": […]`.
    #[serde(
        rename = "VAppRestorePoints",
        alias = "VAppRestorePoint",
        alias = "vAppRestorePoints",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub v_app_restore_point: crate::runtime::List<VAppRestorePoint>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for VAppRestorePoints {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            v_app_restore_point: xml::elems(el, "VAppRestorePoint")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["VAppRestorePoint"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for VAppRestorePoints {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("VAppRestorePoint", &self.v_app_restore_point);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for VAppRestorePoints {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.v_app_restore_point,
            &crate::runtime::unknown::join(path, "VAppRestorePoint"),
            out,
        );
    }
}
