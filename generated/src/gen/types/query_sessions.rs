// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `query`, `sessions`.
#[allow(unused_imports)]
use super::*;
/// Used by GET /backupTaskSessions/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backuptasksessions_id.html>
///
/// XML root element: `<BackupTaskSession>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct BackupTaskSession {
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
    /// Name of the backup task session, for example: dc-hv@2013-08-25 05:01:09.
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
    /// UID of the backup task session.
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
    /// XML attribute `VmDisplayName`; JSON `"VmDisplayName"`.
    #[serde(
        rename = "VmDisplayName",
        alias = "vmDisplayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vm_display_name: Option<String>,
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
    /// UID of the backup job session parent to the backup task session resource.
    ///
    /// XML element `<JobSessionUid>`; JSON `"JobSessionUid"`.
    #[serde(
        rename = "JobSessionUid",
        alias = "jobSessionUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub job_session_uid: Option<crate::runtime::Uid>,
    /// Date and time when the backup task session was started. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:30.389954Z.
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
    /// Date and time when the backup task session was ended. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:31.000000Z.
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
    /// State of the backup task session. Possible values: • InProgress • Pending • Completed
    ///
    /// XML element `<State>`; JSON `"State"`.
    #[serde(
        rename = "State",
        alias = "state",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub state: Option<super::enums::BackupTaskSessionState>,
    /// Result of the backup task session. Possible values: • Success • Warning • Failed
    ///
    /// XML element `<Result>`; JSON `"Result"`.
    #[serde(
        rename = "Result",
        alias = "result",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub result: Option<super::enums::BackupTaskSessionResult>,
    /// Reason for which the backup task session has been completed with the Warning or Failed result.
    ///
    /// XML element `<Reason>`; JSON `"Reason"`.
    #[serde(
        rename = "Reason",
        alias = "reason",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub reason: Option<String>,
    /// Size of all restore points produced by the backup job.
    ///
    /// XML element `<TotalSize>`; JSON `"TotalSize"`.
    #[serde(
        rename = "TotalSize",
        alias = "totalSize",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub total_size: Option<i64>,
    /// UID of the VM that is processed in the backup task session.
    ///
    /// XML element `<VmUid>`; JSON `"VmUid"`.
    #[serde(
        rename = "VmUid",
        alias = "vmUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vm_uid: Option<crate::runtime::Uid>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for BackupTaskSession {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            vm_display_name: xml::attr(el, "VmDisplayName")?,
            links: xml::wrapped(el, "Links", "Link")?.map(Into::into),
            job_session_uid: xml::elem_text(el, "JobSessionUid")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            end_time_utc: xml::elem_text(el, "EndTimeUTC")?,
            state: xml::elem_text(el, "State")?,
            result: xml::elem_text(el, "Result")?,
            reason: xml::elem_text(el, "Reason")?,
            total_size: xml::elem_text(el, "TotalSize")?,
            vm_uid: xml::elem_text(el, "VmUid")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID", "VmDisplayName"],
                &[
                    "Links",
                    "JobSessionUid",
                    "CreationTimeUTC",
                    "EndTimeUTC",
                    "State",
                    "Result",
                    "Reason",
                    "TotalSize",
                    "VmUid",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for BackupTaskSession {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.attr("VmDisplayName", &self.vm_display_name);
        w.wrapped("Links", "Link", self.links.as_deref());
        w.elem_text("JobSessionUid", &self.job_session_uid);
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("EndTimeUTC", &self.end_time_utc);
        w.elem_text("State", &self.state);
        w.elem_text("Result", &self.result);
        w.elem_text("Reason", &self.reason);
        w.elem_text("TotalSize", &self.total_size);
        w.elem_text("VmUid", &self.vm_uid);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for BackupTaskSession {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
    }
}
/// Used by GET /replicaSessions/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicasessions_id.html>
///
/// XML root element: `<ReplicaJobSession>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ReplicaJobSession {
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
    /// Name of the replication job session resource, for example: exch@2013-08-26 22:28:51.
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
    /// UID of the replication job session resource, for example: urn:veeam:ReplicaJobSession:88b395e2-81ff-439c-558c-188d97274c15.
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
    /// UID of the replication job parent to the replication job session resource, for example: urn:veeam:Job:dce85686-59c8-42c4-8766-f1c00a5b8067.
    ///
    /// XML element `<JobUid>`; JSON `"JobUid"`.
    #[serde(
        rename = "JobUid",
        alias = "jobUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub job_uid: Option<crate::runtime::Uid>,
    /// Name of the replication job parent to the replication job session resource, for example: SQL Replica.
    ///
    /// XML element `<JobName>`; JSON `"JobName"`.
    #[serde(
        rename = "JobName",
        alias = "jobName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub job_name: Option<String>,
    /// Type of the replication job session. Possible values: Replica.
    ///
    /// XML element `<JobType>`; JSON `"JobType"`.
    #[serde(
        rename = "JobType",
        alias = "jobType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub job_type: Option<String>,
    /// Date and time when the replication job session was started. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:30.389954Z.
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
    /// Date and time when the replication job session was ended. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:31.000000Z.
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
    /// State of the replication job session. Possible values: • Starting • Stopping • Working • Pausing • Resuming • Stopped
    ///
    /// XML element `<State>`; JSON `"State"`.
    #[serde(
        rename = "State",
        alias = "state",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub state: Option<super::enums::ReplicaJobSessionState>,
    /// Result of the replication job session. Possible values: • Success • Warning • Failed
    ///
    /// XML element `<Result>`; JSON `"Result"`.
    #[serde(
        rename = "Result",
        alias = "result",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub result: Option<super::enums::ReplicaJobSessionResult>,
    /// Progress of the replication job session (between 1 and 100).
    ///
    /// XML element `<Progress>`; JSON `"Progress"`.
    #[serde(
        rename = "Progress",
        alias = "progress",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub progress: Option<i64>,
    /// Defines whether the replication job session has been retried or not. Possible values: • True • False
    ///
    /// XML element `<IsRetry>`; JSON `"IsRetry"`.
    #[serde(
        rename = "IsRetry",
        alias = "isRetry",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub is_retry: Option<bool>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for ReplicaJobSession {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?.map(Into::into),
            job_uid: xml::elem_text(el, "JobUid")?,
            job_name: xml::elem_text(el, "JobName")?,
            job_type: xml::elem_text(el, "JobType")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            end_time_utc: xml::elem_text(el, "EndTimeUTC")?,
            state: xml::elem_text(el, "State")?,
            result: xml::elem_text(el, "Result")?,
            progress: xml::elem_text(el, "Progress")?,
            is_retry: xml::elem_text(el, "IsRetry")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &[
                    "Links",
                    "JobUid",
                    "JobName",
                    "JobType",
                    "CreationTimeUTC",
                    "EndTimeUTC",
                    "State",
                    "Result",
                    "Progress",
                    "IsRetry",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for ReplicaJobSession {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_deref());
        w.elem_text("JobUid", &self.job_uid);
        w.elem_text("JobName", &self.job_name);
        w.elem_text("JobType", &self.job_type);
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("EndTimeUTC", &self.end_time_utc);
        w.elem_text("State", &self.state);
        w.elem_text("Result", &self.result);
        w.elem_text("Progress", &self.progress);
        w.elem_text("IsRetry", &self.is_retry);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for ReplicaJobSession {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
    }
}
/// Used by GET /replicaTaskSessions/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicatasksessions_id.html>
///
/// XML root element: `<ReplicaTaskSession>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ReplicaTaskSession {
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
    /// Name of the replication task session, for example: dc-hv@2013-08-25 05:01:09.
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
    /// UID of the replication task session.
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
    /// XML attribute `VmDisplayName`; JSON `"VmDisplayName"`.
    #[serde(
        rename = "VmDisplayName",
        alias = "vmDisplayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vm_display_name: Option<String>,
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
    /// UID of the replication job session parent to the replication task session resource.
    ///
    /// XML element `<JobSessionUid>`; JSON `"JobSessionUid"`.
    #[serde(
        rename = "JobSessionUid",
        alias = "jobSessionUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub job_session_uid: Option<crate::runtime::Uid>,
    /// Date and time when the replication task session was started. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:30.389954Z.
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
    /// Date and time when the replication task session was ended. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:31.000000Z.
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
    /// State of the replication task session. Possible values: • InProgress • Pending • Completed
    ///
    /// XML element `<State>`; JSON `"State"`.
    #[serde(
        rename = "State",
        alias = "state",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub state: Option<super::enums::ReplicaTaskSessionState>,
    /// Result of the replication task session. Possible values: • Success • Warning • Failed
    ///
    /// XML element `<Result>`; JSON `"Result"`.
    #[serde(
        rename = "Result",
        alias = "result",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub result: Option<super::enums::ReplicaTaskSessionResult>,
    /// Reason for which the replication task session has been completed with the Warning or Failed result.
    ///
    /// XML element `<Reason>`; JSON `"Reason"`.
    #[serde(
        rename = "Reason",
        alias = "reason",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub reason: Option<String>,
    /// Size of all restore points produced by the replication job.
    ///
    /// XML element `<TotalSize>`; JSON `"TotalSize"`.
    #[serde(
        rename = "TotalSize",
        alias = "totalSize",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub total_size: Option<i64>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for ReplicaTaskSession {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            vm_display_name: xml::attr(el, "VmDisplayName")?,
            links: xml::wrapped(el, "Links", "Link")?.map(Into::into),
            job_session_uid: xml::elem_text(el, "JobSessionUid")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            end_time_utc: xml::elem_text(el, "EndTimeUTC")?,
            state: xml::elem_text(el, "State")?,
            result: xml::elem_text(el, "Result")?,
            reason: xml::elem_text(el, "Reason")?,
            total_size: xml::elem_text(el, "TotalSize")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID", "VmDisplayName"],
                &[
                    "Links",
                    "JobSessionUid",
                    "CreationTimeUTC",
                    "EndTimeUTC",
                    "State",
                    "Result",
                    "Reason",
                    "TotalSize",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for ReplicaTaskSession {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.attr("VmDisplayName", &self.vm_display_name);
        w.wrapped("Links", "Link", self.links.as_deref());
        w.elem_text("JobSessionUid", &self.job_session_uid);
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("EndTimeUTC", &self.end_time_utc);
        w.elem_text("State", &self.state);
        w.elem_text("Result", &self.result);
        w.elem_text("Reason", &self.reason);
        w.elem_text("TotalSize", &self.total_size);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for ReplicaTaskSession {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
    }
}
/// Used by GET /restoreSessions/{ID}, POST /catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/{filepath}?action=restore.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restoresessions_id.html>
///
/// XML root element: `<RestoreSession>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct RestoreSession {
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
    /// Name of the restore session resource, for example: sql02@2013-08-26 11:28:33.
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
    /// UID of the restore session resource, for example: urn:veeam:RestoreSession:ed8e95ca-6ec5-4a2d-978b-e1108c4130b6.
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
    /// XML attribute `VmDisplayName`; JSON `"VmDisplayName"`.
    #[serde(
        rename = "VmDisplayName",
        alias = "vmDisplayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vm_display_name: Option<String>,
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
    /// Type of the restore session. Possible values: • FileLevelRestore • RestoreVm
    ///
    /// XML element `<JobType>`; JSON `"JobType"`.
    #[serde(
        rename = "JobType",
        alias = "jobType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub job_type: Option<super::enums::RestoreSessionJobType>,
    /// Date and time when the restore session was started. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:30.389954Z.
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
    /// Date and time when the restore session was ended. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:31.000000Z.
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
    /// State of the restore session. Possible values: • Starting • Stopping • Working • Stopped
    ///
    /// XML element `<State>`; JSON `"State"`.
    #[serde(
        rename = "State",
        alias = "state",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub state: Option<super::enums::RestoreSessionState>,
    /// Result of the restore session. Possible values: • Success • Warning • Failed
    ///
    /// XML element `<Result>`; JSON `"Result"`.
    #[serde(
        rename = "Result",
        alias = "result",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub result: Option<super::enums::RestoreSessionResult>,
    /// Progress of the replication job session (between 1 and 100).
    ///
    /// XML element `<Progress>`; JSON `"Progress"`.
    #[serde(
        rename = "Progress",
        alias = "progress",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub progress: Option<i64>,
    /// Reference to the restored object.
    ///
    /// XML element `<RestoredObjRef>`; JSON `"RestoredObjRef"`.
    #[serde(
        rename = "RestoredObjRef",
        alias = "restoredObjRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub restored_obj_ref: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for RestoreSession {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            vm_display_name: xml::attr(el, "VmDisplayName")?,
            links: xml::wrapped(el, "Links", "Link")?.map(Into::into),
            job_type: xml::elem_text(el, "JobType")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            end_time_utc: xml::elem_text(el, "EndTimeUTC")?,
            state: xml::elem_text(el, "State")?,
            result: xml::elem_text(el, "Result")?,
            progress: xml::elem_text(el, "Progress")?,
            restored_obj_ref: xml::elem_text(el, "RestoredObjRef")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID", "VmDisplayName"],
                &[
                    "Links",
                    "JobType",
                    "CreationTimeUTC",
                    "EndTimeUTC",
                    "State",
                    "Result",
                    "Progress",
                    "RestoredObjRef",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for RestoreSession {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.attr("VmDisplayName", &self.vm_display_name);
        w.wrapped("Links", "Link", self.links.as_deref());
        w.elem_text("JobType", &self.job_type);
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("EndTimeUTC", &self.end_time_utc);
        w.elem_text("State", &self.state);
        w.elem_text("Result", &self.result);
        w.elem_text("Progress", &self.progress);
        w.elem_text("RestoredObjRef", &self.restored_obj_ref);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for RestoreSession {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
    }
}
