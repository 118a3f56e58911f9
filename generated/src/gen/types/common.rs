// @generated — do not edit; run `cargo xtask codegen`
//! Always compiled.
#[allow(unused_imports)]
use super::*;
/// Used by GET /cdpPolicies/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/policyscheduleoptions.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CdpReplicaRpoReportingFailedOptionsType {
    /// Defines whether error notifications are enabled.
    ///
    /// XML element `<Enabled>`; JSON `"Enabled"`.
    #[serde(
        rename = "Enabled",
        alias = "enabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub enabled: Option<bool>,
    /// Time interval in seconds before Veeam Backup & Replication sends a notification with an error if a newly created restore point is not transferred to the target within the set RPO.
    ///
    /// XML element `<RPOThresholdSeconds>`; JSON `"RPOThresholdSeconds"`.
    #[serde(
        rename = "RPOThresholdSeconds",
        alias = "rPOThresholdSeconds",
        alias = "rpoThresholdSeconds",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub rpo_threshold_seconds: Option<i64>,
    /// Time interval in minutes before Veeam Backup & Replication sends a notification with an error if a newly created restore point is not transferred to the target within the set RPO.
    ///
    /// XML element `<RPOThresholdMinutes>`; JSON `"RPOThresholdMinutes"`.
    #[serde(
        rename = "RPOThresholdMinutes",
        alias = "rPOThresholdMinutes",
        alias = "rpoThresholdMinutes",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub rpo_threshold_minutes: Option<i64>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CdpReplicaRpoReportingFailedOptionsType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::elem_text(el, "Enabled")?,
            rpo_threshold_seconds: xml::elem_text(el, "RPOThresholdSeconds")?,
            rpo_threshold_minutes: xml::elem_text(el, "RPOThresholdMinutes")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &["Enabled", "RPOThresholdSeconds", "RPOThresholdMinutes"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CdpReplicaRpoReportingFailedOptionsType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("RPOThresholdSeconds", &self.rpo_threshold_seconds);
        w.elem_text("RPOThresholdMinutes", &self.rpo_threshold_minutes);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for CdpReplicaRpoReportingFailedOptionsType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// Used by GET /cdpPolicies/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/policyscheduleoptions.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CdpReplicaRpoReportingWarningOptionsType {
    /// Defines whether warning notifications are enabled.
    ///
    /// XML element `<Enabled>`; JSON `"Enabled"`.
    #[serde(
        rename = "Enabled",
        alias = "enabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub enabled: Option<bool>,
    /// Time interval in seconds before Veeam Backup & Replication sends a notification with a warning if a newly created restore point is not transferred to the target within the set RPO.
    ///
    /// XML element `<RPOThresholdSeconds>`; JSON `"RPOThresholdSeconds"`.
    #[serde(
        rename = "RPOThresholdSeconds",
        alias = "rPOThresholdSeconds",
        alias = "rpoThresholdSeconds",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub rpo_threshold_seconds: Option<i64>,
    /// Time interval in minutes before Veeam Backup & Replication sends a notification with a warning if a newly created restore point is not transferred to the target within the set RPO.
    ///
    /// XML element `<RPOThresholdMinutes>`; JSON `"RPOThresholdMinutes"`.
    #[serde(
        rename = "RPOThresholdMinutes",
        alias = "rPOThresholdMinutes",
        alias = "rpoThresholdMinutes",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub rpo_threshold_minutes: Option<i64>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CdpReplicaRpoReportingWarningOptionsType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::elem_text(el, "Enabled")?,
            rpo_threshold_seconds: xml::elem_text(el, "RPOThresholdSeconds")?,
            rpo_threshold_minutes: xml::elem_text(el, "RPOThresholdMinutes")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &["Enabled", "RPOThresholdSeconds", "RPOThresholdMinutes"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CdpReplicaRpoReportingWarningOptionsType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("RPOThresholdSeconds", &self.rpo_threshold_seconds);
        w.elem_text("RPOThresholdMinutes", &self.rpo_threshold_minutes);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for CdpReplicaRpoReportingWarningOptionsType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/catalog_vms_vmname_vmrestorepoints_id.html>
///
/// XML root element: `<CatalogVmRestorePoint>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CatalogVmRestorePoint {
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
    /// XML attribute `Name`; JSON `"Name"`.
    #[serde(
        rename = "Name",
        alias = "name",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub name: Option<String>,
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
    /// XML element `<BackupDateUTC>`; JSON `"BackupDateUTC"`.
    #[serde(
        rename = "BackupDateUTC",
        alias = "backupDateUTC",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_date_utc: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for CatalogVmRestorePoint {
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
            backup_date_utc: xml::elem_text(el, "BackupDateUTC")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &["Links", "BackupDateUTC"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for CatalogVmRestorePoint {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_deref());
        w.elem_text("BackupDateUTC", &self.backup_date_utc);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for CatalogVmRestorePoint {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
    }
}
/// The `Day` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Day {
    /// XML attribute `Name`; JSON `"Name"`.
    #[serde(
        rename = "Name",
        alias = "name",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub name: Option<String>,
    /// The element's own text, beside its attributes; JSON `"Value"`.
    #[serde(
        rename = "Value",
        alias = "value",
        alias = "#text",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub text: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for Day {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            name: xml::attr(el, "Name")?,
            text: xml::text(el)?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Name"],
                &[],
                &[],
                true,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for Day {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Name", &self.name);
        w.text(&self.text);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for Day {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// Used by DELETE /cloud/tenants/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_tenants_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct DeleteCloudTenantsSpec {
    /// Defines if the backups created for the tenant account will be deleted from the cloud repository. Possible values: • True • False
    ///
    /// XML element `<includeBackups>`; JSON `"includeBackups"`.
    #[serde(
        rename = "includeBackups",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub include_backups: Option<bool>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for DeleteCloudTenantsSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            include_backups: xml::elem_text(el, "includeBackups")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &["includeBackups"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for DeleteCloudTenantsSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("includeBackups", &self.include_backups);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for DeleteCloudTenantsSpec {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// Used by GET /agents/jobs/{ID}/includes/{ID}, POST /jobs/{ID}/includes.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/guestprocessingoptions.html>
///
/// XML root element: `<FSFileExcludeOptions>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct FsFileExcludeOptionsType {
    /// Guest OS file exclusion mode. Possible values: • 1 • 2
    ///
    /// XML element `<BackupScope>`; JSON `"BackupScope"`.
    #[serde(
        rename = "BackupScope",
        alias = "backupScope",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub backup_scope: Option<super::enums::FsFileExcludeOptionsTypeBackupScope>,
    /// List of files and folders that must be included in the backup. This parameter should be specified if the 1 value is passed in the BackupScope parameter.
    ///
    /// repeated XML element `<IncludeList>`; JSON `"IncludeLists": […]`.
    #[serde(
        rename = "IncludeLists",
        alias = "IncludeList",
        alias = "includeLists",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub include_list: crate::runtime::List<String>,
    /// List of files and folders that must be excluded from the backup. This parameter should be specified if the 2 value is passed in the BackupScope parameter.
    ///
    /// XML `<ExcludeList><Path/>…</ExcludeList>`; JSON `"ExcludeLists": […]`.
    #[serde(
        rename = "ExcludeLists",
        alias = "ExcludeList",
        alias = "Path",
        alias = "excludeLists",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub exclude_list: Option<crate::runtime::List<String>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for FsFileExcludeOptionsType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            backup_scope: xml::elem_text(el, "BackupScope")?,
            include_list: xml::elems_text(el, "IncludeList")?.into(),
            exclude_list: xml::wrapped_text(el, "ExcludeList", "Path")?.map(Into::into),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &["BackupScope", "ExcludeList"],
                &["IncludeList"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for FsFileExcludeOptionsType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("BackupScope", &self.backup_scope);
        w.elems_text("IncludeList", &self.include_list);
        w.wrapped_text("ExcludeList", "Path", self.exclude_list.as_deref());
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for FsFileExcludeOptionsType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// Used by GET /query?type=ObjectInAgentBackupJob.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinagentbackuplob.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct GetQueryObjectInAgentBackupJobSpec {
    /// ID of the protected computer or protection group, for example: e310aa12-eff2-41f4-97c8-631b677fc17f.
    ///
    /// XML element `<ObjectInJobId>`; JSON `"ObjectInJobId"`.
    #[serde(
        rename = "ObjectInJobId",
        alias = "objectInJobId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub object_in_job_id: Option<String>,
    /// Name of the protected computer or protection group, for example: DC-SRV.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    #[serde(
        rename = "Name",
        alias = "name",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub name: Option<String>,
    /// Display name of the protected computer or protection group, for example: DC-SRV.
    ///
    /// XML element `<DisplayName>`; JSON `"DisplayName"`.
    #[serde(
        rename = "DisplayName",
        alias = "displayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub display_name: Option<String>,
    /// Options for application-aware image processing. For details, see Guest Processing Options.
    ///
    /// XML element `<GuestProcessingOptions>`; JSON `"GuestProcessingOptions"`.
    #[serde(
        rename = "GuestProcessingOptions",
        alias = "guestProcessingOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub guest_processing_options: Option<GuestProcessingOptionsType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for GetQueryObjectInAgentBackupJobSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            object_in_job_id: xml::elem_text(el, "ObjectInJobId")?,
            name: xml::elem_text(el, "Name")?,
            display_name: xml::elem_text(el, "DisplayName")?,
            guest_processing_options: xml::elem(el, "GuestProcessingOptions")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &["ObjectInJobId", "Name", "DisplayName", "GuestProcessingOptions"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for GetQueryObjectInAgentBackupJobSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("ObjectInJobId", &self.object_in_job_id);
        w.elem_text("Name", &self.name);
        w.elem_text("DisplayName", &self.display_name);
        w.elem("GuestProcessingOptions", &self.guest_processing_options);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for GetQueryObjectInAgentBackupJobSpec {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.guest_processing_options,
            &crate::runtime::unknown::join(path, "GuestProcessingOptions"),
            out,
        );
    }
}
/// Used by GET /agents/jobs/{ID}/includes/{ID}, POST /cdpPolicies/{ID}/includes, POST /jobs/{ID}/includes.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/guestprocessingoptions.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct GuestProcessingOptionsType {
    /// Application-aware processing options. For details, see Application-Aware Processing Options.
    ///
    /// XML element `<VssSnapshotOptions>`; JSON `"VssSnapshotOptions"`.
    #[serde(
        rename = "VssSnapshotOptions",
        alias = "vssSnapshotOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vss_snapshot_options: Option<VssSnapshotOptionsType>,
    /// Options for Microsoft Windows OS file indexing. For details, see File Indexing Options.
    ///
    /// XML element `<WindowsGuestFSIndexingOptions>`; JSON `"WindowsGuestFSIndexingOptions"`.
    #[serde(
        rename = "WindowsGuestFSIndexingOptions",
        alias = "windowsGuestFSIndexingOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub windows_guest_fs_indexing_options: Option<WindowsGuestFsIndexingOptionsType>,
    /// Options for Linux OS file indexing. For details, see File Indexing Options.
    ///
    /// XML element `<LinuxGuestFSIndexingOptions>`; JSON `"LinuxGuestFSIndexingOptions"`.
    #[serde(
        rename = "LinuxGuestFSIndexingOptions",
        alias = "linuxGuestFSIndexingOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub linux_guest_fs_indexing_options: Option<LinuxGuestFsIndexingOptions>,
    /// Options for Microsoft SQL and Oracle database transaction logs backup. For details, see SQL Backup Options.
    ///
    /// XML element `<SqlBackupOptions>`; JSON `"SqlBackupOptions"`.
    #[serde(
        rename = "SqlBackupOptions",
        alias = "sqlBackupOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sql_backup_options: Option<SqlBackupOptionsType>,
    /// ID of guest OS credentials for starting the indexing runtime process in Microsoft Windows OS.
    ///
    /// XML element `<WindowsCredentialsId>`; JSON `"WindowsCredentialsId"`.
    #[serde(
        rename = "WindowsCredentialsId",
        alias = "windowsCredentialsId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub windows_credentials_id: Option<String>,
    /// ID of guest OS credentials for starting the indexing runtime process in Linux OS.
    ///
    /// XML element `<LinuxCredentialsId>`; JSON `"LinuxCredentialsId"`.
    #[serde(
        rename = "LinuxCredentialsId",
        alias = "linuxCredentialsId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub linux_credentials_id: Option<String>,
    /// File exclusion options. For details, see File Exclusion Options.
    ///
    /// XML element `<FSFileExcludeOptions>`; JSON `"FsFileExcludeOptions"`.
    #[serde(
        rename = "FsFileExcludeOptions",
        alias = "FSFileExcludeOptions",
        alias = "fsFileExcludeOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fs_file_exclude_options: Option<FsFileExcludeOptionsType>,
    /// Options for Oracle database backup. For details, see Oracle Backup Options.
    ///
    /// XML element `<OracleBackupOptions>`; JSON `"OracleBackupOptions"`.
    #[serde(
        rename = "OracleBackupOptions",
        alias = "oracleBackupOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub oracle_backup_options: Option<OracleBackupOptionsType>,
    /// XML element `<AppAwareProcessingMode>`; JSON `"AppAwareProcessingMode"`.
    #[serde(
        rename = "AppAwareProcessingMode",
        alias = "appAwareProcessingMode",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub app_aware_processing_mode: Option<String>,
    /// XML element `<FileSystemIndexingMode>`; JSON `"FileSystemIndexingMode"`.
    #[serde(
        rename = "FileSystemIndexingMode",
        alias = "fileSystemIndexingMode",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub file_system_indexing_mode: Option<String>,
    /// repeated XML element `<IncludedIndexingFolders>`; JSON `"IncludedIndexingFolders": […]`.
    #[serde(
        rename = "IncludedIndexingFolders",
        alias = "includedIndexingFolders",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub included_indexing_folders: crate::runtime::List<String>,
    /// XML `<ExcludedIndexingFolders><Path/>…</ExcludedIndexingFolders>`; JSON `"ExcludedIndexingFolders": […]`.
    #[serde(
        rename = "ExcludedIndexingFolders",
        alias = "Path",
        alias = "excludedIndexingFolders",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub excluded_indexing_folders: Option<crate::runtime::List<String>>,
    /// XML element `<CredentialsId>`; JSON `"CredentialsId"`.
    #[serde(
        rename = "CredentialsId",
        alias = "credentialsId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub credentials_id: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for GuestProcessingOptionsType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            vss_snapshot_options: xml::elem(el, "VssSnapshotOptions")?,
            windows_guest_fs_indexing_options: xml::elem(
                el,
                "WindowsGuestFSIndexingOptions",
            )?,
            linux_guest_fs_indexing_options: xml::elem(
                el,
                "LinuxGuestFSIndexingOptions",
            )?,
            sql_backup_options: xml::elem(el, "SqlBackupOptions")?,
            windows_credentials_id: xml::elem_text(el, "WindowsCredentialsId")?,
            linux_credentials_id: xml::elem_text(el, "LinuxCredentialsId")?,
            fs_file_exclude_options: xml::elem(el, "FSFileExcludeOptions")?,
            oracle_backup_options: xml::elem(el, "OracleBackupOptions")?,
            app_aware_processing_mode: xml::elem_text(el, "AppAwareProcessingMode")?,
            file_system_indexing_mode: xml::elem_text(el, "FileSystemIndexingMode")?,
            included_indexing_folders: xml::elems_text(el, "IncludedIndexingFolders")?
                .into(),
            excluded_indexing_folders: xml::wrapped_text(
                    el,
                    "ExcludedIndexingFolders",
                    "Path",
                )?
                .map(Into::into),
            credentials_id: xml::elem_text(el, "CredentialsId")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    "VssSnapshotOptions",
                    "WindowsGuestFSIndexingOptions",
                    "LinuxGuestFSIndexingOptions",
                    "SqlBackupOptions",
                    "WindowsCredentialsId",
                    "LinuxCredentialsId",
                    "FSFileExcludeOptions",
                    "OracleBackupOptions",
                    "AppAwareProcessingMode",
                    "FileSystemIndexingMode",
                    "ExcludedIndexingFolders",
                    "CredentialsId",
                ],
                &["IncludedIndexingFolders"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for GuestProcessingOptionsType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem("VssSnapshotOptions", &self.vss_snapshot_options);
        w.elem("WindowsGuestFSIndexingOptions", &self.windows_guest_fs_indexing_options);
        w.elem("LinuxGuestFSIndexingOptions", &self.linux_guest_fs_indexing_options);
        w.elem("SqlBackupOptions", &self.sql_backup_options);
        w.elem_text("WindowsCredentialsId", &self.windows_credentials_id);
        w.elem_text("LinuxCredentialsId", &self.linux_credentials_id);
        w.elem("FSFileExcludeOptions", &self.fs_file_exclude_options);
        w.elem("OracleBackupOptions", &self.oracle_backup_options);
        w.elem_text("AppAwareProcessingMode", &self.app_aware_processing_mode);
        w.elem_text("FileSystemIndexingMode", &self.file_system_indexing_mode);
        w.elems_text("IncludedIndexingFolders", &self.included_indexing_folders);
        w.wrapped_text(
            "ExcludedIndexingFolders",
            "Path",
            self.excluded_indexing_folders.as_deref(),
        );
        w.elem_text("CredentialsId", &self.credentials_id);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for GuestProcessingOptionsType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.vss_snapshot_options,
            &crate::runtime::unknown::join(path, "VssSnapshotOptions"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.windows_guest_fs_indexing_options,
            &crate::runtime::unknown::join(path, "WindowsGuestFSIndexingOptions"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.linux_guest_fs_indexing_options,
            &crate::runtime::unknown::join(path, "LinuxGuestFSIndexingOptions"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.sql_backup_options,
            &crate::runtime::unknown::join(path, "SqlBackupOptions"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.fs_file_exclude_options,
            &crate::runtime::unknown::join(path, "FSFileExcludeOptions"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.oracle_backup_options,
            &crate::runtime::unknown::join(path, "OracleBackupOptions"),
            out,
        );
    }
}
/// The `Link` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Link {
    /// XML attribute `Rel`; JSON `"Rel"`.
    #[serde(
        rename = "Rel",
        alias = "rel",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub rel: Option<String>,
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
    /// XML attribute `Name`; JSON `"Name"`.
    #[serde(
        rename = "Name",
        alias = "name",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub name: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for Link {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            rel: xml::attr(el, "Rel")?,
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Rel", "Type", "Href", "Name"],
                &[],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for Link {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Rel", &self.rel);
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for Link {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// The `LinuxGuestFSIndexingOptions` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct LinuxGuestFsIndexingOptions {
    /// XML element `<FileSystemIndexingMode>`; JSON `"FileSystemIndexingMode"`.
    #[serde(
        rename = "FileSystemIndexingMode",
        alias = "fileSystemIndexingMode",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub file_system_indexing_mode: Option<String>,
    /// repeated XML element `<IncludedIndexingFolders>`; JSON `"IncludedIndexingFolders": […]`.
    #[serde(
        rename = "IncludedIndexingFolders",
        alias = "includedIndexingFolders",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub included_indexing_folders: crate::runtime::List<String>,
    /// XML `<ExcludedIndexingFolders><Path/>…</ExcludedIndexingFolders>`; JSON `"ExcludedIndexingFolders": […]`.
    #[serde(
        rename = "ExcludedIndexingFolders",
        alias = "Path",
        alias = "excludedIndexingFolders",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub excluded_indexing_folders: Option<crate::runtime::List<String>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for LinuxGuestFsIndexingOptions {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            file_system_indexing_mode: xml::elem_text(el, "FileSystemIndexingMode")?,
            included_indexing_folders: xml::elems_text(el, "IncludedIndexingFolders")?
                .into(),
            excluded_indexing_folders: xml::wrapped_text(
                    el,
                    "ExcludedIndexingFolders",
                    "Path",
                )?
                .map(Into::into),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &["FileSystemIndexingMode", "ExcludedIndexingFolders"],
                &["IncludedIndexingFolders"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for LinuxGuestFsIndexingOptions {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("FileSystemIndexingMode", &self.file_system_indexing_mode);
        w.elems_text("IncludedIndexingFolders", &self.included_indexing_folders);
        w.wrapped_text(
            "ExcludedIndexingFolders",
            "Path",
            self.excluded_indexing_folders.as_deref(),
        );
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for LinuxGuestFsIndexingOptions {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// Used by GET /cdpPolicies/{ID}, PUT /cdpPolicies/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/policyscheduleoptions.html>
///
/// XML root element: `<LongTermRetentionSchedule>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct LongTermRetentionScheduleType {
    /// Defines whether long-term retention schedule options are specified for the job.
    ///
    /// XML attribute `Enabled`; JSON `"Enabled"`.
    #[serde(
        rename = "Enabled",
        alias = "enabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub enabled: Option<bool>,
    /// Defines an hourly scheme when the CDP policy must create application-consistent and when crash-consistent long-term restore points. The scheduling scheme is constructed by the following pattern: &lt;Day Name ="Sunday"&gt; 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1&lt;/Day&gt; where 1 means the CDP policy must create crash-consistent long-term restore points, 2 means the CDP policy must create application-consistent long-term restore points.
    ///
    /// XML element `<Schedule>`; JSON `"Schedule"`.
    #[serde(
        rename = "Schedule",
        alias = "schedule",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub schedule: Option<String>,
    /// XML `<TimePeriods><Day/>…</TimePeriods>`; JSON `"TimePeriods": {"Day": […]}`.
    #[serde(
        rename = "TimePeriods",
        alias = "Day",
        alias = "timePeriods",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_day"
    )]
    pub time_periods: Option<crate::runtime::List<Day>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for LongTermRetentionScheduleType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            schedule: xml::elem_text(el, "Schedule")?,
            time_periods: xml::wrapped(el, "TimePeriods", "Day")?.map(Into::into),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Enabled"],
                &["Schedule", "TimePeriods"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for LongTermRetentionScheduleType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.elem_text("Schedule", &self.schedule);
        w.wrapped("TimePeriods", "Day", self.time_periods.as_deref());
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for LongTermRetentionScheduleType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.time_periods,
            &crate::runtime::unknown::join(path, "TimePeriods"),
            out,
        );
    }
}
/// Used by GET /cloud/tenants/{ID}/computeResources/{ID}, GET /cloud/tenants/{ID}/vCloudComputeResources/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_tenants_id_vcloudcomputeresources_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ManualIpAddressSettingsInfoType {
    /// IP address for the network extension appliance.
    ///
    /// XML element `<IpAddress>`; JSON `"IpAddress"`.
    #[serde(
        rename = "IpAddress",
        alias = "ipAddress",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub ip_address: Option<String>,
    /// Subnet mask for the network extension appliance.
    ///
    /// XML element `<SubnetMask>`; JSON `"SubnetMask"`.
    #[serde(
        rename = "SubnetMask",
        alias = "subnetMask",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub subnet_mask: Option<String>,
    /// Default gateway for the network extension appliance.
    ///
    /// XML element `<DefaultGateway>`; JSON `"DefaultGateway"`.
    #[serde(
        rename = "DefaultGateway",
        alias = "defaultGateway",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub default_gateway: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for ManualIpAddressSettingsInfoType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            ip_address: xml::elem_text(el, "IpAddress")?,
            subnet_mask: xml::elem_text(el, "SubnetMask")?,
            default_gateway: xml::elem_text(el, "DefaultGateway")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &["IpAddress", "SubnetMask", "DefaultGateway"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for ManualIpAddressSettingsInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("IpAddress", &self.ip_address);
        w.elem_text("SubnetMask", &self.subnet_mask);
        w.elem_text("DefaultGateway", &self.default_gateway);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for ManualIpAddressSettingsInfoType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// Used by GET /nas/fileServers/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_fileservers_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct NasServerAdvancedOptionsInfoType {
    /// Processing mode that defines if Veeam Backup & Replication uses snapshots for backups.
    ///
    /// XML element `<ProcessingMode>`; JSON `"ProcessingMode"`.
    #[serde(
        rename = "ProcessingMode",
        alias = "processingMode",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub processing_mode: Option<String>,
    /// Path to the folder on the file share where the file share snapshot is saved.
    ///
    /// XML element `<StorageSnapshotPath>`; JSON `"StorageSnapshotPath"`.
    #[serde(
        rename = "StorageSnapshotPath",
        alias = "storageSnapshotPath",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub storage_snapshot_path: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for NasServerAdvancedOptionsInfoType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            processing_mode: xml::elem_text(el, "ProcessingMode")?,
            storage_snapshot_path: xml::elem_text(el, "StorageSnapshotPath")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &["ProcessingMode", "StorageSnapshotPath"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for NasServerAdvancedOptionsInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("ProcessingMode", &self.processing_mode);
        w.elem_text("StorageSnapshotPath", &self.storage_snapshot_path);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for NasServerAdvancedOptionsInfoType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// Used by POST /cloud/tenants, POST /cloud/tenants/{ID}/computeResources, POST /cloud/tenants/{ID}/vCloudComputeResources, PUT /cloud/tenants/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cloud_tenants_id_vcloudcomputeresources.html>
///
/// XML root element: `<NetworkAppliance>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct NetworkAppliance {
    /// IP address for the network extension appliance.
    ///
    /// XML element `<IpAddress>`; JSON `"IpAddress"`.
    #[serde(
        rename = "IpAddress",
        alias = "ipAddress",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub ip_address: Option<String>,
    /// Subnet mask for the network extension appliance.
    ///
    /// XML element `<SubnetMask>`; JSON `"SubnetMask"`.
    #[serde(
        rename = "SubnetMask",
        alias = "subnetMask",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub subnet_mask: Option<String>,
    /// Default gateway for the network extension appliance.
    ///
    /// XML element `<DefaultGateway>`; JSON `"DefaultGateway"`.
    #[serde(
        rename = "DefaultGateway",
        alias = "defaultGateway",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub default_gateway: Option<String>,
    /// Name for the network extension appliance.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    #[serde(
        rename = "Name",
        alias = "name",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub name: Option<String>,
    /// Network label that identifies the port group to which you want to connect the network extension appliance. The port group is configured on the virtual switch in the SP virtualization environment and provides networking for the Veeam Cloud Connect infrastructure.
    ///
    /// XML element `<ProductionNetwork>`; JSON `"ProductionNetwork"`.
    #[serde(
        rename = "ProductionNetwork",
        alias = "productionNetwork",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub production_network: Option<String>,
    /// Defines whether network settings must be configured automatically for the network extension appliance. Possible values: • True • False If you set this option to False, you must pass network settings for the network extension appliance in the ManualIPAdressSettings section of the request body. For details, see Manual Ip Addressing Options.
    ///
    /// XML element `<ObtainIPAddressAutomatically>`; JSON `"ObtainIPAddressAutomatically"`.
    #[serde(
        rename = "ObtainIPAddressAutomatically",
        alias = "obtainIPAddressAutomatically",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub obtain_ip_address_automatically: Option<bool>,
    /// UID of the Distributed Virtual Switch on which the port group specified in the ProductionNetwork field is configured.
    ///
    /// XML element `<ViDistributedSwitchUuid>`; JSON `"ViDistributedSwitchUuid"`.
    #[serde(
        rename = "ViDistributedSwitchUuid",
        alias = "viDistributedSwitchUuid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vi_distributed_switch_uuid: Option<String>,
    /// Defines whether the port group to which the network extension appliance must be connected is configured on a Distributed Virtual Switch. Possible values: • True • False If you set this option to True, you must pass ID of the Distributed Virtual Switch in the ViDistributedSwitch field.
    ///
    /// XML element `<ProductionNetworkUnderDvs>`; JSON `"ProductionNetworkUnderDvs"`.
    #[serde(
        rename = "ProductionNetworkUnderDvs",
        alias = "productionNetworkUnderDvs",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub production_network_under_dvs: Option<bool>,
    /// XML element `<ManualIpAddressSettingsInfoType>`; JSON `"ManualIpAddressSettingsInfoType"`.
    #[serde(
        rename = "ManualIpAddressSettingsInfoType",
        alias = "manualIpAddressSettingsInfoType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub manual_ip_address_settings_info_type: Option<ManualIpAddressSettingsInfoType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for NetworkAppliance {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            ip_address: xml::elem_text(el, "IpAddress")?,
            subnet_mask: xml::elem_text(el, "SubnetMask")?,
            default_gateway: xml::elem_text(el, "DefaultGateway")?,
            name: xml::elem_text(el, "Name")?,
            production_network: xml::elem_text(el, "ProductionNetwork")?,
            obtain_ip_address_automatically: xml::elem_text(
                el,
                "ObtainIPAddressAutomatically",
            )?,
            vi_distributed_switch_uuid: xml::elem_text(el, "ViDistributedSwitchUuid")?,
            production_network_under_dvs: xml::elem_text(
                el,
                "ProductionNetworkUnderDvs",
            )?,
            manual_ip_address_settings_info_type: xml::elem(
                el,
                "ManualIpAddressSettingsInfoType",
            )?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    "IpAddress",
                    "SubnetMask",
                    "DefaultGateway",
                    "Name",
                    "ProductionNetwork",
                    "ObtainIPAddressAutomatically",
                    "ViDistributedSwitchUuid",
                    "ProductionNetworkUnderDvs",
                    "ManualIpAddressSettingsInfoType",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for NetworkAppliance {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("IpAddress", &self.ip_address);
        w.elem_text("SubnetMask", &self.subnet_mask);
        w.elem_text("DefaultGateway", &self.default_gateway);
        w.elem_text("Name", &self.name);
        w.elem_text("ProductionNetwork", &self.production_network);
        w.elem_text(
            "ObtainIPAddressAutomatically",
            &self.obtain_ip_address_automatically,
        );
        w.elem_text("ViDistributedSwitchUuid", &self.vi_distributed_switch_uuid);
        w.elem_text("ProductionNetworkUnderDvs", &self.production_network_under_dvs);
        w.elem(
            "ManualIpAddressSettingsInfoType",
            &self.manual_ip_address_settings_info_type,
        );
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for NetworkAppliance {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.manual_ip_address_settings_info_type,
            &crate::runtime::unknown::join(path, "ManualIpAddressSettingsInfoType"),
            out,
        );
    }
}
/// Used by GET /cloud/tenants/{ID}, GET /cloud/tenants/{ID}/computeResources/{ID}, GET /cloud/tenants/{ID}/vCloudComputeResources/{ID}, POST /cloud/tenants, POST /cloud/tenants/{ID}/vCloudComputeResources, PUT /cloud/tenants/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_tenants_id_vcloudcomputeresources_id.html>
///
/// XML root element: `<NetworkAppliance>`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NetworkApplianceInfoType {
    /// Name for the network extension appliance.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    #[serde(
        rename = "Name",
        alias = "name",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub name: String,
    /// Network label that identifies the port group to which the network extension appliance is connected. The port group is configured on the virtual switch in the SP virtualization environment and provides networking for the Veeam Cloud Connect infrastructure.
    ///
    /// XML element `<ProductionNetwork>`; JSON `"ProductionNetwork"`.
    #[serde(
        rename = "ProductionNetwork",
        alias = "productionNetwork",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub production_network: String,
    /// Defines whether network settings must be configured automatically for the network extension appliance. Possible values: • True • False If you set this option to False, you must pass network settings for the network extension appliance in the ManualIPAdressSettings section of the request body. For details, see Manual Ip Addressing Options.
    ///
    /// XML element `<ObtainIPAddressAutomatically>`; JSON `"ObtainIPAddressAutomatically"`.
    #[serde(
        rename = "ObtainIPAddressAutomatically",
        alias = "obtainIPAddressAutomatically",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub obtain_ip_address_automatically: bool,
    /// Network settings for the network extension appliance. For details, see Manual Ip Addressing Options.
    ///
    /// XML element `<ManualIpAddressSettingsInfoType>`; JSON `"ManualIpAddressSettingsInfoType"`.
    #[serde(
        rename = "ManualIpAddressSettingsInfoType",
        alias = "manualIpAddressSettingsInfoType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub manual_ip_address_settings_info_type: Option<ManualIpAddressSettingsInfoType>,
    /// UID of the Distributed Virtual Switch on which the port group specified in the ProductionNetwork field is configured.
    ///
    /// XML element `<ViDistributedSwitchUuid>`; JSON `"ViDistributedSwitchUuid"`.
    #[serde(
        rename = "ViDistributedSwitchUuid",
        alias = "viDistributedSwitchUuid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vi_distributed_switch_uuid: Option<String>,
    /// Defines whether the port group to which the network extension appliance must be connected is configured on a Distributed Virtual Switch. Possible values: • True • False If you set this option to True, you must pass ID of the Distributed Virtual Switch in the ViDistributedSwitch element.
    ///
    /// XML element `<ProductionNetworkUnderDvs>`; JSON `"ProductionNetworkUnderDvs"`.
    #[serde(
        rename = "ProductionNetworkUnderDvs",
        alias = "productionNetworkUnderDvs",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub production_network_under_dvs: Option<bool>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for NetworkApplianceInfoType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            name: xml::elem_text(el, "Name")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("Name"))?,
            production_network: xml::elem_text(el, "ProductionNetwork")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "ProductionNetwork",
                ))?,
            obtain_ip_address_automatically: xml::elem_text(
                    el,
                    "ObtainIPAddressAutomatically",
                )?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "ObtainIPAddressAutomatically",
                ))?,
            manual_ip_address_settings_info_type: xml::elem(
                el,
                "ManualIpAddressSettingsInfoType",
            )?,
            vi_distributed_switch_uuid: xml::elem_text(el, "ViDistributedSwitchUuid")?,
            production_network_under_dvs: xml::elem_text(
                el,
                "ProductionNetworkUnderDvs",
            )?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    "Name",
                    "ProductionNetwork",
                    "ObtainIPAddressAutomatically",
                    "ManualIpAddressSettingsInfoType",
                    "ViDistributedSwitchUuid",
                    "ProductionNetworkUnderDvs",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for NetworkApplianceInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("Name", &self.name);
        w.elem_text_req("ProductionNetwork", &self.production_network);
        w.elem_text_req(
            "ObtainIPAddressAutomatically",
            &self.obtain_ip_address_automatically,
        );
        w.elem(
            "ManualIpAddressSettingsInfoType",
            &self.manual_ip_address_settings_info_type,
        );
        w.elem_text("ViDistributedSwitchUuid", &self.vi_distributed_switch_uuid);
        w.elem_text("ProductionNetworkUnderDvs", &self.production_network_under_dvs);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for NetworkApplianceInfoType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.manual_ip_address_settings_info_type,
            &crate::runtime::unknown::join(path, "ManualIpAddressSettingsInfoType"),
            out,
        );
    }
}
/// Used by GET /agents/jobs/{ID}/includes/{ID}, POST /jobs/{ID}/includes.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/guestprocessingoptions.html>
///
/// XML root element: `<OracleBackupOptions>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct OracleBackupOptionsType {
    /// Defines whether transaction logs backup is enabled. Possible values: • True • False
    ///
    /// XML element `<BackupLogsEnabled>`; JSON `"BackupLogsEnabled"`.
    #[serde(
        rename = "BackupLogsEnabled",
        alias = "backupLogsEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_logs_enabled: Option<bool>,
    /// Frequency for transaction logs backup in minutes. This parameter should be specified if the BackupLogsEnabled option is set to True.
    ///
    /// XML element `<BackupLogsFrequencyMin>`; JSON `"BackupLogsFrequencyMin"`.
    #[serde(
        rename = "BackupLogsFrequencyMin",
        alias = "backupLogsFrequencyMin",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_logs_frequency_min: Option<i64>,
    /// Defines whether retention policy is set for transaction logs backup.
    ///
    /// XML element `<UseDbBackupRetention>`; JSON `"UseDbBackupRetention"`.
    #[serde(
        rename = "UseDbBackupRetention",
        alias = "useDbBackupRetention",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub use_db_backup_retention: Option<bool>,
    /// Number of days for transaction logs to be kept. This parameter should be specified if the UseDbBackupRetention option is set to True.
    ///
    /// XML element `<RetainDays>`; JSON `"RetainDays"`.
    #[serde(
        rename = "RetainDays",
        alias = "retainDays",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub retain_days: Option<i64>,
    /// Archived logs truncation mode. Possible values: • ByAge • BySize
    ///
    /// XML element `<ArchivedLogsTruncation>`; JSON `"ArchivedLogsTruncation"`.
    #[serde(
        rename = "ArchivedLogsTruncation",
        alias = "archivedLogsTruncation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub archived_logs_truncation: Option<
        super::enums::OracleBackupOptionsTypeArchivedLogsTruncation,
    >,
    /// Time period in hours for archived logs to be kept. This parameter should be specified if the ByAge option is passed in the ArchivedLogsTruncation parameter.
    ///
    /// XML element `<ArchivedLogsMaxAgeHours>`; JSON `"ArchivedLogsMaxAgeHours"`.
    #[serde(
        rename = "ArchivedLogsMaxAgeHours",
        alias = "archivedLogsMaxAgeHours",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub archived_logs_max_age_hours: Option<i64>,
    /// Maximum size for archived logs in gigabytes. This parameter should be specified if the BySize option is passed in the ArchivedLogsTruncation parameter.
    ///
    /// XML element `<ArchivedLogsMaxSizeMb>`; JSON `"ArchivedLogsMaxSizeMb"`.
    #[serde(
        rename = "ArchivedLogsMaxSizeMb",
        alias = "archivedLogsMaxSizeMb",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub archived_logs_max_size_mb: Option<i64>,
    /// Credentials of the account that has SYSDBA rights on the Oracle database. This parameter should be specified if you use separate accounts to access the VM guest OS and to connect to the Oracle database. Otherwise, credentials passed in the WindowsCredentialsId/LinuxCredentialsId parameter will be used.
    ///
    /// XML element `<SysdbaCredsId>`; JSON `"SysdbaCredsId"`.
    #[serde(
        rename = "SysdbaCredsId",
        alias = "sysdbaCredsId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub sysdba_creds_id: Option<String>,
    /// Defines whether automatic log shipping server selection is enabled.
    ///
    /// XML element `<ProxyAutoSelect>`; JSON `"ProxyAutoSelect"`.
    #[serde(
        rename = "ProxyAutoSelect",
        alias = "proxyAutoSelect",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub proxy_auto_select: Option<bool>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for OracleBackupOptionsType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            backup_logs_enabled: xml::elem_text(el, "BackupLogsEnabled")?,
            backup_logs_frequency_min: xml::elem_text(el, "BackupLogsFrequencyMin")?,
            use_db_backup_retention: xml::elem_text(el, "UseDbBackupRetention")?,
            retain_days: xml::elem_text(el, "RetainDays")?,
            archived_logs_truncation: xml::elem_text(el, "ArchivedLogsTruncation")?,
            archived_logs_max_age_hours: xml::elem_text(el, "ArchivedLogsMaxAgeHours")?,
            archived_logs_max_size_mb: xml::elem_text(el, "ArchivedLogsMaxSizeMb")?,
            sysdba_creds_id: xml::elem_text(el, "SysdbaCredsId")?,
            proxy_auto_select: xml::elem_text(el, "ProxyAutoSelect")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    "BackupLogsEnabled",
                    "BackupLogsFrequencyMin",
                    "UseDbBackupRetention",
                    "RetainDays",
                    "ArchivedLogsTruncation",
                    "ArchivedLogsMaxAgeHours",
                    "ArchivedLogsMaxSizeMb",
                    "SysdbaCredsId",
                    "ProxyAutoSelect",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for OracleBackupOptionsType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("BackupLogsEnabled", &self.backup_logs_enabled);
        w.elem_text("BackupLogsFrequencyMin", &self.backup_logs_frequency_min);
        w.elem_text("UseDbBackupRetention", &self.use_db_backup_retention);
        w.elem_text("RetainDays", &self.retain_days);
        w.elem_text("ArchivedLogsTruncation", &self.archived_logs_truncation);
        w.elem_text("ArchivedLogsMaxAgeHours", &self.archived_logs_max_age_hours);
        w.elem_text("ArchivedLogsMaxSizeMb", &self.archived_logs_max_size_mb);
        w.elem_text("SysdbaCredsId", &self.sysdba_creds_id);
        w.elem_text("ProxyAutoSelect", &self.proxy_auto_select);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for OracleBackupOptionsType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// Used by PUT /cdpPolicies/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_cdppolicies_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PolicyScheduleOptions {
    /// Recovery point objective in seconds.
    ///
    /// XML element `<RecoveryPointObjectiveSeconds>`; JSON `"RecoveryPointObjectiveSeconds"`.
    #[serde(
        rename = "RecoveryPointObjectiveSeconds",
        alias = "recoveryPointObjectiveSeconds",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub recovery_point_objective_seconds: Option<i64>,
    /// Recovery point objective in minutes.
    ///
    /// XML element `<RecoveryPointObjectiveMinutes>`; JSON `"RecoveryPointObjectiveMinutes"`.
    #[serde(
        rename = "RecoveryPointObjectiveMinutes",
        alias = "recoveryPointObjectiveMinutes",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub recovery_point_objective_minutes: Option<i64>,
    /// Time intervals that define when the CDP policy is allowed to create a replicated state of the source VMs. For details, see RPO Schedule Options.
    ///
    /// XML element `<RPOSchedule>`; JSON `"RPOSchedule"`.
    #[serde(
        rename = "RPOSchedule",
        alias = "rPOSchedule",
        alias = "rpoSchedule",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub rpo_schedule: Option<RpoScheduleType>,
    /// Defines RPO reporting settings. For details, see RPO Reporting Options.
    ///
    /// XML element `<RPOReporting>`; JSON `"RPOReporting"`.
    #[serde(
        rename = "RPOReporting",
        alias = "rPOReporting",
        alias = "rpoReporting",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub rpo_reporting: Option<RpoReportingType>,
    /// Time period for which short-term restore points must be stored, in minutes.
    ///
    /// XML element `<ShortTermRetentionMinutes>`; JSON `"ShortTermRetentionMinutes"`.
    #[serde(
        rename = "ShortTermRetentionMinutes",
        alias = "shortTermRetentionMinutes",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub short_term_retention_minutes: Option<i64>,
    /// Time period for which short-term restore points must be stored, in hours.
    ///
    /// XML element `<ShortTermRetentionHours>`; JSON `"ShortTermRetentionHours"`.
    #[serde(
        rename = "ShortTermRetentionHours",
        alias = "shortTermRetentionHours",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub short_term_retention_hours: Option<i64>,
    /// Defines how often new long-term restore points must be created, in hours.
    ///
    /// XML element `<LongTermRetentionHours>`; JSON `"LongTermRetentionHours"`.
    #[serde(
        rename = "LongTermRetentionHours",
        alias = "longTermRetentionHours",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub long_term_retention_hours: Option<i64>,
    /// Defines for how long the long-term restore points must be retained, in days.
    ///
    /// XML element `<LongTermRetentionKeepDays>`; JSON `"LongTermRetentionKeepDays"`.
    #[serde(
        rename = "LongTermRetentionKeepDays",
        alias = "longTermRetentionKeepDays",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub long_term_retention_keep_days: Option<i64>,
    /// Time intervals that define when the CDP policy must create application-consistent and when crash-consistent long-term restore points. For details, see Long-Term Retention Schedule Options.
    ///
    /// XML element `<LongTermRetentionSchedule>`; JSON `"LongTermRetentionSchedule"`.
    #[serde(
        rename = "LongTermRetentionSchedule",
        alias = "longTermRetentionSchedule",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub long_term_retention_schedule: Option<LongTermRetentionScheduleType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for PolicyScheduleOptions {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            recovery_point_objective_seconds: xml::elem_text(
                el,
                "RecoveryPointObjectiveSeconds",
            )?,
            recovery_point_objective_minutes: xml::elem_text(
                el,
                "RecoveryPointObjectiveMinutes",
            )?,
            rpo_schedule: xml::elem(el, "RPOSchedule")?,
            rpo_reporting: xml::elem(el, "RPOReporting")?,
            short_term_retention_minutes: xml::elem_text(
                el,
                "ShortTermRetentionMinutes",
            )?,
            short_term_retention_hours: xml::elem_text(el, "ShortTermRetentionHours")?,
            long_term_retention_hours: xml::elem_text(el, "LongTermRetentionHours")?,
            long_term_retention_keep_days: xml::elem_text(
                el,
                "LongTermRetentionKeepDays",
            )?,
            long_term_retention_schedule: xml::elem(el, "LongTermRetentionSchedule")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    "RecoveryPointObjectiveSeconds",
                    "RecoveryPointObjectiveMinutes",
                    "RPOSchedule",
                    "RPOReporting",
                    "ShortTermRetentionMinutes",
                    "ShortTermRetentionHours",
                    "LongTermRetentionHours",
                    "LongTermRetentionKeepDays",
                    "LongTermRetentionSchedule",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for PolicyScheduleOptions {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text(
            "RecoveryPointObjectiveSeconds",
            &self.recovery_point_objective_seconds,
        );
        w.elem_text(
            "RecoveryPointObjectiveMinutes",
            &self.recovery_point_objective_minutes,
        );
        w.elem("RPOSchedule", &self.rpo_schedule);
        w.elem("RPOReporting", &self.rpo_reporting);
        w.elem_text("ShortTermRetentionMinutes", &self.short_term_retention_minutes);
        w.elem_text("ShortTermRetentionHours", &self.short_term_retention_hours);
        w.elem_text("LongTermRetentionHours", &self.long_term_retention_hours);
        w.elem_text("LongTermRetentionKeepDays", &self.long_term_retention_keep_days);
        w.elem("LongTermRetentionSchedule", &self.long_term_retention_schedule);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for PolicyScheduleOptions {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.rpo_schedule,
            &crate::runtime::unknown::join(path, "RPOSchedule"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.rpo_reporting,
            &crate::runtime::unknown::join(path, "RPOReporting"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.long_term_retention_schedule,
            &crate::runtime::unknown::join(path, "LongTermRetentionSchedule"),
            out,
        );
    }
}
/// Used by GET /cdpPolicies/{ID}, PUT /cdpPolicies/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/policyscheduleoptions.html>
///
/// XML root element: `<RPOReporting>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct RpoReportingType {
    /// Defines whether RPO reporting options are specified for the job.
    ///
    /// XML element `<Enabled>`; JSON `"Enabled"`.
    #[serde(
        rename = "Enabled",
        alias = "enabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub enabled: Option<bool>,
    /// Time interval in seconds or minutes before Veeam Backup & Replication sends a notification with a warning if a newly created restore point is not transferred to the target within the set RPO. For details, see Warning Settings.
    ///
    /// XML element `<MarkAsWarning>`; JSON `"MarkAsWarning"`.
    #[serde(
        rename = "MarkAsWarning",
        alias = "markAsWarning",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub mark_as_warning: Option<CdpReplicaRpoReportingWarningOptionsType>,
    /// Time interval in seconds or minutes before Veeam Backup & Replication sends a notification with an error if a newly created restore point is not transferred to the target within the set RPO. For details, see Error Settings.
    ///
    /// XML element `<MarkAsFailed>`; JSON `"MarkAsFailed"`.
    #[serde(
        rename = "MarkAsFailed",
        alias = "markAsFailed",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub mark_as_failed: Option<CdpReplicaRpoReportingFailedOptionsType>,
    /// Time interval in seconds before Veeam Backup & Replication sends a notification with a warning if a newly created restore point is not transferred to the target within the set RPO.
    ///
    /// XML element `<RPOThresholdSeconds>`; JSON `"RPOThresholdSeconds"`.
    #[serde(
        rename = "RPOThresholdSeconds",
        alias = "rPOThresholdSeconds",
        alias = "rpoThresholdSeconds",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub rpo_threshold_seconds: Option<i64>,
    /// Time interval in minutes before Veeam Backup & Replication sends a notification with a warning if a newly created restore point is not transferred to the target within the set RPO.
    ///
    /// XML element `<RPOThresholdMinutes>`; JSON `"RPOThresholdMinutes"`.
    #[serde(
        rename = "RPOThresholdMinutes",
        alias = "rPOThresholdMinutes",
        alias = "rpoThresholdMinutes",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub rpo_threshold_minutes: Option<i64>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for RpoReportingType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::elem_text(el, "Enabled")?,
            mark_as_warning: xml::elem(el, "MarkAsWarning")?,
            mark_as_failed: xml::elem(el, "MarkAsFailed")?,
            rpo_threshold_seconds: xml::elem_text(el, "RPOThresholdSeconds")?,
            rpo_threshold_minutes: xml::elem_text(el, "RPOThresholdMinutes")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    "Enabled",
                    "MarkAsWarning",
                    "MarkAsFailed",
                    "RPOThresholdSeconds",
                    "RPOThresholdMinutes",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for RpoReportingType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem("MarkAsWarning", &self.mark_as_warning);
        w.elem("MarkAsFailed", &self.mark_as_failed);
        w.elem_text("RPOThresholdSeconds", &self.rpo_threshold_seconds);
        w.elem_text("RPOThresholdMinutes", &self.rpo_threshold_minutes);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for RpoReportingType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.mark_as_warning,
            &crate::runtime::unknown::join(path, "MarkAsWarning"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.mark_as_failed,
            &crate::runtime::unknown::join(path, "MarkAsFailed"),
            out,
        );
    }
}
/// Used by GET /cdpPolicies/{ID}, PUT /cdpPolicies/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/policyscheduleoptions.html>
///
/// XML root element: `<RPOSchedule>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct RpoScheduleType {
    /// Defines whether RPO schedule options are specified for the CDP policy.
    ///
    /// XML attribute `Enabled`; JSON `"Enabled"`.
    #[serde(
        rename = "Enabled",
        alias = "enabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub enabled: Option<bool>,
    /// Defines an hourly scheme by which the CDP policy must run. The schedule scheme is constructed by the following pattern: &lt;Day Name ="Sunday"&gt; 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1&lt;/Day&gt; where 1 means the CDP policy must run, 0 means the CDP policy must not run.
    ///
    /// XML `<TimePeriods><Day/>…</TimePeriods>`; JSON `"TimePeriods": {"Day": […]}`.
    #[serde(
        rename = "TimePeriods",
        alias = "Day",
        alias = "timePeriods",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_day"
    )]
    pub time_periods: Option<crate::runtime::List<Day>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for RpoScheduleType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            time_periods: xml::wrapped(el, "TimePeriods", "Day")?.map(Into::into),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Enabled"],
                &["TimePeriods"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for RpoScheduleType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.wrapped("TimePeriods", "Day", self.time_periods.as_deref());
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for RpoScheduleType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.time_periods,
            &crate::runtime::unknown::join(path, "TimePeriods"),
            out,
        );
    }
}
/// The `Ref` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Ref {
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
    /// XML attribute `Name`; JSON `"Name"`.
    #[serde(
        rename = "Name",
        alias = "name",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub name: Option<String>,
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
impl crate::runtime::xml::FromXml for Ref {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            uid: xml::attr(el, "UID")?,
            name: xml::attr(el, "Name")?,
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            links: xml::wrapped(el, "Links", "Link")?.map(Into::into),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["UID", "Name", "Href", "Type"],
                &["Links"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for Ref {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("UID", &self.uid);
        w.attr("Name", &self.name);
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.wrapped("Links", "Link", self.links.as_deref());
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for Ref {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
    }
}
/// The `Result` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ResultType {
    /// XML attribute `Success`; JSON `"Success"`.
    #[serde(
        rename = "Success",
        alias = "success",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub success: Option<String>,
    /// XML element `<Message>`; JSON `"Message"`.
    #[serde(
        rename = "Message",
        alias = "message",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub message: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for ResultType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            success: xml::attr(el, "Success")?,
            message: xml::elem_text(el, "Message")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Success"],
                &["Message"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for ResultType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Success", &self.success);
        w.elem_text("Message", &self.message);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for ResultType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// Used by GET /agents/jobs/{ID}/includes/{ID}, POST /jobs/{ID}/includes.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/guestprocessingoptions.html>
///
/// XML root element: `<SqlBackupOptions>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SqlBackupOptionsType {
    /// Transaction logs processing mode. Possible values: • OnlyOnSuccessJob • Backup
    ///
    /// XML element `<TransactionLogsProcessing>`; JSON `"TransactionLogsProcessing"`.
    #[serde(
        rename = "TransactionLogsProcessing",
        alias = "transactionLogsProcessing",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_logs_processing: Option<
        super::enums::SqlBackupOptionsTypeTransactionLogsProcessing,
    >,
    /// Frequency for transaction logs backup in minutes.
    ///
    /// XML element `<BackupLogsFrequencyMin>`; JSON `"BackupLogsFrequencyMin"`.
    #[serde(
        rename = "BackupLogsFrequencyMin",
        alias = "backupLogsFrequencyMin",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_logs_frequency_min: Option<i64>,
    /// Defines whether retention policy is set for transaction logs backup.
    ///
    /// XML element `<UseDbBackupRetention>`; JSON `"UseDbBackupRetention"`.
    #[serde(
        rename = "UseDbBackupRetention",
        alias = "useDbBackupRetention",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub use_db_backup_retention: Option<bool>,
    /// Number of days for transaction logs to be kept. This parameter should be specified if the UseDbBackupRetention option is set to True.
    ///
    /// XML element `<RetainDays>`; JSON `"RetainDays"`.
    #[serde(
        rename = "RetainDays",
        alias = "retainDays",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub retain_days: Option<i64>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for SqlBackupOptionsType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            transaction_logs_processing: xml::elem_text(
                el,
                "TransactionLogsProcessing",
            )?,
            backup_logs_frequency_min: xml::elem_text(el, "BackupLogsFrequencyMin")?,
            use_db_backup_retention: xml::elem_text(el, "UseDbBackupRetention")?,
            retain_days: xml::elem_text(el, "RetainDays")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    "TransactionLogsProcessing",
                    "BackupLogsFrequencyMin",
                    "UseDbBackupRetention",
                    "RetainDays",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for SqlBackupOptionsType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("TransactionLogsProcessing", &self.transaction_logs_processing);
        w.elem_text("BackupLogsFrequencyMin", &self.backup_logs_frequency_min);
        w.elem_text("UseDbBackupRetention", &self.use_db_backup_retention);
        w.elem_text("RetainDays", &self.retain_days);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for SqlBackupOptionsType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// Used by GET /selfService/vSphere/Configs/{ID}, POST /selfService/vSphere/Configs, PUT /selfService/vSphere/Configs/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_selfservice_vsphere_configs_id.html>
///
/// XML root element: `<Tags>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct TagsListType {
    /// vSphere tag assigned to a VM that must be available to the tenant. If tags are specified in the tenant access configuration, the vSphere tags delegation mode is selected in Veeam Backup Enterprise Manager. The tenant is able to back up only those VMs to which the specified tags are assigned.
    ///
    /// XML element `<Tag>`; JSON `"Tag"`.
    #[serde(
        rename = "Tag",
        alias = "tag",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub tag: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for TagsListType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            tag: xml::elem_text(el, "Tag")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &["Tag"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for TagsListType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Tag", &self.tag);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for TagsListType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// Used by DELETE /cdpPolicies/{ID}/includes/{ID}, DELETE /cloud/cloudFailoverPlans/{ID}, DELETE /cloud/gatewayPools/{ID}, DELETE /cloud/gateways/{ID}, DELETE /cloud/hardwarePlans/{ID}, DELETE /cloud/publicIpAddresses/{ID}, DELETE /cloud/tenants/{ID}, DELETE /cloud/tenants/{ID}/computeResources/{ID}, DELETE /cloud/tenants/{ID}/resources/{ID}, DELETE /cloud/tenants/{ID}/subtenants/{ID}, DELETE /cloud/tenants/{ID}/vCloudComputeResources/{ID}, DELETE /cloud/vlans/{ID}, DELETE /jobs/{ID}, DELETE /jobs/{ID}/includes/{ID}, DELETE /jobs/{ID}/linkedBackupRepositories/{ID}, DELETE /jobs/{ID}/linkedJobs/{ID}, DELETE /selfService/vSphere/Configs/{ID}, DELETE /vCloud/orgConfigs/{ID}, GET /tasks/{ID}, POST /agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}?action=restore, POST /agents/jobs/{ID}?action=retry, POST /agents/jobs/{ID}?action=start, POST /agents/jobs/{ID}?action=stop, POST /agents/jobs/{ID}?action=toggleScheduleEnabled, POST /backupServers/{ID}?action=collect, POST /backupServers/{ID}?action=quickbackup, POST /backupServers/{ID}?action=veeamzip, POST /backupSessions/{ID}?action=stop, POST /catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/{filepath}?action=restore, POST /cdpPolicies/{ID}/includes, POST /cdpPolicies/{ID}?action=disable, POST /cdpPolicies/{ID}?action=enable, POST /cdpReplica/vApps/{ID}?action=failover, POST /cdpReplicas/{ID}/vms/{ID}?action=failover, POST /cloud/cloudFailoverPlans/{ID}?action=start, POST /cloud/cloudFailoverPlans/{ID}?action=test, POST /cloud/cloudFailoverPlans/{ID}?action=undo, POST /cloud/gatewayPools, POST /cloud/gateways, POST /cloud/hardwarePlans, POST /cloud/publicIpAddresses, POST /cloud/tenants, POST /cloud/tenants/{ID}/computeResources, POST /cloud/tenants/{ID}/resources, POST /cloud/tenants/{ID}/subtenants, POST /cloud/tenants/{ID}/vCloudComputeResources, POST /failoverPlans/{ID}?action=start, POST /failoverPlans/{ID}?action=undo, POST /jobs/{ID}/includes, POST /jobs/{ID}/linkedBackupRepositories, POST /jobs/{ID}/linkedJobs, POST /jobs/{ID}?action=clone, POST /jobs/{ID}?action=retry, POST /jobs/{ID}?action=start, POST /jobs/{ID}?action=stop, POST /jobs/{ID}?action=sync, POST /jobs/{ID}?action=toggleScheduleEnabled, POST /nas/jobs/{ID}/retry, POST /nas/jobs/{ID}/start, POST /nas/jobs/{ID}/stop, POST /nas/jobs/{ID}/toggleScheduleEnabled, POST /security/accounts?action=rebuildScope, POST /selfService/vSphere/Configs, POST /vAppReplicaPoints/{ID}?action=failover, POST /vAppRestorePoints/{ID}?action=restore, POST /vCloud/orgConfigs, POST /vCloud/orgConfigs/{ID}?action=disable, POST /vmReplicaPoints/{ID}/mounts, POST /vmReplicaPoints/{ID}/mounts/{ID}/{filepath}?action=restore, POST /vmReplicaPoints/{ID}?action=failover, POST /vmRestorePoints/{ID}/mounts, POST /vmRestorePoints/{ID}/mounts/{ID}/{filepath}?action=restore, POST /vmRestorePoints/{ID}?action=restore, PUT /cdpPolicies/{ID}, PUT /cloud/cloudFailoverPlans/{ID}, PUT /cloud/gatewayPools/{ID}, PUT /cloud/gateways/{ID}, PUT /cloud/hardwarePlans/{ID}, PUT /cloud/publicIpAddresses/{ID}, PUT /cloud/tenants/{ID}, PUT /cloud/tenants/{ID}/subtenants/{ID}, PUT /cloud/vlans/{ID}, PUT /failoverPlans/{ID}, PUT /jobs/{ID}?action=edit, PUT /selfService/vSphere/Configs/{ID}, PUT /vCloud/orgConfigs/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tasks_id.html>
///
/// XML root element: `<Task>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Task {
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
    /// ID of the task resource, for example: task-1.
    ///
    /// XML element `<TaskId>`; JSON `"TaskId"`.
    #[serde(
        rename = "TaskId",
        alias = "taskId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub task_id: Option<String>,
    /// State of the task. Possible values: • Running — the task is in progress. • OperationFinished — the task operation is finished on the backup server, but Veeam Backup Enterprise Manager has not collected the operation data yet. • Finished — the task operation is finished, and the Veeam Backup Enterprise Manager database contains the operation data.
    ///
    /// XML element `<State>`; JSON `"State"`.
    #[serde(
        rename = "State",
        alias = "state",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub state: Option<super::enums::TaskState>,
    /// Name of the task operation, for example: StartJob.
    ///
    /// XML element `<Operation>`; JSON `"Operation"`.
    #[serde(
        rename = "Operation",
        alias = "operation",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub operation: Option<String>,
    /// XML element `<Result>`; JSON `"Result"`.
    #[serde(
        rename = "Result",
        alias = "result",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub result: Option<ResultType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for Task {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            links: xml::wrapped(el, "Links", "Link")?.map(Into::into),
            task_id: xml::elem_text(el, "TaskId")?,
            state: xml::elem_text(el, "State")?,
            operation: xml::elem_text(el, "Operation")?,
            result: xml::elem(el, "Result")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href", "Type"],
                &["Links", "TaskId", "State", "Operation", "Result"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for Task {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.wrapped("Links", "Link", self.links.as_deref());
        w.elem_text("TaskId", &self.task_id);
        w.elem_text("State", &self.state);
        w.elem_text("Operation", &self.operation);
        w.elem("Result", &self.result);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for Task {
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
/// Used by POST /cloud/tenants, PUT /cloud/tenants/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_tenants_id.html>
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VCloudComputeResources {
    /// XML element `<VirtualDataCenterRef>`; JSON `"VirtualDataCenterRef"`.
    #[serde(
        rename = "VirtualDataCenterRef",
        alias = "virtualDataCenterRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub virtual_data_center_ref: Option<String>,
    /// Defines whether the network extension appliance must be deployed for the VMware Cloud Director tenant account. Possible values: • True • False
    ///
    /// XML element `<UseNetworkFailoverResources>`; JSON `"UseNetworkFailoverResources"`.
    #[serde(
        rename = "UseNetworkFailoverResources",
        alias = "useNetworkFailoverResources",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub use_network_failover_resources: bool,
    /// If UseNetworkFailoverResources option is set to True, you can pass parameters for the network extension appliance in the NetworkAppliance section of the request body. For details, see Network Extension Options.
    ///
    /// XML element `<NetworkAppliance>`; JSON `"NetworkAppliance"`.
    #[serde(
        rename = "NetworkAppliance",
        alias = "networkAppliance",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_appliance: Option<NetworkApplianceInfoType>,
    /// UID of the WAN accelerator that must be used as a target WAN accelerator. This parameter must be specified if you want tenants to communicate with vCloud hosts through WAN accelerators.
    ///
    /// XML element `<WanAcceleratorUid>`; JSON `"WanAcceleratorUid"`.
    #[serde(
        rename = "WanAcceleratorUid",
        alias = "wanAcceleratorUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub wan_accelerator_uid: Option<crate::runtime::Uid>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for VCloudComputeResources {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            virtual_data_center_ref: xml::elem_text(el, "VirtualDataCenterRef")?,
            use_network_failover_resources: xml::elem_text(
                    el,
                    "UseNetworkFailoverResources",
                )?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "UseNetworkFailoverResources",
                ))?,
            network_appliance: xml::elem(el, "NetworkAppliance")?,
            wan_accelerator_uid: xml::elem_text(el, "WanAcceleratorUid")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    "VirtualDataCenterRef",
                    "UseNetworkFailoverResources",
                    "NetworkAppliance",
                    "WanAcceleratorUid",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for VCloudComputeResources {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("VirtualDataCenterRef", &self.virtual_data_center_ref);
        w.elem_text_req(
            "UseNetworkFailoverResources",
            &self.use_network_failover_resources,
        );
        w.elem("NetworkAppliance", &self.network_appliance);
        w.elem_text("WanAcceleratorUid", &self.wan_accelerator_uid);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for VCloudComputeResources {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.network_appliance,
            &crate::runtime::unknown::join(path, "NetworkAppliance"),
            out,
        );
    }
}
/// Used by PUT /selfService/vSphere/Configs/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_selfservice_vsphere_configs_id.html>
///
/// XML root element: `<JobSettings>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VSphereSelfServiceConfigEntityTypeJobSettings {
    /// Defines what settings are applied to backup jobs created by the tenant of vSphere Self-Service Backup Portal. Possible values: • True — tenant jobs are configured with the default settings of a backup job for vSphere VMs. • False — tenant jobs are configured with settings of the backup job specified as a template.
    ///
    /// XML element `<DefaultSettings>`; JSON `"DefaultSettings"`.
    #[serde(
        rename = "DefaultSettings",
        alias = "defaultSettings",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub default_settings: Option<bool>,
    /// Job scheduling options. Possible values: • Full — tenant of the vSphere Self-Service Backup Portal has full access to all job scheduling options. • Partial — tenant of the vSphere Self-Service Backup Portal can create daily and monthly jobs only. • Random — tenant of the vSphere Self-Service Backup Portal can create daily jobs with randomized start time within the backup window. • Disabled — tenant of the vSphere Self-Service Backup Portal can create only jobs with no schedule assigned.
    ///
    /// XML element `<JobSchedulerType>`; JSON `"JobSchedulerType"`.
    #[serde(
        rename = "JobSchedulerType",
        alias = "jobSchedulerType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub job_scheduler_type: Option<
        super::enums::VSphereSelfServiceConfigEntityTypeJobSettingsJobSchedulerType,
    >,
    /// Defines whether the backup job has a high priority. Possible values: • True • False
    ///
    /// XML element `<HighPriorityJob>`; JSON `"HighPriorityJob"`.
    #[serde(
        rename = "HighPriorityJob",
        alias = "highPriorityJob",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub high_priority_job: Option<bool>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for VSphereSelfServiceConfigEntityTypeJobSettings {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            default_settings: xml::elem_text(el, "DefaultSettings")?,
            job_scheduler_type: xml::elem_text(el, "JobSchedulerType")?,
            high_priority_job: xml::elem_text(el, "HighPriorityJob")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &["DefaultSettings", "JobSchedulerType", "HighPriorityJob"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for VSphereSelfServiceConfigEntityTypeJobSettings {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("DefaultSettings", &self.default_settings);
        w.elem_text("JobSchedulerType", &self.job_scheduler_type);
        w.elem_text("HighPriorityJob", &self.high_priority_job);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for VSphereSelfServiceConfigEntityTypeJobSettings {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// The `Vm` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Vm {
    /// XML element `<VmRestorePointUid>`; JSON `"VmRestorePointUid"`.
    #[serde(
        rename = "VmRestorePointUid",
        alias = "vmRestorePointUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vm_restore_point_uid: Option<String>,
    /// XML element `<VmNewName>`; JSON `"VmNewName"`.
    #[serde(
        rename = "VmNewName",
        alias = "vmNewName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vm_new_name: Option<String>,
    /// XML element `<DatastoreRef>`; JSON `"DatastoreRef"`.
    #[serde(
        rename = "DatastoreRef",
        alias = "datastoreRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub datastore_ref: Option<String>,
    /// XML element `<OrgVdcStorageProfileRef>`; JSON `"OrgVdcStorageProfileRef"`.
    #[serde(
        rename = "OrgVdcStorageProfileRef",
        alias = "orgVdcStorageProfileRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub org_vdc_storage_profile_ref: Option<String>,
    /// XML element `<LinkedCloneVmTemplateRef>`; JSON `"LinkedCloneVmTemplateRef"`.
    #[serde(
        rename = "LinkedCloneVmTemplateRef",
        alias = "linkedCloneVmTemplateRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub linked_clone_vm_template_ref: Option<String>,
    /// XML element `<Vm>`; JSON `"Vm"`.
    #[serde(
        rename = "Vm",
        alias = "vm",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vm: Option<VmVm>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for Vm {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            vm_restore_point_uid: xml::elem_text(el, "VmRestorePointUid")?,
            vm_new_name: xml::elem_text(el, "VmNewName")?,
            datastore_ref: xml::elem_text(el, "DatastoreRef")?,
            org_vdc_storage_profile_ref: xml::elem_text(el, "OrgVdcStorageProfileRef")?,
            linked_clone_vm_template_ref: xml::elem_text(
                el,
                "LinkedCloneVmTemplateRef",
            )?,
            vm: xml::elem(el, "Vm")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    "VmRestorePointUid",
                    "VmNewName",
                    "DatastoreRef",
                    "OrgVdcStorageProfileRef",
                    "LinkedCloneVmTemplateRef",
                    "Vm",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for Vm {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("VmRestorePointUid", &self.vm_restore_point_uid);
        w.elem_text("VmNewName", &self.vm_new_name);
        w.elem_text("DatastoreRef", &self.datastore_ref);
        w.elem_text("OrgVdcStorageProfileRef", &self.org_vdc_storage_profile_ref);
        w.elem_text("LinkedCloneVmTemplateRef", &self.linked_clone_vm_template_ref);
        w.elem("Vm", &self.vm);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for Vm {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.vm,
            &crate::runtime::unknown::join(path, "Vm"),
            out,
        );
    }
}
/// 'Vm' of Vm, known only from a JSON sample.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VmVm {
    /// XML element `<DatastoreRef>`; JSON `"DatastoreRef"`.
    #[serde(
        rename = "DatastoreRef",
        alias = "datastoreRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub datastore_ref: Option<String>,
    /// XML element `<LinkedCloneVmTemplateRef>`; JSON `"LinkedCloneVmTemplateRef"`.
    #[serde(
        rename = "LinkedCloneVmTemplateRef",
        alias = "linkedCloneVmTemplateRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub linked_clone_vm_template_ref: Option<String>,
    /// XML element `<OrgVdcStorageProfileRef>`; JSON `"OrgVdcStorageProfileRef"`.
    #[serde(
        rename = "OrgVdcStorageProfileRef",
        alias = "orgVdcStorageProfileRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub org_vdc_storage_profile_ref: Option<String>,
    /// XML element `<VmNewName>`; JSON `"VmNewName"`.
    #[serde(
        rename = "VmNewName",
        alias = "vmNewName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vm_new_name: Option<String>,
    /// XML element `<VmRestorePointUid>`; JSON `"VmRestorePointUid"`.
    #[serde(
        rename = "VmRestorePointUid",
        alias = "vmRestorePointUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vm_restore_point_uid: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for VmVm {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            datastore_ref: xml::elem_text(el, "DatastoreRef")?,
            linked_clone_vm_template_ref: xml::elem_text(
                el,
                "LinkedCloneVmTemplateRef",
            )?,
            org_vdc_storage_profile_ref: xml::elem_text(el, "OrgVdcStorageProfileRef")?,
            vm_new_name: xml::elem_text(el, "VmNewName")?,
            vm_restore_point_uid: xml::elem_text(el, "VmRestorePointUid")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    "DatastoreRef",
                    "LinkedCloneVmTemplateRef",
                    "OrgVdcStorageProfileRef",
                    "VmNewName",
                    "VmRestorePointUid",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for VmVm {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("DatastoreRef", &self.datastore_ref);
        w.elem_text("LinkedCloneVmTemplateRef", &self.linked_clone_vm_template_ref);
        w.elem_text("OrgVdcStorageProfileRef", &self.org_vdc_storage_profile_ref);
        w.elem_text("VmNewName", &self.vm_new_name);
        w.elem_text("VmRestorePointUid", &self.vm_restore_point_uid);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for VmVm {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// Used by POST /vAppRestorePoints/{ID}?action=restore.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vapprestorepoints_id_actionrestore.html>
///
/// XML root element: `<RestoreSpec>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VmsRestoreParameters {
    /// UID of the restore point from which the VM must be restored, for example: urn:veeam:VmRestorePoint:48c8cd65-d5fa-4ca6-8a98-d3fde641086e.
    ///
    /// XML element `<VmRestorePointUid>`; JSON `"VmRestorePointUid"`.
    #[serde(
        rename = "VmRestorePointUid",
        alias = "vmRestorePointUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vm_restore_point_uid: Option<crate::runtime::Uid>,
    /// Name of the restored VM. If this parameter is not specified, the VM is restored with its initial name.
    ///
    /// XML element `<VmNewName>`; JSON `"VmNewName"`.
    #[serde(
        rename = "VmNewName",
        alias = "vmNewName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vm_new_name: Option<String>,
    /// Reference to the datastore on which VM files must be placed. You can construct the reference manually or use the lookup service to retrieve the reference.
    ///
    /// XML element `<DatastoreRef>`; JSON `"DatastoreRef"`.
    #[serde(
        rename = "DatastoreRef",
        alias = "datastoreRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub datastore_ref: Option<String>,
    /// Reference to the OrgVdc profile to be used for the restored VM. You can construct the reference manually or use the lookup service to retrieve the reference.
    ///
    /// XML element `<OrgVdcStorageProfileRef>`; JSON `"OrgVdcStorageProfileRef"`.
    #[serde(
        rename = "OrgVdcStorageProfileRef",
        alias = "orgVdcStorageProfileRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub org_vdc_storage_profile_ref: Option<String>,
    /// (For linked clone VMs) Reference to the template that was used to create the VM. You can construct the reference manually or use the lookup service to retrieve the reference.
    ///
    /// XML element `<LinkedCloneVmTemplateRef>`; JSON `"LinkedCloneVmTemplateRef"`.
    #[serde(
        rename = "LinkedCloneVmTemplateRef",
        alias = "linkedCloneVmTemplateRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub linked_clone_vm_template_ref: Option<String>,
    /// XML element `<vCloudVAppRestoreSpec>`; JSON `"vCloudVAppRestoreSpec"`.
    #[serde(
        rename = "vCloudVAppRestoreSpec",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub v_cloud_v_app_restore_spec: Option<VCloudVAppRestoreSpec>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for VmsRestoreParameters {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            vm_restore_point_uid: xml::elem_text(el, "VmRestorePointUid")?,
            vm_new_name: xml::elem_text(el, "VmNewName")?,
            datastore_ref: xml::elem_text(el, "DatastoreRef")?,
            org_vdc_storage_profile_ref: xml::elem_text(el, "OrgVdcStorageProfileRef")?,
            linked_clone_vm_template_ref: xml::elem_text(
                el,
                "LinkedCloneVmTemplateRef",
            )?,
            v_cloud_v_app_restore_spec: xml::elem(el, "vCloudVAppRestoreSpec")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    "VmRestorePointUid",
                    "VmNewName",
                    "DatastoreRef",
                    "OrgVdcStorageProfileRef",
                    "LinkedCloneVmTemplateRef",
                    "vCloudVAppRestoreSpec",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for VmsRestoreParameters {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("VmRestorePointUid", &self.vm_restore_point_uid);
        w.elem_text("VmNewName", &self.vm_new_name);
        w.elem_text("DatastoreRef", &self.datastore_ref);
        w.elem_text("OrgVdcStorageProfileRef", &self.org_vdc_storage_profile_ref);
        w.elem_text("LinkedCloneVmTemplateRef", &self.linked_clone_vm_template_ref);
        w.elem("vCloudVAppRestoreSpec", &self.v_cloud_v_app_restore_spec);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for VmsRestoreParameters {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.v_cloud_v_app_restore_spec,
            &crate::runtime::unknown::join(path, "vCloudVAppRestoreSpec"),
            out,
        );
    }
}
/// Used by GET /agents/jobs/{ID}/includes/{ID}, POST /cdpPolicies/{ID}/includes, POST /jobs/{ID}/includes.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/guestprocessingoptions.html>
///
/// XML root element: `<VssSnapshotOptions>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VssSnapshotOptionsType {
    /// Mode of application-aware image processing. Possible values: • RequireSuccess • IgnoreFailures • Disabled
    ///
    /// XML element `<VssSnapshotMode>`; JSON `"VssSnapshotMode"`.
    #[serde(
        rename = "VssSnapshotMode",
        alias = "vssSnapshotMode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vss_snapshot_mode: Option<super::enums::VssSnapshotOptionsTypeVssSnapshotMode>,
    /// Defines whether copy-only backups must be created or transaction logs for Microsoft Exchange, Microsoft SQL and Oracle VMs must be processed. Possible values: • True • False If you set this option to False, you should pass parameters for transaction log handling: • In the SqlBackupOptions element — for Microsoft SQL VMs • In the OracleBackupOptions element — for Oracle VMs
    ///
    /// XML element `<IsCopyOnly>`; JSON `"IsCopyOnly"`.
    #[serde(
        rename = "IsCopyOnly",
        alias = "isCopyOnly",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub is_copy_only: Option<bool>,
    /// Defines whether to use persistent guest agents on the protected VM for application-aware processing. Possible values: • True • False The default value is False.
    ///
    /// XML element `<UsePersistentGuestAgent>`; JSON `"UsePersistentGuestAgent"`.
    #[serde(
        rename = "UsePersistentGuestAgent",
        alias = "usePersistentGuestAgent",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub use_persistent_guest_agent: Option<bool>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for VssSnapshotOptionsType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            vss_snapshot_mode: xml::elem_text(el, "VssSnapshotMode")?,
            is_copy_only: xml::elem_text(el, "IsCopyOnly")?,
            use_persistent_guest_agent: xml::elem_text(el, "UsePersistentGuestAgent")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &["VssSnapshotMode", "IsCopyOnly", "UsePersistentGuestAgent"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for VssSnapshotOptionsType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("VssSnapshotMode", &self.vss_snapshot_mode);
        w.elem_text("IsCopyOnly", &self.is_copy_only);
        w.elem_text("UsePersistentGuestAgent", &self.use_persistent_guest_agent);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for VssSnapshotOptionsType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// Used by GET /agents/jobs/{ID}/includes/{ID}, POST /jobs/{ID}/includes.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/guestprocessingoptions.html>
///
/// XML root element: `<WindowsGuestFSIndexingOptions>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WindowsGuestFsIndexingOptionsType {
    /// File indexing options. Possible values: • EveryFolders • SpecifiedFolders • ExceptSpecifiedFolders
    ///
    /// XML element `<FileSystemIndexingMode>`; JSON `"FileSystemIndexingMode"`.
    #[serde(
        rename = "FileSystemIndexingMode",
        alias = "fileSystemIndexingMode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub file_system_indexing_mode: Option<
        super::enums::WindowsGuestFsIndexingOptionsTypeFileSystemIndexingMode,
    >,
    /// List of folders that must be indexed. This parameter should be specified if the SpecifiedFolders option is passed in the FileSystemIndexingMode parameter.
    ///
    /// repeated XML element `<IncludedIndexingFolders>`; JSON `"IncludedIndexingFolders": […]`.
    #[serde(
        rename = "IncludedIndexingFolders",
        alias = "includedIndexingFolders",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub included_indexing_folders: crate::runtime::List<String>,
    /// List of folders that must be excluded from indexing. This parameter should be specified if the ExceptSpecifiedFolders option is passed in the FileSystemIndexingMode parameter.
    ///
    /// XML `<ExcludedIndexingFolders><Path/>…</ExcludedIndexingFolders>`; JSON `"ExcludedIndexingFolders": […]`.
    #[serde(
        rename = "ExcludedIndexingFolders",
        alias = "Path",
        alias = "excludedIndexingFolders",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub excluded_indexing_folders: Option<crate::runtime::List<String>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for WindowsGuestFsIndexingOptionsType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            file_system_indexing_mode: xml::elem_text(el, "FileSystemIndexingMode")?,
            included_indexing_folders: xml::elems_text(el, "IncludedIndexingFolders")?
                .into(),
            excluded_indexing_folders: xml::wrapped_text(
                    el,
                    "ExcludedIndexingFolders",
                    "Path",
                )?
                .map(Into::into),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &["FileSystemIndexingMode", "ExcludedIndexingFolders"],
                &["IncludedIndexingFolders"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for WindowsGuestFsIndexingOptionsType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("FileSystemIndexingMode", &self.file_system_indexing_mode);
        w.elems_text("IncludedIndexingFolders", &self.included_indexing_folders);
        w.wrapped_text(
            "ExcludedIndexingFolders",
            "Path",
            self.excluded_indexing_folders.as_deref(),
        );
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for WindowsGuestFsIndexingOptionsType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// The `vCloudVAppRestoreSpec` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VCloudVAppRestoreSpec {
    /// XML element `<PowerOnAfterRestore>`; JSON `"PowerOnAfterRestore"`.
    #[serde(
        rename = "PowerOnAfterRestore",
        alias = "powerOnAfterRestore",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub power_on_after_restore: Option<String>,
    /// XML element `<HierarchyRootUid>`; JSON `"HierarchyRootUid"`.
    #[serde(
        rename = "HierarchyRootUid",
        alias = "hierarchyRootUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub hierarchy_root_uid: Option<String>,
    /// XML element `<OrgVdcRef>`; JSON `"OrgVdcRef"`.
    #[serde(
        rename = "OrgVdcRef",
        alias = "orgVdcRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub org_vdc_ref: Option<String>,
    /// XML element `<vAppNewName>`; JSON `"vAppNewName"`.
    #[serde(
        rename = "vAppNewName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub v_app_new_name: Option<String>,
    /// XML `<VmsRestoreParameters><Vm/>…</VmsRestoreParameters>`; JSON `"VmsRestoreParameters": {"Vms": […]}`.
    #[serde(
        rename = "VmsRestoreParameters",
        alias = "Vm",
        alias = "vmsRestoreParameters",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_vms"
    )]
    pub vms_restore_parameters: Option<crate::runtime::List<Vm>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for VCloudVAppRestoreSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            power_on_after_restore: xml::elem_text(el, "PowerOnAfterRestore")?,
            hierarchy_root_uid: xml::elem_text(el, "HierarchyRootUid")?,
            org_vdc_ref: xml::elem_text(el, "OrgVdcRef")?,
            v_app_new_name: xml::elem_text(el, "vAppNewName")?,
            vms_restore_parameters: xml::wrapped(el, "VmsRestoreParameters", "Vm")?
                .map(Into::into),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    "PowerOnAfterRestore",
                    "HierarchyRootUid",
                    "OrgVdcRef",
                    "vAppNewName",
                    "VmsRestoreParameters",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for VCloudVAppRestoreSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("PowerOnAfterRestore", &self.power_on_after_restore);
        w.elem_text("HierarchyRootUid", &self.hierarchy_root_uid);
        w.elem_text("OrgVdcRef", &self.org_vdc_ref);
        w.elem_text("vAppNewName", &self.v_app_new_name);
        w.wrapped("VmsRestoreParameters", "Vm", self.vms_restore_parameters.as_deref());
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for VCloudVAppRestoreSpec {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.vms_restore_parameters,
            &crate::runtime::unknown::join(path, "VmsRestoreParameters"),
            out,
        );
    }
}
