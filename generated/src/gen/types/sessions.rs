// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `sessions`.
#[allow(unused_imports)]
use super::*;
/// '&lt;BackupTaskSessions&gt;' of XML schema type 'BackupTaskSessionEntityListType': the '&lt;BackupTaskSession&gt;' entities of a collection as repeated children; JSON '{"BackupTaskSessions": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<BackupTaskSessions>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct BackupTaskSessions {
    /// The 'BackupTaskSession' entities of the collection.
    ///
    /// repeated XML element `<BackupTaskSession>`; JSON `"BackupTaskSessions": […]`.
    #[serde(
        rename = "BackupTaskSessions",
        alias = "BackupTaskSession",
        alias = "backupTaskSessions",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub backup_task_session: crate::runtime::List<BackupTaskSession>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for BackupTaskSessions {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            backup_task_session: xml::elems(el, "BackupTaskSession")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["BackupTaskSession"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for BackupTaskSessions {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("BackupTaskSession", &self.backup_task_session);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for BackupTaskSessions {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.backup_task_session,
            &crate::runtime::unknown::join(path, "BackupTaskSession"),
            out,
        );
    }
}
/// '&lt;ReplicaJobSessions&gt;' of XML schema type 'ReplicaJobSessionEntityListType': the '&lt;ReplicaJobSession&gt;' entities of a collection as repeated children; JSON '{"ReplicaJobSessions": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<ReplicaJobSessions>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ReplicaJobSessions {
    /// The 'ReplicaJobSession' entities of the collection.
    ///
    /// repeated XML element `<ReplicaJobSession>`; JSON `"ReplicaJobSessions": […]`.
    #[serde(
        rename = "ReplicaJobSessions",
        alias = "ReplicaJobSession",
        alias = "replicaJobSessions",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub replica_job_session: crate::runtime::List<ReplicaJobSession>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for ReplicaJobSessions {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            replica_job_session: xml::elems(el, "ReplicaJobSession")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["ReplicaJobSession"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for ReplicaJobSessions {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("ReplicaJobSession", &self.replica_job_session);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for ReplicaJobSessions {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.replica_job_session,
            &crate::runtime::unknown::join(path, "ReplicaJobSession"),
            out,
        );
    }
}
/// '&lt;ReplicaTaskSessions&gt;' of XML schema type 'ReplicaTaskSessionEntityListType': the '&lt;ReplicaTaskSession&gt;' entities of a collection as repeated children; JSON '{"ReplicaTaskSessions": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<ReplicaTaskSessions>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ReplicaTaskSessions {
    /// The 'ReplicaTaskSession' entities of the collection.
    ///
    /// repeated XML element `<ReplicaTaskSession>`; JSON `"ReplicaTaskSessions": […]`.
    #[serde(
        rename = "ReplicaTaskSessions",
        alias = "ReplicaTaskSession",
        alias = "replicaTaskSessions",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub replica_task_session: crate::runtime::List<ReplicaTaskSession>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for ReplicaTaskSessions {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            replica_task_session: xml::elems(el, "ReplicaTaskSession")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["ReplicaTaskSession"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for ReplicaTaskSessions {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("ReplicaTaskSession", &self.replica_task_session);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for ReplicaTaskSessions {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.replica_task_session,
            &crate::runtime::unknown::join(path, "ReplicaTaskSession"),
            out,
        );
    }
}
/// '&lt;RestoreSessions&gt;' of XML schema type 'RestoreSessionEntityListType': the '&lt;RestoreSession&gt;' entities of a collection as repeated children; JSON '{"RestoreSessions": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<RestoreSessions>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct RestoreSessions {
    /// The 'RestoreSession' entities of the collection.
    ///
    /// repeated XML element `<RestoreSession>`; JSON `"RestoreSessions": […]`.
    #[serde(
        rename = "RestoreSessions",
        alias = "RestoreSession",
        alias = "restoreSessions",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub restore_session: crate::runtime::List<RestoreSession>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for RestoreSessions {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            restore_session: xml::elems(el, "RestoreSession")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["RestoreSession"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for RestoreSessions {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("RestoreSession", &self.restore_session);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for RestoreSessions {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.restore_session,
            &crate::runtime::unknown::join(path, "RestoreSession"),
            out,
        );
    }
}
/// Used by GET /systemSessions/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_systemsessions_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SessionResultInfoType {
    /// Result of the session. Possible values: • Success • Warning • Failed
    ///
    /// XML element `<Result>`; JSON `"Result"`.
    #[serde(
        rename = "Result",
        alias = "result",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub result: Option<super::enums::SessionResultInfoTypeResult>,
    /// Message with result details.
    ///
    /// XML element `<Message>`; JSON `"Message"`.
    #[serde(
        rename = "Message",
        alias = "message",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub message: Option<String>,
    /// Defines whether the session was canceled or not. Possible values: • True • False
    ///
    /// XML element `<IsCanceled>`; JSON `"IsCanceled"`.
    #[serde(
        rename = "IsCanceled",
        alias = "isCanceled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_canceled: Option<super::enums::SessionResultInfoTypeIsCanceled>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for SessionResultInfoType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            result: xml::elem_text(el, "Result")?,
            message: xml::elem_text(el, "Message")?,
            is_canceled: xml::elem_text(el, "IsCanceled")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &["Result", "Message", "IsCanceled"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for SessionResultInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Result", &self.result);
        w.elem_text("Message", &self.message);
        w.elem_text("IsCanceled", &self.is_canceled);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for SessionResultInfoType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// Used by GET /systemSessions/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_systemsessions_id.html>
///
/// XML root element: `<SystemSession>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SystemSession {
    /// XML attribute `Href`; JSON `"Href"`.
    #[serde(
        rename = "Href",
        alias = "href",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `Type`; JSON `"Type"`.
    #[serde(
        rename = "Type",
        alias = "type",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub r#type: Option<String>,
    /// Name of the system session resource, for example: Collect Job @2023-01-27 17:05:52.069837.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    #[serde(
        rename = "Name",
        alias = "name",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub name: Option<String>,
    /// UID of the system session resource, for example: urn:veeam:SystemSession:00057ade-8f1a-4b54-a265-391441981e25.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    #[serde(
        rename = "UID",
        alias = "uID",
        alias = "uid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    #[serde(
        rename = "Links",
        alias = "Link",
        alias = "links",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub links: Option<crate::runtime::List<Link>>,
    /// Type of the system session. Possible values: • CatalogConsolidation • CatalogCrawlJob • CatalogReplicationJob • CollectJob • SecurityScopesRebuild • VcPluginJob • LicAutoUpdate • DatabaseMaintenance • HistoryCollectJob • LicenseRevoke • SyncCheckForProductUpdatesOption • LogExport
    ///
    /// XML element `<SessionType>`; JSON `"SessionType"`.
    #[serde(
        rename = "SessionType",
        alias = "sessionType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub session_type: Option<super::enums::SystemSessionSessionType>,
    /// Date and time when the system session was launched. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:30.389954Z.
    ///
    /// XML element `<CreationTimeUTC>`; JSON `"CreationTimeUTC"`.
    #[serde(
        rename = "CreationTimeUTC",
        alias = "creationTimeUTC",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub creation_time_utc: Option<crate::runtime::DateTime>,
    /// Date and time when the system session was completed. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:31.000000Z.
    ///
    /// XML element `<EndTimeUTC>`; JSON `"EndTimeUTC"`.
    #[serde(
        rename = "EndTimeUTC",
        alias = "endTimeUTC",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub end_time_utc: Option<crate::runtime::DateTime>,
    /// State of the system session. Possible values: • InProgress • CompletedSuccessfully • CompletedWarning • Failed
    ///
    /// XML element `<State>`; JSON `"State"`.
    #[serde(
        rename = "State",
        alias = "state",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub state: Option<super::enums::SystemSessionState>,
    /// Result of the system session. For details, see Session Result.
    ///
    /// XML element `<Result>`; JSON `"Result"`.
    #[serde(
        rename = "Result",
        alias = "result",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub result: Option<SessionResultInfoType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for SystemSession {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?.map(Into::into),
            session_type: xml::elem_text(el, "SessionType")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            end_time_utc: xml::elem_text(el, "EndTimeUTC")?,
            state: xml::elem_text(el, "State")?,
            result: xml::elem(el, "Result")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href", "Type", "Name", "UID"],
                &[
                    "Links",
                    "SessionType",
                    "CreationTimeUTC",
                    "EndTimeUTC",
                    "State",
                    "Result",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for SystemSession {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_deref());
        w.elem_text("SessionType", &self.session_type);
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("EndTimeUTC", &self.end_time_utc);
        w.elem_text("State", &self.state);
        w.elem("Result", &self.result);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for SystemSession {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.result,
            &crate::runtime::unknown::join(path, "Result"),
            out,
        );
    }
}
/// '&lt;SystemSessionEvents&gt;' of XML schema type 'SystemSessionEventResourceType': no page spells out its members. Typed from the conventions of resource\_representations (see <https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>) (every entity carries 'Href', 'Type' and 'Links') and the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); what else the server sends is not described here.
///
/// XML root element: `<SystemSessionEvents>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SystemSessionEvents {
    /// XML attribute `Type`; JSON `"Type"`.
    #[serde(
        rename = "Type",
        alias = "type",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    #[serde(
        rename = "Href",
        alias = "href",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub href: Option<crate::runtime::Url>,
    /// The links to related resources and actions.
    ///
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    #[serde(
        rename = "Links",
        alias = "Link",
        alias = "links",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub links: Option<crate::runtime::List<Link>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for SystemSessionEvents {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            links: xml::wrapped(el, "Links", "Link")?.map(Into::into),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href"],
                &["Links"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for SystemSessionEvents {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.wrapped("Links", "Link", self.links.as_deref());
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for SystemSessionEvents {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
    }
}
/// '&lt;SystemSessions&gt;' of XML schema type 'SystemSessionEntityListType': the '&lt;SystemSession&gt;' entities of a collection as repeated children; JSON '{"SystemSessions": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<SystemSessions>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SystemSessions {
    /// The 'SystemSession' entities of the collection.
    ///
    /// repeated XML element `<SystemSession>`; JSON `"SystemSessions": […]`.
    #[serde(
        rename = "SystemSessions",
        alias = "SystemSession",
        alias = "systemSessions",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub system_session: crate::runtime::List<SystemSession>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for SystemSessions {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            system_session: xml::elems(el, "SystemSession")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["SystemSession"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for SystemSessions {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("SystemSession", &self.system_session);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for SystemSessions {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.system_session,
            &crate::runtime::unknown::join(path, "SystemSession"),
            out,
        );
    }
}
/// Used by POST /agents/agentRestorePoints/{ID}/mounts.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_agents_agentrestorepoints_id_mounts.html>
///
/// XML root element: `<Tasks>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Tasks {
    /// repeated XML element `<Task>`; JSON `"Tasks": […]`.
    #[serde(
        rename = "Tasks",
        alias = "Task",
        alias = "tasks",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub task: crate::runtime::List<Task>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for Tasks {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            task: xml::elems(el, "Task")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["Task"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for Tasks {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("Task", &self.task);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for Tasks {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.task,
            &crate::runtime::unknown::join(path, "Task"),
            out,
        );
    }
}
