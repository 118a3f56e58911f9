// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `agents`, `backups`.
#[allow(unused_imports)]
use super::*;
/// '&lt;AgentRestorePoints&gt;' of XML schema type 'AgentRestorePointEntityListType': the '&lt;AgentRestorePoint&gt;' entities of a collection as repeated children; JSON '{"AgentRestorePoints": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<AgentRestorePoints>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct AgentRestorePoints {
    /// The 'AgentRestorePoint' entities of the collection.
    ///
    /// repeated XML element `<AgentRestorePoint>`; JSON `"AgentRestorePoints": […]`.
    #[serde(
        rename = "AgentRestorePoints",
        alias = "AgentRestorePoint",
        alias = "agentRestorePoints",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub agent_restore_point: crate::runtime::List<AgentRestorePoint>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for AgentRestorePoints {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            agent_restore_point: xml::elems(el, "AgentRestorePoint")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["AgentRestorePoint"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for AgentRestorePoints {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("AgentRestorePoint", &self.agent_restore_point);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for AgentRestorePoints {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.agent_restore_point,
            &crate::runtime::unknown::join(path, "AgentRestorePoint"),
            out,
        );
    }
}
/// '&lt;BackupFiles&gt;' of XML schema type 'BackupFileEntityListType': the '&lt;BackupFile&gt;' entities of a collection as repeated children; JSON '{"BackupFiles": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<BackupFiles>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct BackupFiles {
    /// The 'BackupFile' entities of the collection.
    ///
    /// repeated XML element `<BackupFile>`; JSON `"BackupFiles": […]`.
    #[serde(
        rename = "BackupFiles",
        alias = "BackupFile",
        alias = "backupFiles",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub backup_file: crate::runtime::List<BackupFile>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for BackupFiles {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            backup_file: xml::elems(el, "BackupFile")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["BackupFile"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for BackupFiles {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("BackupFile", &self.backup_file);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for BackupFiles {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.backup_file,
            &crate::runtime::unknown::join(path, "BackupFile"),
            out,
        );
    }
}
