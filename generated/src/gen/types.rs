// @generated — do not edit; run `cargo xtask codegen`
//! The API's types: XML through `FromXml`/`ToXml`, JSON through serde, from the same
//! struct. Fields a document may leave out are `Option`; lists are `Vec`.
/// The `ACL` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Acl {
    /// XML element `<FileAttributesChangeTrackingMode>`; JSON `"FileAttributesChangeTrackingMode"`.
    #[serde(
        rename = "FileAttributesChangeTrackingMode",
        alias = "fileAttributesChangeTrackingMode",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub file_attributes_change_tracking_mode: Option<String>,
}
impl crate::runtime::xml::FromXml for Acl {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            file_attributes_change_tracking_mode: xml::elem_text(
                el,
                "FileAttributesChangeTrackingMode",
            )?,
        })
    }
}
impl crate::runtime::xml::ToXml for Acl {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text(
            "FileAttributesChangeTrackingMode",
            &self.file_attributes_change_tracking_mode,
        );
    }
}
/// The `ADTenantType` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct AdTenantType {
    /// XML element `<Domain>`; JSON `"Domain"`.
    #[serde(
        rename = "Domain",
        alias = "domain",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub domain: Option<Domain>,
    /// XML element `<Account>`; JSON `"Account"`.
    #[serde(
        rename = "Account",
        alias = "account",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub account: Option<String>,
}
impl crate::runtime::xml::FromXml for AdTenantType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            domain: xml::elem(el, "Domain")?,
            account: xml::elem_text(el, "Account")?,
        })
    }
}
impl crate::runtime::xml::ToXml for AdTenantType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem("Domain", &self.domain);
        w.elem_text("Account", &self.account);
    }
}
/// Used by GET /agents/jobs/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_jobs_id.html>
///
/// XML root element: `<AgentBackupJob>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct AgentBackupJob {
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
    /// Name of the Veeam Agent backup job, for example: Linux job.
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
    /// UID of the Veeam Agent backup job, for example: urn:veeam:Job:da736815-4fea-4c8e-b0e1-5ecdbca1c512.
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
    pub links: Option<Vec<Link>>,
    /// Defines Veeam Agent backup job type. Possible value: AgentBackup.
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
    /// Platform for which the job is created. Possible values: • AgentForLinux • AgentForWindows
    ///
    /// XML element `<Platform>`; JSON `"Platform"`.
    #[serde(
        rename = "Platform",
        alias = "platform",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform: Option<super::enums::AgentBackupJobPlatform>,
    /// Description of the job.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub description: Option<String>,
    /// Defines whether scheduling options are specified for the job. Possible values: • True • False
    ///
    /// XML element `<ScheduleConfigured>`; JSON `"ScheduleConfigured"`.
    #[serde(
        rename = "ScheduleConfigured",
        alias = "scheduleConfigured",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub schedule_configured: Option<bool>,
    /// Defines whether schedule is enabled for the job. Possible values: • True • False
    ///
    /// XML element `<ScheduleEnabled>`; JSON `"ScheduleEnabled"`.
    #[serde(
        rename = "ScheduleEnabled",
        alias = "scheduleEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub schedule_enabled: Option<bool>,
    /// XML element `<NextRun>`; JSON `"NextRun"`.
    #[serde(
        rename = "NextRun",
        alias = "nextRun",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub next_run: Option<String>,
    /// Options that define the schedule by which the job runs. For details, see Job Scheduling Options.
    ///
    /// XML element `<JobScheduleOptions>`; JSON `"JobScheduleOptions"`.
    #[serde(
        rename = "JobScheduleOptions",
        alias = "jobScheduleOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub job_schedule_options: Option<ScheduleOptionsInfoType>,
    /// Complex object that includes a collection of machines processed by the job. For details, see GET /jobs/{ID}/includes/{ID}.
    ///
    /// XML element `<JobInfo>`; JSON `"JobInfo"`.
    #[serde(
        rename = "JobInfo",
        alias = "jobInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub job_info: Option<JobInfo>,
}
impl crate::runtime::xml::FromXml for AgentBackupJob {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            job_type: xml::elem_text(el, "JobType")?,
            platform: xml::elem_text(el, "Platform")?,
            description: xml::elem_text(el, "Description")?,
            schedule_configured: xml::elem_text(el, "ScheduleConfigured")?,
            schedule_enabled: xml::elem_text(el, "ScheduleEnabled")?,
            next_run: xml::elem_text(el, "NextRun")?,
            job_schedule_options: xml::elem(el, "JobScheduleOptions")?,
            job_info: xml::elem(el, "JobInfo")?,
        })
    }
}
impl crate::runtime::xml::ToXml for AgentBackupJob {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("JobType", &self.job_type);
        w.elem_text("Platform", &self.platform);
        w.elem_text("Description", &self.description);
        w.elem_text("ScheduleConfigured", &self.schedule_configured);
        w.elem_text("ScheduleEnabled", &self.schedule_enabled);
        w.elem_text("NextRun", &self.next_run);
        w.elem("JobScheduleOptions", &self.job_schedule_options);
        w.elem("JobInfo", &self.job_info);
    }
}
/// Used by GET /agents/protectionGroups/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_protectiongroups_id.html>
///
/// XML root element: `<AgentProtectionGroup>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct AgentProtectionGroup {
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
    /// Name of a protection group, for example: Agent Protection Group.
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
    /// UID of a protection group, for example: urn:veeam:AgentProtectionGroup:1ca088be-7a63-43b9-bda1-2db2ad7a1bd5.
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
    pub links: Option<Vec<Link>>,
    /// Defines whether schedule for automatic computer discovery is enabled. Possible values: • True • False
    ///
    /// XML element `<RescanScheduleEnabled>`; JSON `"RescanScheduleEnabled"`.
    #[serde(
        rename = "RescanScheduleEnabled",
        alias = "rescanScheduleEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub rescan_schedule_enabled: Option<
        super::enums::AgentProtectionGroupRescanScheduleEnabled,
    >,
    /// Reference to the protection group.
    ///
    /// XML element `<HierarchyObjRef>`; JSON `"HierarchyObjRef"`.
    #[serde(
        rename = "HierarchyObjRef",
        alias = "hierarchyObjRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub hierarchy_obj_ref: Option<String>,
}
impl crate::runtime::xml::FromXml for AgentProtectionGroup {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            rescan_schedule_enabled: xml::elem_text(el, "RescanScheduleEnabled")?,
            hierarchy_obj_ref: xml::elem_text(el, "HierarchyObjRef")?,
        })
    }
}
impl crate::runtime::xml::ToXml for AgentProtectionGroup {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("RescanScheduleEnabled", &self.rescan_schedule_enabled);
        w.elem_text("HierarchyObjRef", &self.hierarchy_obj_ref);
    }
}
/// Used by GET /agents/agentRestorePoints/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_agentrestorepoints_id.html>
///
/// XML root element: `<AgentRestorePoint>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct AgentRestorePoint {
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
    /// Name of the restore point, for example: sql01-hv@2013-08-24 05:03:25.
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
    /// UID of the restore point resource, for example: urn:veeam:AgentRestorePoint:b6bfce60-7d42-46d7-9e55-0a40c04b0d7d.
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
    pub links: Option<Vec<Link>>,
    /// Date and time when the restore point was created. The parameter accepts only UTC-formatted DateTime values.
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
    /// Backup method used to create the restore point. Possible values: • Full • Incremental • SyntheticFull
    ///
    /// XML element `<Algorithm>`; JSON `"Algorithm"`.
    #[serde(
        rename = "Algorithm",
        alias = "algorithm",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub algorithm: Option<super::enums::AgentRestorePointAlgorithm>,
    /// Type of the restore point. Possible values: • Full • Increment
    ///
    /// XML element `<PointType>`; JSON `"PointType"`.
    #[serde(
        rename = "PointType",
        alias = "pointType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub point_type: Option<super::enums::AgentRestorePointPointType>,
}
impl crate::runtime::xml::FromXml for AgentRestorePoint {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            algorithm: xml::elem_text(el, "Algorithm")?,
            point_type: xml::elem_text(el, "PointType")?,
        })
    }
}
impl crate::runtime::xml::ToXml for AgentRestorePoint {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("Algorithm", &self.algorithm);
        w.elem_text("PointType", &self.point_type);
    }
}
/// Used by GET /agents/agentRestorePoints/{ID}/mounts/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_agentrestorepoints_id_mounts_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct AgentRestorePointMount {
    /// Collection of DirectoryEntry resources that represent guest OS files and folders in the machine file system hierarchy. For details, see Directory Entries.
    ///
    /// XML element `<FSRoots>`; JSON `"FSRoots"`.
    #[serde(
        rename = "FSRoots",
        alias = "fSRoots",
        alias = "fsRoots",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fs_roots: Option<DirectoryEntryListType>,
}
impl crate::runtime::xml::FromXml for AgentRestorePointMount {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            fs_roots: xml::elem(el, "FSRoots")?,
        })
    }
}
impl crate::runtime::xml::ToXml for AgentRestorePointMount {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem("FSRoots", &self.fs_roots);
    }
}
/// Used by GET /backups/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backups_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Backup {
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
    /// UID of the backup resource, for example: urn:veeam:Backup:58c917c7-7b7a-41ff-8676-226656c35c05.
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
    /// Name of the backup job parent to the backup, for example: SQL Backup.
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
    /// Type of a platform of a backup resource. Possible values: • VMware — for protected VMware vSphere VMs. • HyperV — for protected Microsoft Hyper-V VMs. • vCloud — for protected VMware Cloud Director resources. • AgentForLinux — for machines protected with Veeam Agent for Linux. • AgentForWindows — for machines protected with Veeam Agent for Windows. • CustomPlatform — for Nutanix and other custom platforms.
    ///
    /// XML element `<Platform>`; JSON `"Platform"`.
    #[serde(
        rename = "Platform",
        alias = "platform",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform: Option<super::enums::BackupPlatform>,
    /// Type of a backup resource. Possible values: • Standard — for VMware, HyperV, vCloud and Standalone Veeam Backup Agent backup resources. • ParentBackup — for backup container resources. Represents a backup created by a Veeam Agent backup job in the Veeam Agent Management scenario, and contains links for child backups. • ChildBackup — for backup resources that have links to restore points and parent backups. Represents a backup of a separate machine in the backup created by a Veeam Agent backup job in the Veeam Agent Management scenario.
    ///
    /// XML element `<BackupType>`; JSON `"BackupType"`.
    #[serde(
        rename = "BackupType",
        alias = "backupType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub backup_type: Option<super::enums::BackupBackupType>,
}
impl crate::runtime::xml::FromXml for Backup {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            uid: xml::attr(el, "UID")?,
            name: xml::attr(el, "Name")?,
            platform: xml::elem_text(el, "Platform")?,
            backup_type: xml::elem_text(el, "BackupType")?,
        })
    }
}
impl crate::runtime::xml::ToXml for Backup {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("UID", &self.uid);
        w.attr("Name", &self.name);
        w.elem_text("Platform", &self.platform);
        w.elem_text("BackupType", &self.backup_type);
    }
}
/// Used by GET /backupFiles/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupfiles_id.html>
///
/// XML root element: `<BackupFile>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct BackupFile {
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
    /// Name of the backup file, for example: Webserver BackupD2016-09-20T175902.vib.
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
    /// UID of the backup file resource, for example: urn:veeam:BackupFile:0874ab95-10e5-4f25-84df-2782ad81f3e5.
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
    pub links: Option<Vec<Link>>,
    /// Path to the backup file.
    ///
    /// XML element `<FilePath>`; JSON `"FilePath"`.
    #[serde(
        rename = "FilePath",
        alias = "filePath",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub file_path: Option<String>,
    /// Size of the backup file (in bytes).
    ///
    /// XML element `<BackupSize>`; JSON `"BackupSize"`.
    #[serde(
        rename = "BackupSize",
        alias = "backupSize",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_size: Option<i64>,
    /// Size of the backed-up data (in bytes).
    ///
    /// XML element `<DataSize>`; JSON `"DataSize"`.
    #[serde(
        rename = "DataSize",
        alias = "dataSize",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub data_size: Option<i64>,
    /// Data deduplication ratio.
    ///
    /// XML element `<DeduplicationRatio>`; JSON `"DeduplicationRatio"`.
    #[serde(
        rename = "DeduplicationRatio",
        alias = "deduplicationRatio",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub deduplication_ratio: Option<f64>,
    /// Data compression ratio.
    ///
    /// XML element `<CompressRatio>`; JSON `"CompressRatio"`.
    #[serde(
        rename = "CompressRatio",
        alias = "compressRatio",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub compress_ratio: Option<f64>,
    /// Date and time when the backup file was created. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:30.389954Z.
    ///
    /// XML element `<CreationTimeUtc>`; JSON `"CreationTimeUtc"`.
    #[serde(
        rename = "CreationTimeUtc",
        alias = "creationTimeUtc",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub creation_time_utc: Option<crate::runtime::DateTime>,
    /// Type of the backup file. Possible values: • vbk • vib • vrb
    ///
    /// XML element `<FileType>`; JSON `"FileType"`.
    #[serde(
        rename = "FileType",
        alias = "fileType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub file_type: Option<super::enums::BackupFileFileType>,
}
impl crate::runtime::xml::FromXml for BackupFile {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            file_path: xml::elem_text(el, "FilePath")?,
            backup_size: xml::elem_text(el, "BackupSize")?,
            data_size: xml::elem_text(el, "DataSize")?,
            deduplication_ratio: xml::elem_text(el, "DeduplicationRatio")?,
            compress_ratio: xml::elem_text(el, "CompressRatio")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUtc")?,
            file_type: xml::elem_text(el, "FileType")?,
        })
    }
}
impl crate::runtime::xml::ToXml for BackupFile {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("FilePath", &self.file_path);
        w.elem_text("BackupSize", &self.backup_size);
        w.elem_text("DataSize", &self.data_size);
        w.elem_text("DeduplicationRatio", &self.deduplication_ratio);
        w.elem_text("CompressRatio", &self.compress_ratio);
        w.elem_text("CreationTimeUtc", &self.creation_time_utc);
        w.elem_text("FileType", &self.file_type);
    }
}
/// The `BackupJobInfo` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct BackupJobInfo {
    /// XML `<Includes><ObjectInJob/>…</Includes>`; JSON `"Includes": {"ObjectInJobs": […]}`.
    #[serde(
        rename = "Includes",
        alias = "ObjectInJob",
        alias = "includes",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_object_in_jobs"
    )]
    pub includes: Option<Vec<ObjectInJob>>,
    /// XML element `<GuestProcessingOptions>`; JSON `"GuestProcessingOptions"`.
    #[serde(
        rename = "GuestProcessingOptions",
        alias = "guestProcessingOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub guest_processing_options: Option<GuestProcessingOptions>,
    /// XML `<AdvancedStorageOptions><PasswordKeyId/>…</AdvancedStorageOptions>`; JSON `"AdvancedStorageOptions": {"PasswordKeyIds": […]}`.
    #[serde(
        rename = "AdvancedStorageOptions",
        alias = "PasswordKeyId",
        alias = "advancedStorageOptions",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_password_key_ids"
    )]
    pub advanced_storage_options: Option<Vec<String>>,
    /// XML element `<GfsRetentionPolicy>`; JSON `"GfsRetentionPolicy"`.
    #[serde(
        rename = "GfsRetentionPolicy",
        alias = "gfsRetentionPolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gfs_retention_policy: Option<GfsRetentionPolicy>,
    /// XML element `<SimpleRetentionPolicy>`; JSON `"SimpleRetentionPolicy"`.
    #[serde(
        rename = "SimpleRetentionPolicy",
        alias = "simpleRetentionPolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub simple_retention_policy: Option<SimpleRetentionPolicy>,
}
impl crate::runtime::xml::FromXml for BackupJobInfo {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            includes: xml::wrapped(el, "Includes", "ObjectInJob")?,
            guest_processing_options: xml::elem(el, "GuestProcessingOptions")?,
            advanced_storage_options: xml::wrapped_text(
                el,
                "AdvancedStorageOptions",
                "PasswordKeyId",
            )?,
            gfs_retention_policy: xml::elem(el, "GfsRetentionPolicy")?,
            simple_retention_policy: xml::elem(el, "SimpleRetentionPolicy")?,
        })
    }
}
impl crate::runtime::xml::ToXml for BackupJobInfo {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.wrapped("Includes", "ObjectInJob", &self.includes);
        w.elem("GuestProcessingOptions", &self.guest_processing_options);
        w.wrapped_text(
            "AdvancedStorageOptions",
            "PasswordKeyId",
            &self.advanced_storage_options,
        );
        w.elem("GfsRetentionPolicy", &self.gfs_retention_policy);
        w.elem("SimpleRetentionPolicy", &self.simple_retention_policy);
    }
}
/// Used by GET /backupSessions/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupsessions_id.html>
///
/// XML root element: `<BackupJobSession>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct BackupJobSession {
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
    /// Name of the backup job session resource, for example: exch@2013-08-26 22:28:51.
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
    /// UID of the backup job session resource, for example: urn:veeam:BackupJobSession:88b395e2-81ff-439c-558c-188d97274c15.
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
    pub links: Option<Vec<Link>>,
    /// UID of the backup job parent to the backup job session resource, for example: urn:veeam:Job:dce85686-59c8-42c4-8766-f1c00a5b8067.
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
    /// Name of the backup job parent to the backup job session resource, for example: SQL Backup.
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
    /// Type of the backup job session. Possible values: • Backup — VM backup job session. • BackupCopy — periodic backup copy job session. • ImmediateBackupCopy — immediate backup copy job session. • ImmediateBackupCopyWorker — child immediate backup copy job session that processes restore points of a specific source backup job. • AgentBackup — Veeam Agent backup job session. Represents a Veeam Agent backup job session container state and progress, contains links for child Veeam Agent backup job sessions. • AgentManagement — Veeam Agent child job session. Represents a Veeam Agent protected machine backup state and backup progress, contains links for restore points and the parent backup job session. • NasBackup — file share backup job session.
    ///
    /// XML element `<JobType>`; JSON `"JobType"`.
    #[serde(
        rename = "JobType",
        alias = "jobType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub job_type: Option<super::enums::BackupJobSessionJobType>,
    /// Date and time when the backup job session was started. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:30.389954Z.
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
    /// Date and time when the backup job session was ended. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:31.000000Z.
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
    /// State of the backup job session. Possible values: • Starting • Stopping • Working • Pausing • Resuming • Stopped
    ///
    /// XML element `<State>`; JSON `"State"`.
    #[serde(
        rename = "State",
        alias = "state",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub state: Option<super::enums::BackupJobSessionState>,
    /// Result of the backup job session. Possible values: • Success • Warning • Failed
    ///
    /// XML element `<Result>`; JSON `"Result"`.
    #[serde(
        rename = "Result",
        alias = "result",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub result: Option<super::enums::BackupJobSessionResult>,
    /// Progress of the backup job session.
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
    /// Defines whether the backup job session has been retried or not. Possible values: • True • False
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
}
impl crate::runtime::xml::FromXml for BackupJobSession {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            job_uid: xml::elem_text(el, "JobUid")?,
            job_name: xml::elem_text(el, "JobName")?,
            job_type: xml::elem_text(el, "JobType")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            end_time_utc: xml::elem_text(el, "EndTimeUTC")?,
            state: xml::elem_text(el, "State")?,
            result: xml::elem_text(el, "Result")?,
            progress: xml::elem_text(el, "Progress")?,
            is_retry: xml::elem_text(el, "IsRetry")?,
        })
    }
}
impl crate::runtime::xml::ToXml for BackupJobSession {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("JobUid", &self.job_uid);
        w.elem_text("JobName", &self.job_name);
        w.elem_text("JobType", &self.job_type);
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("EndTimeUTC", &self.end_time_utc);
        w.elem_text("State", &self.state);
        w.elem_text("Result", &self.result);
        w.elem_text("Progress", &self.progress);
        w.elem_text("IsRetry", &self.is_retry);
    }
}
/// Used by GET /backupServers/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id.html>
///
/// XML root element: `<BackupServer>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct BackupServer {
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
    /// Name of the backup server connected to Veeam Backup Enterprise Manager, for example: Backup Server 1.
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
    /// UID of the backup server connected to Veeam Backup Enterprise Manager, for example: urn:veeam:BackupServer:15942270-fb56-4dcc-96e9-5f80e4725a15.
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
    pub links: Option<Vec<Link>>,
    /// Description specified for the backup server in Veeam Backup Enterprise Manager.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub description: Option<String>,
    /// Port used by Veeam Backup Enterprise Manager for collecting data from backup servers. By default, port 9392 is used.
    ///
    /// XML element `<Port>`; JSON `"Port"`.
    #[serde(
        rename = "Port",
        alias = "port",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub port: Option<i64>,
    /// Version of Veeam Backup & Replication installed on the backup server, for example: 13.0.0.1420.
    ///
    /// XML element `<Version>`; JSON `"Version"`.
    #[serde(
        rename = "Version",
        alias = "version",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub version: Option<String>,
    /// Default certificate port used by Veeam Backup Enterprise Manager for collecting data from backup servers that have Veeam Backup & Replication 12 or later installed, for example: 9405.
    ///
    /// XML element `<WcfPort>`; JSON `"WcfPort"`.
    #[serde(
        rename = "WcfPort",
        alias = "wcfPort",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub wcf_port: Option<i64>,
    /// Certificate thumbprint of the backup server, for example: 0000000000000000000000000000000000000000.
    ///
    /// XML element `<VbrCertificateThumbprint>`; JSON `"VbrCertificateThumbprint"`.
    #[serde(
        rename = "VbrCertificateThumbprint",
        alias = "vbrCertificateThumbprint",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vbr_certificate_thumbprint: Option<String>,
}
impl crate::runtime::xml::FromXml for BackupServer {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            description: xml::elem_text(el, "Description")?,
            port: xml::elem_text(el, "Port")?,
            version: xml::elem_text(el, "Version")?,
            wcf_port: xml::elem_text(el, "WcfPort")?,
            vbr_certificate_thumbprint: xml::elem_text(el, "VbrCertificateThumbprint")?,
        })
    }
}
impl crate::runtime::xml::ToXml for BackupServer {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("Description", &self.description);
        w.elem_text("Port", &self.port);
        w.elem_text("Version", &self.version);
        w.elem_text("WcfPort", &self.wcf_port);
        w.elem_text("VbrCertificateThumbprint", &self.vbr_certificate_thumbprint);
    }
}
/// Used by POST /backupServers?action=create, PUT /backupServers/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_backupservers.html>
///
/// XML root element: `<BackupServerSpec>`.
#[derive(Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BackupServerSpec {
    /// Description of the backup server.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub description: String,
    /// DNS name or IP address of the backup server.
    ///
    /// XML element `<DnsNameOrIpAddress>`; JSON `"DnsNameOrIpAddress"`.
    #[serde(
        rename = "DnsNameOrIpAddress",
        alias = "dnsNameOrIpAddress",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub dns_name_or_ip_address: String,
    /// User name of the account to connect to the backup server specified in the DOMAIN\\USERNAME or HOST\\USERNAME format, for example: 172.16.13.119\\Administrator.
    ///
    /// XML element `<Username>`; JSON `"Username"`.
    #[serde(
        rename = "Username",
        alias = "username",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub username: Option<String>,
    /// Port over which Veeam Backup Enterprise Manager must communicate with the backup server. By default, port 9392 is used.
    ///
    /// XML element `<Port>`; JSON `"Port"`.
    #[serde(
        rename = "Port",
        alias = "port",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub port: Option<String>,
    /// Password of the account to connect to the backup server.
    ///
    /// XML element `<Password>`; JSON `"Password"`.
    #[serde(
        rename = "Password",
        alias = "password",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub password: Option<String>,
    /// Default certificate port used by Veeam Backup Enterprise Manager for collecting data from backup servers that have Veeam Backup & Replication 12 or later installed, for example: 9405.
    ///
    /// XML element `<WcfPort>`; JSON `"WcfPort"`.
    #[serde(
        rename = "WcfPort",
        alias = "wcfPort",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub wcf_port: Option<i64>,
    /// Certificate thumbprint of the backup server.
    ///
    /// XML element `<VbrCertificateThumbprint>`; JSON `"VbrCertificateThumbprint"`.
    #[serde(
        rename = "VbrCertificateThumbprint",
        alias = "vbrCertificateThumbprint",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vbr_certificate_thumbprint: Option<String>,
}
impl std::fmt::Debug for BackupServerSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BackupServerSpec")
            .field("description", &self.description)
            .field("dns_name_or_ip_address", &self.dns_name_or_ip_address)
            .field("username", &self.username)
            .field("port", &self.port)
            .field("password", &"<redacted>")
            .field("wcf_port", &self.wcf_port)
            .field("vbr_certificate_thumbprint", &self.vbr_certificate_thumbprint)
            .finish()
    }
}
impl crate::runtime::xml::FromXml for BackupServerSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            description: xml::elem_text(el, "Description")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("Description"))?,
            dns_name_or_ip_address: xml::elem_text(el, "DnsNameOrIpAddress")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "DnsNameOrIpAddress",
                ))?,
            username: xml::elem_text(el, "Username")?,
            port: xml::elem_text(el, "Port")?,
            password: xml::elem_text(el, "Password")?,
            wcf_port: xml::elem_text(el, "WcfPort")?,
            vbr_certificate_thumbprint: xml::elem_text(el, "VbrCertificateThumbprint")?,
        })
    }
}
impl crate::runtime::xml::ToXml for BackupServerSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("Description", &self.description);
        w.elem_text_req("DnsNameOrIpAddress", &self.dns_name_or_ip_address);
        w.elem_text("Username", &self.username);
        w.elem_text("Port", &self.port);
        w.elem_text("Password", &self.password);
        w.elem_text("WcfPort", &self.wcf_port);
        w.elem_text("VbrCertificateThumbprint", &self.vbr_certificate_thumbprint);
    }
}
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
    pub links: Option<Vec<Link>>,
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
            links: xml::wrapped(el, "Links", "Link")?,
            job_session_uid: xml::elem_text(el, "JobSessionUid")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            end_time_utc: xml::elem_text(el, "EndTimeUTC")?,
            state: xml::elem_text(el, "State")?,
            result: xml::elem_text(el, "Result")?,
            reason: xml::elem_text(el, "Reason")?,
            total_size: xml::elem_text(el, "TotalSize")?,
            vm_uid: xml::elem_text(el, "VmUid")?,
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
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("JobSessionUid", &self.job_session_uid);
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("EndTimeUTC", &self.end_time_utc);
        w.elem_text("State", &self.state);
        w.elem_text("Result", &self.result);
        w.elem_text("Reason", &self.reason);
        w.elem_text("TotalSize", &self.total_size);
        w.elem_text("VmUid", &self.vm_uid);
    }
}
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
        })
    }
}
impl crate::runtime::xml::ToXml for CdpReplicaRpoReportingFailedOptionsType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("RPOThresholdSeconds", &self.rpo_threshold_seconds);
        w.elem_text("RPOThresholdMinutes", &self.rpo_threshold_minutes);
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
        })
    }
}
impl crate::runtime::xml::ToXml for CdpReplicaRpoReportingWarningOptionsType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("RPOThresholdSeconds", &self.rpo_threshold_seconds);
        w.elem_text("RPOThresholdMinutes", &self.rpo_threshold_minutes);
    }
}
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/catalog_vms_vmname.html>
///
/// XML root element: `<CatalogVm>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CatalogVm {
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
    pub links: Option<Vec<Link>>,
}
impl crate::runtime::xml::FromXml for CatalogVm {
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
            links: xml::wrapped(el, "Links", "Link")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CatalogVm {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.attr("VmDisplayName", &self.vm_display_name);
        w.wrapped("Links", "Link", &self.links);
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
    pub links: Option<Vec<Link>>,
    /// XML element `<BackupDateUTC>`; JSON `"BackupDateUTC"`.
    #[serde(
        rename = "BackupDateUTC",
        alias = "backupDateUTC",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_date_utc: Option<String>,
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
            links: xml::wrapped(el, "Links", "Link")?,
            backup_date_utc: xml::elem_text(el, "BackupDateUTC")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CatalogVmRestorePoint {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("BackupDateUTC", &self.backup_date_utc);
    }
}
/// Used by POST /cdpReplica/vApps/{ID}?action=failover, POST /cdpReplicas/{ID}/vms/{ID}?action=failover.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cdpreplicavapp_id_actionfailover.html>
///
/// XML root element: `<CdpFailoverStartSpec>`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CdpFailoverStartSpec {
    /// Defines whether Veeam Backup & Replication will fail over the vApp to their latest crush-consistent restore point. Possible values: • True • False
    ///
    /// XML element `<RestoreCurrent>`; JSON `"RestoreCurrent"`.
    #[serde(
        rename = "RestoreCurrent",
        alias = "restoreCurrent",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub restore_current: bool,
    /// Defines whether Veeam Backup & Replication will fail over the vApp to their latest long-term application-consistent restore points. Possible values: • True • False
    ///
    /// XML element `<RestoreCurrentVss>`; JSON `"RestoreCurrentVss"`.
    #[serde(
        rename = "RestoreCurrentVss",
        alias = "restoreCurrentVss",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub restore_current_vss: bool,
    /// If you specify this parameter, Veeam Backup & Replication will fail over the vApp to the most recent restore point in the interval that includes the selected date. The parameter accepts only UTC-formatted DateTime values.
    ///
    /// XML element `<RestoreAtInterval>`; JSON `"RestoreAtInterval"`.
    #[serde(
        rename = "RestoreAtInterval",
        alias = "restoreAtInterval",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub restore_at_interval: Option<crate::runtime::DateTime>,
    /// If you specify this parameter, Veeam Backup & Replication will fail over the vApp to the most recent replicated state that was created prior to the selected date. The parameter accepts only UTC-formatted DateTime values.
    ///
    /// XML element `<RestoreAtPointinTime>`; JSON `"RestoreAtPointInTime"`.
    #[serde(
        rename = "RestoreAtPointInTime",
        alias = "RestoreAtPointinTime",
        alias = "restoreAtPointInTime",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub restore_at_pointin_time: Option<crate::runtime::DateTime>,
}
impl crate::runtime::xml::FromXml for CdpFailoverStartSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            restore_current: xml::elem_text(el, "RestoreCurrent")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("RestoreCurrent"))?,
            restore_current_vss: xml::elem_text(el, "RestoreCurrentVss")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "RestoreCurrentVss",
                ))?,
            restore_at_interval: xml::elem_text(el, "RestoreAtInterval")?,
            restore_at_pointin_time: xml::elem_text(el, "RestoreAtPointinTime")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CdpFailoverStartSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("RestoreCurrent", &self.restore_current);
        w.elem_text_req("RestoreCurrentVss", &self.restore_current_vss);
        w.elem_text("RestoreAtInterval", &self.restore_at_interval);
        w.elem_text("RestoreAtPointinTime", &self.restore_at_pointin_time);
    }
}
/// Used by GET /cdpPolicies/{ID}, PUT /cdpPolicies/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdppolicies_id.html>
///
/// XML root element: `<CdpPolicy>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CdpPolicy {
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
    /// Name of the CDP policy, for example: CDP Policy 1.
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
    /// UID of the CDP policy, for example: urn:veeam:CdpPolicy:bc933bb6-0cc5-47b6-a1ec-e062b9e29877.
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
    pub links: Option<Vec<Link>>,
    /// Policy type. Possible value: CdpReplica.
    ///
    /// XML element `<PolicyType>`; JSON `"PolicyType"`.
    #[serde(
        rename = "PolicyType",
        alias = "policyType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub policy_type: Option<String>,
    /// Platform for which the job is created. Possible values: • VMware • vCloud
    ///
    /// XML element `<Platform>`; JSON `"Platform"`.
    #[serde(
        rename = "Platform",
        alias = "platform",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform: Option<super::enums::CdpPolicyPlatform>,
    /// Description of the CDP policy.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub description: Option<String>,
    /// Defines whether scheduling options are specified for the CDP policy. Possible values: • True • False
    ///
    /// XML element `<ScheduleConfigured>`; JSON `"ScheduleConfigured"`.
    #[serde(
        rename = "ScheduleConfigured",
        alias = "scheduleConfigured",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub schedule_configured: Option<bool>,
    /// Defines whether schedule is enabled for the CDP policy. Possible values: • True • False
    ///
    /// XML element `<ScheduleEnabled>`; JSON `"ScheduleEnabled"`.
    #[serde(
        rename = "ScheduleEnabled",
        alias = "scheduleEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub schedule_enabled: Option<bool>,
    /// Date and time of the next run of the CDP policy. The parameter accepts only UTC-formatted DateTime values.
    ///
    /// XML element `<NextRun>`; JSON `"NextRun"`.
    #[serde(
        rename = "NextRun",
        alias = "nextRun",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub next_run: Option<crate::runtime::DateTime>,
    /// Options that define the schedule by which the CDP policy runs. For details, see Policy Scheduling Options.
    ///
    /// XML element `<PolicyScheduleOptions>`; JSON `"PolicyScheduleOptions"`.
    #[serde(
        rename = "PolicyScheduleOptions",
        alias = "policyScheduleOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub policy_schedule_options: Option<ScheduleOptionsInfoType>,
    /// Complex object that includes a collection of VMs and VM containers processed by the CDP policy. For details, see GET /cdpPolicies/{ID}/includes.
    ///
    /// XML `<CdpPolicyInfo><CdpReplicaPolicyInfo/>…</CdpPolicyInfo>`; JSON `"CdpPolicyInfo": {"CdpReplicaPolicyInfos": […]}`.
    #[serde(
        rename = "CdpPolicyInfo",
        alias = "CdpReplicaPolicyInfo",
        alias = "cdpPolicyInfo",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_cdp_replica_policy_infos"
    )]
    pub cdp_policy_info: Option<Vec<CdpReplicaPolicyInfo>>,
}
impl crate::runtime::xml::FromXml for CdpPolicy {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            policy_type: xml::elem_text(el, "PolicyType")?,
            platform: xml::elem_text(el, "Platform")?,
            description: xml::elem_text(el, "Description")?,
            schedule_configured: xml::elem_text(el, "ScheduleConfigured")?,
            schedule_enabled: xml::elem_text(el, "ScheduleEnabled")?,
            next_run: xml::elem_text(el, "NextRun")?,
            policy_schedule_options: xml::elem(el, "PolicyScheduleOptions")?,
            cdp_policy_info: xml::wrapped(el, "CdpPolicyInfo", "CdpReplicaPolicyInfo")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CdpPolicy {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("PolicyType", &self.policy_type);
        w.elem_text("Platform", &self.platform);
        w.elem_text("Description", &self.description);
        w.elem_text("ScheduleConfigured", &self.schedule_configured);
        w.elem_text("ScheduleEnabled", &self.schedule_enabled);
        w.elem_text("NextRun", &self.next_run);
        w.elem("PolicyScheduleOptions", &self.policy_schedule_options);
        w.wrapped("CdpPolicyInfo", "CdpReplicaPolicyInfo", &self.cdp_policy_info);
    }
}
/// Used by GET /cdpReplicas/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicas_id.html>
///
/// XML root element: `<CdpReplica>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CdpReplica {
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
    /// Name of the CDP replica, for example: CDP Policy 1.
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
    /// UID of the CDP replica, for example: urn:veeam:Replica:urn:veeam:CdpReplica:24ae37ad-4d28-4568-8467-98d8770bb722.
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
    /// XML element `<RecoveryPointObjectiveSeconds>`; JSON `"RecoveryPointObjectiveSeconds"`.
    #[serde(
        rename = "RecoveryPointObjectiveSeconds",
        alias = "recoveryPointObjectiveSeconds",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub recovery_point_objective_seconds: Option<String>,
    /// XML element `<RecoveryPointObjectiveMinutes>`; JSON `"RecoveryPointObjectiveMinutes"`.
    #[serde(
        rename = "RecoveryPointObjectiveMinutes",
        alias = "recoveryPointObjectiveMinutes",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub recovery_point_objective_minutes: Option<String>,
    /// XML element `<RPOSchedule>`; JSON `"RPOSchedule"`.
    #[serde(
        rename = "RPOSchedule",
        alias = "rPOSchedule",
        alias = "rpoSchedule",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub rpo_schedule: Option<RpoSchedule>,
    /// XML element `<RPOReporting>`; JSON `"RPOReporting"`.
    #[serde(
        rename = "RPOReporting",
        alias = "rPOReporting",
        alias = "rpoReporting",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub rpo_reporting: Option<RpoReporting>,
    /// XML element `<ShortTermRetentionMinutes>`; JSON `"ShortTermRetentionMinutes"`.
    #[serde(
        rename = "ShortTermRetentionMinutes",
        alias = "shortTermRetentionMinutes",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub short_term_retention_minutes: Option<String>,
    /// XML element `<ShortTermRetentionHours>`; JSON `"ShortTermRetentionHours"`.
    #[serde(
        rename = "ShortTermRetentionHours",
        alias = "shortTermRetentionHours",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub short_term_retention_hours: Option<String>,
    /// XML element `<LongTermRetentionHours>`; JSON `"LongTermRetentionHours"`.
    #[serde(
        rename = "LongTermRetentionHours",
        alias = "longTermRetentionHours",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub long_term_retention_hours: Option<String>,
    /// XML element `<LongTermRetentionKeepDays>`; JSON `"LongTermRetentionKeepDays"`.
    #[serde(
        rename = "LongTermRetentionKeepDays",
        alias = "longTermRetentionKeepDays",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub long_term_retention_keep_days: Option<String>,
    /// XML element `<LongTermRetentionSchedule>`; JSON `"LongTermRetentionSchedule"`.
    #[serde(
        rename = "LongTermRetentionSchedule",
        alias = "longTermRetentionSchedule",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub long_term_retention_schedule: Option<LongTermRetentionSchedule>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    #[serde(
        rename = "Links",
        alias = "Link",
        alias = "links",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub links: Option<Vec<Link>>,
    /// Name of the backup server parent to the CDP replica resource.
    ///
    /// XML element `<BackupServer>`; JSON `"BackupServer"`.
    #[serde(
        rename = "BackupServer",
        alias = "backupServer",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_server: Option<String>,
    /// UID of the CDP policy parent to the replica, for example:145f3365-6ec0-44e9-9538-8c8c34ebdcce.
    ///
    /// XML element `<PolicyUid>`; JSON `"PolicyUid"`.
    #[serde(
        rename = "PolicyUid",
        alias = "policyUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub policy_uid: Option<crate::runtime::Uid>,
    /// Name of the CDP policy parent to the replica, for example: CDP Policy 1.
    ///
    /// XML element `<PolicyName>`; JSON `"PolicyName"`.
    #[serde(
        rename = "PolicyName",
        alias = "policyName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub policy_name: Option<String>,
}
impl crate::runtime::xml::FromXml for CdpReplica {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
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
            links: xml::wrapped(el, "Links", "Link")?,
            backup_server: xml::elem_text(el, "BackupServer")?,
            policy_uid: xml::elem_text(el, "PolicyUid")?,
            policy_name: xml::elem_text(el, "PolicyName")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CdpReplica {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
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
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("BackupServer", &self.backup_server);
        w.elem_text("PolicyUid", &self.policy_uid);
        w.elem_text("PolicyName", &self.policy_name);
    }
}
/// Used by POST /cdpReplica/vApps/{ID}?action=intervals, POST /cdpReplicas/{ID}/vms/{ID}?action=intervals.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cdpreplicavapp_id_actionintervals.html>
///
/// XML root element: `<CdpReplicaIntervals>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CdpReplicaIntervals {
    /// XML element `<StartDate>`; JSON `"StartDate"`.
    #[serde(
        rename = "StartDate",
        alias = "startDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub start_date: Option<String>,
    /// XML element `<EndDate>`; JSON `"EndDate"`.
    #[serde(
        rename = "EndDate",
        alias = "endDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub end_date: Option<String>,
    /// XML element `<HasApplicationConsistentState>`; JSON `"HasApplicationConsistentState"`.
    #[serde(
        rename = "HasApplicationConsistentState",
        alias = "hasApplicationConsistentState",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub has_application_consistent_state: Option<String>,
    /// XML `<Intervals><Interval/>…</Intervals>`; JSON `"Intervals": […]`.
    #[serde(
        rename = "Intervals",
        alias = "Interval",
        alias = "intervals",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub intervals: Option<Vec<Interval>>,
    /// XML `<RestorePoints><RestorePoint/>…</RestorePoints>`; JSON `"RestorePoints": […]`.
    #[serde(
        rename = "RestorePoints",
        alias = "RestorePoint",
        alias = "restorePoints",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub restore_points: Option<Vec<RestorePoint>>,
}
impl crate::runtime::xml::FromXml for CdpReplicaIntervals {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            start_date: xml::elem_text(el, "StartDate")?,
            end_date: xml::elem_text(el, "EndDate")?,
            has_application_consistent_state: xml::elem_text(
                el,
                "HasApplicationConsistentState",
            )?,
            intervals: xml::wrapped(el, "Intervals", "Interval")?,
            restore_points: xml::wrapped(el, "RestorePoints", "RestorePoint")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CdpReplicaIntervals {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("StartDate", &self.start_date);
        w.elem_text("EndDate", &self.end_date);
        w.elem_text(
            "HasApplicationConsistentState",
            &self.has_application_consistent_state,
        );
        w.wrapped("Intervals", "Interval", &self.intervals);
        w.wrapped("RestorePoints", "RestorePoint", &self.restore_points);
    }
}
/// The `CdpReplicaPolicyInfo` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CdpReplicaPolicyInfo {
    /// XML `<Includes><ObjectInJob/>…</Includes>`; JSON `"Includes": {"ObjectInJobs": […]}`.
    #[serde(
        rename = "Includes",
        alias = "ObjectInJob",
        alias = "includes",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_object_in_jobs"
    )]
    pub includes: Option<Vec<ObjectInJob>>,
    /// XML element `<GuestProcessingOptions>`; JSON `"GuestProcessingOptions"`.
    #[serde(
        rename = "GuestProcessingOptions",
        alias = "guestProcessingOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub guest_processing_options: Option<GuestProcessingOptions>,
}
impl crate::runtime::xml::FromXml for CdpReplicaPolicyInfo {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            includes: xml::wrapped(el, "Includes", "ObjectInJob")?,
            guest_processing_options: xml::elem(el, "GuestProcessingOptions")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CdpReplicaPolicyInfo {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.wrapped("Includes", "ObjectInJob", &self.includes);
        w.elem("GuestProcessingOptions", &self.guest_processing_options);
    }
}
/// Used by GET /cdpReplicaSessions/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicasessions_id.html>
///
/// XML root element: `<CdpReplicaSession>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CdpReplicaSession {
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
    /// Name of the CDP replication session, for example: CDP Policy 1@2021-02-11 19:08:36.
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
    /// UID of the CDP replication session, for example: urn:veeam:CdpReplicaSession:6b872a71-51e8-437a-8d45-5c6494b92f3f.
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
    pub links: Option<Vec<Link>>,
    /// UID of the CDP policy parent to the session, for example: urn:veeam:CdpPolicy:145f3365-6ec0-44e9-9538-8c8c34ebdcce.
    ///
    /// XML element `<PolicyUid>`; JSON `"PolicyUid"`.
    #[serde(
        rename = "PolicyUid",
        alias = "policyUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub policy_uid: Option<crate::runtime::Uid>,
    /// Name of the CDP policy parent to the session, for example: CDP Policy 1.
    ///
    /// XML element `<PolicyName>`; JSON `"PolicyName"`.
    #[serde(
        rename = "PolicyName",
        alias = "policyName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub policy_name: Option<String>,
    /// Policy type. Possible value: CdpReplica.
    ///
    /// XML element `<PolicyType>`; JSON `"PolicyType"`.
    #[serde(
        rename = "PolicyType",
        alias = "policyType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub policy_type: Option<String>,
    /// Date and time when the session was started. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:30.389954Z.
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
    /// Date and time when the session was ended. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:31.000000Z.
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
    /// State of the CDP replication session. Possible values: • Starting • Stopping • Working • Pausing • Resuming • Stopped
    ///
    /// XML element `<State>`; JSON `"State"`.
    #[serde(
        rename = "State",
        alias = "state",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub state: Option<super::enums::CdpReplicaSessionState>,
    /// Result of the CDP replication session. Possible values: • Success • Warning • Failed
    ///
    /// XML element `<Result>`; JSON `"Result"`.
    #[serde(
        rename = "Result",
        alias = "result",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub result: Option<super::enums::CdpReplicaSessionResult>,
    /// Progress of the CDP replication session (between 1 and 100).
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
    /// Reason for which the CDP replication session has been completed with the Failed result.
    ///
    /// XML element `<FailureMessage>`; JSON `"FailureMessage"`.
    #[serde(
        rename = "FailureMessage",
        alias = "failureMessage",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub failure_message: Option<String>,
    /// Defines whether the CDP replication session has been retried or not. Possible values: • True • False
    ///
    /// XML element `<IsRetry>`; JSON `"IsRetry"`.
    #[serde(
        rename = "IsRetry",
        alias = "isRetry",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_retry: Option<super::enums::CdpReplicaSessionIsRetry>,
}
impl crate::runtime::xml::FromXml for CdpReplicaSession {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            policy_uid: xml::elem_text(el, "PolicyUid")?,
            policy_name: xml::elem_text(el, "PolicyName")?,
            policy_type: xml::elem_text(el, "PolicyType")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            end_time_utc: xml::elem_text(el, "EndTimeUTC")?,
            state: xml::elem_text(el, "State")?,
            result: xml::elem_text(el, "Result")?,
            progress: xml::elem_text(el, "Progress")?,
            failure_message: xml::elem_text(el, "FailureMessage")?,
            is_retry: xml::elem_text(el, "IsRetry")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CdpReplicaSession {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("PolicyUid", &self.policy_uid);
        w.elem_text("PolicyName", &self.policy_name);
        w.elem_text("PolicyType", &self.policy_type);
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("EndTimeUTC", &self.end_time_utc);
        w.elem_text("State", &self.state);
        w.elem_text("Result", &self.result);
        w.elem_text("Progress", &self.progress);
        w.elem_text("FailureMessage", &self.failure_message);
        w.elem_text("IsRetry", &self.is_retry);
    }
}
/// Used by GET /cdpReplicaTaskSessions/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicatasksessions_id.html>
///
/// XML root element: `<CdpReplicaTaskSession>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CdpReplicaTaskSession {
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
    /// Name of the CDP replication task session, for example: virt03-ubuntu01@2021-02-12 00:00:10.
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
    /// UID of the CDP replication task session, for example: urn:veeam:CdpReplicaTaskSession:ad86fed0-4288-47ba-a7ab-0fca64d3ba5a.
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
    pub links: Option<Vec<Link>>,
    /// UID of the CDP policy session parent to the CDP replication task session resource, for example: urn:veeam:CdpReplicaSession:6b872a71-51e8-437a-8d45-5c6494b92f3f.
    ///
    /// XML element `<PolicySessionUid>`; JSON `"PolicySessionUid"`.
    #[serde(
        rename = "PolicySessionUid",
        alias = "policySessionUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub policy_session_uid: Option<crate::runtime::Uid>,
    /// Date and time when the CDP replication task session was launched. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:30.389954Z.
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
    /// Date and time when the CDP replication task session was completed. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:31.000000Z.
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
    /// State of the CDP replication task session. Possible values: • InProgress • Pending • Completed
    ///
    /// XML element `<State>`; JSON `"State"`.
    #[serde(
        rename = "State",
        alias = "state",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub state: Option<super::enums::CdpReplicaTaskSessionState>,
    /// Result of the CDP replication task session. Possible values: • Success • Warning • Failed
    ///
    /// XML element `<Result>`; JSON `"Result"`.
    #[serde(
        rename = "Result",
        alias = "result",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub result: Option<super::enums::CdpReplicaTaskSessionResult>,
    /// Reason for which the CDP replication task session has been completed with the Warning or Failed result.
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
    /// Size of all restore points produced by the CDP replication task session.
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
}
impl crate::runtime::xml::FromXml for CdpReplicaTaskSession {
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
            links: xml::wrapped(el, "Links", "Link")?,
            policy_session_uid: xml::elem_text(el, "PolicySessionUid")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            end_time_utc: xml::elem_text(el, "EndTimeUTC")?,
            state: xml::elem_text(el, "State")?,
            result: xml::elem_text(el, "Result")?,
            reason: xml::elem_text(el, "Reason")?,
            total_size: xml::elem_text(el, "TotalSize")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CdpReplicaTaskSession {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.attr("VmDisplayName", &self.vm_display_name);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("PolicySessionUid", &self.policy_session_uid);
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("EndTimeUTC", &self.end_time_utc);
        w.elem_text("State", &self.state);
        w.elem_text("Result", &self.result);
        w.elem_text("Reason", &self.reason);
        w.elem_text("TotalSize", &self.total_size);
    }
}
/// Used by GET /cdpReplicas/{ID}/vms/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicas_id_vms_id.html>
///
/// XML root element: `<CdpReplicaVm>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CdpReplicaVm {
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
    /// Name of the VM included in the CDP replica, for example: virt03-ubuntu01.
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
    /// UID of the VM included in the CDP replica, for example: urn:veeam:CdpReplicaVm:6d9cb796-3c00-4fc5-bb99-3ad442e13eed.
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
    pub links: Option<Vec<Link>>,
    /// Reference to the VM, for example: urn:VMware:Vm:d68c782f-ec0a-4bf3-b3c1-04c552b64fdf.vm-85541.
    ///
    /// XML element `<VmRef>`; JSON `"VmRef"`.
    #[serde(
        rename = "VmRef",
        alias = "vmRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vm_ref: Option<String>,
    /// ID of the CDP replica, for example: fdab78b8-8cee-4939-b478-276dbcd25de4.
    ///
    /// XML element `<ReplicaUid>`; JSON `"ReplicaUid"`.
    #[serde(
        rename = "ReplicaUid",
        alias = "replicaUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub replica_uid: Option<crate::runtime::Uid>,
    /// Name of the backup server parent to the CDP replica resource.
    ///
    /// XML element `<BackupServer>`; JSON `"BackupServer"`.
    #[serde(
        rename = "BackupServer",
        alias = "backupServer",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_server: Option<String>,
    /// ID of the CDP policy that processes the VM, for example: 872a3860-3805-43b8-bcf6-388384bfed33.
    ///
    /// XML element `<PolicyUid>`; JSON `"PolicyUid"`.
    #[serde(
        rename = "PolicyUid",
        alias = "policyUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub policy_uid: Option<crate::runtime::Uid>,
    /// Name of the CDP policy that processes the VM.
    ///
    /// XML element `<PolicyName>`; JSON `"PolicyName"`.
    #[serde(
        rename = "PolicyName",
        alias = "policyName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub policy_name: Option<String>,
    /// XML element `<RepositoryName>`; JSON `"RepositoryName"`.
    #[serde(
        rename = "RepositoryName",
        alias = "repositoryName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub repository_name: Option<String>,
}
impl crate::runtime::xml::FromXml for CdpReplicaVm {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            vm_ref: xml::elem_text(el, "VmRef")?,
            replica_uid: xml::elem_text(el, "ReplicaUid")?,
            backup_server: xml::elem_text(el, "BackupServer")?,
            policy_uid: xml::elem_text(el, "PolicyUid")?,
            policy_name: xml::elem_text(el, "PolicyName")?,
            repository_name: xml::elem_text(el, "RepositoryName")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CdpReplicaVm {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("VmRef", &self.vm_ref);
        w.elem_text("ReplicaUid", &self.replica_uid);
        w.elem_text("BackupServer", &self.backup_server);
        w.elem_text("PolicyUid", &self.policy_uid);
        w.elem_text("PolicyName", &self.policy_name);
        w.elem_text("RepositoryName", &self.repository_name);
    }
}
/// Used by GET /cloud/cloudFailoverPlans/{ID}, PUT /cloud/cloudFailoverPlans/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoverplans_id.html>
///
/// XML root element: `<CloudFailoverPlan>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudFailoverPlan {
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
    /// Name of the failover plan, for example: SQL Failover Plan.
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
    /// UID of the failover plan, for example: urn:veeam:FailoverPlan:ae01e36f-32a3-4095-95fa-09a2af744009.
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
    pub links: Option<Vec<Link>>,
    /// UID of the cloud tenant account, for example: urn:veeam:CloudTenant:4f90635a-7ecc-49fe-beb6-60b37eb4bd89
    ///
    /// XML element `<TenantUid>`; JSON `"TenantUid"`.
    #[serde(
        rename = "TenantUid",
        alias = "tenantUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub tenant_uid: Option<crate::runtime::Uid>,
    /// Name of the cloud tenant account, for example: john.smith.
    ///
    /// XML element `<TenantName>`; JSON `"TenantName"`.
    #[serde(
        rename = "TenantName",
        alias = "tenantName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub tenant_name: Option<String>,
    /// Description of the failover plan specified at the time of the failover plan creation.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub description: Option<String>,
    /// Defines custom pre-failover and post-failover scripts for the cloud failover plan. For details, see Cloud Failover Plan Options.
    ///
    /// XML element `<CloudFailoverPlanOptions>`; JSON `"CloudFailoverPlanOptions"`.
    #[serde(
        rename = "CloudFailoverPlanOptions",
        alias = "cloudFailoverPlanOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cloud_failover_plan_options: Option<CloudFailoverPlanOptionsInfoType>,
    /// Contains a list of VMs added to the cloud failover plan. For details, see /cloud/cloudFailoverPlans/{ID}/includes.
    ///
    /// XML `<CloudFailoverPlanInfo><Includes/>…</CloudFailoverPlanInfo>`; JSON `"CloudFailoverPlanInfo": {"Includeses": […]}`.
    #[serde(
        rename = "CloudFailoverPlanInfo",
        alias = "Includes",
        alias = "cloudFailoverPlanInfo",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_includeses"
    )]
    pub cloud_failover_plan_info: Option<Vec<Includes>>,
    /// Defines whether custom post-failover script is specified for the cloud failover plan. Possible values: • True • False
    ///
    /// XML element `<PostFailoverPlanCommandEnabled>`; JSON `"PostFailoverPlanCommandEnabled"`.
    #[serde(
        rename = "PostFailoverPlanCommandEnabled",
        alias = "postFailoverPlanCommandEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub post_failover_plan_command_enabled: Option<bool>,
    /// Path to the custom post-failover script, for example: C:\\scripts\\post-failover.bat
    ///
    /// XML element `<PostFailoverPlanCommand>`; JSON `"PostFailoverPlanCommand"`.
    #[serde(
        rename = "PostFailoverPlanCommand",
        alias = "postFailoverPlanCommand",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub post_failover_plan_command: Option<String>,
    /// Defines whether custom pre-failover script is specified for the cloud failover plan. Possible values: • True • False
    ///
    /// XML element `<PreFailoverPlanCommandEnabled>`; JSON `"PreFailoverPlanCommandEnabled"`.
    #[serde(
        rename = "PreFailoverPlanCommandEnabled",
        alias = "preFailoverPlanCommandEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub pre_failover_plan_command_enabled: Option<bool>,
    /// Path to the custom pre-failover script, for example: C:\\scripts\\pre-failover.bat.
    ///
    /// XML element `<PreFailoverPlanCommand>`; JSON `"PreFailoverPlanCommand"`.
    #[serde(
        rename = "PreFailoverPlanCommand",
        alias = "preFailoverPlanCommand",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub pre_failover_plan_command: Option<String>,
}
impl crate::runtime::xml::FromXml for CloudFailoverPlan {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            tenant_uid: xml::elem_text(el, "TenantUid")?,
            tenant_name: xml::elem_text(el, "TenantName")?,
            description: xml::elem_text(el, "Description")?,
            cloud_failover_plan_options: xml::elem(el, "CloudFailoverPlanOptions")?,
            cloud_failover_plan_info: xml::wrapped(
                el,
                "CloudFailoverPlanInfo",
                "Includes",
            )?,
            post_failover_plan_command_enabled: xml::elem_text(
                el,
                "PostFailoverPlanCommandEnabled",
            )?,
            post_failover_plan_command: xml::elem_text(el, "PostFailoverPlanCommand")?,
            pre_failover_plan_command_enabled: xml::elem_text(
                el,
                "PreFailoverPlanCommandEnabled",
            )?,
            pre_failover_plan_command: xml::elem_text(el, "PreFailoverPlanCommand")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudFailoverPlan {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("TenantUid", &self.tenant_uid);
        w.elem_text("TenantName", &self.tenant_name);
        w.elem_text("Description", &self.description);
        w.elem("CloudFailoverPlanOptions", &self.cloud_failover_plan_options);
        w.wrapped("CloudFailoverPlanInfo", "Includes", &self.cloud_failover_plan_info);
        w.elem_text(
            "PostFailoverPlanCommandEnabled",
            &self.post_failover_plan_command_enabled,
        );
        w.elem_text("PostFailoverPlanCommand", &self.post_failover_plan_command);
        w.elem_text(
            "PreFailoverPlanCommandEnabled",
            &self.pre_failover_plan_command_enabled,
        );
        w.elem_text("PreFailoverPlanCommand", &self.pre_failover_plan_command);
    }
}
/// Used by POST /cloud/cloudFailoverPlans/{ID}?action=start.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cloudfailoverplans_id_start.html>
///
/// XML root element: `<CloudFailoverPlanManagementSpec>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudFailoverPlanManagementSpec {
    /// If you specify this parameter, Veeam Backup & Replication will fail over VMs added to the cloud failover plan to their latest restore points.
    ///
    /// XML element `<StartNow>`; JSON `"StartNow"`.
    #[serde(
        rename = "StartNow",
        alias = "startNow",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub start_now: Option<bool>,
    /// If you specify this parameter, Veeam Backup & Replication will fail over VMs added to the cloud failover plan to the most recent restore points that were created prior to the selected date.
    ///
    /// XML element `<StartDate>`; JSON `"StartDate"`.
    #[serde(
        rename = "StartDate",
        alias = "startDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub start_date: Option<crate::runtime::DateTime>,
}
impl crate::runtime::xml::FromXml for CloudFailoverPlanManagementSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            start_now: xml::elem_text(el, "StartNow")?,
            start_date: xml::elem_text(el, "StartDate")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudFailoverPlanManagementSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("StartNow", &self.start_now);
        w.elem_text("StartDate", &self.start_date);
    }
}
/// Used by GET /cloud/cloudFailoverPlans/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoverplans_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudFailoverPlanOptionsInfoType {
    /// Defines whether custom post-failover script is specified for the cloud failover plan. Possible values: • True • False
    ///
    /// XML element `<PostFailoverPlanCommandEnabled>`; JSON `"PostFailoverPlanCommandEnabled"`.
    #[serde(
        rename = "PostFailoverPlanCommandEnabled",
        alias = "postFailoverPlanCommandEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub post_failover_plan_command_enabled: Option<bool>,
    /// Path to the custom post-failover script, for example: C:\\scripts\\post-failover.bat
    ///
    /// XML element `<PostFailoverPlanCommand>`; JSON `"PostFailoverPlanCommand"`.
    #[serde(
        rename = "PostFailoverPlanCommand",
        alias = "postFailoverPlanCommand",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub post_failover_plan_command: Option<String>,
    /// Defines whether custom pre-failover script is specified for the cloud failover plan. Possible values: • True • False
    ///
    /// XML element `<PreFailoverPlanCommandEnabled>`; JSON `"PreFailoverPlanCommandEnabled"`.
    #[serde(
        rename = "PreFailoverPlanCommandEnabled",
        alias = "preFailoverPlanCommandEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub pre_failover_plan_command_enabled: Option<bool>,
    /// Path to the custom pre-failover script, for example: C:\\scripts\\pre-failover.bat.
    ///
    /// XML element `<PreFailoverPlanCommand>`; JSON `"PreFailoverPlanCommand"`.
    #[serde(
        rename = "PreFailoverPlanCommand",
        alias = "preFailoverPlanCommand",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub pre_failover_plan_command: Option<String>,
}
impl crate::runtime::xml::FromXml for CloudFailoverPlanOptionsInfoType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            post_failover_plan_command_enabled: xml::elem_text(
                el,
                "PostFailoverPlanCommandEnabled",
            )?,
            post_failover_plan_command: xml::elem_text(el, "PostFailoverPlanCommand")?,
            pre_failover_plan_command_enabled: xml::elem_text(
                el,
                "PreFailoverPlanCommandEnabled",
            )?,
            pre_failover_plan_command: xml::elem_text(el, "PreFailoverPlanCommand")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudFailoverPlanOptionsInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text(
            "PostFailoverPlanCommandEnabled",
            &self.post_failover_plan_command_enabled,
        );
        w.elem_text("PostFailoverPlanCommand", &self.post_failover_plan_command);
        w.elem_text(
            "PreFailoverPlanCommandEnabled",
            &self.pre_failover_plan_command_enabled,
        );
        w.elem_text("PreFailoverPlanCommand", &self.pre_failover_plan_command);
    }
}
/// The `CloudFailoverPlanVm` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudFailoverPlanVm {
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
    /// XML element `<FailoverPlanVMId>`; JSON `"FailoverPlanVMId"`.
    #[serde(
        rename = "FailoverPlanVMId",
        alias = "failoverPlanVMId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub failover_plan_vm_id: Option<String>,
    /// XML element `<Name>`; JSON `"Name"`.
    #[serde(
        rename = "Name",
        alias = "name",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub name: Option<String>,
    /// XML element `<Order>`; JSON `"Order"`.
    #[serde(
        rename = "Order",
        alias = "order",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub order: Option<String>,
}
impl crate::runtime::xml::FromXml for CloudFailoverPlanVm {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            failover_plan_vm_id: xml::elem_text(el, "FailoverPlanVMId")?,
            name: xml::elem_text(el, "Name")?,
            order: xml::elem_text(el, "Order")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudFailoverPlanVm {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.elem_text("FailoverPlanVMId", &self.failover_plan_vm_id);
        w.elem_text("Name", &self.name);
        w.elem_text("Order", &self.order);
    }
}
/// Used by GET /cloud/failoverSessions/{ID}, POST /cloud/cloudFailoverPlans/{ID}?action=start, POST /cloud/cloudFailoverPlans/{ID}?action=test.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoversessions_id.html>
///
/// XML root element: `<CloudFailoverSession>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudFailoverSession {
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
    /// Name of the cloud failover session resource, for example: ABC Company Failover Plan.
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
    /// UID of the cloud failover session resource, for example: urn:veeam:CloudFailoverSession:475420ee-d045-4493-9869-0a970e08f6f9.
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
    pub links: Option<Vec<Link>>,
    /// Type of the cloud failover session. Possible value: FailoverPlan.
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
    /// Date and time when the cloud failover session was launched. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:30.389954Z.
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
    /// Date and time when the cloud failover session was completed. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:31.000000Z.
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
    /// State of the cloud failover session. Possible values: • Starting • Stopping • Working • Stopped
    ///
    /// XML element `<State>`; JSON `"State"`.
    #[serde(
        rename = "State",
        alias = "state",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub state: Option<super::enums::CloudFailoverSessionState>,
    /// Result of the cloud failover session. Possible values: • Success • Warning • Failed
    ///
    /// XML element `<Result>`; JSON `"Result"`.
    #[serde(
        rename = "Result",
        alias = "result",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub result: Option<super::enums::CloudFailoverSessionResult>,
    /// Progress of the cloud failover session (between 1 and 100).
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
    /// Reason for which the cloud failover session has been completed with the Failed result.
    ///
    /// XML element `<FailureMessage>`; JSON `"FailureMessage"`.
    #[serde(
        rename = "FailureMessage",
        alias = "failureMessage",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub failure_message: Option<String>,
    /// List of cloud failover task sessions. For details, see Cloud Failover Task Session.
    ///
    /// XML element `<CloudFailoverTasks>`; JSON `"CloudFailoverTasks"`.
    #[serde(
        rename = "CloudFailoverTasks",
        alias = "cloudFailoverTasks",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cloud_failover_tasks: Option<CloudFailoverTaskSessionInfoListType>,
}
impl crate::runtime::xml::FromXml for CloudFailoverSession {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            job_type: xml::elem_text(el, "JobType")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            end_time_utc: xml::elem_text(el, "EndTimeUTC")?,
            state: xml::elem_text(el, "State")?,
            result: xml::elem_text(el, "Result")?,
            progress: xml::elem_text(el, "Progress")?,
            failure_message: xml::elem_text(el, "FailureMessage")?,
            cloud_failover_tasks: xml::elem(el, "CloudFailoverTasks")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudFailoverSession {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("JobType", &self.job_type);
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("EndTimeUTC", &self.end_time_utc);
        w.elem_text("State", &self.state);
        w.elem_text("Result", &self.result);
        w.elem_text("Progress", &self.progress);
        w.elem_text("FailureMessage", &self.failure_message);
        w.elem("CloudFailoverTasks", &self.cloud_failover_tasks);
    }
}
/// Used by GET /cloud/failoverSessions/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoversessions_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudFailoverTaskSessionInfoListType {
    /// URL of the /cloud/vmReplicaPoints/{ID} resource — a VM replica point processed by this task session.
    ///
    /// XML element `<VmReplicaPointLink>`; JSON `"VmReplicaPointLink"`.
    #[serde(
        rename = "VmReplicaPointLink",
        alias = "vmReplicaPointLink",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vm_replica_point_link: Option<String>,
    /// Date and time when the cloud failover task session was started.
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
    /// Date and time when the cloud failover task session was ended.
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
    /// State of the cloud failover task session. Possible values: • Starting • Stopping • Working • Stopped
    ///
    /// XML element `<State>`; JSON `"State"`.
    #[serde(
        rename = "State",
        alias = "state",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub state: Option<super::enums::CloudFailoverTaskSessionInfoListTypeState>,
    /// Result of the cloud failover task session. Possible values: • Success • Warning • Failed
    ///
    /// XML element `<Result>`; JSON `"Result"`.
    #[serde(
        rename = "Result",
        alias = "result",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub result: Option<super::enums::CloudFailoverTaskSessionInfoListTypeResult>,
    /// Progress of the cloud failover task session (between 1 and 100).
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
    /// Reason for which the cloud failover task session has been completed with the Failed result.
    ///
    /// XML element `<FailureMessage>`; JSON `"FailureMessage"`.
    #[serde(
        rename = "FailureMessage",
        alias = "failureMessage",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub failure_message: Option<String>,
    /// repeated XML element `<CloudFailoverTasks>`; JSON `"CloudFailoverTaskses": […]`.
    #[serde(
        rename = "CloudFailoverTaskses",
        alias = "CloudFailoverTasks",
        alias = "cloudFailoverTaskses",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub cloud_failover_tasks: Vec<CloudFailoverTasks>,
}
impl crate::runtime::xml::FromXml for CloudFailoverTaskSessionInfoListType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            vm_replica_point_link: xml::elem_text(el, "VmReplicaPointLink")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            end_time_utc: xml::elem_text(el, "EndTimeUTC")?,
            state: xml::elem_text(el, "State")?,
            result: xml::elem_text(el, "Result")?,
            progress: xml::elem_text(el, "Progress")?,
            failure_message: xml::elem_text(el, "FailureMessage")?,
            cloud_failover_tasks: xml::elems(el, "CloudFailoverTasks")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudFailoverTaskSessionInfoListType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("VmReplicaPointLink", &self.vm_replica_point_link);
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("EndTimeUTC", &self.end_time_utc);
        w.elem_text("State", &self.state);
        w.elem_text("Result", &self.result);
        w.elem_text("Progress", &self.progress);
        w.elem_text("FailureMessage", &self.failure_message);
        w.elems("CloudFailoverTasks", &self.cloud_failover_tasks);
    }
}
/// The `CloudFailoverTasks` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudFailoverTasks {
    /// XML attribute `VmName`; JSON `"VmName"`.
    #[serde(
        rename = "VmName",
        alias = "vmName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vm_name: Option<String>,
    /// XML element `<VmReplicaPointLink>`; JSON `"VmReplicaPointLink"`.
    #[serde(
        rename = "VmReplicaPointLink",
        alias = "vmReplicaPointLink",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vm_replica_point_link: Option<VmReplicaPointLink>,
    /// XML element `<CreationTimeUTC>`; JSON `"CreationTimeUTC"`.
    #[serde(
        rename = "CreationTimeUTC",
        alias = "creationTimeUTC",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub creation_time_utc: Option<String>,
    /// XML element `<State>`; JSON `"State"`.
    #[serde(
        rename = "State",
        alias = "state",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub state: Option<String>,
    /// XML element `<Result>`; JSON `"Result"`.
    #[serde(
        rename = "Result",
        alias = "result",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub result: Option<String>,
    /// XML element `<Progress>`; JSON `"Progress"`.
    #[serde(
        rename = "Progress",
        alias = "progress",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub progress: Option<String>,
}
impl crate::runtime::xml::FromXml for CloudFailoverTasks {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            vm_name: xml::attr(el, "VmName")?,
            vm_replica_point_link: xml::elem(el, "VmReplicaPointLink")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            state: xml::elem_text(el, "State")?,
            result: xml::elem_text(el, "Result")?,
            progress: xml::elem_text(el, "Progress")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudFailoverTasks {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("VmName", &self.vm_name);
        w.elem("VmReplicaPointLink", &self.vm_replica_point_link);
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("State", &self.state);
        w.elem_text("Result", &self.result);
        w.elem_text("Progress", &self.progress);
    }
}
/// Used by GET /cloud/cloudFailoverPlans/{ID}/includes/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoverplans_id_includes_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudFailoveredVm {
    /// Name of the VM added to the cloud failover plan, for example: DC-SRV.
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
    /// ID of the VM added to the cloud failover plan, for example: 231a6e3e-09e6-4641-9322-40898fcb966a.
    ///
    /// XML element `<FailoverPlanVMId>`; JSON `"FailoverPlanVMId"`.
    #[serde(
        rename = "FailoverPlanVMId",
        alias = "failoverPlanVMId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub failover_plan_vm_id: Option<String>,
    /// Order number for processing the VM by the cloud failover plan. The processing sequence starts with 0.
    ///
    /// XML element `<Order>`; JSON `"Order"`.
    #[serde(
        rename = "Order",
        alias = "order",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub order: Option<i64>,
}
impl crate::runtime::xml::FromXml for CloudFailoveredVm {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            name: xml::attr(el, "Name")?,
            failover_plan_vm_id: xml::elem_text(el, "FailoverPlanVMId")?,
            order: xml::elem_text(el, "Order")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudFailoveredVm {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Name", &self.name);
        w.elem_text("FailoverPlanVMId", &self.failover_plan_vm_id);
        w.elem_text("Order", &self.order);
    }
}
/// Used by GET /cloud/gateways/{ID}, PUT /cloud/gateways/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudgateways_id.html>
///
/// XML root element: `<CloudGateway>`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CloudGateway {
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
    /// DNS name or IP address (depending on what was used in POST request when creating the cloud gateway) of the the cloud gateway, for example: srv01.tech.local.
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
    /// UID of the cloud gateway, for example: urn:veeam:CloudGateway:b5025a7b-5e13-41e2-a17e-9d9af985ecfd.
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
    pub links: Option<Vec<Link>>,
    /// Defines if the cloud gateway is in the enabled or disabled state. Possible values: • True • False
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
    /// Network mode: • Direct (if clients have a direct connection to the cloud gateway) • NAT (if the cloud gateway is located behind the NAT)
    ///
    /// XML element `<NetworkMode>`; JSON `"NetworkMode"`.
    #[serde(rename = "NetworkMode", alias = "networkMode")]
    pub network_mode: super::enums::CloudGatewayNetworkingMode,
    /// External IP address of the NAT gateway. This parameter must be specified if the cloud gateway is located behind the NAT.
    ///
    /// XML element `<ExternalIP>`; JSON `"ExternalIP"`.
    #[serde(
        rename = "ExternalIP",
        alias = "externalIP",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub external_ip: String,
    /// TCP/IP port over which users' backup servers must communicate with the cloud gateway. By default, port 6180 is used.
    ///
    /// XML element `<ExternalPort>`; JSON `"ExternalPort"`.
    #[serde(
        rename = "ExternalPort",
        alias = "externalPort",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub external_port: Option<i64>,
    /// Port on the NAT gateway used for listening to connections from users. By default, port 6180 is used. This parameter must be specified if the cloud gateway is located behind the NAT.
    ///
    /// XML element `<InternalPort>`; JSON `"InternalPort"`.
    #[serde(
        rename = "InternalPort",
        alias = "internalPort",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub internal_port: Option<i64>,
    /// Description for the cloud gateway.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub description: Option<String>,
}
impl crate::runtime::xml::FromXml for CloudGateway {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            enabled: xml::elem_text(el, "Enabled")?,
            network_mode: xml::elem_text(el, "NetworkMode")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("NetworkMode"))?,
            external_ip: xml::elem_text(el, "ExternalIP")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("ExternalIP"))?,
            external_port: xml::elem_text(el, "ExternalPort")?,
            internal_port: xml::elem_text(el, "InternalPort")?,
            description: xml::elem_text(el, "Description")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudGateway {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("Enabled", &self.enabled);
        w.elem_text_req("NetworkMode", &self.network_mode);
        w.elem_text_req("ExternalIP", &self.external_ip);
        w.elem_text("ExternalPort", &self.external_port);
        w.elem_text("InternalPort", &self.internal_port);
        w.elem_text("Description", &self.description);
    }
}
/// Used by GET /cloud/gatewayPools/{ID}, POST /cloud/gatewayPools, PUT /cloud/gatewayPools/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_gatewaypools_id.html>
///
/// XML root element: `<CloudGatewayPool>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudGatewayPool {
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
    /// Name of the cloud gateway pool resource, for example: TechCompany Gateway Pool.
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
    /// UID of the cloud gateway pool resource, for example: urn:veeam:CloudGatewayPool:18b395e2-81ff-439c-ae8c-188d97274c15.
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
    pub links: Option<Vec<Link>>,
    /// Description of the cloud gateway pool.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub description: Option<String>,
    /// Specifies the list of the cloud gateways included in the cloud gateway pool. At least one cloud gateway must be specified to create a cloud gateway pool. For details, see Cloud Gateway Settings.
    ///
    /// XML `<CloudGateways><CloudGatewayUid/>…</CloudGateways>`; JSON `"CloudGateways": {"CloudGatewayUids": […]}`.
    #[serde(
        rename = "CloudGateways",
        alias = "CloudGatewayUid",
        alias = "cloudGateways",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_cloud_gateway_uids"
    )]
    pub cloud_gateways: Option<Vec<String>>,
    /// Specifies a list of cloud tenants to whom the cloud gateway pool will be assigned. This parameter is optional, because a gateway pool can be assigned to no tenants. For details, see Cloud Tenant Settings.
    ///
    /// XML `<CloudTenants><CloudTenantUid/>…</CloudTenants>`; JSON `"CloudTenants": {"CloudTenantUids": […]}`.
    #[serde(
        rename = "CloudTenants",
        alias = "CloudTenantUid",
        alias = "cloudTenants",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_cloud_tenant_uids"
    )]
    pub cloud_tenants: Option<Vec<String>>,
    /// UID of the cloud gateway included in the created cloud gateway pool. Can be obtained from the representation of the /cloud/gateways resource.
    ///
    /// repeated XML element `<CloudGatewayUid>`; JSON `"CloudGatewayUids": […]`.
    #[serde(
        rename = "CloudGatewayUids",
        alias = "cloudGatewayUids",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub cloud_gateway_uid: Vec<crate::runtime::Uid>,
    /// UID of the tenant account to which the created cloud gateway pool will be assigned. Can be obtained from the representation of the /cloud/tenants resource.
    ///
    /// repeated XML element `<CloudTenantUid>`; JSON `"CloudTenantUids": […]`.
    #[serde(
        rename = "CloudTenantUids",
        alias = "cloudTenantUids",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub cloud_tenant_uid: Vec<crate::runtime::Uid>,
    /// UID of the backup server on which the cloud gateway pool must be created.
    ///
    /// XML element `<BackupServerUid>`; JSON `"BackupServerUid"`.
    #[serde(
        rename = "BackupServerUid",
        alias = "backupServerUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_server_uid: Option<crate::runtime::Uid>,
}
impl crate::runtime::xml::FromXml for CloudGatewayPool {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            description: xml::elem_text(el, "Description")?,
            cloud_gateways: xml::wrapped_text(el, "CloudGateways", "CloudGatewayUid")?,
            cloud_tenants: xml::wrapped_text(el, "CloudTenants", "CloudTenantUid")?,
            cloud_gateway_uid: xml::elems_text(el, "CloudGatewayUid")?,
            cloud_tenant_uid: xml::elems_text(el, "CloudTenantUid")?,
            backup_server_uid: xml::elem_text(el, "BackupServerUid")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudGatewayPool {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("Description", &self.description);
        w.wrapped_text("CloudGateways", "CloudGatewayUid", &self.cloud_gateways);
        w.wrapped_text("CloudTenants", "CloudTenantUid", &self.cloud_tenants);
        w.elems_text("CloudGatewayUid", &self.cloud_gateway_uid);
        w.elems_text("CloudTenantUid", &self.cloud_tenant_uid);
        w.elem_text("BackupServerUid", &self.backup_server_uid);
    }
}
/// Used by GET /cloud/tenants/{ID}, POST /cloud/tenants, PUT /cloud/tenants/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id.html>
///
/// XML root element: `<CloudGatewayPools>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudGatewayPoolEntityListType {
    /// Description of the cloud gateway pool used by the tenant.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub description: Option<String>,
    /// List of UIDs of cloud gateways included in the gateway pool.
    ///
    /// XML element `<CloudGateways>`; JSON `"CloudGateways"`.
    #[serde(
        rename = "CloudGateways",
        alias = "cloudGateways",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cloud_gateways: Option<CloudGatewayPoolGatewayListType>,
    /// List of UIDs of tenant accounts.
    ///
    /// XML element `<CloudTenants>`; JSON `"CloudTenants"`.
    #[serde(
        rename = "CloudTenants",
        alias = "cloudTenants",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cloud_tenants: Option<CloudGatewayPoolTenantListType>,
    /// UID of the cloud gateway pool that will be assigned to the tenant account. Can be obtained from the representation of the /cloud/gatewayPools resource.
    ///
    /// repeated XML element `<CloudGatewayPoolUid>`; JSON `"CloudGatewayPoolUid": […]`.
    #[serde(
        rename = "CloudGatewayPoolUid",
        alias = "cloudGatewayPoolUid",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub cloud_gateway_pool_uid: Vec<crate::runtime::Uid>,
}
impl crate::runtime::xml::FromXml for CloudGatewayPoolEntityListType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            description: xml::elem_text(el, "Description")?,
            cloud_gateways: xml::elem(el, "CloudGateways")?,
            cloud_tenants: xml::elem(el, "CloudTenants")?,
            cloud_gateway_pool_uid: xml::elems_text(el, "CloudGatewayPoolUid")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudGatewayPoolEntityListType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Description", &self.description);
        w.elem("CloudGateways", &self.cloud_gateways);
        w.elem("CloudTenants", &self.cloud_tenants);
        w.elems_text("CloudGatewayPoolUid", &self.cloud_gateway_pool_uid);
    }
}
/// Used by GET /cloud/gatewayPools/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_gatewaypools_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudGatewayPoolGatewayListType {
    /// UID of the cloud gateway included in the cloud gateway pool. Can be obtained from the representation of the /cloud/gateways resource.
    ///
    /// XML element `<CloudGatewayUid>`; JSON `"CloudGatewayUid"`.
    #[serde(
        rename = "CloudGatewayUid",
        alias = "cloudGatewayUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub cloud_gateway_uid: Option<crate::runtime::Uid>,
}
impl crate::runtime::xml::FromXml for CloudGatewayPoolGatewayListType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cloud_gateway_uid: xml::elem_text(el, "CloudGatewayUid")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudGatewayPoolGatewayListType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("CloudGatewayUid", &self.cloud_gateway_uid);
    }
}
/// Used by GET /cloud/gatewayPools/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_gatewaypools_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudGatewayPoolTenantListType {
    /// UID of the tenant account to which the cloud gateway pool will be assigned. Can be obtained from the representation of the /cloud/tenants resource.
    ///
    /// XML element `<CloudTenantUid>`; JSON `"CloudTenantUid"`.
    #[serde(
        rename = "CloudTenantUid",
        alias = "cloudTenantUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub cloud_tenant_uid: Option<crate::runtime::Uid>,
}
impl crate::runtime::xml::FromXml for CloudGatewayPoolTenantListType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cloud_tenant_uid: xml::elem_text(el, "CloudTenantUid")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudGatewayPoolTenantListType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("CloudTenantUid", &self.cloud_tenant_uid);
    }
}
/// Used by GET /cloud/hardwarePlans/{ID}, PUT /cloud/hardwarePlans/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_hardwareplans_id.html>
///
/// XML root element: `<CloudHardwarePlan>`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CloudHardwarePlan {
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
    /// Name of the hardware plan, for example: Hyper-V Silver.
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
    /// UID of the hardware plan, for example: urn:veeam:CloudHardwarePlan:127e652e-e02e-4951-99e7-03280edfe536.
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
    pub links: Option<Vec<Link>>,
    /// Description for the hardware plan.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub description: Option<String>,
    /// Limit of CPU that can be used by all VM replicas of the tenant subscribed to the hardware plan. To let the replicas use all available CPU resources, the value is set to -1.
    ///
    /// XML element `<ProcessorUsageLimitMhz>`; JSON `"ProcessorUsageLimitMhz"`.
    #[serde(
        rename = "ProcessorUsageLimitMhz",
        alias = "processorUsageLimitMhz",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub processor_usage_limit_mhz: i64,
    /// Limit of RAM that can be used by all VM replicas of the tenant subscribed to the hardware plan. To let the replicas use all available RAM resources, the value is set to -1.
    ///
    /// XML element `<MemoryUsageLimitMb>`; JSON `"MemoryUsageLimitMb"`.
    #[serde(
        rename = "MemoryUsageLimitMb",
        alias = "memoryUsageLimitMb",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub memory_usage_limit_mb: i64,
    /// Parameters for the hardware plan. For details on parameters for VMware hardware plans, see VMware Hardware Plan Settings. For details on parameters for Hyper-V hardware plans, see Hyper-V Hardware Plan Settings.
    ///
    /// XML element `<HardwarePlanDetails>`; JSON `"HardwarePlanDetails"`.
    #[serde(rename = "HardwarePlanDetails", alias = "hardwarePlanDetails")]
    pub hardware_plan_details: ViCloudHardwarePlanorHvCloudHardwarePlan,
}
impl crate::runtime::xml::FromXml for CloudHardwarePlan {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            description: xml::elem_text(el, "Description")?,
            processor_usage_limit_mhz: xml::elem_text(el, "ProcessorUsageLimitMhz")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "ProcessorUsageLimitMhz",
                ))?,
            memory_usage_limit_mb: xml::elem_text(el, "MemoryUsageLimitMb")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "MemoryUsageLimitMb",
                ))?,
            hardware_plan_details: xml::elem(el, "HardwarePlanDetails")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "HardwarePlanDetails",
                ))?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudHardwarePlan {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("Description", &self.description);
        w.elem_text_req("ProcessorUsageLimitMhz", &self.processor_usage_limit_mhz);
        w.elem_text_req("MemoryUsageLimitMb", &self.memory_usage_limit_mb);
        w.elem_req("HardwarePlanDetails", &self.hardware_plan_details);
    }
}
/// Used by POST /cloud/hardwarePlans.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_hardwareplans.html>
///
/// XML root element: `<CloudHardwarePlanCreateSpec>`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CloudHardwarePlanCreateSpec {
    /// UID of the backup server on which the hardware plan must be created.
    ///
    /// XML element `<BackupServerUid>`; JSON `"BackupServerUid"`.
    #[serde(
        rename = "BackupServerUid",
        alias = "backupServerUid",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub backup_server_uid: String,
    /// Name for the hardware plan, for example: VMware Hardware Plan.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    #[serde(
        rename = "Name",
        alias = "name",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub name: String,
    /// Description for the hardware plan.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub description: Option<String>,
    /// Limit of CPU that can be used by all VM replicas of the tenant subscribed to the hardware plan. To let the replicas use all available CPU resources, set the value to -1.
    ///
    /// XML element `<ProcessorUsageLimitMhz>`; JSON `"ProcessorUsageLimitMhz"`.
    #[serde(
        rename = "ProcessorUsageLimitMhz",
        alias = "processorUsageLimitMhz",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub processor_usage_limit_mhz: i64,
    /// Limit of RAM that can be used by all VM replicas of the tenant subscribed to the hardware plan. To let the replicas use all available RAM resources, set the value to -1.
    ///
    /// XML element `<MemoryUsageLimitMb>`; JSON `"MemoryUsageLimitMb"`.
    #[serde(
        rename = "MemoryUsageLimitMb",
        alias = "memoryUsageLimitMb",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub memory_usage_limit_mb: i64,
    /// Parameters for the created hardware plan. For details on creating a VMware hardware plan, see VMware Hardware Plan Settings. For details on creating a Hyper-V hardware plan, see Hyper-V Hardware Plan Settings.
    ///
    /// XML element `<HardwarePlanDetails>`; JSON `"HardwarePlanDetails"`.
    #[serde(rename = "HardwarePlanDetails", alias = "hardwarePlanDetails")]
    pub hardware_plan_details: ViCloudHardwarePlanorHvCloudHardwarePlan,
}
impl crate::runtime::xml::FromXml for CloudHardwarePlanCreateSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            backup_server_uid: xml::elem_text(el, "BackupServerUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("BackupServerUid"))?,
            name: xml::elem_text(el, "Name")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("Name"))?,
            description: xml::elem_text(el, "Description")?,
            processor_usage_limit_mhz: xml::elem_text(el, "ProcessorUsageLimitMhz")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "ProcessorUsageLimitMhz",
                ))?,
            memory_usage_limit_mb: xml::elem_text(el, "MemoryUsageLimitMb")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "MemoryUsageLimitMb",
                ))?,
            hardware_plan_details: xml::elem(el, "HardwarePlanDetails")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "HardwarePlanDetails",
                ))?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudHardwarePlanCreateSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("BackupServerUid", &self.backup_server_uid);
        w.elem_text_req("Name", &self.name);
        w.elem_text("Description", &self.description);
        w.elem_text_req("ProcessorUsageLimitMhz", &self.processor_usage_limit_mhz);
        w.elem_text_req("MemoryUsageLimitMb", &self.memory_usage_limit_mb);
        w.elem_req("HardwarePlanDetails", &self.hardware_plan_details);
    }
}
/// Used by POST /cloud/hardwarePlans.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_hardwareplans.html>
///
/// XML root element: `<Network>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudHardwarePlanNetworkInfo {
    /// Number of networks with internet access that will be available to tenant VM replicas.
    ///
    /// XML element `<CountWithInternet>`; JSON `"CountWithInternet"`.
    #[serde(
        rename = "CountWithInternet",
        alias = "countWithInternet",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub count_with_internet: Option<i64>,
    /// Number of networks without internet access that will be available to tenant VM replicas.
    ///
    /// XML element `<CountWithoutInternet>`; JSON `"CountWithoutInternet"`.
    #[serde(
        rename = "CountWithoutInternet",
        alias = "countWithoutInternet",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub count_without_internet: Option<i64>,
}
impl crate::runtime::xml::FromXml for CloudHardwarePlanNetworkInfo {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            count_with_internet: xml::elem_text(el, "CountWithInternet")?,
            count_without_internet: xml::elem_text(el, "CountWithoutInternet")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudHardwarePlanNetworkInfo {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("CountWithInternet", &self.count_with_internet);
        w.elem_text("CountWithoutInternet", &self.count_without_internet);
    }
}
/// Used by GET /cloud/publicIpAddresses/{ID}, PUT /cloud/publicIpAddresses/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_publicipaddresses_id.html>
///
/// XML root element: `<CloudPublicIpAddress>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudPublicIpAddress {
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
    /// Name of the public IP address resource, for example: 198.51.100.16.
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
    /// UID of the public IP address resource, for example: urn:veeam:CloudPublicIpAddress:22d2cdad-ddd1-4789-9e27-03bf25786648.
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
    /// XML attribute `BackupServerUid`; JSON `"BackupServerUid"`.
    #[serde(
        rename = "BackupServerUid",
        alias = "backupServerUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_server_uid: Option<String>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    #[serde(
        rename = "Links",
        alias = "Link",
        alias = "links",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub links: Option<Vec<Link>>,
    /// Public IP address, for example: 198.51.100.16.
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
    /// UID of the tenant account to which the public IP address is assigned, for example: urn:veeam:CloudTenant:4f90635a-7ecc-49fe-beb6-60b37eb4bd89.
    ///
    /// XML element `<TenantUid>`; JSON `"TenantUid"`.
    #[serde(
        rename = "TenantUid",
        alias = "tenantUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub tenant_uid: Option<crate::runtime::Uid>,
}
impl crate::runtime::xml::FromXml for CloudPublicIpAddress {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            backup_server_uid: xml::attr(el, "BackupServerUid")?,
            links: xml::wrapped(el, "Links", "Link")?,
            ip_address: xml::elem_text(el, "IpAddress")?,
            tenant_uid: xml::elem_text(el, "TenantUid")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudPublicIpAddress {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.attr("BackupServerUid", &self.backup_server_uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("IpAddress", &self.ip_address);
        w.elem_text("TenantUid", &self.tenant_uid);
    }
}
/// Used by POST /cloud/publicIpAddresses.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_publicipaddresses.html>
///
/// XML root element: `<CloudPublicIpAddressCreateSpec>`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CloudPublicIpAddressCreateSpec {
    /// UID of the backup server on which the pool of public IP addresses must be configured.
    ///
    /// XML element `<BackupServerUid>`; JSON `"BackupServerUid"`.
    #[serde(
        rename = "BackupServerUid",
        alias = "backupServerUid",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub backup_server_uid: crate::runtime::Uid,
    /// The first IP address in the range of public IP addresses added to the pool.
    ///
    /// XML element `<IpAddressLowerBound>`; JSON `"IpAddressLowerBound"`.
    #[serde(
        rename = "IpAddressLowerBound",
        alias = "ipAddressLowerBound",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub ip_address_lower_bound: String,
    /// The last IP address in the range of public IP addresses added to the pool.
    ///
    /// XML element `<IpAddressUpperBound>`; JSON `"IpAddressUpperBound"`.
    #[serde(
        rename = "IpAddressUpperBound",
        alias = "ipAddressUpperBound",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub ip_address_upper_bound: String,
}
impl crate::runtime::xml::FromXml for CloudPublicIpAddressCreateSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            backup_server_uid: xml::elem_text(el, "BackupServerUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("BackupServerUid"))?,
            ip_address_lower_bound: xml::elem_text(el, "IpAddressLowerBound")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "IpAddressLowerBound",
                ))?,
            ip_address_upper_bound: xml::elem_text(el, "IpAddressUpperBound")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "IpAddressUpperBound",
                ))?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudPublicIpAddressCreateSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("BackupServerUid", &self.backup_server_uid);
        w.elem_text_req("IpAddressLowerBound", &self.ip_address_lower_bound);
        w.elem_text_req("IpAddressUpperBound", &self.ip_address_upper_bound);
    }
}
/// Used by GET /cloud/replicas/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudreplicas_id.html>
///
/// XML root element: `<CloudReplica>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudReplica {
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
    /// Name of the cloud replica resource, for example: ABC Company Servers Replication.
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
    /// UID of the cloud replica resource, for example: urn:veeam:CloudReplica:8393c284-c953-403f-a9b9-cff63e0c6815.
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
    pub links: Option<Vec<Link>>,
    /// Platform for which the replication job is created. Possible values: • VMware • HyperV • vCloud
    ///
    /// XML element `<Platform>`; JSON `"Platform"`.
    #[serde(
        rename = "Platform",
        alias = "platform",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform: Option<super::enums::CloudReplicaPlatform>,
}
impl crate::runtime::xml::FromXml for CloudReplica {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            platform: xml::elem_text(el, "Platform")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudReplica {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("Platform", &self.platform);
    }
}
/// Used by GET /cloud/tenants/{ID}/subtenants/{ID}, PUT /cloud/tenants/{ID}/subtenants/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id_subtenants_id.html>
///
/// XML root element: `<CloudSubtenant>`.
#[derive(Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudSubtenant {
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
    /// ID of the subtenant account resource, for example: 4da30260-581d-4b94-8a56-61c117819dcc.
    ///
    /// XML attribute `Id`; JSON `"Id"`.
    #[serde(
        rename = "Id",
        alias = "id",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub id: Option<String>,
    /// Name of the subtenant account, for example: ABC Company PC User.
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
    /// Description for the subtenant account.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub description: Option<String>,
    /// Password for the subtenant account.
    ///
    /// XML element `<Password>`; JSON `"Password"`.
    #[serde(
        rename = "Password",
        alias = "password",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub password: Option<String>,
    /// Defines whether the subtenant account is in the disabled or enabled state. Possible values: • True — the subtenant account is enabled • False — the subtenant account is disabled
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
    /// Parameters for the storage quota assigned to the subtenant account. For details, see Subtenant Quota Settings.
    ///
    /// XML element `<RepositoryQuota>`; JSON `"RepositoryQuota"`.
    #[serde(
        rename = "RepositoryQuota",
        alias = "repositoryQuota",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub repository_quota: Option<CloudSubtenantRepositoryQuotaInfoType>,
}
impl std::fmt::Debug for CloudSubtenant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CloudSubtenant")
            .field("href", &self.href)
            .field("type", &self.r#type)
            .field("id", &self.id)
            .field("name", &self.name)
            .field("description", &self.description)
            .field("password", &"<redacted>")
            .field("enabled", &self.enabled)
            .field("repository_quota", &self.repository_quota)
            .finish()
    }
}
impl crate::runtime::xml::FromXml for CloudSubtenant {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            id: xml::attr(el, "Id")?,
            name: xml::elem_text(el, "Name")?,
            description: xml::elem_text(el, "Description")?,
            password: xml::elem_text(el, "Password")?,
            enabled: xml::elem_text(el, "Enabled")?,
            repository_quota: xml::elem(el, "RepositoryQuota")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudSubtenant {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.attr("Id", &self.id);
        w.elem_text("Name", &self.name);
        w.elem_text("Description", &self.description);
        w.elem_text("Password", &self.password);
        w.elem_text("Enabled", &self.enabled);
        w.elem("RepositoryQuota", &self.repository_quota);
    }
}
/// Used by POST /cloud/tenants/{ID}/subtenants.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_tenants_id_subtenants.html>
///
/// XML root element: `<CloudSubtenantCreateSpec>`.
#[derive(Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CloudSubtenantCreateSpec {
    /// User name for the subtenant account.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    #[serde(
        rename = "Name",
        alias = "name",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub name: String,
    /// Description for the subtenant account.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub description: Option<String>,
    /// Password for the subtenant account.
    ///
    /// XML element `<Password>`; JSON `"Password"`.
    #[serde(
        rename = "Password",
        alias = "password",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub password: String,
    /// Defines if the subtenant account must be in the enabled or disabled state. Possible values: • True • False
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
    /// ID of the tenant storage quota on which the storage quota for the subtenant account must be created, for example: 11c59670-23df-448c-a4b3-74c42669633e.
    ///
    /// XML element `<TenantResourceId>`; JSON `"TenantResourceId"`.
    #[serde(
        rename = "TenantResourceId",
        alias = "tenantResourceId",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub tenant_resource_id: String,
    /// Friendly name of the storage quota assigned to the subtenant.
    ///
    /// XML element `<QuotaName>`; JSON `"QuotaName"`.
    #[serde(
        rename = "QuotaName",
        alias = "quotaName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub quota_name: Option<String>,
    /// Size of the storage quota assigned to the subtenant (in MB). Subtenant quota cannot be less than 1GB. Size of the subtenant quota must be defined if the False value is specified in the UnlimitedQuota element.
    ///
    /// XML element `<QuotaMb>`; JSON `"QuotaMb"`.
    #[serde(
        rename = "QuotaMb",
        alias = "quotaMb",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub quota_mb: Option<i64>,
    /// Defines if the storage quota assigned to the subtenant must be unlimited. Possible values: • True — the subquota is not limited. The subtenant can use all storage space available within the tenant quota. The subtenant quota limit specified in the QuotaMb element is ignored. • False — the subtenant quota is limited. Size of the subtenant quota must be defined in the QuotaMb element.
    ///
    /// XML element `<UnlimitedQuota>`; JSON `"UnlimitedQuota"`.
    #[serde(
        rename = "UnlimitedQuota",
        alias = "unlimitedQuota",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub unlimited_quota: bool,
}
impl std::fmt::Debug for CloudSubtenantCreateSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CloudSubtenantCreateSpec")
            .field("name", &self.name)
            .field("description", &self.description)
            .field("password", &"<redacted>")
            .field("enabled", &self.enabled)
            .field("tenant_resource_id", &self.tenant_resource_id)
            .field("quota_name", &self.quota_name)
            .field("quota_mb", &self.quota_mb)
            .field("unlimited_quota", &self.unlimited_quota)
            .finish()
    }
}
impl crate::runtime::xml::FromXml for CloudSubtenantCreateSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            name: xml::elem_text(el, "Name")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("Name"))?,
            description: xml::elem_text(el, "Description")?,
            password: xml::elem_text(el, "Password")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("Password"))?,
            enabled: xml::elem_text(el, "Enabled")?,
            tenant_resource_id: xml::elem_text(el, "TenantResourceId")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "TenantResourceId",
                ))?,
            quota_name: xml::elem_text(el, "QuotaName")?,
            quota_mb: xml::elem_text(el, "QuotaMb")?,
            unlimited_quota: xml::elem_text(el, "UnlimitedQuota")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("UnlimitedQuota"))?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudSubtenantCreateSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("Name", &self.name);
        w.elem_text("Description", &self.description);
        w.elem_text_req("Password", &self.password);
        w.elem_text("Enabled", &self.enabled);
        w.elem_text_req("TenantResourceId", &self.tenant_resource_id);
        w.elem_text("QuotaName", &self.quota_name);
        w.elem_text("QuotaMb", &self.quota_mb);
        w.elem_text_req("UnlimitedQuota", &self.unlimited_quota);
    }
}
/// Used by GET /cloud/tenants/{ID}/subtenants/{ID}, PUT /cloud/tenants/{ID}/subtenants/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id_subtenants_id.html>
///
/// XML root element: `<RepositoryQuota>`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CloudSubtenantRepositoryQuotaInfoType {
    /// XML attribute `Unlimited`; JSON `"Unlimited"`.
    #[serde(
        rename = "Unlimited",
        alias = "unlimited",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub unlimited: Option<String>,
    /// Friendly name of the storage quota assigned to the subtenant.
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
    /// ID of the tenant storage quota on which the storage quota for the subtenant account must be created, for example: 11c59670-23df-448c-a4b3-74c42669633e.
    ///
    /// XML element `<TenantResourceId>`; JSON `"TenantResourceId"`.
    #[serde(
        rename = "TenantResourceId",
        alias = "tenantResourceId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub tenant_resource_id: Option<String>,
    /// Size of the storage quota assigned to the subtenant (in MB). Subtenant quota cannot be less than 1GB. Size of the subtenant quota must be defined if the False value is specified for the Unlimited attribute of the RepositoryQuota element.
    ///
    /// XML element `<QuotaMb>`; JSON `"QuotaMb"`.
    #[serde(
        rename = "QuotaMb",
        alias = "quotaMb",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub quota_mb: i64,
    /// Amount of used space within the storage quota assigned to the subtenant account (in MB).
    ///
    /// XML element `<UsedQuotaMb>`; JSON `"UsedQuotaMb"`.
    #[serde(
        rename = "UsedQuotaMb",
        alias = "usedQuotaMb",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub used_quota_mb: Option<i64>,
    /// ID of the storage quota assigned to the subtenant, for example: 724f861d-16e7-40ee-8b68-cf7b51c31d61.
    ///
    /// XML element `<QuotaId>`; JSON `"QuotaId"`.
    #[serde(
        rename = "QuotaId",
        alias = "quotaId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub quota_id: Option<String>,
}
impl crate::runtime::xml::FromXml for CloudSubtenantRepositoryQuotaInfoType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            unlimited: xml::attr(el, "Unlimited")?,
            display_name: xml::elem_text(el, "DisplayName")?,
            tenant_resource_id: xml::elem_text(el, "TenantResourceId")?,
            quota_mb: xml::elem_text(el, "QuotaMb")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("QuotaMb"))?,
            used_quota_mb: xml::elem_text(el, "UsedQuotaMb")?,
            quota_id: xml::elem_text(el, "QuotaId")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudSubtenantRepositoryQuotaInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Unlimited", &self.unlimited);
        w.elem_text("DisplayName", &self.display_name);
        w.elem_text("TenantResourceId", &self.tenant_resource_id);
        w.elem_text_req("QuotaMb", &self.quota_mb);
        w.elem_text("UsedQuotaMb", &self.used_quota_mb);
        w.elem_text("QuotaId", &self.quota_id);
    }
}
/// Used by GET /cloud/tenants/{ID}, PUT /cloud/tenants/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id.html>
///
/// XML root element: `<CloudTenant>`.
#[derive(Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudTenant {
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
    /// Name or the tenant account, for example: tech\\william.fox.
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
    /// UID of the tenant account, for example: urn:veeam:CloudTenant:4f90635a-7ecc-49fe-beb6-60b37eb4bd89.
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
    pub links: Option<Vec<Link>>,
    /// Password for the tenant account.
    ///
    /// XML element `<Password>`; JSON `"Password"`.
    #[serde(
        rename = "Password",
        alias = "password",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub password: Option<String>,
    /// Description for the tenant account.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub description: Option<String>,
    /// Defines if the tenant account is in the enabled or disabled state. Possible values: • True • False
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
    /// Lease period options for the tenant account. For details, see Lease Options.
    ///
    /// XML element `<LeaseOptions>`; JSON `"LeaseOptions"`.
    #[serde(
        rename = "LeaseOptions",
        alias = "leaseOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub lease_options: Option<CloudTenantLeaseOptionsType>,
    /// Defines the storage quota on the cloud backup repository that must be assigned to the tenant. You can assign several storage quotas on different cloud repositories to one tenant. For details on storage quota settings, see Backup Resource Options.
    ///
    /// XML element `<Resources>`; JSON `"Resources"`.
    #[serde(
        rename = "Resources",
        alias = "resources",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resources: Option<CloudTenantResourceListType>,
    /// Result of the last backup or replication job of the tenant.
    ///
    /// XML element `<LastResult>`; JSON `"LastResult"`.
    #[serde(
        rename = "LastResult",
        alias = "lastResult",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub last_result: Option<String>,
    /// Date and time when the last job of the tenant was finished.
    ///
    /// XML element `<LastActive>`; JSON `"LastActive"`.
    #[serde(
        rename = "LastActive",
        alias = "lastActive",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub last_active: Option<crate::runtime::DateTime>,
    /// Number of VMs processed by the tenant.
    ///
    /// XML element `<VmCount>`; JSON `"VmCount"`.
    #[serde(
        rename = "VmCount",
        alias = "vmCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vm_count: Option<i64>,
    /// Settings for cloud replication resources that must be assigned to the tenant. You can subscribe one tenant to one or several hardware plans that utilize resources of the same virtualization platform — VMware vSphere or Microsoft Hyper-V. For details on cloud replication settings, see Compute Resource Options.
    ///
    /// XML `<ComputeResources><CloudTenantComputeResource/>…</ComputeResources>`; JSON `"ComputeResources": {"CloudTenantComputeResources": […]}`.
    #[serde(
        rename = "ComputeResources",
        alias = "CloudTenantComputeResource",
        alias = "computeResources",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_cloud_tenant_compute_resources"
    )]
    pub compute_resources: Option<Vec<CloudTenantComputeResource>>,
    /// Defines whether the bandwidth limit must be enabled for the tenant account.
    ///
    /// XML element `<ThrottlingEnabled>`; JSON `"ThrottlingEnabled"`.
    #[serde(
        rename = "ThrottlingEnabled",
        alias = "throttlingEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub throttling_enabled: Option<bool>,
    /// Bandwidth limit for the tenant account.
    ///
    /// XML element `<ThrottlingSpeedLimit>`; JSON `"ThrottlingSpeedLimit"`.
    #[serde(
        rename = "ThrottlingSpeedLimit",
        alias = "throttlingSpeedLimit",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub throttling_speed_limit: Option<i64>,
    /// Unit for bandwidth limit that is set for the tenant account. Possible values: • Mbps • KBps • MBps
    ///
    /// XML element `<ThrottlingSpeedUnit>`; JSON `"ThrottlingSpeedUnit"`.
    #[serde(
        rename = "ThrottlingSpeedUnit",
        alias = "throttlingSpeedUnit",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub throttling_speed_unit: Option<super::enums::CloudTenantThrottlingSpeedUnit>,
    /// Number of public IP addresses assigned to the tenant. Tenants can use public IP addresses to enable access to cloud VM replicas from the internet after full site failover.
    ///
    /// XML element `<PublicIpCount>`; JSON `"PublicIpCount"`.
    #[serde(
        rename = "PublicIpCount",
        alias = "publicIpCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub public_ip_count: Option<i64>,
    /// Number of VMs that were processed by tenant backup jobs and that consumed a Veeam Cloud Connect license in the past 31 days. This counter does not include new and rental machines, which you can obtain with the GET /cloud/tenants/{ID}/freelicenseCounters request. A VM consumes a license if the tenant have created at least one restore point in the past 31 days.
    ///
    /// XML element `<BackupCount>`; JSON `"BackupCount"`.
    #[serde(
        rename = "BackupCount",
        alias = "backupCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_count: Option<i64>,
    /// Number of VMs that were processed by tenant replication jobs and that consumed a Veeam Cloud Connect license in the past 31 days. This counter does not include new and rental machines, which you can obtain with the GET /cloud/tenants/{ID}/freelicenseCounters request. A VM consumes a license if the tenant have created at least one restore point in the past 31 days.
    ///
    /// XML element `<ReplicaCount>`; JSON `"ReplicaCount"`.
    #[serde(
        rename = "ReplicaCount",
        alias = "replicaCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub replica_count: Option<i64>,
    /// Maximum number of concurrent tasks for the tenant.
    ///
    /// XML element `<MaxConcurrentTasks>`; JSON `"MaxConcurrentTasks"`.
    #[serde(
        rename = "MaxConcurrentTasks",
        alias = "maxConcurrentTasks",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub max_concurrent_tasks: Option<i64>,
    /// Number of workstations (machines processed with the Workstation edition of Veeam Agent) that were backed up by tenant Veeam Agent backup jobs and that consumed a Veeam Cloud Connect license in the past 31 days. This counter does not include new and rental machines, which you can obtain with the GET /cloud/tenants/{ID}/freelicenseCounters request. A workstation consumes license instances if the tenant have created at least one restore point in the past 31 days.
    ///
    /// XML element `<WorkStationBackupCount>`; JSON `"WorkStationBackupCount"`.
    #[serde(
        rename = "WorkStationBackupCount",
        alias = "workStationBackupCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub work_station_backup_count: Option<i64>,
    /// Number of servers (machines processed with the Server edition of Veeam Agent) that were backed up by tenant Veeam Agent backup jobs and that consumed a Veeam Cloud Connect license in the past 31 days. This counter does not include new and rental machines, which you can obtain with the GET /cloud/tenants/{ID}/freelicenseCounters request. A server consumes license instances if the tenant have created at least one restore point in the past 31 days.
    ///
    /// XML element `<ServerBackupCount>`; JSON `"ServerBackupCount"`.
    #[serde(
        rename = "ServerBackupCount",
        alias = "serverBackupCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub server_backup_count: Option<i64>,
    /// Defines whether backups deleted by a tenant will be placed to the recycle bin on the service provider side.
    ///
    /// XML element `<BackupProtectionEnabled>`; JSON `"BackupProtectionEnabled"`.
    #[serde(
        rename = "BackupProtectionEnabled",
        alias = "backupProtectionEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_protection_enabled: Option<bool>,
    /// Number of days to keep deleted tenant backups in the recycle bin.
    ///
    /// XML element `<BackupProtectionPeriod>`; JSON `"BackupProtectionPeriod"`.
    #[serde(
        rename = "BackupProtectionPeriod",
        alias = "backupProtectionPeriod",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_protection_period: Option<i64>,
    /// Tenant account type. Possible values: • Standalone • vCD • ActiveDirectory
    ///
    /// XML element `<TenantType>`; JSON `"TenantType"`.
    #[serde(
        rename = "TenantType",
        alias = "tenantType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub tenant_type: Option<TenantType>,
    /// Settings for vCloud compute resource assigned for the tenant of the vCD type. For details, see vCloud Compute Resource Options.
    ///
    /// repeated XML element `<VCloudComputeResources>`; JSON `"VCloudComputeResources": […]`.
    #[serde(
        rename = "VCloudComputeResources",
        alias = "vCloudComputeResources",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub v_cloud_compute_resources: Vec<CloudTenant>,
    /// Specifies the cloud gateway pool assigned to the tenant account. For details, see Cloud Gateway Pool Options.
    ///
    /// XML element `<CloudGatewayPools>`; JSON `"CloudGatewayPools"`.
    #[serde(
        rename = "CloudGatewayPools",
        alias = "cloudGatewayPools",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cloud_gateway_pools: Option<CloudGatewayPoolEntityListType>,
    /// Defines whether the tenant will be able to fail over to cloud gateways outside of the cloud gateway pool in case all cloud gateways in the pool become unavailable. Possible values: • True • False
    ///
    /// XML element `<FailoverToOtherGatewaysIfFail>`; JSON `"FailoverToOtherGatewaysIfFail"`.
    #[serde(
        rename = "FailoverToOtherGatewaysIfFail",
        alias = "failoverToOtherGatewaysIfFail",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub failover_to_other_gateways_if_fail: Option<bool>,
    /// UID of a hardware plan to which the tenant is subscribed, for example: urn:veeam:CloudHardwarePlan:127e652e-e02e-4951-99e7-03280edfe536.
    ///
    /// XML element `<CloudHardwarePlanUid>`; JSON `"CloudHardwarePlanUid"`.
    #[serde(
        rename = "CloudHardwarePlanUid",
        alias = "cloudHardwarePlanUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub cloud_hardware_plan_uid: Option<crate::runtime::Uid>,
    /// UID of a WAN accelerator that is used as a target WAN accelerator with the cloud host presented by the hardware plan.
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
    /// Platform for which the hardware plan to which the tenant account is subscribed has been created. Possible values: • VMware • HyperV
    ///
    /// XML element `<PlatformType>`; JSON `"PlatformType"`.
    #[serde(
        rename = "PlatformType",
        alias = "platformType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform_type: Option<super::enums::CloudTenantPlatformType>,
    /// Defines whether the network extension appliance must be deployed for the tenant account subscribed to the hardware plan.
    ///
    /// XML element `<UseNetworkFailoverResources>`; JSON `"UseNetworkFailoverResources"`.
    #[serde(
        rename = "UseNetworkFailoverResources",
        alias = "useNetworkFailoverResources",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub use_network_failover_resources: Option<bool>,
    /// Defines settings for the network extension appliance deployed for the tenant account. For details, see Network Extension Options.
    ///
    /// XML element `<NetworkAppliance>`; JSON `"NetworkAppliance"`.
    #[serde(
        rename = "NetworkAppliance",
        alias = "networkAppliance",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_appliance: Option<NetworkApplianceInfoType>,
    /// Statistics on usage of the compute resources by the tenant. For details, see Compute Resource Statistics.
    ///
    /// XML element `<ComputeResourceStats>`; JSON `"ComputeResourceStats"`.
    #[serde(
        rename = "ComputeResourceStats",
        alias = "computeResourceStats",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub compute_resource_stats: Option<ComputeResourceStatsInfoType>,
    /// Name of the organization virtual datacenter.
    ///
    /// XML element `<VirtualDataCenterName>`; JSON `"VirtualDataCenterName"`.
    #[serde(
        rename = "VirtualDataCenterName",
        alias = "virtualDataCenterName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub virtual_data_center_name: Option<String>,
    /// Reference to the the organization virtual datacenter. For example: urn:vCloud:Organization:36a46edd-ae1a-4f5b-9557-36fb66f45510.urn:vcloud:vdc:abb1d2f8-86d9-4804-9184-250d4f59a9a8.
    ///
    /// XML element `<VirtualDataCenterRef>`; JSON `"VirtualDataCenterRef"`.
    #[serde(
        rename = "VirtualDataCenterRef",
        alias = "virtualDataCenterRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub virtual_data_center_ref: Option<String>,
    /// Allocation model. Possible values: • Unknown • AllocationPool • PayAsYouGo • ReservationPool • Flex
    ///
    /// XML element `<AllocationModel>`; JSON `"AllocationModel"`.
    #[serde(
        rename = "AllocationModel",
        alias = "allocationModel",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub allocation_model: Option<super::enums::CloudTenantAllocationModel>,
    /// Statistics on usage of the compute resources by the VMware Cloud Director tenant. For details, see vCD Compute Resource Statistics.
    ///
    /// XML element `<ResourceUsage>`; JSON `"ResourceUsage"`.
    #[serde(
        rename = "ResourceUsage",
        alias = "resourceUsage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_usage: Option<CloudTenantVCloudComputeResourceUsageInfoType>,
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
    /// Defines the expiration date of the lease period for the tenant account.
    ///
    /// XML element `<LeaseExpirationDate>`; JSON `"LeaseExpirationDate"`.
    #[serde(
        rename = "LeaseExpirationDate",
        alias = "leaseExpirationDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub lease_expiration_date: Option<crate::runtime::DateTime>,
    /// Defines the storage quota on the cloud backup repository that must be assigned to the tenant. You can assign several storage quotas on different cloud repositories to one tenant. For details on storage quota settings, see Backup Resource Options.
    ///
    /// XML element `<CloudTenantResource>`; JSON `"CloudTenantResource"`.
    #[serde(
        rename = "CloudTenantResource",
        alias = "cloudTenantResource",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cloud_tenant_resource: Option<Box<CloudTenant>>,
    /// Friendly name of the cloud repository.
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
    /// UID of the backup repository on which the storage quota must be modified. You cannot modify the repository resource if the current or new repository is a Scale-Out Backup Repository (SOBR).
    ///
    /// XML element `<RepositoryUid>`; JSON `"RepositoryUid"`.
    #[serde(
        rename = "RepositoryUid",
        alias = "repositoryUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub repository_uid: Option<crate::runtime::Uid>,
    /// Size of the storage quota assigned to the user on the cloud repository (in MB).
    ///
    /// XML element `<Quota>`; JSON `"Quota"`.
    #[serde(
        rename = "Quota",
        alias = "quota",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub quota: Option<i64>,
    /// XML element `<FailoverToOthersGatewaysIfFail>`; JSON `"FailoverToOthersGatewaysIfFail"`.
    #[serde(
        rename = "FailoverToOthersGatewaysIfFail",
        alias = "failoverToOthersGatewaysIfFail",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub failover_to_others_gateways_if_fail: Option<bool>,
}
impl std::fmt::Debug for CloudTenant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CloudTenant")
            .field("href", &self.href)
            .field("type", &self.r#type)
            .field("name", &self.name)
            .field("uid", &self.uid)
            .field("links", &self.links)
            .field("password", &"<redacted>")
            .field("description", &self.description)
            .field("enabled", &self.enabled)
            .field("lease_options", &self.lease_options)
            .field("resources", &self.resources)
            .field("last_result", &self.last_result)
            .field("last_active", &self.last_active)
            .field("vm_count", &self.vm_count)
            .field("compute_resources", &self.compute_resources)
            .field("throttling_enabled", &self.throttling_enabled)
            .field("throttling_speed_limit", &self.throttling_speed_limit)
            .field("throttling_speed_unit", &self.throttling_speed_unit)
            .field("public_ip_count", &self.public_ip_count)
            .field("backup_count", &self.backup_count)
            .field("replica_count", &self.replica_count)
            .field("max_concurrent_tasks", &self.max_concurrent_tasks)
            .field("work_station_backup_count", &self.work_station_backup_count)
            .field("server_backup_count", &self.server_backup_count)
            .field("backup_protection_enabled", &self.backup_protection_enabled)
            .field("backup_protection_period", &self.backup_protection_period)
            .field("tenant_type", &self.tenant_type)
            .field("v_cloud_compute_resources", &self.v_cloud_compute_resources)
            .field("cloud_gateway_pools", &self.cloud_gateway_pools)
            .field(
                "failover_to_other_gateways_if_fail",
                &self.failover_to_other_gateways_if_fail,
            )
            .field("cloud_hardware_plan_uid", &self.cloud_hardware_plan_uid)
            .field("wan_accelerator_uid", &self.wan_accelerator_uid)
            .field("platform_type", &self.platform_type)
            .field(
                "use_network_failover_resources",
                &self.use_network_failover_resources,
            )
            .field("network_appliance", &self.network_appliance)
            .field("compute_resource_stats", &self.compute_resource_stats)
            .field("virtual_data_center_name", &self.virtual_data_center_name)
            .field("virtual_data_center_ref", &self.virtual_data_center_ref)
            .field("allocation_model", &self.allocation_model)
            .field("resource_usage", &self.resource_usage)
            .field("ip_address", &self.ip_address)
            .field("subnet_mask", &self.subnet_mask)
            .field("default_gateway", &self.default_gateway)
            .field("lease_expiration_date", &self.lease_expiration_date)
            .field("cloud_tenant_resource", &self.cloud_tenant_resource)
            .field("display_name", &self.display_name)
            .field("repository_uid", &self.repository_uid)
            .field("quota", &self.quota)
            .field(
                "failover_to_others_gateways_if_fail",
                &self.failover_to_others_gateways_if_fail,
            )
            .finish()
    }
}
impl crate::runtime::xml::FromXml for CloudTenant {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            password: xml::elem_text(el, "Password")?,
            description: xml::elem_text(el, "Description")?,
            enabled: xml::elem_text(el, "Enabled")?,
            lease_options: xml::elem(el, "LeaseOptions")?,
            resources: xml::elem(el, "Resources")?,
            last_result: xml::elem_text(el, "LastResult")?,
            last_active: xml::elem_text(el, "LastActive")?,
            vm_count: xml::elem_text(el, "VmCount")?,
            compute_resources: xml::wrapped(
                el,
                "ComputeResources",
                "CloudTenantComputeResource",
            )?,
            throttling_enabled: xml::elem_text(el, "ThrottlingEnabled")?,
            throttling_speed_limit: xml::elem_text(el, "ThrottlingSpeedLimit")?,
            throttling_speed_unit: xml::elem_text(el, "ThrottlingSpeedUnit")?,
            public_ip_count: xml::elem_text(el, "PublicIpCount")?,
            backup_count: xml::elem_text(el, "BackupCount")?,
            replica_count: xml::elem_text(el, "ReplicaCount")?,
            max_concurrent_tasks: xml::elem_text(el, "MaxConcurrentTasks")?,
            work_station_backup_count: xml::elem_text(el, "WorkStationBackupCount")?,
            server_backup_count: xml::elem_text(el, "ServerBackupCount")?,
            backup_protection_enabled: xml::elem_text(el, "BackupProtectionEnabled")?,
            backup_protection_period: xml::elem_text(el, "BackupProtectionPeriod")?,
            tenant_type: xml::elem(el, "TenantType")?,
            v_cloud_compute_resources: xml::elems(el, "VCloudComputeResources")?,
            cloud_gateway_pools: xml::elem(el, "CloudGatewayPools")?,
            failover_to_other_gateways_if_fail: xml::elem_text(
                el,
                "FailoverToOtherGatewaysIfFail",
            )?,
            cloud_hardware_plan_uid: xml::elem_text(el, "CloudHardwarePlanUid")?,
            wan_accelerator_uid: xml::elem_text(el, "WanAcceleratorUid")?,
            platform_type: xml::elem_text(el, "PlatformType")?,
            use_network_failover_resources: xml::elem_text(
                el,
                "UseNetworkFailoverResources",
            )?,
            network_appliance: xml::elem(el, "NetworkAppliance")?,
            compute_resource_stats: xml::elem(el, "ComputeResourceStats")?,
            virtual_data_center_name: xml::elem_text(el, "VirtualDataCenterName")?,
            virtual_data_center_ref: xml::elem_text(el, "VirtualDataCenterRef")?,
            allocation_model: xml::elem_text(el, "AllocationModel")?,
            resource_usage: xml::elem(el, "ResourceUsage")?,
            ip_address: xml::elem_text(el, "IpAddress")?,
            subnet_mask: xml::elem_text(el, "SubnetMask")?,
            default_gateway: xml::elem_text(el, "DefaultGateway")?,
            lease_expiration_date: xml::elem_text(el, "LeaseExpirationDate")?,
            cloud_tenant_resource: xml::elem(el, "CloudTenantResource")?,
            display_name: xml::elem_text(el, "DisplayName")?,
            repository_uid: xml::elem_text(el, "RepositoryUid")?,
            quota: xml::elem_text(el, "Quota")?,
            failover_to_others_gateways_if_fail: xml::elem_text(
                el,
                "FailoverToOthersGatewaysIfFail",
            )?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudTenant {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("Password", &self.password);
        w.elem_text("Description", &self.description);
        w.elem_text("Enabled", &self.enabled);
        w.elem("LeaseOptions", &self.lease_options);
        w.elem("Resources", &self.resources);
        w.elem_text("LastResult", &self.last_result);
        w.elem_text("LastActive", &self.last_active);
        w.elem_text("VmCount", &self.vm_count);
        w.wrapped(
            "ComputeResources",
            "CloudTenantComputeResource",
            &self.compute_resources,
        );
        w.elem_text("ThrottlingEnabled", &self.throttling_enabled);
        w.elem_text("ThrottlingSpeedLimit", &self.throttling_speed_limit);
        w.elem_text("ThrottlingSpeedUnit", &self.throttling_speed_unit);
        w.elem_text("PublicIpCount", &self.public_ip_count);
        w.elem_text("BackupCount", &self.backup_count);
        w.elem_text("ReplicaCount", &self.replica_count);
        w.elem_text("MaxConcurrentTasks", &self.max_concurrent_tasks);
        w.elem_text("WorkStationBackupCount", &self.work_station_backup_count);
        w.elem_text("ServerBackupCount", &self.server_backup_count);
        w.elem_text("BackupProtectionEnabled", &self.backup_protection_enabled);
        w.elem_text("BackupProtectionPeriod", &self.backup_protection_period);
        w.elem("TenantType", &self.tenant_type);
        w.elems("VCloudComputeResources", &self.v_cloud_compute_resources);
        w.elem("CloudGatewayPools", &self.cloud_gateway_pools);
        w.elem_text(
            "FailoverToOtherGatewaysIfFail",
            &self.failover_to_other_gateways_if_fail,
        );
        w.elem_text("CloudHardwarePlanUid", &self.cloud_hardware_plan_uid);
        w.elem_text("WanAcceleratorUid", &self.wan_accelerator_uid);
        w.elem_text("PlatformType", &self.platform_type);
        w.elem_text("UseNetworkFailoverResources", &self.use_network_failover_resources);
        w.elem("NetworkAppliance", &self.network_appliance);
        w.elem("ComputeResourceStats", &self.compute_resource_stats);
        w.elem_text("VirtualDataCenterName", &self.virtual_data_center_name);
        w.elem_text("VirtualDataCenterRef", &self.virtual_data_center_ref);
        w.elem_text("AllocationModel", &self.allocation_model);
        w.elem("ResourceUsage", &self.resource_usage);
        w.elem_text("IpAddress", &self.ip_address);
        w.elem_text("SubnetMask", &self.subnet_mask);
        w.elem_text("DefaultGateway", &self.default_gateway);
        w.elem_text("LeaseExpirationDate", &self.lease_expiration_date);
        w.elem("CloudTenantResource", &self.cloud_tenant_resource);
        w.elem_text("DisplayName", &self.display_name);
        w.elem_text("RepositoryUid", &self.repository_uid);
        w.elem_text("Quota", &self.quota);
        w.elem_text(
            "FailoverToOthersGatewaysIfFail",
            &self.failover_to_others_gateways_if_fail,
        );
    }
}
/// Used by POST /cloud/tenants.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_tenants.html>
///
/// XML root element: `<Domain>`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CloudTenantAdDomainInfoType {
    /// Name of the Active Directory domain or domain controller.
    ///
    /// XML element `<DomainName>`; JSON `"DomainName"`.
    #[serde(
        rename = "DomainName",
        alias = "domainName",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub domain_name: String,
    /// User account that will be used for LDAP connections to the domain controller.
    ///
    /// XML element `<DomainAccount>`; JSON `"DomainAccount"`.
    #[serde(
        rename = "DomainAccount",
        alias = "domainAccount",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub domain_account: String,
    /// Port number over which Veeam Backup & Replication will communicate with the domain controller.
    ///
    /// XML element `<Port>`; JSON `"Port"`.
    #[serde(
        rename = "Port",
        alias = "port",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub port: i64,
    /// XML element `<DomainAccout>`; JSON `"DomainAccout"`.
    #[serde(
        rename = "DomainAccout",
        alias = "domainAccout",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub domain_accout: Option<String>,
}
impl crate::runtime::xml::FromXml for CloudTenantAdDomainInfoType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            domain_name: xml::elem_text(el, "DomainName")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("DomainName"))?,
            domain_account: xml::elem_text(el, "DomainAccount")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("DomainAccount"))?,
            port: xml::elem_text(el, "Port")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("Port"))?,
            domain_accout: xml::elem_text(el, "DomainAccout")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudTenantAdDomainInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("DomainName", &self.domain_name);
        w.elem_text_req("DomainAccount", &self.domain_account);
        w.elem_text_req("Port", &self.port);
        w.elem_text("DomainAccout", &self.domain_accout);
    }
}
/// Used by GET /cloud/tenants/{ID}/computeResources/{ID}, PUT /cloud/tenants/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id_computeresources_id.html>
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CloudTenantComputeResource {
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
    /// XML attribute `Id`; JSON `"Id"`.
    #[serde(
        rename = "Id",
        alias = "id",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub id: Option<String>,
    /// UID of the hardware plan to which the tenant account is subscribed.
    ///
    /// XML element `<CloudHardwarePlanUid>`; JSON `"CloudHardwarePlanUid"`.
    #[serde(
        rename = "CloudHardwarePlanUid",
        alias = "cloudHardwarePlanUid",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub cloud_hardware_plan_uid: crate::runtime::Uid,
    /// UID of the WAN accelerator that must be used as a target WAN accelerator with the cloud host presented by the hardware plan. This parameter must be specified if you want tenants to communicate with cloud hosts through WAN accelerators.
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
    /// Platform for which the tenant hardware plan has been created. Possible values: • VMware • HyperV
    ///
    /// XML element `<PlatformType>`; JSON `"PlatformType"`.
    #[serde(
        rename = "PlatformType",
        alias = "platformType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform_type: Option<super::enums::CloudTenantComputeResourcePlatformType>,
    /// Defines whether the network extension appliance must be deployed for the tenant account subscribed to the hardware plan. Possible values: • True • False
    ///
    /// XML element `<UseNetworkFailoverResources>`; JSON `"UseNetworkFailoverResources"`.
    #[serde(
        rename = "UseNetworkFailoverResources",
        alias = "useNetworkFailoverResources",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub use_network_failover_resources: bool,
    /// Settings for the network extension appliance. For details, see Network Extension Options.
    ///
    /// XML element `<NetworkAppliance>`; JSON `"NetworkAppliance"`.
    #[serde(rename = "NetworkAppliance", alias = "networkAppliance")]
    pub network_appliance: NetworkApplianceInfoType,
    /// Statistics of the compute resource. For details, see Compute Resource Statistics.
    ///
    /// XML element `<ComputeResourceStats>`; JSON `"ComputeResourceStats"`.
    #[serde(
        rename = "ComputeResourceStats",
        alias = "computeResourceStats",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub compute_resource_stats: Option<ComputeResourceStatsInfoType>,
    /// Name of the storage where tenant VM replicas are stored.
    ///
    /// XML element `<StorageName>`; JSON `"StorageName"`.
    #[serde(
        rename = "StorageName",
        alias = "storageName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub storage_name: Option<String>,
    /// Number of CPUs used by the tenant.
    ///
    /// XML element `<StorageUsageGb>`; JSON `"StorageUsageGb"`.
    #[serde(
        rename = "StorageUsageGb",
        alias = "storageUsageGb",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub storage_usage_gb: Option<i64>,
    /// Maximum amount of disc space that can be used by the tenant.
    ///
    /// XML element `<StorageLimitGb>`; JSON `"StorageLimitGb"`.
    #[serde(
        rename = "StorageLimitGb",
        alias = "storageLimitGb",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub storage_limit_gb: Option<i64>,
}
impl crate::runtime::xml::FromXml for CloudTenantComputeResource {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            id: xml::attr(el, "Id")?,
            cloud_hardware_plan_uid: xml::elem_text(el, "CloudHardwarePlanUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "CloudHardwarePlanUid",
                ))?,
            wan_accelerator_uid: xml::elem_text(el, "WanAcceleratorUid")?,
            platform_type: xml::elem_text(el, "PlatformType")?,
            use_network_failover_resources: xml::elem_text(
                    el,
                    "UseNetworkFailoverResources",
                )?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "UseNetworkFailoverResources",
                ))?,
            network_appliance: xml::elem(el, "NetworkAppliance")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "NetworkAppliance",
                ))?,
            compute_resource_stats: xml::elem(el, "ComputeResourceStats")?,
            storage_name: xml::elem_text(el, "StorageName")?,
            storage_usage_gb: xml::elem_text(el, "StorageUsageGb")?,
            storage_limit_gb: xml::elem_text(el, "StorageLimitGb")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudTenantComputeResource {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Id", &self.id);
        w.elem_text_req("CloudHardwarePlanUid", &self.cloud_hardware_plan_uid);
        w.elem_text("WanAcceleratorUid", &self.wan_accelerator_uid);
        w.elem_text("PlatformType", &self.platform_type);
        w.elem_text_req(
            "UseNetworkFailoverResources",
            &self.use_network_failover_resources,
        );
        w.elem_req("NetworkAppliance", &self.network_appliance);
        w.elem("ComputeResourceStats", &self.compute_resource_stats);
        w.elem_text("StorageName", &self.storage_name);
        w.elem_text("StorageUsageGb", &self.storage_usage_gb);
        w.elem_text("StorageLimitGb", &self.storage_limit_gb);
    }
}
/// Used by POST /cloud/tenants/{ID}/computeResources.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_tenants_id_computeresources.html>
///
/// XML root element: `<CloudTenantComputeResourceCreateSpec>`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CloudTenantComputeResourceCreateSpec {
    /// UID of the hardware plan to which the tenant account must be subscribed.
    ///
    /// XML element `<CloudHardwarePlanUid>`; JSON `"CloudHardwarePlanUid"`.
    #[serde(
        rename = "CloudHardwarePlanUid",
        alias = "cloudHardwarePlanUid",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub cloud_hardware_plan_uid: crate::runtime::Uid,
    /// UID of the WAN accelerator that must be used as a target WAN accelerator with the cloud host presented by the hardware plan. This parameter must be specified if you want tenants to communicate with cloud hosts through WAN accelerators.
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
    /// Platform for which the hardware plan to which the tenant account is subscribed has been created. Possible values: • VMware • HyperV
    ///
    /// XML element `<PlatformType>`; JSON `"PlatformType"`.
    #[serde(rename = "PlatformType", alias = "platformType")]
    pub platform_type: super::enums::CloudTenantComputeResourceCreateSpecPlatformType,
    /// Defines whether the network extension appliance must be deployed for the tenant account subscribed to the hardware plan. Possible values: • True • False If you set this option to True, you can pass parameters for the network extension appliance in the NetworkAppliance section of the request body. For details, see Network Extension Options.
    ///
    /// XML element `<UseNetworkFailoverResources>`; JSON `"UseNetworkFailoverResources"`.
    #[serde(
        rename = "UseNetworkFailoverResources",
        alias = "useNetworkFailoverResources",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub use_network_failover_resources: bool,
}
impl crate::runtime::xml::FromXml for CloudTenantComputeResourceCreateSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cloud_hardware_plan_uid: xml::elem_text(el, "CloudHardwarePlanUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "CloudHardwarePlanUid",
                ))?,
            wan_accelerator_uid: xml::elem_text(el, "WanAcceleratorUid")?,
            platform_type: xml::elem_text(el, "PlatformType")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("PlatformType"))?,
            use_network_failover_resources: xml::elem_text(
                    el,
                    "UseNetworkFailoverResources",
                )?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "UseNetworkFailoverResources",
                ))?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudTenantComputeResourceCreateSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("CloudHardwarePlanUid", &self.cloud_hardware_plan_uid);
        w.elem_text("WanAcceleratorUid", &self.wan_accelerator_uid);
        w.elem_text_req("PlatformType", &self.platform_type);
        w.elem_text_req(
            "UseNetworkFailoverResources",
            &self.use_network_failover_resources,
        );
    }
}
/// Used by POST /cloud/tenants.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_tenants.html>
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CloudTenantComputeResourceCreateSpecType {
    /// UID of the hardware plan to which the tenant account must be subscribed.
    ///
    /// XML element `<CloudHardwarePlanUid>`; JSON `"CloudHardwarePlanUid"`.
    #[serde(
        rename = "CloudHardwarePlanUid",
        alias = "cloudHardwarePlanUid",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub cloud_hardware_plan_uid: crate::runtime::Uid,
    /// UID of the WAN accelerator that must be used as a target WAN accelerator with the cloud host presented by the hardware plan. This parameter must be specified if you want tenants to communicate with cloud hosts through WAN accelerators.
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
    /// Platform for which the hardware plan to which the tenant account is subscribed has been created. Possible values: • VMware • HyperV
    ///
    /// XML element `<PlatformType>`; JSON `"PlatformType"`.
    #[serde(rename = "PlatformType", alias = "platformType")]
    pub platform_type: super::enums::CloudTenantComputeResourceCreateSpecTypePlatformType,
    /// Defines whether the network extension appliance must be deployed for the tenant account subscribed to the hardware plan. Possible values: • True • False
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
}
impl crate::runtime::xml::FromXml for CloudTenantComputeResourceCreateSpecType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cloud_hardware_plan_uid: xml::elem_text(el, "CloudHardwarePlanUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "CloudHardwarePlanUid",
                ))?,
            wan_accelerator_uid: xml::elem_text(el, "WanAcceleratorUid")?,
            platform_type: xml::elem_text(el, "PlatformType")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("PlatformType"))?,
            use_network_failover_resources: xml::elem_text(
                    el,
                    "UseNetworkFailoverResources",
                )?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "UseNetworkFailoverResources",
                ))?,
            network_appliance: xml::elem(el, "NetworkAppliance")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudTenantComputeResourceCreateSpecType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("CloudHardwarePlanUid", &self.cloud_hardware_plan_uid);
        w.elem_text("WanAcceleratorUid", &self.wan_accelerator_uid);
        w.elem_text_req("PlatformType", &self.platform_type);
        w.elem_text_req(
            "UseNetworkFailoverResources",
            &self.use_network_failover_resources,
        );
        w.elem("NetworkAppliance", &self.network_appliance);
    }
}
/// Used by GET /cloud/tenants/{ID}/freelicenseCounters.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_tenants_id_freelicensecounters.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudTenantFreeLicenseCounters {
    /// Number of VMs that were backed up by the tenant and that consumed a Rental Veeam Backup & Replication license in the past 31 days.
    ///
    /// XML element `<RentalVMBackupCount>`; JSON `"RentalVMBackupCount"`.
    #[serde(
        rename = "RentalVMBackupCount",
        alias = "rentalVMBackupCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub rental_vm_backup_count: Option<i64>,
    /// Number of workstations that were backed up by the tenant and that consumed a Rental Veeam Backup & Replication license in the past 31 days. A workstation is a machine processed with the Workstation edition of Veeam Agent.
    ///
    /// XML element `<RentalWorkstationBackupCount>`; JSON `"RentalWorkstationBackupCount"`.
    #[serde(
        rename = "RentalWorkstationBackupCount",
        alias = "rentalWorkstationBackupCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub rental_workstation_backup_count: Option<i64>,
    /// Number of servers that were backed up by the tenant and that consumed a Rental Veeam Backup & Replication license in the past 31 days. A server is a machine processed with the Server edition of Veeam Agent.
    ///
    /// XML element `<RentalServerBackupCount>`; JSON `"RentalServerBackupCount"`.
    #[serde(
        rename = "RentalServerBackupCount",
        alias = "rentalServerBackupCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub rental_server_backup_count: Option<i64>,
    /// Number of VMs that were processed by tenant backup jobs for the first time within the current calendar month.
    ///
    /// XML element `<NewVMBackupCount>`; JSON `"NewVMBackupCount"`.
    #[serde(
        rename = "NewVMBackupCount",
        alias = "newVMBackupCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub new_vm_backup_count: Option<i64>,
    /// Number of workstations that were processed by tenant Veeam Agent backup jobs for the first time within the current calendar month. A workstation is a machine processed with the Workstation edition of Veeam Agent.
    ///
    /// XML element `<NewWorkstationBackupCount>`; JSON `"NewWorkstationBackupCount"`.
    #[serde(
        rename = "NewWorkstationBackupCount",
        alias = "newWorkstationBackupCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub new_workstation_backup_count: Option<i64>,
    /// Number of servers that were processed by tenant Veeam Agent backup jobs for the first time within the current calendar month. A server is a machine processed with the Server edition of Veeam Agent.
    ///
    /// XML element `<NewServerBackupCount>`; JSON `"NewServerBackupCount"`.
    #[serde(
        rename = "NewServerBackupCount",
        alias = "newServerBackupCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub new_server_backup_count: Option<i64>,
    /// Number of VMs that were processed by tenant replication jobs for the first time within the current calendar month.
    ///
    /// XML element `<NewVMReplicaCount>`; JSON `"NewVMReplicaCount"`.
    #[serde(
        rename = "NewVMReplicaCount",
        alias = "newVMReplicaCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub new_vm_replica_count: Option<i64>,
}
impl crate::runtime::xml::FromXml for CloudTenantFreeLicenseCounters {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            rental_vm_backup_count: xml::elem_text(el, "RentalVMBackupCount")?,
            rental_workstation_backup_count: xml::elem_text(
                el,
                "RentalWorkstationBackupCount",
            )?,
            rental_server_backup_count: xml::elem_text(el, "RentalServerBackupCount")?,
            new_vm_backup_count: xml::elem_text(el, "NewVMBackupCount")?,
            new_workstation_backup_count: xml::elem_text(
                el,
                "NewWorkstationBackupCount",
            )?,
            new_server_backup_count: xml::elem_text(el, "NewServerBackupCount")?,
            new_vm_replica_count: xml::elem_text(el, "NewVMReplicaCount")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudTenantFreeLicenseCounters {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("RentalVMBackupCount", &self.rental_vm_backup_count);
        w.elem_text(
            "RentalWorkstationBackupCount",
            &self.rental_workstation_backup_count,
        );
        w.elem_text("RentalServerBackupCount", &self.rental_server_backup_count);
        w.elem_text("NewVMBackupCount", &self.new_vm_backup_count);
        w.elem_text("NewWorkstationBackupCount", &self.new_workstation_backup_count);
        w.elem_text("NewServerBackupCount", &self.new_server_backup_count);
        w.elem_text("NewVMReplicaCount", &self.new_vm_replica_count);
    }
}
/// Used by GET /cloud/tenants/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudTenantLeaseOptionsType {
    /// Defines whether the lease period for the tenant account is enabled.
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
    /// Expiration date of the lease period for the tenant account.
    ///
    /// XML element `<LeaseExpirationDate>`; JSON `"LeaseExpirationDate"`.
    #[serde(
        rename = "LeaseExpirationDate",
        alias = "leaseExpirationDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub lease_expiration_date: Option<crate::runtime::DateTime>,
}
impl crate::runtime::xml::FromXml for CloudTenantLeaseOptionsType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            lease_expiration_date: xml::elem_text(el, "LeaseExpirationDate")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudTenantLeaseOptionsType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.elem_text("LeaseExpirationDate", &self.lease_expiration_date);
    }
}
/// Used by GET /cloud/tenants/{ID}/resources/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id_resources_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudTenantRepositoryQuotaInfoType {
    /// Friendly name of the cloud repository.
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
    /// UID of the backup repository on which the storage quota is created, for example: urn:veeam:Repository:82db96c3-445c-4a7e-9587-f2d523e839f4
    ///
    /// XML element `<RepositoryUid>`; JSON `"RepositoryUid"`.
    #[serde(
        rename = "RepositoryUid",
        alias = "repositoryUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub repository_uid: Option<crate::runtime::Uid>,
    /// UID of the WAN accelerator used as a target WAN accelerator with the cloud repository quota.
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
    /// Size of the storage quota assigned to the tenant (in MB).
    ///
    /// XML element `<QuotaMb>`; JSON `"QuotaMb"`.
    #[serde(
        rename = "QuotaMb",
        alias = "quotaMb",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub quota_mb: Option<i64>,
    /// XML element `<Quota>`; JSON `"Quota"`.
    #[serde(
        rename = "Quota",
        alias = "quota",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub quota: Option<String>,
    /// Size of the storage quota used by the tenant (in MB).
    ///
    /// XML element `<UsedQuota>`; JSON `"UsedQuota"`.
    #[serde(
        rename = "UsedQuota",
        alias = "usedQuota",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub used_quota: Option<i64>,
}
impl crate::runtime::xml::FromXml for CloudTenantRepositoryQuotaInfoType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            display_name: xml::elem_text(el, "DisplayName")?,
            repository_uid: xml::elem_text(el, "RepositoryUid")?,
            wan_accelerator_uid: xml::elem_text(el, "WanAcceleratorUid")?,
            quota_mb: xml::elem_text(el, "QuotaMb")?,
            quota: xml::elem_text(el, "Quota")?,
            used_quota: xml::elem_text(el, "UsedQuota")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudTenantRepositoryQuotaInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("DisplayName", &self.display_name);
        w.elem_text("RepositoryUid", &self.repository_uid);
        w.elem_text("WanAcceleratorUid", &self.wan_accelerator_uid);
        w.elem_text("QuotaMb", &self.quota_mb);
        w.elem_text("Quota", &self.quota);
        w.elem_text("UsedQuota", &self.used_quota);
    }
}
/// Used by GET /cloud/tenants/{ID}/resources/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id_resources_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudTenantResource {
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
    /// ID of the storage quota, for example: b5025a7b-5e13-41e2-a17e-9d9af985ecfd
    ///
    /// XML attribute `Id`; JSON `"Id"`.
    #[serde(
        rename = "Id",
        alias = "id",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub id: Option<String>,
    /// Repository quota assigned to the tenant. For details, see Repository Quota.
    ///
    /// XML element `<RepositoryQuota>`; JSON `"RepositoryQuota"`.
    #[serde(
        rename = "RepositoryQuota",
        alias = "repositoryQuota",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub repository_quota: Option<CloudTenantRepositoryQuotaInfoType>,
}
impl crate::runtime::xml::FromXml for CloudTenantResource {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            id: xml::attr(el, "Id")?,
            repository_quota: xml::elem(el, "RepositoryQuota")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudTenantResource {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.attr("Id", &self.id);
        w.elem("RepositoryQuota", &self.repository_quota);
    }
}
/// Used by GET /cloud/tenants/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudTenantResourceListType {
    /// Friendly name of the cloud repository.
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
    /// UID of the backup repository on where the storage quota must be modified.
    ///
    /// XML element `<RepositoryUid>`; JSON `"RepositoryUid"`.
    #[serde(
        rename = "RepositoryUid",
        alias = "repositoryUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub repository_uid: Option<crate::runtime::Uid>,
    /// UID of the WAN accelerator that must be used as a target WAN accelerator with the cloud repository.
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
    /// Size of the storage quota assigned to the tenant account (in MB).
    ///
    /// XML element `<Quota>`; JSON `"Quota"`.
    #[serde(
        rename = "Quota",
        alias = "quota",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub quota: Option<i64>,
    /// Size of the storage quota used by the tenant account on the cloud repository (in MB).
    ///
    /// XML element `<UsedQuota>`; JSON `"UsedQuota"`.
    #[serde(
        rename = "UsedQuota",
        alias = "usedQuota",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub used_quota: Option<i64>,
    /// repeated XML element `<CloudTenantResource>`; JSON `"CloudTenantResources": […]`.
    #[serde(
        rename = "CloudTenantResources",
        alias = "CloudTenantResource",
        alias = "cloudTenantResources",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub cloud_tenant_resource: Vec<CloudTenantResource>,
}
impl crate::runtime::xml::FromXml for CloudTenantResourceListType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            display_name: xml::elem_text(el, "DisplayName")?,
            repository_uid: xml::elem_text(el, "RepositoryUid")?,
            wan_accelerator_uid: xml::elem_text(el, "WanAcceleratorUid")?,
            quota: xml::elem_text(el, "Quota")?,
            used_quota: xml::elem_text(el, "UsedQuota")?,
            cloud_tenant_resource: xml::elems(el, "CloudTenantResource")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudTenantResourceListType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("DisplayName", &self.display_name);
        w.elem_text("RepositoryUid", &self.repository_uid);
        w.elem_text("WanAcceleratorUid", &self.wan_accelerator_uid);
        w.elem_text("Quota", &self.quota);
        w.elem_text("UsedQuota", &self.used_quota);
        w.elems("CloudTenantResource", &self.cloud_tenant_resource);
    }
}
/// Used by GET /cloud/tenants/{ID}/vCloudComputeResources/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_tenants_id_vcloudcomputeresources_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudTenantVCloudCompute {
    /// Amount of CPU used by the tenant.
    ///
    /// XML element `<CpuUsageMhz>`; JSON `"CpuUsageMhz"`.
    #[serde(
        rename = "CpuUsageMhz",
        alias = "cpuUsageMhz",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub cpu_usage_mhz: Option<i64>,
    /// Amount of memory used by the tenant.
    ///
    /// XML element `<MemoryUsageMb>`; JSON `"MemoryUsageMb"`.
    #[serde(
        rename = "MemoryUsageMb",
        alias = "memoryUsageMb",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub memory_usage_mb: Option<i64>,
    /// Amount of disc space used by the tenant.
    ///
    /// XML element `<StorageUsageGb>`; JSON `"StorageUsageGb"`.
    #[serde(
        rename = "StorageUsageGb",
        alias = "storageUsageGb",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub storage_usage_gb: Option<i64>,
}
impl crate::runtime::xml::FromXml for CloudTenantVCloudCompute {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cpu_usage_mhz: xml::elem_text(el, "CpuUsageMhz")?,
            memory_usage_mb: xml::elem_text(el, "MemoryUsageMb")?,
            storage_usage_gb: xml::elem_text(el, "StorageUsageGb")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudTenantVCloudCompute {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("CpuUsageMhz", &self.cpu_usage_mhz);
        w.elem_text("MemoryUsageMb", &self.memory_usage_mb);
        w.elem_text("StorageUsageGb", &self.storage_usage_gb);
    }
}
/// Used by GET /cloud/tenants/{ID}/vCloudComputeResources/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_tenants_id_vcloudcomputeresources_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudTenantVCloudComputeResource {
    /// Name of the organization virtual datacenter.
    ///
    /// XML element `<VirtualDataCenterName>`; JSON `"VirtualDataCenterName"`.
    #[serde(
        rename = "VirtualDataCenterName",
        alias = "virtualDataCenterName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub virtual_data_center_name: Option<String>,
    /// Reference to the the organization virtual datacenter. For example: urn:vCloud:Organization:36a46edd-ae1a-4f5b-9557-36fb66f45510.urn:vcloud:vdc:abb1d2f8-86d9-4804-9184-250d4f59a9a8.
    ///
    /// XML element `<VirtualDataCenterRef>`; JSON `"VirtualDataCenterRef"`.
    #[serde(
        rename = "VirtualDataCenterRef",
        alias = "virtualDataCenterRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub virtual_data_center_ref: Option<String>,
    /// Defines whether the organization virtual datacenter is enabled. Possible values: • True • False
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
    /// Allocation model. Possible values: • Unknown • AllocationPool • PayAsYouGo • ReservationPool • Flex
    ///
    /// XML element `<AllocationModel>`; JSON `"AllocationModel"`.
    #[serde(
        rename = "AllocationModel",
        alias = "allocationModel",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub allocation_model: Option<
        super::enums::CloudTenantVCloudComputeResourceAllocationModel,
    >,
    /// Defines whether the network extension appliance must be deployed for the VMware Cloud Director tenant account. Possible values: • True • False
    ///
    /// XML element `<UseNetworkFailoverResources>`; JSON `"UseNetworkFailoverResources"`.
    #[serde(
        rename = "UseNetworkFailoverResources",
        alias = "useNetworkFailoverResources",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub use_network_failover_resources: Option<bool>,
    /// Statistics on usage of the compute resources by the VMware Cloud Director tenant. For details, see vCD Compute Resource Statistics.
    ///
    /// XML element `<ResourceUsage>`; JSON `"ResourceUsage"`.
    #[serde(
        rename = "ResourceUsage",
        alias = "resourceUsage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_usage: Option<CloudTenantVCloudCompute>,
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
}
impl crate::runtime::xml::FromXml for CloudTenantVCloudComputeResource {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            virtual_data_center_name: xml::elem_text(el, "VirtualDataCenterName")?,
            virtual_data_center_ref: xml::elem_text(el, "VirtualDataCenterRef")?,
            enabled: xml::elem_text(el, "Enabled")?,
            allocation_model: xml::elem_text(el, "AllocationModel")?,
            use_network_failover_resources: xml::elem_text(
                el,
                "UseNetworkFailoverResources",
            )?,
            resource_usage: xml::elem(el, "ResourceUsage")?,
            wan_accelerator_uid: xml::elem_text(el, "WanAcceleratorUid")?,
            network_appliance: xml::elem(el, "NetworkAppliance")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudTenantVCloudComputeResource {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("VirtualDataCenterName", &self.virtual_data_center_name);
        w.elem_text("VirtualDataCenterRef", &self.virtual_data_center_ref);
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("AllocationModel", &self.allocation_model);
        w.elem_text("UseNetworkFailoverResources", &self.use_network_failover_resources);
        w.elem("ResourceUsage", &self.resource_usage);
        w.elem_text("WanAcceleratorUid", &self.wan_accelerator_uid);
        w.elem("NetworkAppliance", &self.network_appliance);
    }
}
/// Used by POST /cloud/tenants/{ID}/vCloudComputeResources.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cloud_tenants_id_vcloudcomputeresources.html>
///
/// XML root element: `<CloudTenantVCloudComputeResourceCreateSpec>`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CloudTenantVCloudComputeResourceCreateSpec {
    /// Reference to the organization VDC. The reference can be constructed manually or obtained with the lookup service. For details on using the lookup, see Virtual Infrastructure Lookup.
    ///
    /// XML element `<VirtualDataCenterRef>`; JSON `"VirtualDataCenterRef"`.
    #[serde(
        rename = "VirtualDataCenterRef",
        alias = "virtualDataCenterRef",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub virtual_data_center_ref: String,
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
    /// UID of the WAN accelerator that must be used as a target WAN accelerator. This parameter must be specified if you want tenants to communicate with cloud hosts through WAN accelerators.
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
}
impl crate::runtime::xml::FromXml for CloudTenantVCloudComputeResourceCreateSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            virtual_data_center_ref: xml::elem_text(el, "VirtualDataCenterRef")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "VirtualDataCenterRef",
                ))?,
            use_network_failover_resources: xml::elem_text(
                    el,
                    "UseNetworkFailoverResources",
                )?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "UseNetworkFailoverResources",
                ))?,
            network_appliance: xml::elem(el, "NetworkAppliance")?,
            wan_accelerator_uid: xml::elem_text(el, "WanAcceleratorUid")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudTenantVCloudComputeResourceCreateSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("VirtualDataCenterRef", &self.virtual_data_center_ref);
        w.elem_text_req(
            "UseNetworkFailoverResources",
            &self.use_network_failover_resources,
        );
        w.elem("NetworkAppliance", &self.network_appliance);
        w.elem_text("WanAcceleratorUid", &self.wan_accelerator_uid);
    }
}
/// Used by POST /cloud/tenants.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_tenants.html>
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CloudTenantVCloudComputeResourceCreateSpecType {
    /// Reference to the organization VDC that will provide replication resources to the created tenant account. The reference can be constructed manually or obtained with the lookup service. For details on using the lookup, see Virtual Infrastructure Lookup.
    ///
    /// XML element `<VirtualDataCenterRef>`; JSON `"VirtualDataCenterRef"`.
    #[serde(
        rename = "VirtualDataCenterRef",
        alias = "virtualDataCenterRef",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub virtual_data_center_ref: String,
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
    /// UID of the WAN accelerator that must be used as a target WAN accelerator. This parameter must be specified if you want tenants to communicate with cloud hosts through WAN accelerators.
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
}
impl crate::runtime::xml::FromXml for CloudTenantVCloudComputeResourceCreateSpecType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            virtual_data_center_ref: xml::elem_text(el, "VirtualDataCenterRef")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "VirtualDataCenterRef",
                ))?,
            use_network_failover_resources: xml::elem_text(
                    el,
                    "UseNetworkFailoverResources",
                )?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "UseNetworkFailoverResources",
                ))?,
            network_appliance: xml::elem(el, "NetworkAppliance")?,
            wan_accelerator_uid: xml::elem_text(el, "WanAcceleratorUid")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudTenantVCloudComputeResourceCreateSpecType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("VirtualDataCenterRef", &self.virtual_data_center_ref);
        w.elem_text_req(
            "UseNetworkFailoverResources",
            &self.use_network_failover_resources,
        );
        w.elem("NetworkAppliance", &self.network_appliance);
        w.elem_text("WanAcceleratorUid", &self.wan_accelerator_uid);
    }
}
/// Used by GET /cloud/tenants/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudTenantVCloudComputeResourceUsageInfoType {
    /// Amount of CPU used by the tenant.
    ///
    /// XML element `<CpuUsageMhz>`; JSON `"CpuUsageMhz"`.
    #[serde(
        rename = "CpuUsageMhz",
        alias = "cpuUsageMhz",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub cpu_usage_mhz: Option<i64>,
    /// Amount of memory used by the tenant.
    ///
    /// XML element `<MemoryUsageMb>`; JSON `"MemoryUsageMb"`.
    #[serde(
        rename = "MemoryUsageMb",
        alias = "memoryUsageMb",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub memory_usage_mb: Option<i64>,
    /// Amount of disc space used by the tenant.
    ///
    /// XML element `<StorageUsageGb>`; JSON `"StorageUsageGb"`.
    #[serde(
        rename = "StorageUsageGb",
        alias = "storageUsageGb",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub storage_usage_gb: Option<i64>,
}
impl crate::runtime::xml::FromXml for CloudTenantVCloudComputeResourceUsageInfoType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cpu_usage_mhz: xml::elem_text(el, "CpuUsageMhz")?,
            memory_usage_mb: xml::elem_text(el, "MemoryUsageMb")?,
            storage_usage_gb: xml::elem_text(el, "StorageUsageGb")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudTenantVCloudComputeResourceUsageInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("CpuUsageMhz", &self.cpu_usage_mhz);
        w.elem_text("MemoryUsageMb", &self.memory_usage_mb);
        w.elem_text("StorageUsageGb", &self.storage_usage_gb);
    }
}
/// Used by GET /cloud/vmReplicaPoints/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudvmreplicapoints_id.html>
///
/// XML root element: `<CloudVmReplicaPoint>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CloudVmReplicaPoint {
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
    /// Name of the VM replica point, for example: dc-hv@2015-12-25 20:03:56.
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
    /// UID of the VM replica point resource.
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
    pub links: Option<Vec<Link>>,
    /// Date and time when the restore point was created. The parameter accepts only UTC-formatted DateTime values.
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
    /// Type of the VM replica point. Possible values: • CDP • Full • ReverseIncrement • Increment • Snapshot
    ///
    /// XML element `<PointType>`; JSON `"PointType"`.
    #[serde(
        rename = "PointType",
        alias = "pointType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub point_type: Option<super::enums::CloudVmReplicaPointPointType>,
    /// State of the tenant VM replica. Possible values: • Unknown • Ready • Failover • Failback • PermanentFailover
    ///
    /// XML element `<State>`; JSON `"State"`.
    #[serde(
        rename = "State",
        alias = "state",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub state: Option<super::enums::CloudVmReplicaPointState>,
}
impl crate::runtime::xml::FromXml for CloudVmReplicaPoint {
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
            links: xml::wrapped(el, "Links", "Link")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            point_type: xml::elem_text(el, "PointType")?,
            state: xml::elem_text(el, "State")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CloudVmReplicaPoint {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.attr("VmDisplayName", &self.vm_display_name);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("PointType", &self.point_type);
        w.elem_text("State", &self.state);
    }
}
/// Used by GET /cloud/tenants/{ID}, GET /cloud/tenants/{ID}/computeResources/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ComputeResourceStatsInfoType {
    /// Amount of memory used by the tenant.
    ///
    /// XML element `<MemoryUsageMb>`; JSON `"MemoryUsageMb"`.
    #[serde(
        rename = "MemoryUsageMb",
        alias = "memoryUsageMb",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub memory_usage_mb: Option<i64>,
    /// Number of CPUs used by the tenant.
    ///
    /// XML element `<CPUCount>`; JSON `"CpuCount"`.
    #[serde(
        rename = "CpuCount",
        alias = "CPUCount",
        alias = "cpuCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub cpu_count: Option<i64>,
    /// Statistics on storage usage. For details, see Storage Resource Statistics.
    ///
    /// XML element `<StorageResourceStats>`; JSON `"StorageResourceStats"`.
    #[serde(
        rename = "StorageResourceStats",
        alias = "storageResourceStats",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub storage_resource_stats: Option<StorageResourceStatsListType>,
    /// Amount of memory used by the tenant.
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
    /// Number of CPUs used by the tenant.
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
    /// Statistics on storage usage. For details, see Storage Resource Statistics.
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
}
impl crate::runtime::xml::FromXml for ComputeResourceStatsInfoType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            memory_usage_mb: xml::elem_text(el, "MemoryUsageMb")?,
            cpu_count: xml::elem_text(el, "CPUCount")?,
            storage_resource_stats: xml::elem(el, "StorageResourceStats")?,
            ip_address: xml::elem_text(el, "IpAddress")?,
            subnet_mask: xml::elem_text(el, "SubnetMask")?,
            default_gateway: xml::elem_text(el, "DefaultGateway")?,
        })
    }
}
impl crate::runtime::xml::ToXml for ComputeResourceStatsInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("MemoryUsageMb", &self.memory_usage_mb);
        w.elem_text("CPUCount", &self.cpu_count);
        w.elem("StorageResourceStats", &self.storage_resource_stats);
        w.elem_text("IpAddress", &self.ip_address);
        w.elem_text("SubnetMask", &self.subnet_mask);
        w.elem_text("DefaultGateway", &self.default_gateway);
    }
}
/// Used by POST /cloud/gatewayPools.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cloudgatewaypools.html>
///
/// XML root element: `<CreateCloudGatewayPoolSpec>`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateCloudGatewayPoolSpec {
    /// Name of the created cloud gateway pool.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    #[serde(
        rename = "Name",
        alias = "name",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub name: String,
    /// Description for the created cloud gateway pool.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub description: Option<String>,
    /// Specifies the list of cloud gateways included in the cloud gateway pool. At least one cloud gateway must be specified to create a cloud gateway pool. For details, see Cloud Gateway Settings.
    ///
    /// XML `<CloudGateways><CloudGatewayUid/>…</CloudGateways>`; JSON `"CloudGateways": {"CloudGatewayUids": […]}`.
    #[serde(
        rename = "CloudGateways",
        alias = "CloudGatewayUid",
        alias = "cloudGateways",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_cloud_gateway_uids"
    )]
    pub cloud_gateways: Option<Vec<String>>,
    /// Specifies the list of cloud tenants to whom the created cloud gateway pool will be assigned. This parameter is optional, because a cloud gateway pool can be assigned to no tenants. For details, see Cloud Tenant Settings.
    ///
    /// XML `<CloudTenants><CloudTenantUid/>…</CloudTenants>`; JSON `"CloudTenants": {"CloudTenantUids": […]}`.
    #[serde(
        rename = "CloudTenants",
        alias = "CloudTenantUid",
        alias = "cloudTenants",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_cloud_tenant_uids"
    )]
    pub cloud_tenants: Option<Vec<String>>,
    /// UID of the backup server on which the cloud gateway pool must be created.
    ///
    /// XML element `<BackupServerUid>`; JSON `"BackupServerUid"`.
    #[serde(
        rename = "BackupServerUid",
        alias = "backupServerUid",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub backup_server_uid: crate::runtime::Uid,
}
impl crate::runtime::xml::FromXml for CreateCloudGatewayPoolSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            name: xml::elem_text(el, "Name")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("Name"))?,
            description: xml::elem_text(el, "Description")?,
            cloud_gateways: xml::wrapped_text(el, "CloudGateways", "CloudGatewayUid")?,
            cloud_tenants: xml::wrapped_text(el, "CloudTenants", "CloudTenantUid")?,
            backup_server_uid: xml::elem_text(el, "BackupServerUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("BackupServerUid"))?,
        })
    }
}
impl crate::runtime::xml::ToXml for CreateCloudGatewayPoolSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("Name", &self.name);
        w.elem_text("Description", &self.description);
        w.wrapped_text("CloudGateways", "CloudGatewayUid", &self.cloud_gateways);
        w.wrapped_text("CloudTenants", "CloudTenantUid", &self.cloud_tenants);
        w.elem_text_req("BackupServerUid", &self.backup_server_uid);
    }
}
/// Used by POST /cloud/gateways.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_gateways.html>
///
/// XML root element: `<CreateCloudGatewaySpec>`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateCloudGatewaySpec {
    /// UID or DNS name of the backup server on which the cloud gateway must be created. This parameter is supported by previous versions of Veeam Backup Enterprise Manager REST API. In current version of REST API, it is recommended that the new BackupServerUid parameter is used in the request body.
    ///
    /// XML element `<BackupServerIdOr>`; JSON `"BackupServerIdOr"`.
    #[serde(
        rename = "BackupServerIdOr",
        alias = "backupServerIdOr",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_server_id_or: Option<String>,
    /// DNS name or IP address of the Microsoft Windows server to which the cloud gateway role must be assigned.
    ///
    /// XML element `<ServerHostName>`; JSON `"ServerHostName"`.
    #[serde(
        rename = "ServerHostName",
        alias = "serverHostName",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub server_host_name: String,
    /// Description for the cloud gateway.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub description: Option<String>,
    /// External IP address of the NAT gateway. This parameter must be specified if the cloud gateway is located behind the NAT.
    ///
    /// XML element `<ExternalIp>`; JSON `"ExternalIp"`.
    #[serde(
        rename = "ExternalIp",
        alias = "externalIp",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub external_ip: Option<String>,
    /// TCP/IP port over which users' backup servers must communicate with the cloud gateway. By default, port number 6180 is used.
    ///
    /// XML element `<ExternalPort>`; JSON `"ExternalPort"`.
    #[serde(
        rename = "ExternalPort",
        alias = "externalPort",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub external_port: Option<i64>,
    /// Mode in which the cloud gateway must function. Possible values: • Direct (if clients have a direct connection to the cloud gateway) • NAT (if the cloud gateway is located behind the NAT)
    ///
    /// XML element `<NetworkType>`; JSON `"NetworkType"`.
    #[serde(rename = "NetworkType", alias = "networkType")]
    pub network_type: super::enums::CloudGatewayNetworking,
    /// Port on the NAT gateway used for listening to connections from users. By default, port 8080 is used. This parameter must be specified if the cloud gateway is located behind the NAT.
    ///
    /// XML element `<InternalPort>`; JSON `"InternalPort"`.
    #[serde(
        rename = "InternalPort",
        alias = "internalPort",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub internal_port: Option<i64>,
    /// UID of the backup server on which the cloud gateway must be created.
    ///
    /// XML element `<BackupServerUid>`; JSON `"BackupServerUid"`.
    #[serde(
        rename = "BackupServerUid",
        alias = "backupServerUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_server_uid: Option<String>,
}
impl crate::runtime::xml::FromXml for CreateCloudGatewaySpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            backup_server_id_or: xml::elem_text(el, "BackupServerIdOr")?,
            server_host_name: xml::elem_text(el, "ServerHostName")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("ServerHostName"))?,
            description: xml::elem_text(el, "Description")?,
            external_ip: xml::elem_text(el, "ExternalIp")?,
            external_port: xml::elem_text(el, "ExternalPort")?,
            network_type: xml::elem_text(el, "NetworkType")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("NetworkType"))?,
            internal_port: xml::elem_text(el, "InternalPort")?,
            backup_server_uid: xml::elem_text(el, "BackupServerUid")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CreateCloudGatewaySpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("BackupServerIdOr", &self.backup_server_id_or);
        w.elem_text_req("ServerHostName", &self.server_host_name);
        w.elem_text("Description", &self.description);
        w.elem_text("ExternalIp", &self.external_ip);
        w.elem_text("ExternalPort", &self.external_port);
        w.elem_text_req("NetworkType", &self.network_type);
        w.elem_text("InternalPort", &self.internal_port);
        w.elem_text("BackupServerUid", &self.backup_server_uid);
    }
}
/// Used by POST /cloud/tenants/{ID}/resources.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_tenants_id_resources.html>
///
/// XML root element: `<CreateCloudTenantResourceSpec>`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateCloudTenantResourceSpec {
    /// Friendly name of the cloud repository.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    #[serde(
        rename = "Name",
        alias = "name",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub name: String,
    /// UID of the backup repository on which the storage quota must be created, for example: urn:veeam:Repository:82db96c3-445c-4a7e-9587-f2d523e839f4
    ///
    /// XML element `<RepositoryUid>`; JSON `"RepositoryUid"`.
    #[serde(
        rename = "RepositoryUid",
        alias = "repositoryUid",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub repository_uid: crate::runtime::Uid,
    /// Size of the storage quota assigned to the user (in MB). Storage quota cannot be less than 1GB.
    ///
    /// XML element `<QuotaMb>`; JSON `"QuotaMb"`.
    #[serde(
        rename = "QuotaMb",
        alias = "quotaMb",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub quota_mb: i64,
    /// UID of the WAN accelerator that must be used as a target WAN accelerator with the cloud repository. This parameter must be specified if you want cloud tenants to communicate with the cloud repository through WAN accelerators.
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
}
impl crate::runtime::xml::FromXml for CreateCloudTenantResourceSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            name: xml::elem_text(el, "Name")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("Name"))?,
            repository_uid: xml::elem_text(el, "RepositoryUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("RepositoryUid"))?,
            quota_mb: xml::elem_text(el, "QuotaMb")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("QuotaMb"))?,
            wan_accelerator_uid: xml::elem_text(el, "WanAcceleratorUid")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CreateCloudTenantResourceSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("Name", &self.name);
        w.elem_text_req("RepositoryUid", &self.repository_uid);
        w.elem_text_req("QuotaMb", &self.quota_mb);
        w.elem_text("WanAcceleratorUid", &self.wan_accelerator_uid);
    }
}
/// Used by POST /cloud/tenants.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_tenants.html>
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateCloudTenantResourceSpecType {
    /// Friendly name of the cloud repository.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    #[serde(
        rename = "Name",
        alias = "name",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub name: String,
    /// UID of the backup repository on which the storage quota must be created, for example: urn:veeam:Repository:82db96c3-445c-4a7e-9587-f2d523e839f4
    ///
    /// XML element `<RepositoryUid>`; JSON `"RepositoryUid"`.
    #[serde(
        rename = "RepositoryUid",
        alias = "repositoryUid",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub repository_uid: crate::runtime::Uid,
    /// Size of the storage quota assigned to the user (in MB). Storage quota cannot be less than 1GB.
    ///
    /// XML element `<QuotaMb>`; JSON `"QuotaMb"`.
    #[serde(
        rename = "QuotaMb",
        alias = "quotaMb",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub quota_mb: i64,
    /// UID of the WAN accelerator that must be used as a target WAN accelerator with the cloud repository. This parameter must be specified if you want tenants to communicate with the cloud repository through WAN accelerators.
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
}
impl crate::runtime::xml::FromXml for CreateCloudTenantResourceSpecType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            name: xml::elem_text(el, "Name")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("Name"))?,
            repository_uid: xml::elem_text(el, "RepositoryUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("RepositoryUid"))?,
            quota_mb: xml::elem_text(el, "QuotaMb")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("QuotaMb"))?,
            wan_accelerator_uid: xml::elem_text(el, "WanAcceleratorUid")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CreateCloudTenantResourceSpecType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("Name", &self.name);
        w.elem_text_req("RepositoryUid", &self.repository_uid);
        w.elem_text_req("QuotaMb", &self.quota_mb);
        w.elem_text("WanAcceleratorUid", &self.wan_accelerator_uid);
    }
}
/// Used by POST /cloud/tenants.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_tenants.html>
///
/// XML root element: `<CreateCloudTenantSpec>`.
#[derive(Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateCloudTenantSpec {
    /// Name for the VMware Cloud Director tenant account. The name of the tenant account must be equal to the vCD organization name.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    #[serde(
        rename = "Name",
        alias = "name",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub name: String,
    /// Description for the VMware Cloud Director tenant account.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub description: Option<String>,
    /// Password for the tenant account.
    ///
    /// XML element `<Password>`; JSON `"Password"`.
    #[serde(
        rename = "Password",
        alias = "password",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub password: Option<String>,
    /// Defines if the tenant account must be in the enabled or disabled state.
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
    /// Defines the expiration date of the lease period for the tenant account.
    ///
    /// XML element `<LeaseExpirationDate>`; JSON `"LeaseExpirationDate"`.
    #[serde(
        rename = "LeaseExpirationDate",
        alias = "leaseExpirationDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub lease_expiration_date: Option<crate::runtime::DateTime>,
    /// Specifies options for backup resources that will be assigned to the tenant account. For details, see Backup Resource Options.
    ///
    /// XML `<Resources><BackupResource/>…</Resources>`; JSON `"Resources": {"BackupResources": […]}`.
    #[serde(
        rename = "Resources",
        alias = "BackupResource",
        alias = "resources",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_backup_resources"
    )]
    pub resources: Option<Vec<CreateCloudTenantResourceSpecType>>,
    /// Specifies options for replication resources that will be assigned to the tenant account. For details, see Compute Resource Options.
    ///
    /// XML `<ComputeResources><ComputeResource/>…</ComputeResources>`; JSON `"ComputeResources": {"ComputeResources": […]}`.
    #[serde(
        rename = "ComputeResources",
        alias = "ComputeResource",
        alias = "computeResources",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_compute_resources"
    )]
    pub compute_resources: Option<Vec<CloudTenantComputeResourceCreateSpecType>>,
    /// UID of the backup server on which the tenant account must be created.
    ///
    /// XML element `<BackupServerUid>`; JSON `"BackupServerUid"`.
    #[serde(
        rename = "BackupServerUid",
        alias = "backupServerUid",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub backup_server_uid: crate::runtime::Uid,
    /// Defines whether the bandwidth limit must be enabled for the tenant account.
    ///
    /// XML element `<ThrottlingEnabled>`; JSON `"ThrottlingEnabled"`.
    #[serde(
        rename = "ThrottlingEnabled",
        alias = "throttlingEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub throttling_enabled: Option<bool>,
    /// Bandwidth limit for the tenant account.
    ///
    /// XML element `<ThrottlingSpeedLimit>`; JSON `"ThrottlingSpeedLimit"`.
    #[serde(
        rename = "ThrottlingSpeedLimit",
        alias = "throttlingSpeedLimit",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub throttling_speed_limit: Option<i64>,
    /// Unit for bandwidth limit that is set for the tenant account. Possible values: • Mbps • KBps • MBps
    ///
    /// XML element `<ThrottlingSpeedUnit>`; JSON `"ThrottlingSpeedUnit"`.
    #[serde(
        rename = "ThrottlingSpeedUnit",
        alias = "throttlingSpeedUnit",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub throttling_speed_unit: Option<
        super::enums::CreateCloudTenantSpecThrottlingSpeedUnit,
    >,
    /// Number of public IP addresses assigned to the tenant. Tenants can use public IP addresses to enable access to cloud VM replicas from the internet after full site failover.
    ///
    /// XML element `<PublicIPCount>`; JSON `"PublicIpCount"`.
    #[serde(
        rename = "PublicIpCount",
        alias = "PublicIPCount",
        alias = "publicIpCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub public_ip_count: Option<i64>,
    /// Maximum number of concurrent tasks for the tenant.
    ///
    /// XML element `<MaxConcurrentTasks>`; JSON `"MaxConcurrentTasks"`.
    #[serde(
        rename = "MaxConcurrentTasks",
        alias = "maxConcurrentTasks",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub max_concurrent_tasks: Option<i64>,
    /// Defines whether backups deleted by a tenant will be placed to the recycle bin on the service provider side.
    ///
    /// XML element `<BackupProtectionEnabled>`; JSON `"BackupProtectionEnabled"`.
    #[serde(
        rename = "BackupProtectionEnabled",
        alias = "backupProtectionEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_protection_enabled: Option<bool>,
    /// Number of days to keep deleted tenant backups in the recycle bin.
    ///
    /// XML element `<BackupProtectionPeriod>`; JSON `"BackupProtectionPeriod"`.
    #[serde(
        rename = "BackupProtectionPeriod",
        alias = "backupProtectionPeriod",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_protection_period: Option<i64>,
    /// Tenant account type. Possible values: • vCD • Standalone • ActiveDirectory
    ///
    /// XML element `<TenantType>`; JSON `"TenantType"`.
    #[serde(
        rename = "TenantType",
        alias = "tenantType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub tenant_type: Option<super::enums::CloudTenantType>,
    /// Specifies the cloud gateway pool that will be assigned to the tenant account. For details, see Cloud Gateway Pool Options.
    ///
    /// XML element `<CloudGatewayPools>`; JSON `"CloudGatewayPools"`.
    #[serde(
        rename = "CloudGatewayPools",
        alias = "cloudGatewayPools",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cloud_gateway_pools: Option<CloudGatewayPoolEntityListType>,
    /// Defines whether the tenant will be able to fail over to cloud gateways outside of the cloud gateway pool in case all cloud gateways in the pool assigned to the tenant become unavailable. Possible values: • True • False
    ///
    /// XML element `<FailoverToOtherGatewaysIfFail>`; JSON `"FailoverToOtherGatewaysIfFail"`.
    #[serde(
        rename = "FailoverToOtherGatewaysIfFail",
        alias = "failoverToOtherGatewaysIfFail",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub failover_to_other_gateways_if_fail: Option<bool>,
    /// Specifies settings of the Active Directory domain for Active Directory tenant account. For details, see Active Directory Domain Options.
    ///
    /// XML element `<Domain>`; JSON `"Domain"`.
    #[serde(
        rename = "Domain",
        alias = "domain",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub domain: Option<CloudTenantAdDomainInfoType>,
    /// Reference to the vCD organization whose resources will be assigned to the tenant account. The reference can be constructed manually or obtained with the lookup service. For details on using the lookup, see Virtual Infrastructure Lookup.
    ///
    /// XML element `<OrganizationRef>`; JSON `"OrganizationRef"`.
    #[serde(
        rename = "OrganizationRef",
        alias = "organizationRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub organization_ref: Option<String>,
    /// Specifies options for replication resources that will be assigned to the tenant account. For details, see vCloud Compute Resource Options.
    ///
    /// XML `<VCloudComputeResources><VCloudComputeResource/>…</VCloudComputeResources>`; JSON `"VCloudComputeResources": {"VCloudComputeResources": […]}`.
    #[serde(
        rename = "VCloudComputeResources",
        alias = "VCloudComputeResource",
        alias = "vCloudComputeResources",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_v_cloud_compute_resources"
    )]
    pub v_cloud_compute_resources: Option<
        Vec<CloudTenantVCloudComputeResourceCreateSpecType>,
    >,
    /// XML element `<FailoverToOthersGatewaysIfFail>`; JSON `"FailoverToOthersGatewaysIfFail"`.
    #[serde(
        rename = "FailoverToOthersGatewaysIfFail",
        alias = "failoverToOthersGatewaysIfFail",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub failover_to_others_gateways_if_fail: Option<bool>,
}
impl std::fmt::Debug for CreateCloudTenantSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateCloudTenantSpec")
            .field("name", &self.name)
            .field("description", &self.description)
            .field("password", &"<redacted>")
            .field("enabled", &self.enabled)
            .field("lease_expiration_date", &self.lease_expiration_date)
            .field("resources", &self.resources)
            .field("compute_resources", &self.compute_resources)
            .field("backup_server_uid", &self.backup_server_uid)
            .field("throttling_enabled", &self.throttling_enabled)
            .field("throttling_speed_limit", &self.throttling_speed_limit)
            .field("throttling_speed_unit", &self.throttling_speed_unit)
            .field("public_ip_count", &self.public_ip_count)
            .field("max_concurrent_tasks", &self.max_concurrent_tasks)
            .field("backup_protection_enabled", &self.backup_protection_enabled)
            .field("backup_protection_period", &self.backup_protection_period)
            .field("tenant_type", &self.tenant_type)
            .field("cloud_gateway_pools", &self.cloud_gateway_pools)
            .field(
                "failover_to_other_gateways_if_fail",
                &self.failover_to_other_gateways_if_fail,
            )
            .field("domain", &self.domain)
            .field("organization_ref", &self.organization_ref)
            .field("v_cloud_compute_resources", &self.v_cloud_compute_resources)
            .field(
                "failover_to_others_gateways_if_fail",
                &self.failover_to_others_gateways_if_fail,
            )
            .finish()
    }
}
impl crate::runtime::xml::FromXml for CreateCloudTenantSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            name: xml::elem_text(el, "Name")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("Name"))?,
            description: xml::elem_text(el, "Description")?,
            password: xml::elem_text(el, "Password")?,
            enabled: xml::elem_text(el, "Enabled")?,
            lease_expiration_date: xml::elem_text(el, "LeaseExpirationDate")?,
            resources: xml::wrapped(el, "Resources", "BackupResource")?,
            compute_resources: xml::wrapped(el, "ComputeResources", "ComputeResource")?,
            backup_server_uid: xml::elem_text(el, "BackupServerUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("BackupServerUid"))?,
            throttling_enabled: xml::elem_text(el, "ThrottlingEnabled")?,
            throttling_speed_limit: xml::elem_text(el, "ThrottlingSpeedLimit")?,
            throttling_speed_unit: xml::elem_text(el, "ThrottlingSpeedUnit")?,
            public_ip_count: xml::elem_text(el, "PublicIPCount")?,
            max_concurrent_tasks: xml::elem_text(el, "MaxConcurrentTasks")?,
            backup_protection_enabled: xml::elem_text(el, "BackupProtectionEnabled")?,
            backup_protection_period: xml::elem_text(el, "BackupProtectionPeriod")?,
            tenant_type: xml::elem_text(el, "TenantType")?,
            cloud_gateway_pools: xml::elem(el, "CloudGatewayPools")?,
            failover_to_other_gateways_if_fail: xml::elem_text(
                el,
                "FailoverToOtherGatewaysIfFail",
            )?,
            domain: xml::elem(el, "Domain")?,
            organization_ref: xml::elem_text(el, "OrganizationRef")?,
            v_cloud_compute_resources: xml::wrapped(
                el,
                "VCloudComputeResources",
                "VCloudComputeResource",
            )?,
            failover_to_others_gateways_if_fail: xml::elem_text(
                el,
                "FailoverToOthersGatewaysIfFail",
            )?,
        })
    }
}
impl crate::runtime::xml::ToXml for CreateCloudTenantSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("Name", &self.name);
        w.elem_text("Description", &self.description);
        w.elem_text("Password", &self.password);
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("LeaseExpirationDate", &self.lease_expiration_date);
        w.wrapped("Resources", "BackupResource", &self.resources);
        w.wrapped("ComputeResources", "ComputeResource", &self.compute_resources);
        w.elem_text_req("BackupServerUid", &self.backup_server_uid);
        w.elem_text("ThrottlingEnabled", &self.throttling_enabled);
        w.elem_text("ThrottlingSpeedLimit", &self.throttling_speed_limit);
        w.elem_text("ThrottlingSpeedUnit", &self.throttling_speed_unit);
        w.elem_text("PublicIPCount", &self.public_ip_count);
        w.elem_text("MaxConcurrentTasks", &self.max_concurrent_tasks);
        w.elem_text("BackupProtectionEnabled", &self.backup_protection_enabled);
        w.elem_text("BackupProtectionPeriod", &self.backup_protection_period);
        w.elem_text("TenantType", &self.tenant_type);
        w.elem("CloudGatewayPools", &self.cloud_gateway_pools);
        w.elem_text(
            "FailoverToOtherGatewaysIfFail",
            &self.failover_to_other_gateways_if_fail,
        );
        w.elem("Domain", &self.domain);
        w.elem_text("OrganizationRef", &self.organization_ref);
        w.wrapped(
            "VCloudComputeResources",
            "VCloudComputeResource",
            &self.v_cloud_compute_resources,
        );
        w.elem_text(
            "FailoverToOthersGatewaysIfFail",
            &self.failover_to_others_gateways_if_fail,
        );
    }
}
/// Used by POST /cdpPolicies/{ID}/includes, POST /jobs/{ID}/includes.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cdppolicies_id_includes.html>
///
/// XML root element: `<CreateObjectInJobSpec>`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateObjectInJobSpec {
    /// Reference to the VM or VM container. You can construct the reference manually or use the lookup service to retrieve the reference.
    ///
    /// XML element `<HierarchyObjRef>`; JSON `"HierarchyObjRef"`.
    #[serde(
        rename = "HierarchyObjRef",
        alias = "hierarchyObjRef",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub hierarchy_obj_ref: String,
    /// Name of the VM or VM container.
    ///
    /// XML element `<HierarchyObjName>`; JSON `"HierarchyObjName"`.
    #[serde(
        rename = "HierarchyObjName",
        alias = "hierarchyObjName",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub hierarchy_obj_name: String,
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
}
impl crate::runtime::xml::FromXml for CreateObjectInJobSpec {
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
        })
    }
}
impl crate::runtime::xml::ToXml for CreateObjectInJobSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("HierarchyObjRef", &self.hierarchy_obj_ref);
        w.elem_text_req("HierarchyObjName", &self.hierarchy_obj_name);
        w.elem("GuestProcessingOptions", &self.guest_processing_options);
    }
}
/// Used by GET /backupServers/{ID}/credentials/{ID}, PUT /backupServers/{ID}/credentials/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id_creds_id.html>
///
/// XML root element: `<CredentialsInfo>`.
#[derive(Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CredentialsInfo {
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
    /// ID of the credentials record, for example: 3ff61155-ed3d-47c5-a07b-29c7ca0d36b9.
    ///
    /// XML element `<Id>`; JSON `"Id"`.
    #[serde(
        rename = "Id",
        alias = "id",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub id: Option<String>,
    /// User name of the credentials record, for example: BACKUPSERVER\\Administrator.
    ///
    /// XML element `<Username>`; JSON `"Username"`.
    #[serde(
        rename = "Username",
        alias = "username",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub username: Option<String>,
    /// Description of the credentials record, for example: Administrator credentials.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub description: Option<String>,
    /// Password of the credentials record.
    ///
    /// XML element `<Password>`; JSON `"Password"`.
    #[serde(
        rename = "Password",
        alias = "password",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub password: Option<String>,
}
impl std::fmt::Debug for CredentialsInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CredentialsInfo")
            .field("href", &self.href)
            .field("type", &self.r#type)
            .field("id", &self.id)
            .field("username", &self.username)
            .field("description", &self.description)
            .field("password", &"<redacted>")
            .finish()
    }
}
impl crate::runtime::xml::FromXml for CredentialsInfo {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            id: xml::elem_text(el, "Id")?,
            username: xml::elem_text(el, "Username")?,
            description: xml::elem_text(el, "Description")?,
            password: xml::elem_text(el, "Password")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CredentialsInfo {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.elem_text("Id", &self.id);
        w.elem_text("Username", &self.username);
        w.elem_text("Description", &self.description);
        w.elem_text("Password", &self.password);
    }
}
/// Used by POST /backupServers/{ID}/credentials?action=create.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_backupservers_id_creds.html>
///
/// XML root element: `<CredentialsInfoSpec>`.
#[derive(Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CredentialsInfoSpec {
    /// User name of the added credentials record in the DOMAIN\\USENAME format.
    ///
    /// XML element `<Username>`; JSON `"Username"`.
    #[serde(
        rename = "Username",
        alias = "username",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub username: Option<String>,
    /// Description of the added credentials record.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub description: Option<String>,
    /// Password of the added credentials.
    ///
    /// XML element `<Password>`; JSON `"Password"`.
    #[serde(
        rename = "Password",
        alias = "password",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub password: Option<String>,
}
impl std::fmt::Debug for CredentialsInfoSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CredentialsInfoSpec")
            .field("username", &self.username)
            .field("description", &self.description)
            .field("password", &"<redacted>")
            .finish()
    }
}
impl crate::runtime::xml::FromXml for CredentialsInfoSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            username: xml::elem_text(el, "Username")?,
            description: xml::elem_text(el, "Description")?,
            password: xml::elem_text(el, "Password")?,
        })
    }
}
impl crate::runtime::xml::ToXml for CredentialsInfoSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Username", &self.username);
        w.elem_text("Description", &self.description);
        w.elem_text("Password", &self.password);
    }
}
/// The `Datastore` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Datastore {
    /// XML attribute `Id`; JSON `"Id"`.
    #[serde(
        rename = "Id",
        alias = "id",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub id: Option<String>,
    /// XML element `<FriendlyName>`; JSON `"FriendlyName"`.
    #[serde(
        rename = "FriendlyName",
        alias = "friendlyName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub friendly_name: Option<String>,
    /// XML element `<DatastoreType>`; JSON `"DatastoreType"`.
    #[serde(
        rename = "DatastoreType",
        alias = "datastoreType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub datastore_type: Option<String>,
    /// XML element `<Reference>`; JSON `"Reference"`.
    #[serde(
        rename = "Reference",
        alias = "reference",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub reference: Option<String>,
    /// XML element `<RootPath>`; JSON `"RootPath"`.
    #[serde(
        rename = "RootPath",
        alias = "rootPath",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub root_path: Option<String>,
    /// XML element `<QuotaGb>`; JSON `"QuotaGb"`.
    #[serde(
        rename = "QuotaGb",
        alias = "quotaGb",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub quota_gb: Option<String>,
}
impl crate::runtime::xml::FromXml for Datastore {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            id: xml::attr(el, "Id")?,
            friendly_name: xml::elem_text(el, "FriendlyName")?,
            datastore_type: xml::elem_text(el, "DatastoreType")?,
            reference: xml::elem_text(el, "Reference")?,
            root_path: xml::elem_text(el, "RootPath")?,
            quota_gb: xml::elem_text(el, "QuotaGb")?,
        })
    }
}
impl crate::runtime::xml::ToXml for Datastore {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Id", &self.id);
        w.elem_text("FriendlyName", &self.friendly_name);
        w.elem_text("DatastoreType", &self.datastore_type);
        w.elem_text("Reference", &self.reference);
        w.elem_text("RootPath", &self.root_path);
        w.elem_text("QuotaGb", &self.quota_gb);
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
}
impl crate::runtime::xml::FromXml for Day {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            name: xml::attr(el, "Name")?,
            text: xml::text(el)?,
        })
    }
}
impl crate::runtime::xml::ToXml for Day {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Name", &self.name);
        w.text(&self.text);
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
}
impl crate::runtime::xml::FromXml for DeleteCloudTenantsSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            include_backups: xml::elem_text(el, "includeBackups")?,
        })
    }
}
impl crate::runtime::xml::ToXml for DeleteCloudTenantsSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("includeBackups", &self.include_backups);
    }
}
/// Used by GET /agents/agentRestorePoints/{ID}/mounts/{ID}, GET /agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}, GET /vmReplicaPoints/{ID}/mounts/{ID}, GET /vmReplicaPoints/{ID}/mounts/{ID}/{filepath}, GET /vmRestorePoints/{ID}/mounts/{ID}, GET /vmRestorePoints/{ID}/mounts/{ID}/{filepath}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_agentrestorepoints_id_mounts_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct DirectoryEntryListType {
    /// Path to the directory entry in the machine file system hierarchy, for example: C:\\Shares.
    ///
    /// XML element `<Path>`; JSON `"Path"`.
    #[serde(
        rename = "Path",
        alias = "path",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub path: Option<String>,
    /// Name of the directory entry, for example: Shares.
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
}
impl crate::runtime::xml::FromXml for DirectoryEntryListType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            path: xml::elem_text(el, "Path")?,
            name: xml::elem_text(el, "Name")?,
        })
    }
}
impl crate::runtime::xml::ToXml for DirectoryEntryListType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Path", &self.path);
        w.elem_text("Name", &self.name);
    }
}
/// Used by GET /agents/discoveredComputers/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_discoveredcomputers_id.html>
///
/// XML root element: `<DiscoveredComputer>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct DiscoveredComputer {
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
    /// Name of the protected computer, for example: AgentProtected.local.
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
    /// UID of the protected computer, for example: urn:veeam:DiscoveredComputer:b85df3d1-c094-437c-b836-eaca6c3762ca.
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
    pub links: Option<Vec<Link>>,
    /// Status of the host: • Online • Offline
    ///
    /// XML element `<HostStatus>`; JSON `"HostStatus"`.
    #[serde(
        rename = "HostStatus",
        alias = "hostStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub host_status: Option<super::enums::DiscoveredComputerHostStatus>,
    /// Version of Veeam Agent installed on the protected computer.
    ///
    /// XML element `<AgentVersion>`; JSON `"AgentVersion"`.
    #[serde(
        rename = "AgentVersion",
        alias = "agentVersion",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub agent_version: Option<String>,
    /// Veeam Agent installation status: • NotInstalled • Installed • UnsupportedOs • Failed • Exclude
    ///
    /// XML element `<AgentStatus>`; JSON `"AgentStatus"`.
    #[serde(
        rename = "AgentStatus",
        alias = "agentStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub agent_status: Option<super::enums::DiscoveredComputerAgentStatus>,
    /// Version of the OS installed on the protected computer.
    ///
    /// XML element `<OsVersion>`; JSON `"OsVersion"`.
    #[serde(
        rename = "OsVersion",
        alias = "osVersion",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub os_version: Option<String>,
    /// IP address of the protected computer.
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
    /// Reference to the protected computer.
    ///
    /// XML element `<HierarchyObjRef>`; JSON `"HierarchyObjRef"`.
    #[serde(
        rename = "HierarchyObjRef",
        alias = "hierarchyObjRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub hierarchy_obj_ref: Option<String>,
}
impl crate::runtime::xml::FromXml for DiscoveredComputer {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            host_status: xml::elem_text(el, "HostStatus")?,
            agent_version: xml::elem_text(el, "AgentVersion")?,
            agent_status: xml::elem_text(el, "AgentStatus")?,
            os_version: xml::elem_text(el, "OsVersion")?,
            ip_address: xml::elem_text(el, "IpAddress")?,
            hierarchy_obj_ref: xml::elem_text(el, "HierarchyObjRef")?,
        })
    }
}
impl crate::runtime::xml::ToXml for DiscoveredComputer {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("HostStatus", &self.host_status);
        w.elem_text("AgentVersion", &self.agent_version);
        w.elem_text("AgentStatus", &self.agent_status);
        w.elem_text("OsVersion", &self.os_version);
        w.elem_text("IpAddress", &self.ip_address);
        w.elem_text("HierarchyObjRef", &self.hierarchy_obj_ref);
    }
}
/// The `Domain` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Domain {
    /// XML element `<DomainName>`; JSON `"DomainName"`.
    #[serde(
        rename = "DomainName",
        alias = "domainName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub domain_name: Option<String>,
    /// XML element `<Port>`; JSON `"Port"`.
    #[serde(
        rename = "Port",
        alias = "port",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub port: Option<String>,
}
impl crate::runtime::xml::FromXml for Domain {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            domain_name: xml::elem_text(el, "DomainName")?,
            port: xml::elem_text(el, "Port")?,
        })
    }
}
impl crate::runtime::xml::ToXml for Domain {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("DomainName", &self.domain_name);
        w.elem_text("Port", &self.port);
    }
}
/// Used by GET /security/accounts/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id.html>
///
/// XML root element: `<EnterpriseAccount>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct EnterpriseAccount {
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
    /// Name of the account that has a specific security role in Veeam Backup Enterprise Manager, for example: BACKUPSERVER\\Operator.
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
    /// UID of the account that has a specific security role in Veeam Backup Enterprise Manager, for example: urn:veeam:EnterpriseAccount:9570aed1-7eff-4684-b77a-7735bdbe820d.
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
    pub links: Option<Vec<Link>>,
    /// Type of the account that has a specific security role in Veeam Backup Enterprise Manager. Possible values: • User • Group • ExternalUser • ExternalGroup Accounts of the ExternalUser and ExternalGroup type are created for users that will access Veeam Backup Enterprise Manager using a single sign-on service. For details, see the SAML Authentication Support section in the Veeam Backup Enterprise Manager Guide.
    ///
    /// XML element `<AccountType>`; JSON `"AccountType"`.
    #[serde(
        rename = "AccountType",
        alias = "accountType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_type: Option<super::enums::EnterpriseAccountAccountType>,
    /// Defines whether the account must have permissions to restore all VMs or not. Possible values: • True • False
    ///
    /// XML element `<AllowRestoreAllVms>`; JSON `"AllowRestoreAllVms"`.
    #[serde(
        rename = "AllowRestoreAllVms",
        alias = "allowRestoreAllVms",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub allow_restore_all_vms: Option<bool>,
    /// File-level restore restrictions assigned to the added account. For details, see File-Level Restore Settings.
    ///
    /// XML element `<FlrSettings>`; JSON `"FlrSettings"`.
    #[serde(
        rename = "FlrSettings",
        alias = "flrSettings",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub flr_settings: Option<FileRestoreSettingsInfoType>,
    /// SQL restore restrictions assigned to the added account. For details, see SQL restore settings.
    ///
    /// XML element `<SqlSettings>`; JSON `"SqlSettings"`.
    #[serde(
        rename = "SqlSettings",
        alias = "sqlSettings",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sql_settings: Option<SqlRestoreSettingsInfoType>,
}
impl crate::runtime::xml::FromXml for EnterpriseAccount {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            account_type: xml::elem_text(el, "AccountType")?,
            allow_restore_all_vms: xml::elem_text(el, "AllowRestoreAllVms")?,
            flr_settings: xml::elem(el, "FlrSettings")?,
            sql_settings: xml::elem(el, "SqlSettings")?,
        })
    }
}
impl crate::runtime::xml::ToXml for EnterpriseAccount {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("AccountType", &self.account_type);
        w.elem_text("AllowRestoreAllVms", &self.allow_restore_all_vms);
        w.elem("FlrSettings", &self.flr_settings);
        w.elem("SqlSettings", &self.sql_settings);
    }
}
/// Used by POST /security/accounts.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts.html>
///
/// XML root element: `<EnterpriseAccountCreateSpec>`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EnterpriseAccountCreateSpec {
    /// Type of account added to Veeam Backup Enterprise Manager. Possible values: • User • Group • ExternalUser • ExternalGroup Accounts of the ExternalUser and ExternalGroup type are created for users that will access Veeam Backup Enterprise Manager using a single sign-on service. For details, see the SAML Authentication Support section in the Veeam Backup Enterprise Manager Guide.
    ///
    /// XML element `<AccountType>`; JSON `"AccountType"`.
    #[serde(rename = "AccountType", alias = "accountType")]
    pub account_type: super::enums::AccountTypeEnumeration,
    /// Name of the account added to Veeam Backup Enterprise Manager: • For the User or Group account, the name must be specified in the Domain\\Name format, for example: TECH\\william.fox. • For the ExternalUser account, the name must be specified in the Username@Suffix format, for example: william.fox@tech.com. • For the ExternalGroup account, the name can be a free-form string.
    ///
    /// XML element `<AccountName>`; JSON `"AccountName"`.
    #[serde(
        rename = "AccountName",
        alias = "accountName",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub account_name: String,
    /// UID of the role assigned to the added account. To get a list of UIDs for available roles, send the GET HTTP request to the /security/roles resource. For details, see GET /security/roles.
    ///
    /// XML `<Roles><EnterpriseRole/>…</Roles>`; JSON `"Roles": {"EnterpriseRoles": […]}`.
    #[serde(
        rename = "Roles",
        alias = "EnterpriseRole",
        alias = "roles",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_enterprise_roles"
    )]
    pub roles: Option<Vec<EnterpriseRole>>,
    /// Defines whether the account must have permissions to restore all VMs or not. If this parameter is set to False, the client must provide the restore scope in the HierarchyScopeObjects element.
    ///
    /// XML element `<AllowRestoreAllVms>`; JSON `"AllowRestoreAllVms"`.
    #[serde(
        rename = "AllowRestoreAllVms",
        alias = "allowRestoreAllVms",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub allow_restore_all_vms: bool,
    /// Restore scope assigned to the added account. For details, see Hierarchy Scope Settings.
    ///
    /// XML element `<HierarchyScopeObjects>`; JSON `"HierarchyScopeObjects"`.
    #[serde(
        rename = "HierarchyScopeObjects",
        alias = "hierarchyScopeObjects",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub hierarchy_scope_objects: Option<HierarchyScopeCreateSpecType>,
    /// File-level restore restrictions assigned to the added account. For details, see File-Level Restore Settings.
    ///
    /// XML element `<FlrSettings>`; JSON `"FlrSettings"`.
    #[serde(
        rename = "FlrSettings",
        alias = "flrSettings",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub flr_settings: Option<FileRestoreSettingsInfoType>,
    /// SQL restore restrictions assigned to the added account. For details, see SQL restore settings.
    ///
    /// XML element `<SqlSettings>`; JSON `"SqlSettings"`.
    #[serde(
        rename = "SqlSettings",
        alias = "sqlSettings",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sql_settings: Option<SqlRestoreSettingsSpecsType>,
}
impl crate::runtime::xml::FromXml for EnterpriseAccountCreateSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            account_type: xml::elem_text(el, "AccountType")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("AccountType"))?,
            account_name: xml::elem_text(el, "AccountName")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("AccountName"))?,
            roles: xml::wrapped(el, "Roles", "EnterpriseRole")?,
            allow_restore_all_vms: xml::elem_text(el, "AllowRestoreAllVms")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "AllowRestoreAllVms",
                ))?,
            hierarchy_scope_objects: xml::elem(el, "HierarchyScopeObjects")?,
            flr_settings: xml::elem(el, "FlrSettings")?,
            sql_settings: xml::elem(el, "SqlSettings")?,
        })
    }
}
impl crate::runtime::xml::ToXml for EnterpriseAccountCreateSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("AccountType", &self.account_type);
        w.elem_text_req("AccountName", &self.account_name);
        w.wrapped("Roles", "EnterpriseRole", &self.roles);
        w.elem_text_req("AllowRestoreAllVms", &self.allow_restore_all_vms);
        w.elem("HierarchyScopeObjects", &self.hierarchy_scope_objects);
        w.elem("FlrSettings", &self.flr_settings);
        w.elem("SqlSettings", &self.sql_settings);
    }
}
/// Used by GET /security/accounts/{ID}/scopes/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id_scopes_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct EnterpriseAccountHierarchyScope {
    /// Name of the virtualization object assigned as a scope, for example: Enterprise.
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
    /// ID of the hierarchy root object assigned as a scope, for example: 24a14898-77d0-4881-bbf8-c8ba71ce4d55.
    ///
    /// XML element `<HierarchyRootName>`; JSON `"HierarchyRootName"`.
    #[serde(
        rename = "HierarchyRootName",
        alias = "hierarchyRootName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub hierarchy_root_name: Option<String>,
    /// Platform of the virtualization object. Possible values: • VMware • Hyperv • vCloud
    ///
    /// XML element `<Platform>`; JSON `"Platform"`.
    #[serde(
        rename = "Platform",
        alias = "platform",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform: Option<super::enums::EnterpriseAccountHierarchyScopePlatform>,
    /// Type of the hierarchy object, for example: ResourcePool, VcdSystem.
    ///
    /// XML element `<HierarchyObjectType>`; JSON `"HierarchyObjectType"`.
    #[serde(
        rename = "HierarchyObjectType",
        alias = "hierarchyObjectType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub hierarchy_object_type: Option<String>,
    /// State of the session that processes the scope. Possible values: • Unprocessed • Processed • Removing
    ///
    /// XML element `<State>`; JSON `"State"`.
    #[serde(
        rename = "State",
        alias = "state",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub state: Option<super::enums::EnterpriseAccountHierarchyScopeState>,
}
impl crate::runtime::xml::FromXml for EnterpriseAccountHierarchyScope {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            name: xml::attr(el, "Name")?,
            hierarchy_root_name: xml::elem_text(el, "HierarchyRootName")?,
            platform: xml::elem_text(el, "Platform")?,
            hierarchy_object_type: xml::elem_text(el, "HierarchyObjectType")?,
            state: xml::elem_text(el, "State")?,
        })
    }
}
impl crate::runtime::xml::ToXml for EnterpriseAccountHierarchyScope {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Name", &self.name);
        w.elem_text("HierarchyRootName", &self.hierarchy_root_name);
        w.elem_text("Platform", &self.platform);
        w.elem_text("HierarchyObjectType", &self.hierarchy_object_type);
        w.elem_text("State", &self.state);
    }
}
/// Used by GET /security/accounts/{ID}/roles/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id_roles_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct EnterpriseAccountInRole {
    /// Name of the security role assigned to the account, for example: Portal User.
    ///
    /// XML element `<RoleName>`; JSON `"RoleName"`.
    #[serde(
        rename = "RoleName",
        alias = "roleName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub role_name: Option<String>,
}
impl crate::runtime::xml::FromXml for EnterpriseAccountInRole {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            role_name: xml::elem_text(el, "RoleName")?,
        })
    }
}
impl crate::runtime::xml::ToXml for EnterpriseAccountInRole {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("RoleName", &self.role_name);
    }
}
/// Used by POST /security/accounts/{ID}/roles.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts_id_roles.html>
///
/// XML root element: `<EnterpriseAccountInRoleCreateSpec>`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EnterpriseAccountInRoleCreateSpec {
    /// UID of the role that must be assigned to the account. To get a list of IDs for available roles, send the GET HTTP request to the /security/roles resource.
    ///
    /// XML element `<EnterpriseRoleUid>`; JSON `"EnterpriseRoleUid"`.
    #[serde(
        rename = "EnterpriseRoleUid",
        alias = "enterpriseRoleUid",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub enterprise_role_uid: crate::runtime::Uid,
}
impl crate::runtime::xml::FromXml for EnterpriseAccountInRoleCreateSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enterprise_role_uid: xml::elem_text(el, "EnterpriseRoleUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "EnterpriseRoleUid",
                ))?,
        })
    }
}
impl crate::runtime::xml::ToXml for EnterpriseAccountInRoleCreateSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("EnterpriseRoleUid", &self.enterprise_role_uid);
    }
}
/// Used by GET /security/roles/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_roles_id.html>
///
/// XML root element: `<EnterpriseRole>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct EnterpriseRole {
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
    /// Name of the security role used in Veeam Backup Enterprise Manager, for example: Portal User.
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
    /// UID of the security role used in Veeam Backup Enterprise Manager, for example:urn:veeam:EnterpriseRole:d19a3d33-cb77-4ffe-94e6-001432483a4e.
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
    /// XML element `<EnterpriseRoleUid>`; JSON `"EnterpriseRoleUid"`.
    #[serde(
        rename = "EnterpriseRoleUid",
        alias = "enterpriseRoleUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub enterprise_role_uid: Option<String>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    #[serde(
        rename = "Links",
        alias = "Link",
        alias = "links",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub links: Option<Vec<Link>>,
}
impl crate::runtime::xml::FromXml for EnterpriseRole {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            enterprise_role_uid: xml::elem_text(el, "EnterpriseRoleUid")?,
            links: xml::wrapped(el, "Links", "Link")?,
        })
    }
}
impl crate::runtime::xml::ToXml for EnterpriseRole {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.elem_text("EnterpriseRoleUid", &self.enterprise_role_uid);
        w.wrapped("Links", "Link", &self.links);
    }
}
/// Used by GET /backups/{ID}/restorePoints.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backups_id_restorepoints.html>
///
/// XML root element: `<EntityReferences>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct EntityReferences {
    /// repeated XML element `<Ref>`; JSON `"Refs": […]`.
    #[serde(
        rename = "Refs",
        alias = "Ref",
        alias = "refs",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub r#ref: Vec<Ref>,
}
impl crate::runtime::xml::FromXml for EntityReferences {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#ref: xml::elems(el, "Ref")?,
        })
    }
}
impl crate::runtime::xml::ToXml for EntityReferences {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("Ref", &self.r#ref);
    }
}
/// Used by GET /externalRepositories/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_externalrepositories_id.html>
///
/// XML root element: `<ExternalRepository>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ExternalRepository {
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
    /// Name of the external backup repository, for example: Backups Vol2.
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
    /// UID of the external backup repository resource, for example: urn:veeam:ExternalRepository:b609c947-dd30-4295-8b57-cc880329dbd6.
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
    pub links: Option<Vec<Link>>,
    /// Type of the external backup repository. Possible values: • AmazonS3External • AzureStorageExternal • GoogleCloudStorageExternal
    ///
    /// XML element `<RepositoryType>`; JSON `"RepositoryType"`.
    #[serde(
        rename = "RepositoryType",
        alias = "repositoryType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub repository_type: Option<super::enums::ExternalRepositoryRepositoryType>,
    /// Path to the external backup repository.
    ///
    /// XML element `<Path>`; JSON `"Path"`.
    #[serde(
        rename = "Path",
        alias = "path",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub path: Option<String>,
    /// Space used on the external backup repository.
    ///
    /// XML element `<UsedSpace>`; JSON `"UsedSpace"`.
    #[serde(
        rename = "UsedSpace",
        alias = "usedSpace",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub used_space: Option<i64>,
    /// Description the external backup repository.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub description: Option<String>,
}
impl crate::runtime::xml::FromXml for ExternalRepository {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            repository_type: xml::elem_text(el, "RepositoryType")?,
            path: xml::elem_text(el, "Path")?,
            used_space: xml::elem_text(el, "UsedSpace")?,
            description: xml::elem_text(el, "Description")?,
        })
    }
}
impl crate::runtime::xml::ToXml for ExternalRepository {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("RepositoryType", &self.repository_type);
        w.elem_text("Path", &self.path);
        w.elem_text("UsedSpace", &self.used_space);
        w.elem_text("Description", &self.description);
    }
}
/// Used by GET /nas/fileServers/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_fileservers_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct FNfsServerOptionsInfoType {
    /// Path to an NFS file share.
    ///
    /// XML element `<Path>`; JSON `"Path"`.
    #[serde(
        rename = "Path",
        alias = "path",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub path: Option<String>,
}
impl crate::runtime::xml::FromXml for FNfsServerOptionsInfoType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            path: xml::elem_text(el, "Path")?,
        })
    }
}
impl crate::runtime::xml::ToXml for FNfsServerOptionsInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Path", &self.path);
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
        skip_serializing_if = "Vec::is_empty"
    )]
    pub include_list: Vec<String>,
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
    pub exclude_list: Option<Vec<String>>,
}
impl crate::runtime::xml::FromXml for FsFileExcludeOptionsType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            backup_scope: xml::elem_text(el, "BackupScope")?,
            include_list: xml::elems_text(el, "IncludeList")?,
            exclude_list: xml::wrapped_text(el, "ExcludeList", "Path")?,
        })
    }
}
impl crate::runtime::xml::ToXml for FsFileExcludeOptionsType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("BackupScope", &self.backup_scope);
        w.elems_text("IncludeList", &self.include_list);
        w.wrapped_text("ExcludeList", "Path", &self.exclude_list);
    }
}
/// Used by GET /failoverPlans/{ID}, PUT /failoverPlans/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_failoverplans_id.html>
///
/// XML root element: `<FailoverPlan>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct FailoverPlan {
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
    /// Name of the failover plan, for example: SQL Failover Plan.
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
    /// UID of the failover plan, for example: urn:veeam:FailoverPlan:ae01e36f-32a3-4095-95fa-09a2af744009.
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
    pub links: Option<Vec<Link>>,
    /// Description specified for the failover plan.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub description: Option<String>,
    /// Contains the Includes element with a list of the FailoveredVm objects — VMs added to the failover plan. For details, see Failover Plan VMs.
    ///
    /// XML element `<FailoverPlanInfo>`; JSON `"FailoverPlanInfo"`.
    #[serde(
        rename = "FailoverPlanInfo",
        alias = "failoverPlanInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub failover_plan_info: Option<FailoverPlanInfoType>,
}
impl crate::runtime::xml::FromXml for FailoverPlan {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            description: xml::elem_text(el, "Description")?,
            failover_plan_info: xml::elem(el, "FailoverPlanInfo")?,
        })
    }
}
impl crate::runtime::xml::ToXml for FailoverPlan {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("Description", &self.description);
        w.elem("FailoverPlanInfo", &self.failover_plan_info);
    }
}
/// Used by GET /failoverPlans/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_failoverplans_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct FailoverPlanInfoType {
    /// ID of the VM, for example: 88792301-c3dc-495b-9505-45de8b821845.
    ///
    /// XML element `<FailoveredVmId>`; JSON `"FailoveredVmId"`.
    #[serde(
        rename = "FailoveredVmId",
        alias = "failoveredVmId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub failovered_vm_id: Option<String>,
    /// Reference to the VM, for example: urn:VMware:Vm:de28dc43-b8ee-4e17-8e63-3d38b6604033.vm-85541.
    ///
    /// XML element `<HierarchyObjRef>`; JSON `"HierarchyObjRef"`.
    #[serde(
        rename = "HierarchyObjRef",
        alias = "hierarchyObjRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub hierarchy_obj_ref: Option<String>,
    /// VM name.
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
    /// VM display name.
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
    /// Failover order.
    ///
    /// XML element `<Order>`; JSON `"Order"`.
    #[serde(
        rename = "Order",
        alias = "order",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub order: Option<i64>,
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
    /// XML `<Includes><FailoveredVm/>…</Includes>`; JSON `"Includes": {"FailoveredVms": […]}`.
    #[serde(
        rename = "Includes",
        alias = "FailoveredVm",
        alias = "includes",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_failovered_vms"
    )]
    pub includes: Option<Vec<FailoveredVm>>,
}
impl crate::runtime::xml::FromXml for FailoverPlanInfoType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            failovered_vm_id: xml::elem_text(el, "FailoveredVmId")?,
            hierarchy_obj_ref: xml::elem_text(el, "HierarchyObjRef")?,
            name: xml::elem_text(el, "Name")?,
            display_name: xml::elem_text(el, "DisplayName")?,
            order: xml::elem_text(el, "Order")?,
            guest_processing_options: xml::elem(el, "GuestProcessingOptions")?,
            includes: xml::wrapped(el, "Includes", "FailoveredVm")?,
        })
    }
}
impl crate::runtime::xml::ToXml for FailoverPlanInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("FailoveredVmId", &self.failovered_vm_id);
        w.elem_text("HierarchyObjRef", &self.hierarchy_obj_ref);
        w.elem_text("Name", &self.name);
        w.elem_text("DisplayName", &self.display_name);
        w.elem_text("Order", &self.order);
        w.elem("GuestProcessingOptions", &self.guest_processing_options);
        w.wrapped("Includes", "FailoveredVm", &self.includes);
    }
}
/// Used by POST /failoverPlans/{ID}?action=start.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_failoverplans_id_start.html>
///
/// XML root element: `<FailoverPlanManagementSpec>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct FailoverPlanManagementSpec {
    /// If you specify this parameter, Veeam Backup & Replication will fail over VMs added to the failover plan to their latest restore points.
    ///
    /// XML element `<StartNow>`; JSON `"StartNow"`.
    #[serde(
        rename = "StartNow",
        alias = "startNow",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub start_now: Option<bool>,
    /// If you specify this parameter, Veeam Backup & Replication will fail over VMs added to the failover plan to the most recent restore points that were created prior to the selected date.
    ///
    /// XML element `<StartDate>`; JSON `"StartDate"`.
    #[serde(
        rename = "StartDate",
        alias = "startDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub start_date: Option<crate::runtime::DateTime>,
}
impl crate::runtime::xml::FromXml for FailoverPlanManagementSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            start_now: xml::elem_text(el, "StartNow")?,
            start_date: xml::elem_text(el, "StartDate")?,
        })
    }
}
impl crate::runtime::xml::ToXml for FailoverPlanManagementSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("StartNow", &self.start_now);
        w.elem_text("StartDate", &self.start_date);
    }
}
/// The `FailoveredVm` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct FailoveredVm {
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
    /// XML element `<FailoveredVmId>`; JSON `"FailoveredVmId"`.
    #[serde(
        rename = "FailoveredVmId",
        alias = "failoveredVmId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub failovered_vm_id: Option<String>,
    /// XML element `<HierarchyObjRef>`; JSON `"HierarchyObjRef"`.
    #[serde(
        rename = "HierarchyObjRef",
        alias = "hierarchyObjRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub hierarchy_obj_ref: Option<String>,
    /// XML element `<Name>`; JSON `"Name"`.
    #[serde(
        rename = "Name",
        alias = "name",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub name: Option<String>,
    /// XML element `<DisplayName>`; JSON `"DisplayName"`.
    #[serde(
        rename = "DisplayName",
        alias = "displayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub display_name: Option<String>,
    /// XML element `<Order>`; JSON `"Order"`.
    #[serde(
        rename = "Order",
        alias = "order",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub order: Option<String>,
    /// XML element `<GuestProcessingOptions>`; JSON `"GuestProcessingOptions"`.
    #[serde(
        rename = "GuestProcessingOptions",
        alias = "guestProcessingOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub guest_processing_options: Option<GuestProcessingOptions>,
}
impl crate::runtime::xml::FromXml for FailoveredVm {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            failovered_vm_id: xml::elem_text(el, "FailoveredVmId")?,
            hierarchy_obj_ref: xml::elem_text(el, "HierarchyObjRef")?,
            name: xml::elem_text(el, "Name")?,
            display_name: xml::elem_text(el, "DisplayName")?,
            order: xml::elem_text(el, "Order")?,
            guest_processing_options: xml::elem(el, "GuestProcessingOptions")?,
        })
    }
}
impl crate::runtime::xml::ToXml for FailoveredVm {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.elem_text("FailoveredVmId", &self.failovered_vm_id);
        w.elem_text("HierarchyObjRef", &self.hierarchy_obj_ref);
        w.elem_text("Name", &self.name);
        w.elem_text("DisplayName", &self.display_name);
        w.elem_text("Order", &self.order);
        w.elem("GuestProcessingOptions", &self.guest_processing_options);
    }
}
/// Used by GET /agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}, GET /vmReplicaPoints/{ID}/mounts/{ID}/{filepath}, GET /vmRestorePoints/{ID}/mounts/{ID}/{filepath}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_agentrestorepoints_id_mounts_id_filepath.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct FileEntryListType {
    /// Path to the file in the machine file system hierarchy, for example: C:\\william.fox\\Report.docx.
    ///
    /// XML element `<Path>`; JSON `"Path"`.
    #[serde(
        rename = "Path",
        alias = "path",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub path: Option<String>,
    /// Name of the file, for example: Report.docx.
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
    /// File size, in bytes.
    ///
    /// XML element `<Size>`; JSON `"Size"`.
    #[serde(
        rename = "Size",
        alias = "size",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub size: Option<i64>,
    /// File owner.
    ///
    /// XML element `<Owner>`; JSON `"Owner"`.
    #[serde(
        rename = "Owner",
        alias = "owner",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub owner: Option<String>,
    /// Date and the file was last modified.
    ///
    /// XML element `<ModifiedDateUTC>`; JSON `"ModifiedDateUTC"`.
    #[serde(
        rename = "ModifiedDateUTC",
        alias = "modifiedDateUTC",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub modified_date_utc: Option<crate::runtime::DateTime>,
    /// List of request URLs available for the file.
    ///
    /// XML element `<Actions>`; JSON `"Actions"`.
    #[serde(
        rename = "Actions",
        alias = "actions",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub actions: Option<String>,
}
impl crate::runtime::xml::FromXml for FileEntryListType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            path: xml::elem_text(el, "Path")?,
            name: xml::elem_text(el, "Name")?,
            size: xml::elem_text(el, "Size")?,
            owner: xml::elem_text(el, "Owner")?,
            modified_date_utc: xml::elem_text(el, "ModifiedDateUTC")?,
            actions: xml::elem_text(el, "Actions")?,
        })
    }
}
impl crate::runtime::xml::ToXml for FileEntryListType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Path", &self.path);
        w.elem_text("Name", &self.name);
        w.elem_text("Size", &self.size);
        w.elem_text("Owner", &self.owner);
        w.elem_text("ModifiedDateUTC", &self.modified_date_utc);
        w.elem_text("Actions", &self.actions);
    }
}
/// Used by GET /security/accounts/{ID}, POST /security/accounts.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id.html>
///
/// XML root element: `<FlrSettings>`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FileRestoreSettingsInfoType {
    /// Defines whether the account has permissions to restore only files with specific filename extensions or not.
    ///
    /// XML element `<FlrInplaceOnly>`; JSON `"FlrInplaceOnly"`.
    #[serde(
        rename = "FlrInplaceOnly",
        alias = "flrInplaceOnly",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub flr_inplace_only: bool,
    /// Filename extensions for files that are permitted for restore separated by comma, for example: doc,pptx,pdf.
    ///
    /// XML element `<FlrExtentionRestrictions>`; JSON `"FlrExtentionRestrictions"`.
    #[serde(
        rename = "FlrExtentionRestrictions",
        alias = "flrExtentionRestrictions",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub flr_extention_restrictions: Option<String>,
}
impl crate::runtime::xml::FromXml for FileRestoreSettingsInfoType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            flr_inplace_only: xml::elem_text(el, "FlrInplaceOnly")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("FlrInplaceOnly"))?,
            flr_extention_restrictions: xml::elem_text(el, "FlrExtentionRestrictions")?,
        })
    }
}
impl crate::runtime::xml::ToXml for FileRestoreSettingsInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("FlrInplaceOnly", &self.flr_inplace_only);
        w.elem_text("FlrExtentionRestrictions", &self.flr_extention_restrictions);
    }
}
/// Used by POST /agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}?action=restore, POST /vmReplicaPoints/{ID}/mounts/{ID}/{filepath}?action=restore, POST /vmRestorePoints/{ID}/mounts/{ID}/{filepath}?action=restore.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_agents_agentrestorepoints_id_mounts_id_filepath_actionrestore.html>
///
/// XML root element: `<FileRestoreSpec>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct FileRestoreSpec {
    /// Use this element if you want to restore the file to the original location. For details, see File-Level Restore Options.
    ///
    /// XML element `<ToOriginalLocation>`; JSON `"ToOriginalLocation"`.
    #[serde(
        rename = "ToOriginalLocation",
        alias = "toOriginalLocation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub to_original_location: Option<FileRestoreToOriginalSpecInfoType>,
    /// Use this element if you want to download the restored file.
    ///
    /// XML element `<ForDirectDownload>`; JSON `"ForDirectDownload"`.
    #[serde(
        rename = "ForDirectDownload",
        alias = "forDirectDownload",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub for_direct_download: Option<String>,
}
impl crate::runtime::xml::FromXml for FileRestoreSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            to_original_location: xml::elem(el, "ToOriginalLocation")?,
            for_direct_download: xml::elem_text(el, "ForDirectDownload")?,
        })
    }
}
impl crate::runtime::xml::ToXml for FileRestoreSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem("ToOriginalLocation", &self.to_original_location);
        w.elem_text("ForDirectDownload", &self.for_direct_download);
    }
}
/// Used by POST /agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}?action=restore, POST /vmReplicaPoints/{ID}/mounts/{ID}/{filepath}?action=restore, POST /vmRestorePoints/{ID}/mounts/{ID}/{filepath}?action=restore.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_agents_agentrestorepoints_id_mounts_id_filepath_actionrestore.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct FileRestoreToOriginalSpecInfoType {
    /// Defines if the file or folder restored from the backup should overwrite the original file or folder. Possible values: • True — the file from VM backup (being restored) should replace the file on target. • False — both files should be kept on target. The default value is False.
    ///
    /// XML attribute `Overwrite`; JSON `"Overwrite"`.
    #[serde(
        rename = "Overwrite",
        alias = "overwrite",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub overwrite: Option<bool>,
    /// Defines whether to restore only permissions of the file or folder. The file or folder must exist on the target machine. The feature is supported for Windows machines only. Possible values: • True • False The default value is False.
    ///
    /// XML element `<PermissionsOnly>`; JSON `"PermissionsOnly"`.
    #[serde(
        rename = "PermissionsOnly",
        alias = "permissionsOnly",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub permissions_only: Option<bool>,
    /// Guest OS credentials for starting the file-level restore process. For details, see Guest OS Credentials Options.
    ///
    /// XML element `<GuestCredentials>`; JSON `"GuestCredentials"`.
    #[serde(
        rename = "GuestCredentials",
        alias = "guestCredentials",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub guest_credentials: Option<GuestCredentials>,
}
impl crate::runtime::xml::FromXml for FileRestoreToOriginalSpecInfoType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            overwrite: xml::attr(el, "Overwrite")?,
            permissions_only: xml::elem_text(el, "PermissionsOnly")?,
            guest_credentials: xml::elem(el, "GuestCredentials")?,
        })
    }
}
impl crate::runtime::xml::ToXml for FileRestoreToOriginalSpecInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Overwrite", &self.overwrite);
        w.elem_text("PermissionsOnly", &self.permissions_only);
        w.elem("GuestCredentials", &self.guest_credentials);
    }
}
/// Used by GET /nas/fileServers/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_fileservers_id.html>
///
/// XML root element: `<FileServer>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct FileServer {
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
    /// Name of the file share, for example: \\srv12\\share.
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
    /// UID of the file share, for example: urn:veeam:FileServer:517be4c8-9c43-4e7c-9f59-4e368d3a8f3c.
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
    pub links: Option<Vec<Link>>,
    /// Type of the file share: • FileServer • SmbServer • NfsServer
    ///
    /// XML element `<ServerType>`; JSON `"ServerType"`.
    #[serde(
        rename = "ServerType",
        alias = "serverType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub server_type: Option<super::enums::FileServerServerType>,
    /// Reference to the file share, for example: urn:NasBackup:FileServer:35ab6523-0e40-4d92-a0ea-11465791cd91.1131bc00-36c0-4355-87fc-7f748aceb978.
    ///
    /// XML element `<HierarchyObjRef>`; JSON `"HierarchyObjRef"`.
    #[serde(
        rename = "HierarchyObjRef",
        alias = "hierarchyObjRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub hierarchy_obj_ref: Option<String>,
    /// Access settings for an SMB server. For details, see SMB Server Options.
    ///
    /// XML element `<SmbServerOptions>`; JSON `"SmbServerOptions"`.
    #[serde(
        rename = "SmbServerOptions",
        alias = "smbServerOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub smb_server_options: Option<SmbServerOptionsInfoType>,
    /// Access settings for an NFS server. For details, see NFS Server Options.
    ///
    /// XML element `<NfsServerOptions>`; JSON `"NfsServerOptions"`.
    #[serde(
        rename = "NfsServerOptions",
        alias = "nfsServerOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub nfs_server_options: Option<FNfsServerOptionsInfoType>,
    /// Access settings for a file server. For details, see File Server Options.
    ///
    /// XML element `<FileServerOptions>`; JSON `"FileServerOptions"`.
    #[serde(
        rename = "FileServerOptions",
        alias = "fileServerOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub file_server_options: Option<FileServerOptionsInfoType>,
    /// File share processing settings. For details, see Processing Options.
    ///
    /// XML element `<ProcessingOptions>`; JSON `"ProcessingOptions"`.
    #[serde(
        rename = "ProcessingOptions",
        alias = "processingOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub processing_options: Option<ProcessingOptionsInfoType>,
    /// Advanced settings for the file share. For details, see NAS Server Advanced Options.
    ///
    /// XML `<NASServerAdvancedOptions><ProcessingMode/>…</NASServerAdvancedOptions>`; JSON `"NASServerAdvancedOptions": {"ProcessingModes": […]}`.
    #[serde(
        rename = "NASServerAdvancedOptions",
        alias = "ProcessingMode",
        alias = "nASServerAdvancedOptions",
        alias = "nasServerAdvancedOptions",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_processing_modes"
    )]
    pub nas_server_advanced_options: Option<Vec<String>>,
}
impl crate::runtime::xml::FromXml for FileServer {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            server_type: xml::elem_text(el, "ServerType")?,
            hierarchy_obj_ref: xml::elem_text(el, "HierarchyObjRef")?,
            smb_server_options: xml::elem(el, "SmbServerOptions")?,
            nfs_server_options: xml::elem(el, "NfsServerOptions")?,
            file_server_options: xml::elem(el, "FileServerOptions")?,
            processing_options: xml::elem(el, "ProcessingOptions")?,
            nas_server_advanced_options: xml::wrapped_text(
                el,
                "NASServerAdvancedOptions",
                "ProcessingMode",
            )?,
        })
    }
}
impl crate::runtime::xml::ToXml for FileServer {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("ServerType", &self.server_type);
        w.elem_text("HierarchyObjRef", &self.hierarchy_obj_ref);
        w.elem("SmbServerOptions", &self.smb_server_options);
        w.elem("NfsServerOptions", &self.nfs_server_options);
        w.elem("FileServerOptions", &self.file_server_options);
        w.elem("ProcessingOptions", &self.processing_options);
        w.wrapped_text(
            "NASServerAdvancedOptions",
            "ProcessingMode",
            &self.nas_server_advanced_options,
        );
    }
}
/// Used by GET /nas/fileServers/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_fileservers_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct FileServerOptionsInfoType {
    /// UID of a managed server, for example: urn:veeam:FileServer:f5d9ea1f-ef70-4e51-af3d-c760380d5347.
    ///
    /// XML element `<ServerUid>`; JSON `"ServerUid"`.
    #[serde(
        rename = "ServerUid",
        alias = "serverUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub server_uid: Option<crate::runtime::Uid>,
}
impl crate::runtime::xml::FromXml for FileServerOptionsInfoType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            server_uid: xml::elem_text(el, "ServerUid")?,
        })
    }
}
impl crate::runtime::xml::ToXml for FileServerOptionsInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("ServerUid", &self.server_uid);
    }
}
/// Used by GET /agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}, GET /vmRestorePoints/{ID}/mounts/{ID}/{filepath}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_agentrestorepoints_id_mounts_id_filepath.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct FileSystemEntries {
    /// Collection of directories that are contained in the the current directory. For details, see Files.
    ///
    /// XML element `<Files>`; JSON `"Files"`.
    #[serde(
        rename = "Files",
        alias = "files",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub files: Option<FileEntryListType>,
    /// Collection of directories that are contained in the the current directory. For details, see Directories.
    ///
    /// XML element `<Directories>`; JSON `"Directories"`.
    #[serde(
        rename = "Directories",
        alias = "directories",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub directories: Option<DirectoryEntryListType>,
    /// Resource that lets you paginate display results.
    ///
    /// XML element `<PagingInfo>`; JSON `"PagingInfo"`.
    #[serde(
        rename = "PagingInfo",
        alias = "pagingInfo",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub paging_info: Option<String>,
}
impl crate::runtime::xml::FromXml for FileSystemEntries {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            files: xml::elem(el, "Files")?,
            directories: xml::elem(el, "Directories")?,
            paging_info: xml::elem_text(el, "PagingInfo")?,
        })
    }
}
impl crate::runtime::xml::ToXml for FileSystemEntries {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem("Files", &self.files);
        w.elem("Directories", &self.directories);
        w.elem_text("PagingInfo", &self.paging_info);
    }
}
/// Used by GET /vmReplicaPoints/{ID}/mounts/{ID}/{filepath}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmreplicapoints_id_mountpoints_id_filepath.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct FileSystemEntry {
    /// Collection of directories that are contained in the the current directory. For details, see Files.
    ///
    /// XML element `<Files>`; JSON `"Files"`.
    #[serde(
        rename = "Files",
        alias = "files",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub files: Option<FileEntryListType>,
    /// Collection of directories that are contained in the the current directory. For details, see Directories.
    ///
    /// XML element `<Directories>`; JSON `"Directories"`.
    #[serde(
        rename = "Directories",
        alias = "directories",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub directories: Option<DirectoryEntryListType>,
    /// Resource that lets you paginate display results.
    ///
    /// XML element `<PagingInfo>`; JSON `"PagingInfo"`.
    #[serde(
        rename = "PagingInfo",
        alias = "pagingInfo",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub paging_info: Option<String>,
}
impl crate::runtime::xml::FromXml for FileSystemEntry {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            files: xml::elem(el, "Files")?,
            directories: xml::elem(el, "Directories")?,
            paging_info: xml::elem_text(el, "PagingInfo")?,
        })
    }
}
impl crate::runtime::xml::ToXml for FileSystemEntry {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem("Files", &self.files);
        w.elem("Directories", &self.directories);
        w.elem_text("PagingInfo", &self.paging_info);
    }
}
/// Used by GET /agents/jobs/{ID}/includes/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_jobs_id_includes_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct GetAgentsJobsIncludesResponse {
    /// Name of the protected computer or protection group, for example: DC-SRV.
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
}
impl crate::runtime::xml::FromXml for GetAgentsJobsIncludesResponse {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            name: xml::attr(el, "Name")?,
            object_in_job_id: xml::elem_text(el, "ObjectInJobId")?,
            display_name: xml::elem_text(el, "DisplayName")?,
            guest_processing_options: xml::elem(el, "GuestProcessingOptions")?,
        })
    }
}
impl crate::runtime::xml::ToXml for GetAgentsJobsIncludesResponse {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Name", &self.name);
        w.elem_text("ObjectInJobId", &self.object_in_job_id);
        w.elem_text("DisplayName", &self.display_name);
        w.elem("GuestProcessingOptions", &self.guest_processing_options);
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
        })
    }
}
impl crate::runtime::xml::ToXml for GetQueryObjectInAgentBackupJobSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("ObjectInJobId", &self.object_in_job_id);
        w.elem_text("Name", &self.name);
        w.elem_text("DisplayName", &self.display_name);
        w.elem("GuestProcessingOptions", &self.guest_processing_options);
    }
}
/// Used by PUT /jobs/{ID}?action=edit.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_jobs_id_actionedit.html>
///
/// XML root element: `<GfsRetentionPolicy>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct GfsRetentionPolicy {
    /// XML attribute `Enabled`; JSON `"Enabled"`.
    #[serde(
        rename = "Enabled",
        alias = "enabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub enabled: Option<String>,
    /// Weekly GFS retention policy options set for the job. For details, see Weekly GFS Retention Policy Options.
    ///
    /// XML element `<Weekly>`; JSON `"Weekly"`.
    #[serde(
        rename = "Weekly",
        alias = "weekly",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub weekly: Option<WeeklyOptionsInfoType>,
    /// Monthly GFS retention policy options set for the job. For details, see Monthly GFS Retention Policy Options.
    ///
    /// XML element `<Monthly>`; JSON `"Monthly"`.
    #[serde(
        rename = "Monthly",
        alias = "monthly",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub monthly: Option<MonthlyOptionsInfoType>,
    /// Yearly GFS retention policy options set for the job. For details, see Yearly GFS Retention Policy Options.
    ///
    /// XML element `<Yearly>`; JSON `"Yearly"`.
    #[serde(
        rename = "Yearly",
        alias = "yearly",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub yearly: Option<YearlyOptionsInfoType>,
}
impl crate::runtime::xml::FromXml for GfsRetentionPolicy {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            weekly: xml::elem(el, "Weekly")?,
            monthly: xml::elem(el, "Monthly")?,
            yearly: xml::elem(el, "Yearly")?,
        })
    }
}
impl crate::runtime::xml::ToXml for GfsRetentionPolicy {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.elem("Weekly", &self.weekly);
        w.elem("Monthly", &self.monthly);
        w.elem("Yearly", &self.yearly);
    }
}
/// Used by POST /agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}?action=restore, POST /vmReplicaPoints/{ID}/mounts/{ID}/{filepath}?action=restore, POST /vmRestorePoints/{ID}/mounts/{ID}/{filepath}?action=restore.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_agents_agentrestorepoints_id_mounts_id_filepath_actionrestore.html>
///
/// XML root element: `<GuestCredentials>`.
#[derive(Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GuestCredentials {
    /// User name of the guest OS account specified in the DOMAIN\\USENAME format.
    ///
    /// XML element `<UserName>`; JSON `"UserName"`.
    #[serde(
        rename = "UserName",
        alias = "userName",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub user_name: String,
    /// Password for the guest OS account.
    ///
    /// XML element `<Password>`; JSON `"Password"`.
    #[serde(
        rename = "Password",
        alias = "password",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub password: String,
}
impl std::fmt::Debug for GuestCredentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GuestCredentials")
            .field("user_name", &self.user_name)
            .field("password", &"<redacted>")
            .finish()
    }
}
impl crate::runtime::xml::FromXml for GuestCredentials {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            user_name: xml::elem_text(el, "UserName")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("UserName"))?,
            password: xml::elem_text(el, "Password")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("Password"))?,
        })
    }
}
impl crate::runtime::xml::ToXml for GuestCredentials {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("UserName", &self.user_name);
        w.elem_text_req("Password", &self.password);
    }
}
/// The `GuestProcessingOptions` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct GuestProcessingOptions {
    /// XML element `<VssSnapshotOptions>`; JSON `"VssSnapshotOptions"`.
    #[serde(
        rename = "VssSnapshotOptions",
        alias = "vssSnapshotOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vss_snapshot_options: Option<VssSnapshotOptions>,
    /// XML element `<WindowsGuestFSIndexingOptions>`; JSON `"WindowsGuestFSIndexingOptions"`.
    #[serde(
        rename = "WindowsGuestFSIndexingOptions",
        alias = "windowsGuestFSIndexingOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub windows_guest_fs_indexing_options: Option<WindowsGuestFsIndexingOptions>,
    /// XML element `<LinuxGuestFSIndexingOptions>`; JSON `"LinuxGuestFSIndexingOptions"`.
    #[serde(
        rename = "LinuxGuestFSIndexingOptions",
        alias = "linuxGuestFSIndexingOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub linux_guest_fs_indexing_options: Option<LinuxGuestFsIndexingOptions>,
    /// XML element `<SqlBackupOptions>`; JSON `"SqlBackupOptions"`.
    #[serde(
        rename = "SqlBackupOptions",
        alias = "sqlBackupOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sql_backup_options: Option<SqlBackupOptions>,
    /// XML element `<WindowsCredentialsId>`; JSON `"WindowsCredentialsId"`.
    #[serde(
        rename = "WindowsCredentialsId",
        alias = "windowsCredentialsId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub windows_credentials_id: Option<String>,
    /// XML element `<LinuxCredentialsId>`; JSON `"LinuxCredentialsId"`.
    #[serde(
        rename = "LinuxCredentialsId",
        alias = "linuxCredentialsId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub linux_credentials_id: Option<String>,
}
impl crate::runtime::xml::FromXml for GuestProcessingOptions {
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
        })
    }
}
impl crate::runtime::xml::ToXml for GuestProcessingOptions {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem("VssSnapshotOptions", &self.vss_snapshot_options);
        w.elem("WindowsGuestFSIndexingOptions", &self.windows_guest_fs_indexing_options);
        w.elem("LinuxGuestFSIndexingOptions", &self.linux_guest_fs_indexing_options);
        w.elem("SqlBackupOptions", &self.sql_backup_options);
        w.elem_text("WindowsCredentialsId", &self.windows_credentials_id);
        w.elem_text("LinuxCredentialsId", &self.linux_credentials_id);
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
        skip_serializing_if = "Vec::is_empty"
    )]
    pub included_indexing_folders: Vec<String>,
    /// XML `<ExcludedIndexingFolders><Path/>…</ExcludedIndexingFolders>`; JSON `"ExcludedIndexingFolders": […]`.
    #[serde(
        rename = "ExcludedIndexingFolders",
        alias = "Path",
        alias = "excludedIndexingFolders",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub excluded_indexing_folders: Option<Vec<String>>,
    /// XML element `<CredentialsId>`; JSON `"CredentialsId"`.
    #[serde(
        rename = "CredentialsId",
        alias = "credentialsId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub credentials_id: Option<String>,
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
            included_indexing_folders: xml::elems_text(el, "IncludedIndexingFolders")?,
            excluded_indexing_folders: xml::wrapped_text(
                el,
                "ExcludedIndexingFolders",
                "Path",
            )?,
            credentials_id: xml::elem_text(el, "CredentialsId")?,
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
            &self.excluded_indexing_folders,
        );
        w.elem_text("CredentialsId", &self.credentials_id);
    }
}
/// Used by GET /hierarchyRoots/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_hierarchyroots_id.html>
///
/// XML root element: `<HierarchyRoot>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct HierarchyRoot {
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
    /// Name of the hierarchy root resource, for example: 172.16.12.21.
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
    /// UID of the hierarchy root resource, for example: urn:veeam:HierarchyRoot:195c7259-8d89-4f6e-9098-25ee1f432669.
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
    pub links: Option<Vec<Link>>,
    /// ID of the hierarchy root resource, for example: 195c7259-8d89-4f6e-9098-25ee1f432669.
    ///
    /// XML element `<HierarchyRootId>`; JSON `"HierarchyRootId"`.
    #[serde(
        rename = "HierarchyRootId",
        alias = "hierarchyRootId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub hierarchy_root_id: Option<String>,
    /// Unique ID of the hierarchy root, or virtualization host (for example, vCenter InstanceUUID or DNS name of the Hyper-V host).
    ///
    /// XML element `<UniqueId>`; JSON `"UniqueId"`.
    #[serde(
        rename = "UniqueId",
        alias = "uniqueId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub unique_id: Option<String>,
    /// Type of the virtualization host. Possible values: • ESX • VC • ESXi • HvServer • HvCluster • Scvmm • VcdSystem
    ///
    /// XML element `<HostType>`; JSON `"HostType"`.
    #[serde(
        rename = "HostType",
        alias = "hostType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub host_type: Option<super::enums::HierarchyRootHostType>,
}
impl crate::runtime::xml::FromXml for HierarchyRoot {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            hierarchy_root_id: xml::elem_text(el, "HierarchyRootId")?,
            unique_id: xml::elem_text(el, "UniqueId")?,
            host_type: xml::elem_text(el, "HostType")?,
        })
    }
}
impl crate::runtime::xml::ToXml for HierarchyRoot {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("HierarchyRootId", &self.hierarchy_root_id);
        w.elem_text("UniqueId", &self.unique_id);
        w.elem_text("HostType", &self.host_type);
    }
}
/// Used by POST /security/accounts/{ID}/scopes.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts_id_scopes.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct HierarchyScopeCreateSpec {
    /// Reference to the object in the virtual infrastructure hierarchy. You can construct the reference manually or use the lookup service to retrieve the reference. To get a file share reference, use the GET /nas/fileServers/{ID} request.
    ///
    /// XML element `<HierarchyObjRef>`; JSON `"HierarchyObjRef"`.
    #[serde(
        rename = "HierarchyObjRef",
        alias = "hierarchyObjRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub hierarchy_obj_ref: Option<String>,
    /// Name of the object in the virtual infrastructure hierarchy, for example: VM01.
    ///
    /// XML element `<ObjectName>`; JSON `"ObjectName"`.
    #[serde(
        rename = "ObjectName",
        alias = "objectName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub object_name: Option<String>,
}
impl crate::runtime::xml::FromXml for HierarchyScopeCreateSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            hierarchy_obj_ref: xml::elem_text(el, "HierarchyObjRef")?,
            object_name: xml::elem_text(el, "ObjectName")?,
        })
    }
}
impl crate::runtime::xml::ToXml for HierarchyScopeCreateSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("HierarchyObjRef", &self.hierarchy_obj_ref);
        w.elem_text("ObjectName", &self.object_name);
    }
}
/// Used by POST /security/accounts.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct HierarchyScopeCreateSpecType {
    /// repeated XML element `<HierarchyScopeItem>`; JSON `"HierarchyScopeItem": […]`.
    #[serde(
        rename = "HierarchyScopeItem",
        alias = "hierarchyScopeItem",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub hierarchy_scope_item: Vec<HierarchyScopeItem>,
    /// Reference to the object in the virtual infrastructure hierarchy. You can construct the reference manually or use the lookup service to retrieve the reference. To get a file share reference, use the GET /nas/fileServers/{ID} request.
    ///
    /// XML element `<HierarchyObjRef>`; JSON `"HierarchyObjRef"`.
    #[serde(
        rename = "HierarchyObjRef",
        alias = "hierarchyObjRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub hierarchy_obj_ref: Option<String>,
    /// Name of the object in the virtual infrastructure hierarchy, for example: VM01.
    ///
    /// XML element `<ObjectName>`; JSON `"ObjectName"`.
    #[serde(
        rename = "ObjectName",
        alias = "objectName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub object_name: Option<String>,
}
impl crate::runtime::xml::FromXml for HierarchyScopeCreateSpecType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            hierarchy_scope_item: xml::elems(el, "HierarchyScopeItem")?,
            hierarchy_obj_ref: xml::elem_text(el, "HierarchyObjRef")?,
            object_name: xml::elem_text(el, "ObjectName")?,
        })
    }
}
impl crate::runtime::xml::ToXml for HierarchyScopeCreateSpecType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("HierarchyScopeItem", &self.hierarchy_scope_item);
        w.elem_text("HierarchyObjRef", &self.hierarchy_obj_ref);
        w.elem_text("ObjectName", &self.object_name);
    }
}
/// The `HierarchyScopeItem` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct HierarchyScopeItem {
    /// XML element `<HierarchyObjRef>`; JSON `"HierarchyObjRef"`.
    #[serde(
        rename = "HierarchyObjRef",
        alias = "hierarchyObjRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub hierarchy_obj_ref: Option<String>,
    /// XML element `<ObjectName>`; JSON `"ObjectName"`.
    #[serde(
        rename = "ObjectName",
        alias = "objectName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub object_name: Option<String>,
}
impl crate::runtime::xml::FromXml for HierarchyScopeItem {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            hierarchy_obj_ref: xml::elem_text(el, "HierarchyObjRef")?,
            object_name: xml::elem_text(el, "ObjectName")?,
        })
    }
}
impl crate::runtime::xml::ToXml for HierarchyScopeItem {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("HierarchyObjRef", &self.hierarchy_obj_ref);
        w.elem_text("ObjectName", &self.object_name);
    }
}
/// The `HvCloudHardwarePlan` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct HvCloudHardwarePlan {
    /// XML element `<HypervisorHostRef>`; JSON `"HypervisorHostRef"`.
    #[serde(
        rename = "HypervisorHostRef",
        alias = "hypervisorHostRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub hypervisor_host_ref: Option<String>,
    /// XML `<Volumes><Volume/>…</Volumes>`; JSON `"Volumes": {"Volumes": […]}`.
    #[serde(
        rename = "Volumes",
        alias = "Volume",
        alias = "volumes",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_volumes"
    )]
    pub volumes: Option<Vec<Volume>>,
    /// XML element `<Network>`; JSON `"Network"`.
    #[serde(
        rename = "Network",
        alias = "network",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network: Option<Network>,
}
impl crate::runtime::xml::FromXml for HvCloudHardwarePlan {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            hypervisor_host_ref: xml::elem_text(el, "HypervisorHostRef")?,
            volumes: xml::wrapped(el, "Volumes", "Volume")?,
            network: xml::elem(el, "Network")?,
        })
    }
}
impl crate::runtime::xml::ToXml for HvCloudHardwarePlan {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("HypervisorHostRef", &self.hypervisor_host_ref);
        w.wrapped("Volumes", "Volume", &self.volumes);
        w.elem("Network", &self.network);
    }
}
/// Used by POST /cloud/hardwarePlans.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_hardwareplans.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct HvCloudHardwarePlanVolumesInfoListType {
    /// XML attribute `Id`; JSON `"Id"`.
    #[serde(
        rename = "Id",
        alias = "id",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub id: Option<String>,
    /// Name of the volume as displayed to the tenant, for example: Cloud Replicas.
    ///
    /// XML element `<FriendlyName>`; JSON `"FriendlyName"`.
    #[serde(
        rename = "FriendlyName",
        alias = "friendlyName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub friendly_name: Option<String>,
    /// Path to a folder on the volume in which tenant VM replica files should be stored.
    ///
    /// XML element `<VolumePath>`; JSON `"VolumePath"`.
    #[serde(
        rename = "VolumePath",
        alias = "volumePath",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub volume_path: Option<String>,
    /// Storage quota for tenant VM replicas on the volume (in GB).
    ///
    /// XML element `<QuotaGb>`; JSON `"QuotaGb"`.
    #[serde(
        rename = "QuotaGb",
        alias = "quotaGb",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub quota_gb: Option<i64>,
    /// repeated XML element `<Volume>`; JSON `"Volumes": […]`.
    #[serde(
        rename = "Volumes",
        alias = "Volume",
        alias = "volumes",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub volume: Vec<Volume>,
}
impl crate::runtime::xml::FromXml for HvCloudHardwarePlanVolumesInfoListType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            id: xml::attr(el, "Id")?,
            friendly_name: xml::elem_text(el, "FriendlyName")?,
            volume_path: xml::elem_text(el, "VolumePath")?,
            quota_gb: xml::elem_text(el, "QuotaGb")?,
            volume: xml::elems(el, "Volume")?,
        })
    }
}
impl crate::runtime::xml::ToXml for HvCloudHardwarePlanVolumesInfoListType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Id", &self.id);
        w.elem_text("FriendlyName", &self.friendly_name);
        w.elem_text("VolumePath", &self.volume_path);
        w.elem_text("QuotaGb", &self.quota_gb);
        w.elems("Volume", &self.volume);
    }
}
/// The `ImmediateBackupCopyJobInfo` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ImmediateBackupCopyJobInfo {
    /// XML `<LinkedJobIncludes><LinkedJobObject/>…</LinkedJobIncludes>`; JSON `"LinkedJobIncludes": {"LinkedJobObjects": […]}`.
    #[serde(
        rename = "LinkedJobIncludes",
        alias = "LinkedJobObject",
        alias = "linkedJobIncludes",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_linked_job_objects"
    )]
    pub linked_job_includes: Option<Vec<LinkedJobObject>>,
    /// XML element `<LinkedBackupIncludes>`; JSON `"LinkedBackupIncludes"`.
    #[serde(
        rename = "LinkedBackupIncludes",
        alias = "linkedBackupIncludes",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub linked_backup_includes: Option<String>,
    /// XML `<LinkedBackupRepositoryIncludes><LinkedBackupRepository/>…</LinkedBackupRepositoryIncludes>`; JSON `"LinkedBackupRepositoryIncludes": {"LinkedBackupRepositories": […]}`.
    #[serde(
        rename = "LinkedBackupRepositoryIncludes",
        alias = "LinkedBackupRepository",
        alias = "linkedBackupRepositoryIncludes",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_linked_backup_repositories"
    )]
    pub linked_backup_repository_includes: Option<Vec<LinkedBackupRepository>>,
}
impl crate::runtime::xml::FromXml for ImmediateBackupCopyJobInfo {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            linked_job_includes: xml::wrapped(
                el,
                "LinkedJobIncludes",
                "LinkedJobObject",
            )?,
            linked_backup_includes: xml::elem_text(el, "LinkedBackupIncludes")?,
            linked_backup_repository_includes: xml::wrapped(
                el,
                "LinkedBackupRepositoryIncludes",
                "LinkedBackupRepository",
            )?,
        })
    }
}
impl crate::runtime::xml::ToXml for ImmediateBackupCopyJobInfo {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.wrapped("LinkedJobIncludes", "LinkedJobObject", &self.linked_job_includes);
        w.elem_text("LinkedBackupIncludes", &self.linked_backup_includes);
        w.wrapped(
            "LinkedBackupRepositoryIncludes",
            "LinkedBackupRepository",
            &self.linked_backup_repository_includes,
        );
    }
}
/// The `Includes` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Includes {
    /// repeated XML element `<CloudFailoverPlanVm>`; JSON `"CloudFailoverPlanVms": […]`.
    #[serde(
        rename = "CloudFailoverPlanVms",
        alias = "CloudFailoverPlanVm",
        alias = "cloudFailoverPlanVms",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub cloud_failover_plan_vm: Vec<CloudFailoverPlanVm>,
    /// XML element `<Includes>`; JSON `"Includes"`.
    #[serde(
        rename = "Includes",
        alias = "includes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub includes: Option<IncludesIncludes>,
}
impl crate::runtime::xml::FromXml for Includes {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            cloud_failover_plan_vm: xml::elems(el, "CloudFailoverPlanVm")?,
            includes: xml::elem(el, "Includes")?,
        })
    }
}
impl crate::runtime::xml::ToXml for Includes {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CloudFailoverPlanVm", &self.cloud_failover_plan_vm);
        w.elem("Includes", &self.includes);
    }
}
/// 'Includes' of Includes, known only from a JSON sample.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IncludesIncludes {}
impl crate::runtime::xml::FromXml for IncludesIncludes {
    fn from_xml(
        _el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self {})
    }
}
impl crate::runtime::xml::ToXml for IncludesIncludes {
    fn write_xml(&self, _w: &mut crate::runtime::xml::ElementWriter) {}
}
/// The `Interval` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Interval {
    /// XML element `<StartDate>`; JSON `"StartDate"`.
    #[serde(
        rename = "StartDate",
        alias = "startDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub start_date: Option<String>,
    /// XML element `<EndDate>`; JSON `"EndDate"`.
    #[serde(
        rename = "EndDate",
        alias = "endDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub end_date: Option<String>,
    /// XML element `<Rpo>`; JSON `"Rpo"`.
    #[serde(
        rename = "Rpo",
        alias = "rpo",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub rpo: Option<String>,
    /// XML element `<IntervalType>`; JSON `"IntervalType"`.
    #[serde(
        rename = "IntervalType",
        alias = "intervalType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub interval_type: Option<String>,
}
impl crate::runtime::xml::FromXml for Interval {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            start_date: xml::elem_text(el, "StartDate")?,
            end_date: xml::elem_text(el, "EndDate")?,
            rpo: xml::elem_text(el, "Rpo")?,
            interval_type: xml::elem_text(el, "IntervalType")?,
        })
    }
}
impl crate::runtime::xml::ToXml for Interval {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("StartDate", &self.start_date);
        w.elem_text("EndDate", &self.end_date);
        w.elem_text("Rpo", &self.rpo);
        w.elem_text("IntervalType", &self.interval_type);
    }
}
/// The `Items` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Items {
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
    pub links: Option<Vec<Link>>,
    /// XML element `<ReplicaUid>`; JSON `"ReplicaUid"`.
    #[serde(
        rename = "ReplicaUid",
        alias = "replicaUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub replica_uid: Option<String>,
    /// XML element `<VmRef>`; JSON `"VmRef"`.
    #[serde(
        rename = "VmRef",
        alias = "vmRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vm_ref: Option<String>,
}
impl crate::runtime::xml::FromXml for Items {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            replica_uid: xml::elem_text(el, "ReplicaUid")?,
            vm_ref: xml::elem_text(el, "VmRef")?,
        })
    }
}
impl crate::runtime::xml::ToXml for Items {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("ReplicaUid", &self.replica_uid);
        w.elem_text("VmRef", &self.vm_ref);
    }
}
/// Used by GET /jobs/{ID}, PUT /jobs/{ID}?action=edit.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_jobs_id.html>
///
/// XML root element: `<Job>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Job {
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
    /// Name of the job, for example: DC Replication.
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
    /// UID of the job, for example: urn:veeam:Job:da736815-4fea-4c8e-b0e1-5ecdbca1c512.
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
    pub links: Option<Vec<Link>>,
    /// Job type. Possible values: • Backup — backup job • BackupCopy — periodic backup copy job • ImmediateBackupCopy — immediate backup copy job • Replica — replication job
    ///
    /// XML element `<JobType>`; JSON `"JobType"`.
    #[serde(
        rename = "JobType",
        alias = "jobType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub job_type: Option<super::enums::JobJobType>,
    /// Platform for which the job is created. Possible values: • VMware • Hyperv • vCloud
    ///
    /// XML element `<Platform>`; JSON `"Platform"`.
    #[serde(
        rename = "Platform",
        alias = "platform",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform: Option<super::enums::JobPlatform>,
    /// Description of the job specified at the time of the job creation.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub description: Option<String>,
    /// Defines whether scheduling options are specified for the job. Possible values: • True • False
    ///
    /// XML element `<ScheduleConfigured>`; JSON `"ScheduleConfigured"`.
    #[serde(
        rename = "ScheduleConfigured",
        alias = "scheduleConfigured",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub schedule_configured: Option<bool>,
    /// Defines whether schedule is enabled for the job. Possible values: • True • False
    ///
    /// XML element `<ScheduleEnabled>`; JSON `"ScheduleEnabled"`.
    #[serde(
        rename = "ScheduleEnabled",
        alias = "scheduleEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub schedule_enabled: Option<bool>,
    /// Date and time of the next job run. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:31.000000Z. Note that this parameter can be used for scheduled jobs only.
    ///
    /// XML element `<NextRun>`; JSON `"NextRun"`.
    #[serde(
        rename = "NextRun",
        alias = "nextRun",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub next_run: Option<crate::runtime::DateTime>,
    /// Options that define the schedule by which the job runs. For details, see Job Scheduling Options.
    ///
    /// XML element `<JobScheduleOptions>`; JSON `"JobScheduleOptions"`.
    #[serde(
        rename = "JobScheduleOptions",
        alias = "jobScheduleOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub job_schedule_options: Option<ScheduleOptionsInfoType>,
    /// Object that includes one of the following complex objects depending on the job type: • BackupJobInfo • ReplicaJobInfo • BackupCopyJobInfo • ImmediateBackupCopyJobInfo For details, see Job Info.
    ///
    /// XML element `<JobInfo>`; JSON `"JobInfo"`.
    #[serde(
        rename = "JobInfo",
        alias = "jobInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub job_info: Option<JobInfo>,
    /// Defines whether long-term (GFS) retention policy settings are enabled for the job. If you set this option to True, you need to specify GFS retention settings for the job in the GFSRetentionPolicy section of the request.
    ///
    /// XML element `<GfsRetentionPolicy>`; JSON `"GfsRetentionPolicy"`.
    #[serde(
        rename = "GfsRetentionPolicy",
        alias = "gfsRetentionPolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gfs_retention_policy: Option<JobGfsRetentionPolicy>,
    /// Retry options set for the job. For details, see Retry Options.
    ///
    /// XML element `<RetryOptions>`; JSON `"RetryOptions"`.
    #[serde(
        rename = "RetryOptions",
        alias = "retryOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub retry_options: Option<JobScheduleRetryOptionsType>,
    /// This parameter is set for SureBackup and backup copy jobs. Defines whether the job must wait for the backup or replication job to complete.
    ///
    /// XML element `<WaitForBackupCompletion>`; JSON `"WaitForBackupCompletion"`.
    #[serde(
        rename = "WaitForBackupCompletion",
        alias = "waitForBackupCompletion",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub wait_for_backup_completion: Option<bool>,
    /// Time period in minutes for which the job must wait for the backup job to complete.
    ///
    /// XML element `<BackupCompetitionWaitingPeriodMin>`; JSON `"BackupCompetitionWaitingPeriodMin"`.
    #[serde(
        rename = "BackupCompetitionWaitingPeriodMin",
        alias = "backupCompetitionWaitingPeriodMin",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_competition_waiting_period_min: Option<i64>,
    /// Daily backup options set for the job. For details, see Daily Backup Scheduling Options.
    ///
    /// XML element `<OptionsDaily>`; JSON `"OptionsDaily"`.
    #[serde(
        rename = "OptionsDaily",
        alias = "optionsDaily",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub options_daily: Option<JobScheduleDailyOptionsType>,
    /// Monthly backup options set for the job. For details, see Monthly Backup Scheduling Options.
    ///
    /// XML element `<OptionsMonthly>`; JSON `"OptionsMonthly"`.
    #[serde(
        rename = "OptionsMonthly",
        alias = "optionsMonthly",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub options_monthly: Option<JobScheduleMonthlyOptionsType>,
    /// Periodic backup options set for the job. For details, see Periodic Backup Scheduling Options.
    ///
    /// XML element `<OptionsPeriodically>`; JSON `"OptionsPeriodically"`.
    #[serde(
        rename = "OptionsPeriodically",
        alias = "optionsPeriodically",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub options_periodically: Option<JobSchedulePeriodicallyOptionsType>,
    /// Continuous backup options set for the job. For details, see Continuous Backup Scheduling Options.
    ///
    /// XML element `<OptionsContinuous>`; JSON `"OptionsContinuous"`.
    #[serde(
        rename = "OptionsContinuous",
        alias = "optionsContinuous",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub options_continuous: Option<JobScheduleContinuousOptionsType>,
    /// Backup window options set for the job. For details, see Backup Window Options.
    ///
    /// XML element `<OptionsBackupWindow>`; JSON `"OptionsBackupWindow"`.
    #[serde(
        rename = "OptionsBackupWindow",
        alias = "optionsBackupWindow",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub options_backup_window: Option<JobScheduleBackupWindowOptionsType>,
    /// Defines whether backup job chaining is enabled for the job. For details, see Job Chaining Options.
    ///
    /// XML element `<OptionsDaisyChaining>`; JSON `"OptionsDaisyChaining"`.
    #[serde(
        rename = "OptionsDaisyChaining",
        alias = "optionsDaisyChaining",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub options_daisy_chaining: Option<JobScheduleDaisyChainingOptionsType>,
}
impl crate::runtime::xml::FromXml for Job {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            job_type: xml::elem_text(el, "JobType")?,
            platform: xml::elem_text(el, "Platform")?,
            description: xml::elem_text(el, "Description")?,
            schedule_configured: xml::elem_text(el, "ScheduleConfigured")?,
            schedule_enabled: xml::elem_text(el, "ScheduleEnabled")?,
            next_run: xml::elem_text(el, "NextRun")?,
            job_schedule_options: xml::elem(el, "JobScheduleOptions")?,
            job_info: xml::elem(el, "JobInfo")?,
            gfs_retention_policy: xml::elem(el, "GfsRetentionPolicy")?,
            retry_options: xml::elem(el, "RetryOptions")?,
            wait_for_backup_completion: xml::elem_text(el, "WaitForBackupCompletion")?,
            backup_competition_waiting_period_min: xml::elem_text(
                el,
                "BackupCompetitionWaitingPeriodMin",
            )?,
            options_daily: xml::elem(el, "OptionsDaily")?,
            options_monthly: xml::elem(el, "OptionsMonthly")?,
            options_periodically: xml::elem(el, "OptionsPeriodically")?,
            options_continuous: xml::elem(el, "OptionsContinuous")?,
            options_backup_window: xml::elem(el, "OptionsBackupWindow")?,
            options_daisy_chaining: xml::elem(el, "OptionsDaisyChaining")?,
        })
    }
}
impl crate::runtime::xml::ToXml for Job {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("JobType", &self.job_type);
        w.elem_text("Platform", &self.platform);
        w.elem_text("Description", &self.description);
        w.elem_text("ScheduleConfigured", &self.schedule_configured);
        w.elem_text("ScheduleEnabled", &self.schedule_enabled);
        w.elem_text("NextRun", &self.next_run);
        w.elem("JobScheduleOptions", &self.job_schedule_options);
        w.elem("JobInfo", &self.job_info);
        w.elem("GfsRetentionPolicy", &self.gfs_retention_policy);
        w.elem("RetryOptions", &self.retry_options);
        w.elem_text("WaitForBackupCompletion", &self.wait_for_backup_completion);
        w.elem_text(
            "BackupCompetitionWaitingPeriodMin",
            &self.backup_competition_waiting_period_min,
        );
        w.elem("OptionsDaily", &self.options_daily);
        w.elem("OptionsMonthly", &self.options_monthly);
        w.elem("OptionsPeriodically", &self.options_periodically);
        w.elem("OptionsContinuous", &self.options_continuous);
        w.elem("OptionsBackupWindow", &self.options_backup_window);
        w.elem("OptionsDaisyChaining", &self.options_daisy_chaining);
    }
}
/// Used by POST /jobs/{ID}?action=clone.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_jobs_id_actionclone.html>
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct JobCloneSpec {
    /// Name of the new cloned job. The name must be up to 50 characters long.
    ///
    /// XML element `<JobName>`; JSON `"JobName"`.
    #[serde(
        rename = "JobName",
        alias = "jobName",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub job_name: String,
    /// Name of the backup file that will be created by the cloned job.
    ///
    /// XML element `<FolderName>`; JSON `"FolderName"`.
    #[serde(
        rename = "FolderName",
        alias = "folderName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub folder_name: Option<String>,
    /// Name of the backup file that will be created by the cloned job.
    ///
    /// XML element `<JobFileName>`; JSON `"JobFileName"`.
    #[serde(
        rename = "JobFileName",
        alias = "jobFileName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub job_file_name: Option<String>,
    /// UID of the backup repository in which the backup file will be created.
    ///
    /// XML element `<RepositoryUid>`; JSON `"RepositoryUid"`.
    #[serde(
        rename = "RepositoryUid",
        alias = "repositoryUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub repository_uid: Option<crate::runtime::Uid>,
    /// Suffix for the name of a VM replica created by the cloned job.
    ///
    /// XML element `<VmSuffix>`; JSON `"VmSuffix"`.
    #[serde(
        rename = "VmSuffix",
        alias = "vmSuffix",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vm_suffix: Option<String>,
    /// Description for the cloned job.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub description: Option<String>,
}
impl crate::runtime::xml::FromXml for JobCloneSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            job_name: xml::elem_text(el, "JobName")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("JobName"))?,
            folder_name: xml::elem_text(el, "FolderName")?,
            job_file_name: xml::elem_text(el, "JobFileName")?,
            repository_uid: xml::elem_text(el, "RepositoryUid")?,
            vm_suffix: xml::elem_text(el, "VmSuffix")?,
            description: xml::elem_text(el, "Description")?,
        })
    }
}
impl crate::runtime::xml::ToXml for JobCloneSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("JobName", &self.job_name);
        w.elem_text("FolderName", &self.folder_name);
        w.elem_text("JobFileName", &self.job_file_name);
        w.elem_text("RepositoryUid", &self.repository_uid);
        w.elem_text("VmSuffix", &self.vm_suffix);
        w.elem_text("Description", &self.description);
    }
}
/// 'GfsRetentionPolicy' of Job, known only from a JSON sample.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct JobGfsRetentionPolicy {
    /// XML element `<Enabled>`; JSON `"Enabled"`.
    #[serde(
        rename = "Enabled",
        alias = "enabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub enabled: Option<String>,
    /// XML element `<Monthly>`; JSON `"Monthly"`.
    #[serde(
        rename = "Monthly",
        alias = "monthly",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub monthly: Option<JobGfsRetentionPolicyMonthly>,
    /// XML element `<Weekly>`; JSON `"Weekly"`.
    #[serde(
        rename = "Weekly",
        alias = "weekly",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub weekly: Option<JobGfsRetentionPolicyWeekly>,
    /// XML element `<Yearly>`; JSON `"Yearly"`.
    #[serde(
        rename = "Yearly",
        alias = "yearly",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub yearly: Option<JobGfsRetentionPolicyYearly>,
}
impl crate::runtime::xml::FromXml for JobGfsRetentionPolicy {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::elem_text(el, "Enabled")?,
            monthly: xml::elem(el, "Monthly")?,
            weekly: xml::elem(el, "Weekly")?,
            yearly: xml::elem(el, "Yearly")?,
        })
    }
}
impl crate::runtime::xml::ToXml for JobGfsRetentionPolicy {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem("Monthly", &self.monthly);
        w.elem("Weekly", &self.weekly);
        w.elem("Yearly", &self.yearly);
    }
}
/// 'Monthly' of JobGfsRetentionPolicy, known only from a JSON sample.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct JobGfsRetentionPolicyMonthly {
    /// XML element `<Enabled>`; JSON `"Enabled"`.
    #[serde(
        rename = "Enabled",
        alias = "enabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub enabled: Option<String>,
    /// XML element `<RetentionPeriod>`; JSON `"RetentionPeriod"`.
    #[serde(
        rename = "RetentionPeriod",
        alias = "retentionPeriod",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub retention_period: Option<String>,
    /// XML element `<SelectedWeek>`; JSON `"SelectedWeek"`.
    #[serde(
        rename = "SelectedWeek",
        alias = "selectedWeek",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub selected_week: Option<String>,
}
impl crate::runtime::xml::FromXml for JobGfsRetentionPolicyMonthly {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::elem_text(el, "Enabled")?,
            retention_period: xml::elem_text(el, "RetentionPeriod")?,
            selected_week: xml::elem_text(el, "SelectedWeek")?,
        })
    }
}
impl crate::runtime::xml::ToXml for JobGfsRetentionPolicyMonthly {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("RetentionPeriod", &self.retention_period);
        w.elem_text("SelectedWeek", &self.selected_week);
    }
}
/// 'Weekly' of JobGfsRetentionPolicy, known only from a JSON sample.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct JobGfsRetentionPolicyWeekly {
    /// XML element `<Enabled>`; JSON `"Enabled"`.
    #[serde(
        rename = "Enabled",
        alias = "enabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub enabled: Option<String>,
    /// XML element `<RetentionPeriod>`; JSON `"RetentionPeriod"`.
    #[serde(
        rename = "RetentionPeriod",
        alias = "retentionPeriod",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub retention_period: Option<String>,
    /// XML element `<SelectedDay>`; JSON `"SelectedDay"`.
    #[serde(
        rename = "SelectedDay",
        alias = "selectedDay",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub selected_day: Option<String>,
}
impl crate::runtime::xml::FromXml for JobGfsRetentionPolicyWeekly {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::elem_text(el, "Enabled")?,
            retention_period: xml::elem_text(el, "RetentionPeriod")?,
            selected_day: xml::elem_text(el, "SelectedDay")?,
        })
    }
}
impl crate::runtime::xml::ToXml for JobGfsRetentionPolicyWeekly {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("RetentionPeriod", &self.retention_period);
        w.elem_text("SelectedDay", &self.selected_day);
    }
}
/// 'Yearly' of JobGfsRetentionPolicy, known only from a JSON sample.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct JobGfsRetentionPolicyYearly {
    /// XML element `<Enabled>`; JSON `"Enabled"`.
    #[serde(
        rename = "Enabled",
        alias = "enabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub enabled: Option<String>,
    /// XML element `<RetentionPeriod>`; JSON `"RetentionPeriod"`.
    #[serde(
        rename = "RetentionPeriod",
        alias = "retentionPeriod",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub retention_period: Option<String>,
    /// XML element `<SelectedMonth>`; JSON `"SelectedMonth"`.
    #[serde(
        rename = "SelectedMonth",
        alias = "selectedMonth",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub selected_month: Option<String>,
}
impl crate::runtime::xml::FromXml for JobGfsRetentionPolicyYearly {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::elem_text(el, "Enabled")?,
            retention_period: xml::elem_text(el, "RetentionPeriod")?,
            selected_month: xml::elem_text(el, "SelectedMonth")?,
        })
    }
}
impl crate::runtime::xml::ToXml for JobGfsRetentionPolicyYearly {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("RetentionPeriod", &self.retention_period);
        w.elem_text("SelectedMonth", &self.selected_month);
    }
}
/// The `JobInfo` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct JobInfo {
    /// XML `<Includes><ObjectInAgentBackupJob/>…</Includes>`; JSON `"Includes": {"ObjectInAgentBackupJobs": […]}`.
    #[serde(
        rename = "Includes",
        alias = "ObjectInAgentBackupJob",
        alias = "includes",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_object_in_agent_backup_jobs"
    )]
    pub includes: Option<Vec<ObjectInAgentBackupJob>>,
    /// XML element `<GuestProcessingOptions>`; JSON `"GuestProcessingOptions"`.
    #[serde(
        rename = "GuestProcessingOptions",
        alias = "guestProcessingOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub guest_processing_options: Option<GuestProcessingOptions>,
    /// XML element `<GfsRetentionPolicy>`; JSON `"GfsRetentionPolicy"`.
    #[serde(
        rename = "GfsRetentionPolicy",
        alias = "gfsRetentionPolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gfs_retention_policy: Option<GfsRetentionPolicy>,
    /// XML element `<SimpleRetentionPolicy>`; JSON `"SimpleRetentionPolicy"`.
    #[serde(
        rename = "SimpleRetentionPolicy",
        alias = "simpleRetentionPolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub simple_retention_policy: Option<SimpleRetentionPolicy>,
    /// XML element `<ImmediateBackupCopyJobInfo>`; JSON `"ImmediateBackupCopyJobInfo"`.
    #[serde(
        rename = "ImmediateBackupCopyJobInfo",
        alias = "immediateBackupCopyJobInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub immediate_backup_copy_job_info: Option<ImmediateBackupCopyJobInfo>,
    /// XML element `<BackupJobInfo>`; JSON `"BackupJobInfo"`.
    #[serde(
        rename = "BackupJobInfo",
        alias = "backupJobInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub backup_job_info: Option<BackupJobInfo>,
}
impl crate::runtime::xml::FromXml for JobInfo {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            includes: xml::wrapped(el, "Includes", "ObjectInAgentBackupJob")?,
            guest_processing_options: xml::elem(el, "GuestProcessingOptions")?,
            gfs_retention_policy: xml::elem(el, "GfsRetentionPolicy")?,
            simple_retention_policy: xml::elem(el, "SimpleRetentionPolicy")?,
            immediate_backup_copy_job_info: xml::elem(el, "ImmediateBackupCopyJobInfo")?,
            backup_job_info: xml::elem(el, "BackupJobInfo")?,
        })
    }
}
impl crate::runtime::xml::ToXml for JobInfo {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.wrapped("Includes", "ObjectInAgentBackupJob", &self.includes);
        w.elem("GuestProcessingOptions", &self.guest_processing_options);
        w.elem("GfsRetentionPolicy", &self.gfs_retention_policy);
        w.elem("SimpleRetentionPolicy", &self.simple_retention_policy);
        w.elem("ImmediateBackupCopyJobInfo", &self.immediate_backup_copy_job_info);
        w.elem("BackupJobInfo", &self.backup_job_info);
    }
}
/// Used by GET /agents/jobs/{ID}, PUT /jobs/{ID}?action=edit.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/jobscheduleoptions.html>
///
/// XML root element: `<OptionsBackupWindow>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct JobScheduleBackupWindowOptionsType {
    /// Defines whether backup window options are specified for the job.
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
    /// Defines an hourly scheme for the backup window. The scheduling scheme is constructed by the following pattern: &lt;Day Name ="Sunday"&gt; 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1&lt;/Day&gt; where 1 means the job must be started, 0 means the job must not be started.
    ///
    /// XML `<TimePeriods><Day/>…</TimePeriods>`; JSON `"TimePeriods": {"Days": […]}`.
    #[serde(
        rename = "TimePeriods",
        alias = "Day",
        alias = "timePeriods",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_days"
    )]
    pub time_periods: Option<Vec<Day>>,
}
impl crate::runtime::xml::FromXml for JobScheduleBackupWindowOptionsType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            time_periods: xml::wrapped(el, "TimePeriods", "Day")?,
        })
    }
}
impl crate::runtime::xml::ToXml for JobScheduleBackupWindowOptionsType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.wrapped("TimePeriods", "Day", &self.time_periods);
    }
}
/// Used by GET /agents/jobs/{ID}, PUT /jobs/{ID}?action=edit.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/jobscheduleoptions.html>
///
/// XML root element: `<OptionsContinuous>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct JobScheduleContinuousOptionsType {
    /// Defines whether continuous scheduling options are specified for the job.
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
    /// Defines an hourly scheme by which the job can continuously perform. The scheduling scheme is constructed by the following pattern: &lt;Day Name ="Sunday"&gt; 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1&lt;/Day&gt; where 1 means the job must be started, 0 means the job must not be started.
    ///
    /// XML `<Schedule><Day/>…</Schedule>`; JSON `"Schedule": {"Days": […]}`.
    #[serde(
        rename = "Schedule",
        alias = "Day",
        alias = "schedule",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_days"
    )]
    pub schedule: Option<Vec<Day>>,
}
impl crate::runtime::xml::FromXml for JobScheduleContinuousOptionsType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            schedule: xml::wrapped(el, "Schedule", "Day")?,
        })
    }
}
impl crate::runtime::xml::ToXml for JobScheduleContinuousOptionsType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.wrapped("Schedule", "Day", &self.schedule);
    }
}
/// Used by GET /agents/jobs/{ID}, PUT /jobs/{ID}?action=edit.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/jobscheduleoptions.html>
///
/// XML root element: `<OptionsDaily>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct JobScheduleDailyOptionsType {
    /// Defines whether daily scheduling options are specified for the job.
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
    /// Kind of daily scheduling scheme. Possible values: • Everyday • WeekDays • SelectedDays
    ///
    /// XML element `<Kind>`; JSON `"Kind"`.
    #[serde(
        rename = "Kind",
        alias = "kind",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub kind: Option<super::enums::JobScheduleDailyOptionsTypeKind>,
    /// Days on which the job must be launched. Possible values: • Sunday • Monday • Tuesday • Wednesday • Thursday • Friday • Saturday
    ///
    /// repeated XML element `<Days>`; JSON `"Days": […]`.
    #[serde(
        rename = "Days",
        alias = "days",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub days: Vec<super::enums::DaysOfWeekEnumeration>,
    /// Daily time interval within which the job session should be completed.
    ///
    /// XML element `<Time>`; JSON `"Time"`.
    #[serde(
        rename = "Time",
        alias = "time",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub time: Option<String>,
    /// UTC offset.
    ///
    /// XML element `<TimeOffsetUtc>`; JSON `"TimeOffsetUtc"`.
    #[serde(
        rename = "TimeOffsetUtc",
        alias = "timeOffsetUtc",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub time_offset_utc: Option<String>,
}
impl crate::runtime::xml::FromXml for JobScheduleDailyOptionsType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            kind: xml::elem_text(el, "Kind")?,
            days: xml::elems_text(el, "Days")?,
            time: xml::elem_text(el, "Time")?,
            time_offset_utc: xml::elem_text(el, "TimeOffsetUtc")?,
        })
    }
}
impl crate::runtime::xml::ToXml for JobScheduleDailyOptionsType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.elem_text("Kind", &self.kind);
        w.elems_text("Days", &self.days);
        w.elem_text("Time", &self.time);
        w.elem_text("TimeOffsetUtc", &self.time_offset_utc);
    }
}
/// Used by GET /agents/jobs/{ID}, PUT /jobs/{ID}?action=edit.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/jobscheduleoptions.html>
///
/// XML root element: `<OptionsDaisyChaining>`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct JobScheduleDaisyChainingOptionsType {
    /// Defines whether job chaining is enabled.
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
    /// UID of the previous job in the chain, for example: urn:veeam:Job:da736815-4fea-4c8e-b0e1-5ecdbca1c512.
    ///
    /// XML element `<PreviousJobUid>`; JSON `"PreviousJobUid"`.
    #[serde(
        rename = "PreviousJobUid",
        alias = "previousJobUid",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub previous_job_uid: crate::runtime::Uid,
}
impl crate::runtime::xml::FromXml for JobScheduleDaisyChainingOptionsType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            previous_job_uid: xml::elem_text(el, "PreviousJobUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("PreviousJobUid"))?,
        })
    }
}
impl crate::runtime::xml::ToXml for JobScheduleDaisyChainingOptionsType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.elem_text_req("PreviousJobUid", &self.previous_job_uid);
    }
}
/// Used by GET /agents/jobs/{ID}, PUT /jobs/{ID}?action=edit.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/jobscheduleoptions.html>
///
/// XML root element: `<OptionsMonthly>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct JobScheduleMonthlyOptionsType {
    /// Defines whether monthly scheduling options are specified for the job.
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
    /// Daily time interval within which the job session should be completed.
    ///
    /// XML element `<Time>`; JSON `"Time"`.
    #[serde(
        rename = "Time",
        alias = "time",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub time: Option<String>,
    /// UTC offset.
    ///
    /// XML element `<TimeOffsetUtc>`; JSON `"TimeOffsetUtc"`.
    #[serde(
        rename = "TimeOffsetUtc",
        alias = "timeOffsetUtc",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub time_offset_utc: Option<String>,
    /// Day in month on which the backup job must be launched.
    ///
    /// XML element `<DayNumberInMonth>`; JSON `"DayNumberInMonth"`.
    #[serde(
        rename = "DayNumberInMonth",
        alias = "dayNumberInMonth",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub day_number_in_month: Option<String>,
    /// Days on which the job must be launched. Possible values: • Sunday • Monday • Tuesday • Wednesday • Thursday • Friday • Saturday
    ///
    /// repeated XML element `<DayOfWeek>`; JSON `"DayOfWeek": […]`.
    #[serde(
        rename = "DayOfWeek",
        alias = "dayOfWeek",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub day_of_week: Vec<super::enums::JobScheduleMonthlyOptionsTypeDayOfWeek>,
    /// Months on which the job must be launched. Possible values: • January • February • March • April • May • June • July • August • September • October • November • December
    ///
    /// repeated XML element `<Months>`; JSON `"Months": […]`.
    #[serde(
        rename = "Months",
        alias = "months",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub months: Vec<super::enums::JobScheduleMonthEnumeration>,
}
impl crate::runtime::xml::FromXml for JobScheduleMonthlyOptionsType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            time: xml::elem_text(el, "Time")?,
            time_offset_utc: xml::elem_text(el, "TimeOffsetUtc")?,
            day_number_in_month: xml::elem_text(el, "DayNumberInMonth")?,
            day_of_week: xml::elems_text(el, "DayOfWeek")?,
            months: xml::elems_text(el, "Months")?,
        })
    }
}
impl crate::runtime::xml::ToXml for JobScheduleMonthlyOptionsType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.elem_text("Time", &self.time);
        w.elem_text("TimeOffsetUtc", &self.time_offset_utc);
        w.elem_text("DayNumberInMonth", &self.day_number_in_month);
        w.elems_text("DayOfWeek", &self.day_of_week);
        w.elems_text("Months", &self.months);
    }
}
/// Used by GET /agents/jobs/{ID}, PUT /jobs/{ID}?action=edit.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/jobscheduleoptions.html>
///
/// XML root element: `<OptionsPeriodically>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct JobSchedulePeriodicallyOptionsType {
    /// Defines whether periodic scheduling options are specified for the job.
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
    /// Defines the time unit for periodic job scheduling. Possible values: • Hours • Minutes
    ///
    /// XML element `<Kind>`; JSON `"Kind"`.
    #[serde(
        rename = "Kind",
        alias = "kind",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub kind: Option<super::enums::JobSchedulePeriodicallyOptionsTypeKind>,
    /// Defines periodic cycles (in hours or minutes depending on the value of the Kind element) in which the job must be launched. • The hours value must be between 1 and 24 • The minutes value must be between 1 and 60
    ///
    /// XML element `<FullPeriod>`; JSON `"FullPeriod"`.
    #[serde(
        rename = "FullPeriod",
        alias = "fullPeriod",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub full_period: Option<i64>,
    /// Defines an hourly scheme by which the job must be launched. The scheduling scheme is constructed by the following pattern: &lt;Day Name ="Sunday"&gt; 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1&lt;/Day&gt; where 1 means the job must be started, 0 means the job must not be started.
    ///
    /// XML `<Schedule><Day/>…</Schedule>`; JSON `"Schedule": {"Days": […]}`.
    #[serde(
        rename = "Schedule",
        alias = "Day",
        alias = "schedule",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_days"
    )]
    pub schedule: Option<Vec<Day>>,
}
impl crate::runtime::xml::FromXml for JobSchedulePeriodicallyOptionsType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            kind: xml::elem_text(el, "Kind")?,
            full_period: xml::elem_text(el, "FullPeriod")?,
            schedule: xml::wrapped(el, "Schedule", "Day")?,
        })
    }
}
impl crate::runtime::xml::ToXml for JobSchedulePeriodicallyOptionsType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.elem_text("Kind", &self.kind);
        w.elem_text("FullPeriod", &self.full_period);
        w.wrapped("Schedule", "Day", &self.schedule);
    }
}
/// Used by GET /agents/jobs/{ID}, PUT /jobs/{ID}?action=edit.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/jobscheduleoptions.html>
///
/// XML root element: `<RetryOptions>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct JobScheduleRetryOptionsType {
    /// Number of retries set for the job.
    ///
    /// XML element `<RetryTimes>`; JSON `"RetryTimes"`.
    #[serde(
        rename = "RetryTimes",
        alias = "retryTimes",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub retry_times: Option<i64>,
    /// Time interval between job retries
    ///
    /// XML element `<RetryTimeout>`; JSON `"RetryTimeout"`.
    #[serde(
        rename = "RetryTimeout",
        alias = "retryTimeout",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub retry_timeout: Option<i64>,
    /// Defines whether retry options are set for the job.
    ///
    /// XML element `<RetrySpecified>`; JSON `"RetrySpecified"`.
    #[serde(
        rename = "RetrySpecified",
        alias = "retrySpecified",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub retry_specified: Option<bool>,
}
impl crate::runtime::xml::FromXml for JobScheduleRetryOptionsType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            retry_times: xml::elem_text(el, "RetryTimes")?,
            retry_timeout: xml::elem_text(el, "RetryTimeout")?,
            retry_specified: xml::elem_text(el, "RetrySpecified")?,
        })
    }
}
impl crate::runtime::xml::ToXml for JobScheduleRetryOptionsType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("RetryTimes", &self.retry_times);
        w.elem_text("RetryTimeout", &self.retry_timeout);
        w.elem_text("RetrySpecified", &self.retry_specified);
    }
}
/// The `JobSettings` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct JobSettings {
    /// XML element `<DefaultSettings>`; JSON `"DefaultSettings"`.
    #[serde(
        rename = "DefaultSettings",
        alias = "defaultSettings",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub default_settings: Option<String>,
    /// XML element `<JobSchedulerType>`; JSON `"JobSchedulerType"`.
    #[serde(
        rename = "JobSchedulerType",
        alias = "jobSchedulerType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub job_scheduler_type: Option<String>,
    /// XML element `<HighPriorityJob>`; JSON `"HighPriorityJob"`.
    #[serde(
        rename = "HighPriorityJob",
        alias = "highPriorityJob",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub high_priority_job: Option<String>,
    /// XML element `<CustomSettings>`; JSON `"CustomSettings"`.
    #[serde(
        rename = "CustomSettings",
        alias = "customSettings",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub custom_settings: Option<String>,
    /// XML element `<TemplateJobUid>`; JSON `"TemplateJobUid"`.
    #[serde(
        rename = "TemplateJobUid",
        alias = "templateJobUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub template_job_uid: Option<String>,
}
impl crate::runtime::xml::FromXml for JobSettings {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            default_settings: xml::elem_text(el, "DefaultSettings")?,
            job_scheduler_type: xml::elem_text(el, "JobSchedulerType")?,
            high_priority_job: xml::elem_text(el, "HighPriorityJob")?,
            custom_settings: xml::elem_text(el, "CustomSettings")?,
            template_job_uid: xml::elem_text(el, "TemplateJobUid")?,
        })
    }
}
impl crate::runtime::xml::ToXml for JobSettings {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("DefaultSettings", &self.default_settings);
        w.elem_text("JobSchedulerType", &self.job_scheduler_type);
        w.elem_text("HighPriorityJob", &self.high_priority_job);
        w.elem_text("CustomSettings", &self.custom_settings);
        w.elem_text("TemplateJobUid", &self.template_job_uid);
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
        })
    }
}
impl crate::runtime::xml::ToXml for Link {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Rel", &self.rel);
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
    }
}
/// The `LinkedBackupRepository` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct LinkedBackupRepository {
    /// XML element `<ObjectInJobId>`; JSON `"ObjectInJobId"`.
    #[serde(
        rename = "ObjectInJobId",
        alias = "objectInJobId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub object_in_job_id: Option<String>,
    /// XML element `<LinkedBackupRepositoryUid>`; JSON `"LinkedBackupRepositoryUid"`.
    #[serde(
        rename = "LinkedBackupRepositoryUid",
        alias = "linkedBackupRepositoryUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub linked_backup_repository_uid: Option<String>,
}
impl crate::runtime::xml::FromXml for LinkedBackupRepository {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            object_in_job_id: xml::elem_text(el, "ObjectInJobId")?,
            linked_backup_repository_uid: xml::elem_text(
                el,
                "LinkedBackupRepositoryUid",
            )?,
        })
    }
}
impl crate::runtime::xml::ToXml for LinkedBackupRepository {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("ObjectInJobId", &self.object_in_job_id);
        w.elem_text("LinkedBackupRepositoryUid", &self.linked_backup_repository_uid);
    }
}
/// The `LinkedJobObject` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct LinkedJobObject {
    /// XML element `<ObjectInJobId>`; JSON `"ObjectInJobId"`.
    #[serde(
        rename = "ObjectInJobId",
        alias = "objectInJobId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub object_in_job_id: Option<String>,
    /// XML element `<LinkedJobUid>`; JSON `"LinkedJobUid"`.
    #[serde(
        rename = "LinkedJobUid",
        alias = "linkedJobUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub linked_job_uid: Option<String>,
}
impl crate::runtime::xml::FromXml for LinkedJobObject {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            object_in_job_id: xml::elem_text(el, "ObjectInJobId")?,
            linked_job_uid: xml::elem_text(el, "LinkedJobUid")?,
        })
    }
}
impl crate::runtime::xml::ToXml for LinkedJobObject {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("ObjectInJobId", &self.object_in_job_id);
        w.elem_text("LinkedJobUid", &self.linked_job_uid);
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
        skip_serializing_if = "Vec::is_empty"
    )]
    pub included_indexing_folders: Vec<String>,
    /// XML `<ExcludedIndexingFolders><Path/>…</ExcludedIndexingFolders>`; JSON `"ExcludedIndexingFolders": […]`.
    #[serde(
        rename = "ExcludedIndexingFolders",
        alias = "Path",
        alias = "excludedIndexingFolders",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub excluded_indexing_folders: Option<Vec<String>>,
}
impl crate::runtime::xml::FromXml for LinuxGuestFsIndexingOptions {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            file_system_indexing_mode: xml::elem_text(el, "FileSystemIndexingMode")?,
            included_indexing_folders: xml::elems_text(el, "IncludedIndexingFolders")?,
            excluded_indexing_folders: xml::wrapped_text(
                el,
                "ExcludedIndexingFolders",
                "Path",
            )?,
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
            &self.excluded_indexing_folders,
        );
    }
}
/// Used by GET /logonSessions/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_loginsessions_id.html>
#[derive(Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct LogonSession {
    /// User name of the account used for the logon session, for example: ENTERPRISE04\\Administrator.
    ///
    /// XML element `<UserName>`; JSON `"UserName"`.
    #[serde(
        rename = "UserName",
        alias = "userName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub user_name: Option<String>,
    /// Id of the logon session, for example: d7e68afd-cc15-4b1a-bd30-51eb309a1dab.
    ///
    /// XML element `<SessionId>`; JSON `"SessionId"`.
    #[serde(
        rename = "SessionId",
        alias = "sessionId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub session_id: Option<String>,
}
impl std::fmt::Debug for LogonSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LogonSession")
            .field("user_name", &self.user_name)
            .field("session_id", &"<redacted>")
            .finish()
    }
}
impl crate::runtime::xml::FromXml for LogonSession {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            user_name: xml::elem_text(el, "UserName")?,
            session_id: xml::elem_text(el, "SessionId")?,
        })
    }
}
impl crate::runtime::xml::ToXml for LogonSession {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("UserName", &self.user_name);
        w.elem_text("SessionId", &self.session_id);
    }
}
/// The `LongTermRetentionSchedule` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct LongTermRetentionSchedule {
    /// XML attribute `Enabled`; JSON `"Enabled"`.
    #[serde(
        rename = "Enabled",
        alias = "enabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub enabled: Option<String>,
    /// XML `<TimePeriods><Day/>…</TimePeriods>`; JSON `"TimePeriods": {"Days": […]}`.
    #[serde(
        rename = "TimePeriods",
        alias = "Day",
        alias = "timePeriods",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_days"
    )]
    pub time_periods: Option<Vec<Day>>,
}
impl crate::runtime::xml::FromXml for LongTermRetentionSchedule {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            time_periods: xml::wrapped(el, "TimePeriods", "Day")?,
        })
    }
}
impl crate::runtime::xml::ToXml for LongTermRetentionSchedule {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.wrapped("TimePeriods", "Day", &self.time_periods);
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
    pub time_periods: Option<Vec<Day>>,
}
impl crate::runtime::xml::FromXml for LongTermRetentionScheduleType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            schedule: xml::elem_text(el, "Schedule")?,
            time_periods: xml::wrapped(el, "TimePeriods", "Day")?,
        })
    }
}
impl crate::runtime::xml::ToXml for LongTermRetentionScheduleType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.elem_text("Schedule", &self.schedule);
        w.wrapped("TimePeriods", "Day", &self.time_periods);
    }
}
/// Used by GET /managedServers/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_managedservers_id.html>
///
/// XML root element: `<ManagedServer>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ManagedServer {
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
    /// Full DNS name or IP address of the server connected to Veeam Backup & Replication, for example: 172.16.1.102.
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
    /// UID of the server connected to Veeam Backup & Replication, for example: urn:veeam:ManagedServer:15942270-fb56-4dcc-96e9-5f80e4725a15.
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
    pub links: Option<Vec<Link>>,
    /// Description specified for the server in Veeam Backup & Replication.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub description: Option<String>,
    /// Type of the server connected to Veeam Backup & Replication. Possible values: • ESX • VC • Linux • Local • Windows • ESXi • HvServer • HvCluster • Scvmm • BackupServer • SanHost • SmbServer • SmbCluster • VcdSystem • Cloud • AzureWinServer • VmSnapshotStorageHost • ConfigurationService • ExternalInfrastructureProxy • NdmpServer • ExternalInfrastructureServer
    ///
    /// XML element `<ManagedServerType>`; JSON `"ManagedServerType"`.
    #[serde(
        rename = "ManagedServerType",
        alias = "managedServerType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_server_type: Option<super::enums::ManagedServerManagedServerType>,
}
impl crate::runtime::xml::FromXml for ManagedServer {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            description: xml::elem_text(el, "Description")?,
            managed_server_type: xml::elem_text(el, "ManagedServerType")?,
        })
    }
}
impl crate::runtime::xml::ToXml for ManagedServer {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("Description", &self.description);
        w.elem_text("ManagedServerType", &self.managed_server_type);
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
        })
    }
}
impl crate::runtime::xml::ToXml for ManualIpAddressSettingsInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("IpAddress", &self.ip_address);
        w.elem_text("SubnetMask", &self.subnet_mask);
        w.elem_text("DefaultGateway", &self.default_gateway);
    }
}
/// The `MarkAsFailed` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MarkAsFailed {
    /// XML element `<Enabled>`; JSON `"Enabled"`.
    #[serde(
        rename = "Enabled",
        alias = "enabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub enabled: Option<String>,
    /// XML element `<RPOThresholdSeconds>`; JSON `"RPOThresholdSeconds"`.
    #[serde(
        rename = "RPOThresholdSeconds",
        alias = "rPOThresholdSeconds",
        alias = "rpoThresholdSeconds",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub rpo_threshold_seconds: Option<String>,
    /// XML element `<RPOThresholdMinutes>`; JSON `"RPOThresholdMinutes"`.
    #[serde(
        rename = "RPOThresholdMinutes",
        alias = "rPOThresholdMinutes",
        alias = "rpoThresholdMinutes",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub rpo_threshold_minutes: Option<String>,
}
impl crate::runtime::xml::FromXml for MarkAsFailed {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::elem_text(el, "Enabled")?,
            rpo_threshold_seconds: xml::elem_text(el, "RPOThresholdSeconds")?,
            rpo_threshold_minutes: xml::elem_text(el, "RPOThresholdMinutes")?,
        })
    }
}
impl crate::runtime::xml::ToXml for MarkAsFailed {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("RPOThresholdSeconds", &self.rpo_threshold_seconds);
        w.elem_text("RPOThresholdMinutes", &self.rpo_threshold_minutes);
    }
}
/// The `MarkAsWarning` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MarkAsWarning {
    /// XML element `<Enabled>`; JSON `"Enabled"`.
    #[serde(
        rename = "Enabled",
        alias = "enabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub enabled: Option<String>,
    /// XML element `<RPOThresholdSeconds>`; JSON `"RPOThresholdSeconds"`.
    #[serde(
        rename = "RPOThresholdSeconds",
        alias = "rPOThresholdSeconds",
        alias = "rpoThresholdSeconds",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub rpo_threshold_seconds: Option<String>,
    /// XML element `<RPOThresholdMinutes>`; JSON `"RPOThresholdMinutes"`.
    #[serde(
        rename = "RPOThresholdMinutes",
        alias = "rPOThresholdMinutes",
        alias = "rpoThresholdMinutes",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub rpo_threshold_minutes: Option<String>,
}
impl crate::runtime::xml::FromXml for MarkAsWarning {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::elem_text(el, "Enabled")?,
            rpo_threshold_seconds: xml::elem_text(el, "RPOThresholdSeconds")?,
            rpo_threshold_minutes: xml::elem_text(el, "RPOThresholdMinutes")?,
        })
    }
}
impl crate::runtime::xml::ToXml for MarkAsWarning {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("RPOThresholdSeconds", &self.rpo_threshold_seconds);
        w.elem_text("RPOThresholdMinutes", &self.rpo_threshold_minutes);
    }
}
/// Used by GET /agents/jobs/{ID}, PUT /jobs/{ID}?action=edit.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/jobscheduleoptions.html>
///
/// XML root element: `<Monthly>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MonthlyOptionsInfoType {
    /// Defines whether monthly GFS retention policy settings are enabled.
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
    /// Number of months to keep full backups for archival purposes.
    ///
    /// XML element `<Retentionperiod>`; JSON `"Retentionperiod"`.
    #[serde(
        rename = "Retentionperiod",
        alias = "retentionperiod",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub retentionperiod: Option<i64>,
    /// Number of months to keep full backups for archival purposes.
    ///
    /// XML element `<RetentionPeriod>`; JSON `"RetentionPeriod"`.
    #[serde(
        rename = "RetentionPeriod",
        alias = "retentionPeriod",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub retention_period: Option<i64>,
    /// Week of the month when the full backup that will be kept for archival purposes is created. Possible values: • First • Last
    ///
    /// XML element `<SelectedWeek>`; JSON `"SelectedWeek"`.
    #[serde(
        rename = "SelectedWeek",
        alias = "selectedWeek",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub selected_week: Option<super::enums::MonthlyOptionsInfoTypeSelectedWeek>,
}
impl crate::runtime::xml::FromXml for MonthlyOptionsInfoType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::elem_text(el, "Enabled")?,
            retentionperiod: xml::elem_text(el, "Retentionperiod")?,
            retention_period: xml::elem_text(el, "RetentionPeriod")?,
            selected_week: xml::elem_text(el, "SelectedWeek")?,
        })
    }
}
impl crate::runtime::xml::ToXml for MonthlyOptionsInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("Retentionperiod", &self.retentionperiod);
        w.elem_text("RetentionPeriod", &self.retention_period);
        w.elem_text("SelectedWeek", &self.selected_week);
    }
}
/// Used by GET /nas/jobs/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs_id.html>
///
/// XML root element: `<NASJob>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct NasJob {
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
    /// Name of the file share backup job, for example: Shared Files Backup.
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
    /// UID of the file share backup job, for example: urn:veeam:NasJob:93dfbb3e-f420-45cf-addc-4ee9297113f2.
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
    pub links: Option<Vec<Link>>,
    /// Description of the file share backup job.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub description: Option<String>,
    /// Includes a list of file shares processed by the job. For details, see GET /nas/jobs/{ID}/includes.
    ///
    /// XML `<Includes><NASObject/>…</Includes>`; JSON `"Includes": {"NASObjects": […]}`.
    #[serde(
        rename = "Includes",
        alias = "NASObject",
        alias = "includes",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_nas_objects"
    )]
    pub includes: Option<Vec<NasObject>>,
    /// Defines backup and archive repositories where the file share backup job must store backup files, and settings for moving files and folders to these repositories. For details, see Storage Options.
    ///
    /// XML element `<StorageOptions>`; JSON `"StorageOptions"`.
    #[serde(
        rename = "StorageOptions",
        alias = "storageOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub storage_options: Option<NasJobStorageOptionsInfoType>,
    /// Defines whether scheduling options are specified for the job. Possible values: • True • False
    ///
    /// XML element `<ScheduleConfigured>`; JSON `"ScheduleConfigured"`.
    #[serde(
        rename = "ScheduleConfigured",
        alias = "scheduleConfigured",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub schedule_configured: Option<bool>,
    /// Defines whether schedule is enabled for the job. Possible values: • True • False
    ///
    /// XML element `<ScheduleEnabled>`; JSON `"ScheduleEnabled"`.
    #[serde(
        rename = "ScheduleEnabled",
        alias = "scheduleEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub schedule_enabled: Option<bool>,
    /// XML element `<NextRun>`; JSON `"NextRun"`.
    #[serde(
        rename = "NextRun",
        alias = "nextRun",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub next_run: Option<String>,
    /// Options that define the schedule by which the job runs. For details, see Job Scheduling Options.
    ///
    /// XML element `<JobScheduleOptions>`; JSON `"JobScheduleOptions"`.
    #[serde(
        rename = "JobScheduleOptions",
        alias = "jobScheduleOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub job_schedule_options: Option<ScheduleOptionsInfoType>,
}
impl crate::runtime::xml::FromXml for NasJob {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            description: xml::elem_text(el, "Description")?,
            includes: xml::wrapped(el, "Includes", "NASObject")?,
            storage_options: xml::elem(el, "StorageOptions")?,
            schedule_configured: xml::elem_text(el, "ScheduleConfigured")?,
            schedule_enabled: xml::elem_text(el, "ScheduleEnabled")?,
            next_run: xml::elem_text(el, "NextRun")?,
            job_schedule_options: xml::elem(el, "JobScheduleOptions")?,
        })
    }
}
impl crate::runtime::xml::ToXml for NasJob {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("Description", &self.description);
        w.wrapped("Includes", "NASObject", &self.includes);
        w.elem("StorageOptions", &self.storage_options);
        w.elem_text("ScheduleConfigured", &self.schedule_configured);
        w.elem_text("ScheduleEnabled", &self.schedule_enabled);
        w.elem_text("NextRun", &self.next_run);
        w.elem("JobScheduleOptions", &self.job_schedule_options);
    }
}
/// Used by GET /nas/jobs/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct NasJobAdvancedStorageOptionsInfoType {
    /// Defines how the backup job processes permissions and attributes. Consists of the string FileAttributesChangeTrackingMode parameter. Possible values: • TrackOnlyFolderAttributesChanges • TrackEverythingAttributesChanges
    ///
    /// XML element `<ACL>`; JSON `"ACL"`.
    #[serde(
        rename = "ACL",
        alias = "aCL",
        alias = "acl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub acl: Option<super::enums::NasJobAdvancedStorageOptionsSecurityOptionsInfoType>,
}
impl crate::runtime::xml::FromXml for NasJobAdvancedStorageOptionsInfoType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            acl: xml::elem_text(el, "ACL")?,
        })
    }
}
impl crate::runtime::xml::ToXml for NasJobAdvancedStorageOptionsInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("ACL", &self.acl);
    }
}
/// Used by GET /nas/jobs/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct NasJobFileExtensionsOptionsInfoType {
    /// Type of the file scope. Possible values • Any • Specified • ExceptSpecified
    ///
    /// XML element `<ArchiveFileExtensionsScope>`; JSON `"ArchiveFileExtensionsScope"`.
    #[serde(
        rename = "ArchiveFileExtensionsScope",
        alias = "archiveFileExtensionsScope",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub archive_file_extensions_scope: Option<
        super::enums::NasJobFileExtensionsOptionsInfoTypeArchiveFileExtensionsScope,
    >,
    /// File extensions for files to be archived. Represents a list of string Extension parameters.
    ///
    /// XML element `<InclusionMask>`; JSON `"InclusionMask"`.
    #[serde(
        rename = "InclusionMask",
        alias = "inclusionMask",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub inclusion_mask: Option<String>,
    /// File extensions for files to be excluded from the archive. Represents a list of string Extension parameters.
    ///
    /// XML element `<ExclusionMask>`; JSON `"ExclusionMask"`.
    #[serde(
        rename = "ExclusionMask",
        alias = "exclusionMask",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub exclusion_mask: Option<String>,
}
impl crate::runtime::xml::FromXml for NasJobFileExtensionsOptionsInfoType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            archive_file_extensions_scope: xml::elem_text(
                el,
                "ArchiveFileExtensionsScope",
            )?,
            inclusion_mask: xml::elem_text(el, "InclusionMask")?,
            exclusion_mask: xml::elem_text(el, "ExclusionMask")?,
        })
    }
}
impl crate::runtime::xml::ToXml for NasJobFileExtensionsOptionsInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("ArchiveFileExtensionsScope", &self.archive_file_extensions_scope);
        w.elem_text("InclusionMask", &self.inclusion_mask);
        w.elem_text("ExclusionMask", &self.exclusion_mask);
    }
}
/// Used by GET /nas/jobs/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct NasJobStorageKeepFileVersionsHistory {
    /// Retention policy type for the short-term repository. Possible values: • Month • Year
    ///
    /// XML element `<LongtermRetentionType>`; JSON `"LongtermRetentionType"`.
    #[serde(
        rename = "LongtermRetentionType",
        alias = "longtermRetentionType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub longterm_retention_type: Option<
        super::enums::NasJobStorageKeepFileVersionsHistoryLongtermRetentionType,
    >,
    /// Time period to keep data in the backup repository. When this period is passed, Veeam Backup & Replication moves data to the archive repository if the long-term retention is enabled.
    ///
    /// XML element `<LongtermRetentionPeriod>`; JSON `"LongtermRetentionPeriod"`.
    #[serde(
        rename = "LongtermRetentionPeriod",
        alias = "longtermRetentionPeriod",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub longterm_retention_period: Option<i64>,
    /// UID of the archive repository where backup files must be stored, for example: urn:veeam:Repository:d4b5e196-f3ad-474c-99bc-dfef051dae07.
    ///
    /// XML element `<BackupRepositoryUid>`; JSON `"BackupRepositoryUid"`.
    #[serde(
        rename = "BackupRepositoryUid",
        alias = "backupRepositoryUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_repository_uid: Option<crate::runtime::Uid>,
    /// Files that must be archived or excluded from the archive. For detail, see Long-Term Archival Options.
    ///
    /// XML element `<ArchiveFileTypes>`; JSON `"ArchiveFileTypes"`.
    #[serde(
        rename = "ArchiveFileTypes",
        alias = "archiveFileTypes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub archive_file_types: Option<NasLongTermArchivalOptionsInfoType>,
}
impl crate::runtime::xml::FromXml for NasJobStorageKeepFileVersionsHistory {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            longterm_retention_type: xml::elem_text(el, "LongtermRetentionType")?,
            longterm_retention_period: xml::elem_text(el, "LongtermRetentionPeriod")?,
            backup_repository_uid: xml::elem_text(el, "BackupRepositoryUid")?,
            archive_file_types: xml::elem(el, "ArchiveFileTypes")?,
        })
    }
}
impl crate::runtime::xml::ToXml for NasJobStorageKeepFileVersionsHistory {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("LongtermRetentionType", &self.longterm_retention_type);
        w.elem_text("LongtermRetentionPeriod", &self.longterm_retention_period);
        w.elem_text("BackupRepositoryUid", &self.backup_repository_uid);
        w.elem("ArchiveFileTypes", &self.archive_file_types);
    }
}
/// Used by GET /nas/jobs/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct NasJobStorageOptionsInfoType {
    /// UID of the backup repository where backup files must be stored, for example: urn:veeam:Repository:88788f9e-d8f5-4eb4-bc4f-9b3f5403bcec.
    ///
    /// XML element `<BackupRepositoryUid>`; JSON `"BackupRepositoryUid"`.
    #[serde(
        rename = "BackupRepositoryUid",
        alias = "backupRepositoryUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_repository_uid: Option<crate::runtime::Uid>,
    /// Retention policy type for the short-term repository. Possible values: • Day • Month
    ///
    /// XML element `<ShorttermRetentionType>`; JSON `"ShorttermRetentionType"`.
    #[serde(
        rename = "ShorttermRetentionType",
        alias = "shorttermRetentionType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub shortterm_retention_type: Option<
        super::enums::NasJobStorageOptionsInfoTypeShorttermRetentionType,
    >,
    /// Time period to keep data in the backup repository. When this period is passed, Veeam Backup & Replication moves data to the archive repository if the long-term retention is enabled.
    ///
    /// XML element `<ShorttermRetentionPeriod>`; JSON `"ShorttermRetentionPeriod"`.
    #[serde(
        rename = "ShorttermRetentionPeriod",
        alias = "shorttermRetentionPeriod",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub shortterm_retention_period: Option<i64>,
    /// Defines whether the long-term retention is enabled. Possible values: • True • False
    ///
    /// XML element `<LongtermRetentionEnabled>`; JSON `"LongtermRetentionEnabled"`.
    #[serde(
        rename = "LongtermRetentionEnabled",
        alias = "longtermRetentionEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub longterm_retention_enabled: Option<bool>,
    /// Archiving settings. For details, see Long-Term Retention Settings.
    ///
    /// XML element `<KeepFileVersionsHistoryOptions>`; JSON `"KeepFileVersionsHistoryOptions"`.
    #[serde(
        rename = "KeepFileVersionsHistoryOptions",
        alias = "keepFileVersionsHistoryOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub keep_file_versions_history_options: Option<NasJobStorageKeepFileVersionsHistory>,
    /// Advanced storage settings. For details, see Advanced Storage Settings.
    ///
    /// XML element `<NASJobAdvancedStorageOptions>`; JSON `"NASJobAdvancedStorageOptions"`.
    #[serde(
        rename = "NASJobAdvancedStorageOptions",
        alias = "nASJobAdvancedStorageOptions",
        alias = "nasJobAdvancedStorageOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub nas_job_advanced_storage_options: Option<NasJobAdvancedStorageOptionsInfoType>,
    /// XML `<AdvancedStorageOptions><ACL/>…</AdvancedStorageOptions>`; JSON `"AdvancedStorageOptions": {"ACLs": […]}`.
    #[serde(
        rename = "AdvancedStorageOptions",
        alias = "ACL",
        alias = "advancedStorageOptions",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_ac_ls"
    )]
    pub advanced_storage_options: Option<Vec<Acl>>,
}
impl crate::runtime::xml::FromXml for NasJobStorageOptionsInfoType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            backup_repository_uid: xml::elem_text(el, "BackupRepositoryUid")?,
            shortterm_retention_type: xml::elem_text(el, "ShorttermRetentionType")?,
            shortterm_retention_period: xml::elem_text(el, "ShorttermRetentionPeriod")?,
            longterm_retention_enabled: xml::elem_text(el, "LongtermRetentionEnabled")?,
            keep_file_versions_history_options: xml::elem(
                el,
                "KeepFileVersionsHistoryOptions",
            )?,
            nas_job_advanced_storage_options: xml::elem(
                el,
                "NASJobAdvancedStorageOptions",
            )?,
            advanced_storage_options: xml::wrapped(el, "AdvancedStorageOptions", "ACL")?,
        })
    }
}
impl crate::runtime::xml::ToXml for NasJobStorageOptionsInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("BackupRepositoryUid", &self.backup_repository_uid);
        w.elem_text("ShorttermRetentionType", &self.shortterm_retention_type);
        w.elem_text("ShorttermRetentionPeriod", &self.shortterm_retention_period);
        w.elem_text("LongtermRetentionEnabled", &self.longterm_retention_enabled);
        w.elem(
            "KeepFileVersionsHistoryOptions",
            &self.keep_file_versions_history_options,
        );
        w.elem("NASJobAdvancedStorageOptions", &self.nas_job_advanced_storage_options);
        w.wrapped("AdvancedStorageOptions", "ACL", &self.advanced_storage_options);
    }
}
/// Used by GET /nas/jobs/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct NasLongTermArchivalOptionsInfoType {
    /// Defines whether retention for active files (files currently existing in the source file share) is enabled. Possible values: • True • False
    ///
    /// XML element `<ActiveFileRetentionEnabled>`; JSON `"ActiveFileRetentionEnabled"`.
    #[serde(
        rename = "ActiveFileRetentionEnabled",
        alias = "activeFileRetentionEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub active_file_retention_enabled: Option<bool>,
    /// Number of versions to be stored for active files.
    ///
    /// XML element `<MaxActiveFileVersionsToKeep>`; JSON `"MaxActiveFileVersionsToKeep"`.
    #[serde(
        rename = "MaxActiveFileVersionsToKeep",
        alias = "maxActiveFileVersionsToKeep",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub max_active_file_versions_to_keep: Option<i64>,
    /// Defines whether retention for deleted files (files deleted from the source file share) is enabled. Possible values: • True • False
    ///
    /// XML element `<DeletedFileRetentionEnabled>`; JSON `"DeletedFileRetentionEnabled"`.
    #[serde(
        rename = "DeletedFileRetentionEnabled",
        alias = "deletedFileRetentionEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub deleted_file_retention_enabled: Option<bool>,
    /// Number of versions to be stored for deleted files.
    ///
    /// XML element `<MaxDeletedFileVersionsToKeep>`; JSON `"MaxDeletedFileVersionsToKeep"`.
    #[serde(
        rename = "MaxDeletedFileVersionsToKeep",
        alias = "maxDeletedFileVersionsToKeep",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub max_deleted_file_versions_to_keep: Option<i64>,
    /// Defines extensions of files that must be archived or excluded from the archive. For detail, see File Extensions.
    ///
    /// XML element `<FileExtensionsOption>`; JSON `"FileExtensionsOption"`.
    #[serde(
        rename = "FileExtensionsOption",
        alias = "fileExtensionsOption",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub file_extensions_option: Option<NasJobFileExtensionsOptionsInfoType>,
}
impl crate::runtime::xml::FromXml for NasLongTermArchivalOptionsInfoType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            active_file_retention_enabled: xml::elem_text(
                el,
                "ActiveFileRetentionEnabled",
            )?,
            max_active_file_versions_to_keep: xml::elem_text(
                el,
                "MaxActiveFileVersionsToKeep",
            )?,
            deleted_file_retention_enabled: xml::elem_text(
                el,
                "DeletedFileRetentionEnabled",
            )?,
            max_deleted_file_versions_to_keep: xml::elem_text(
                el,
                "MaxDeletedFileVersionsToKeep",
            )?,
            file_extensions_option: xml::elem(el, "FileExtensionsOption")?,
        })
    }
}
impl crate::runtime::xml::ToXml for NasLongTermArchivalOptionsInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("ActiveFileRetentionEnabled", &self.active_file_retention_enabled);
        w.elem_text(
            "MaxActiveFileVersionsToKeep",
            &self.max_active_file_versions_to_keep,
        );
        w.elem_text("DeletedFileRetentionEnabled", &self.deleted_file_retention_enabled);
        w.elem_text(
            "MaxDeletedFileVersionsToKeep",
            &self.max_deleted_file_versions_to_keep,
        );
        w.elem("FileExtensionsOption", &self.file_extensions_option);
    }
}
/// Used by GET /nas/jobs/{ID}/includes/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs_id_includes_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct NasObject {
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
    /// Reference to file or folder processed by the file share backup job, for example: urn:NasBackup:FileServer:ee50f2fb-034f-41cd-8dc8-904aeae2d0d8.
    ///
    /// XML element `<HierarchyObjRef>`; JSON `"HierarchyObjRef"`.
    #[serde(
        rename = "HierarchyObjRef",
        alias = "hierarchyObjRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub hierarchy_obj_ref: Option<String>,
    /// ID of the file or folder processed by the file share backup job, for example: e310aa12-eff2-41f4-97c8-631b677fc17f.
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
    /// Path to the file or folder processed by the job, for example: C:\\File Share.
    ///
    /// XML element `<FileOrFolder>`; JSON `"FileOrFolder"`.
    #[serde(
        rename = "FileOrFolder",
        alias = "fileOrFolder",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub file_or_folder: Option<String>,
    /// UID of the file share resource related to this file or folder, for example: urn:veeam:FileServer:f5d9ea1f-ef70-4e51-af3d-c760380d5347.
    ///
    /// XML element `<FileServerUid>`; JSON `"FileServerUid"`.
    #[serde(
        rename = "FileServerUid",
        alias = "fileServerUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub file_server_uid: Option<crate::runtime::Uid>,
    /// File extensions for files included in the job processing. Represents a list of string Extension parameters.
    ///
    /// XML `<InclusionMask><Extension/>…</InclusionMask>`; JSON `"InclusionMask": {"Extensions": […]}`.
    #[serde(
        rename = "InclusionMask",
        alias = "Extension",
        alias = "inclusionMask",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_extensions"
    )]
    pub inclusion_mask: Option<Vec<String>>,
    /// File extensions for files excluded from the job processing. Represents a list of string Extension parameters.
    ///
    /// XML `<ExclusionMask><Extension/>…</ExclusionMask>`; JSON `"ExclusionMask": {"Extensions": […]}`.
    #[serde(
        rename = "ExclusionMask",
        alias = "exclusionMask",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_extensions"
    )]
    pub exclusion_mask: Option<Vec<String>>,
}
impl crate::runtime::xml::FromXml for NasObject {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            hierarchy_obj_ref: xml::elem_text(el, "HierarchyObjRef")?,
            object_in_job_id: xml::elem_text(el, "ObjectInJobId")?,
            file_or_folder: xml::elem_text(el, "FileOrFolder")?,
            file_server_uid: xml::elem_text(el, "FileServerUid")?,
            inclusion_mask: xml::wrapped_text(el, "InclusionMask", "Extension")?,
            exclusion_mask: xml::wrapped_text(el, "ExclusionMask", "Extension")?,
        })
    }
}
impl crate::runtime::xml::ToXml for NasObject {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.elem_text("HierarchyObjRef", &self.hierarchy_obj_ref);
        w.elem_text("ObjectInJobId", &self.object_in_job_id);
        w.elem_text("FileOrFolder", &self.file_or_folder);
        w.elem_text("FileServerUid", &self.file_server_uid);
        w.wrapped_text("InclusionMask", "Extension", &self.inclusion_mask);
        w.wrapped_text("ExclusionMask", "Extension", &self.exclusion_mask);
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
}
impl crate::runtime::xml::FromXml for NasServerAdvancedOptionsInfoType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            processing_mode: xml::elem_text(el, "ProcessingMode")?,
            storage_snapshot_path: xml::elem_text(el, "StorageSnapshotPath")?,
        })
    }
}
impl crate::runtime::xml::ToXml for NasServerAdvancedOptionsInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("ProcessingMode", &self.processing_mode);
        w.elem_text("StorageSnapshotPath", &self.storage_snapshot_path);
    }
}
/// The `Network` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Network {
    /// XML attribute `Id`; JSON `"Id"`.
    #[serde(
        rename = "Id",
        alias = "id",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub id: Option<String>,
    /// XML element `<CountWithInternet>`; JSON `"CountWithInternet"`.
    #[serde(
        rename = "CountWithInternet",
        alias = "countWithInternet",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub count_with_internet: Option<String>,
    /// XML element `<CountWithoutInternet>`; JSON `"CountWithoutInternet"`.
    #[serde(
        rename = "CountWithoutInternet",
        alias = "countWithoutInternet",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub count_without_internet: Option<String>,
}
impl crate::runtime::xml::FromXml for Network {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            id: xml::attr(el, "Id")?,
            count_with_internet: xml::elem_text(el, "CountWithInternet")?,
            count_without_internet: xml::elem_text(el, "CountWithoutInternet")?,
        })
    }
}
impl crate::runtime::xml::ToXml for Network {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Id", &self.id);
        w.elem_text("CountWithInternet", &self.count_with_internet);
        w.elem_text("CountWithoutInternet", &self.count_without_internet);
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
    }
}
/// The `ObjectInAgentBackupJob` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ObjectInAgentBackupJob {
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
    /// XML element `<ObjectInJobId>`; JSON `"ObjectInJobId"`.
    #[serde(
        rename = "ObjectInJobId",
        alias = "objectInJobId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub object_in_job_id: Option<String>,
    /// XML element `<Name>`; JSON `"Name"`.
    #[serde(
        rename = "Name",
        alias = "name",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub name: Option<String>,
    /// XML element `<DisplayName>`; JSON `"DisplayName"`.
    #[serde(
        rename = "DisplayName",
        alias = "displayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub display_name: Option<String>,
    /// XML element `<GuestProcessingOptions>`; JSON `"GuestProcessingOptions"`.
    #[serde(
        rename = "GuestProcessingOptions",
        alias = "guestProcessingOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub guest_processing_options: Option<GuestProcessingOptions>,
}
impl crate::runtime::xml::FromXml for ObjectInAgentBackupJob {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            object_in_job_id: xml::elem_text(el, "ObjectInJobId")?,
            name: xml::elem_text(el, "Name")?,
            display_name: xml::elem_text(el, "DisplayName")?,
            guest_processing_options: xml::elem(el, "GuestProcessingOptions")?,
        })
    }
}
impl crate::runtime::xml::ToXml for ObjectInAgentBackupJob {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.elem_text("ObjectInJobId", &self.object_in_job_id);
        w.elem_text("Name", &self.name);
        w.elem_text("DisplayName", &self.display_name);
        w.elem("GuestProcessingOptions", &self.guest_processing_options);
    }
}
/// Used by GET /cdpPolicies/{ID}/includes/{ID}, GET /jobs/{ID}/includes/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdppolicies_id_includes_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ObjectInJob {
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
    /// ID of the VM or VM container processed by the CDP policy, for example: e310aa12-eff2-41f4-97c8-631b677fc17f.
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
    /// Reference to the VM or VM container added to the CDP policy, for example: urn:VMware:Vm:d68c782f-ec0a-4bf3-b3c1-04c552b64fdf.vm-85541.
    ///
    /// XML element `<HierarchyObjRef>`; JSON `"HierarchyObjRef"`.
    #[serde(
        rename = "HierarchyObjRef",
        alias = "hierarchyObjRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub hierarchy_obj_ref: Option<String>,
    /// Name of the VM or VM container processed by the CDP policy, for example: DC-SRV.
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
    /// Display name of the VM or VM container processed by the CDP policy, for example: DC-SRV.
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
}
impl crate::runtime::xml::FromXml for ObjectInJob {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            object_in_job_id: xml::elem_text(el, "ObjectInJobId")?,
            hierarchy_obj_ref: xml::elem_text(el, "HierarchyObjRef")?,
            name: xml::elem_text(el, "Name")?,
            display_name: xml::elem_text(el, "DisplayName")?,
            guest_processing_options: xml::elem(el, "GuestProcessingOptions")?,
        })
    }
}
impl crate::runtime::xml::ToXml for ObjectInJob {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.elem_text("ObjectInJobId", &self.object_in_job_id);
        w.elem_text("HierarchyObjRef", &self.hierarchy_obj_ref);
        w.elem_text("Name", &self.name);
        w.elem_text("DisplayName", &self.display_name);
        w.elem("GuestProcessingOptions", &self.guest_processing_options);
    }
}
/// The `OptionsBackupWindow` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct OptionsBackupWindow {
    /// XML attribute `Enabled`; JSON `"Enabled"`.
    #[serde(
        rename = "Enabled",
        alias = "enabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub enabled: Option<String>,
    /// XML `<TimePeriods><Day/>…</TimePeriods>`; JSON `"TimePeriods": {"Days": […]}`.
    #[serde(
        rename = "TimePeriods",
        alias = "Day",
        alias = "timePeriods",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_days"
    )]
    pub time_periods: Option<Vec<Day>>,
}
impl crate::runtime::xml::FromXml for OptionsBackupWindow {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            time_periods: xml::wrapped(el, "TimePeriods", "Day")?,
        })
    }
}
impl crate::runtime::xml::ToXml for OptionsBackupWindow {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.wrapped("TimePeriods", "Day", &self.time_periods);
    }
}
/// The `OptionsContinuous` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct OptionsContinuous {
    /// XML attribute `Enabled`; JSON `"Enabled"`.
    #[serde(
        rename = "Enabled",
        alias = "enabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub enabled: Option<String>,
    /// XML `<Schedule><Day/>…</Schedule>`; JSON `"Schedule": {"Days": […]}`.
    #[serde(
        rename = "Schedule",
        alias = "Day",
        alias = "schedule",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_days"
    )]
    pub schedule: Option<Vec<Day>>,
}
impl crate::runtime::xml::FromXml for OptionsContinuous {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            schedule: xml::wrapped(el, "Schedule", "Day")?,
        })
    }
}
impl crate::runtime::xml::ToXml for OptionsContinuous {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.wrapped("Schedule", "Day", &self.schedule);
    }
}
/// The `OptionsDaily` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct OptionsDaily {
    /// XML attribute `Enabled`; JSON `"Enabled"`.
    #[serde(
        rename = "Enabled",
        alias = "enabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub enabled: Option<String>,
    /// XML element `<Kind>`; JSON `"Kind"`.
    #[serde(
        rename = "Kind",
        alias = "kind",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub kind: Option<String>,
    /// repeated XML element `<Days>`; JSON `"Dayses": […]`.
    #[serde(
        rename = "Dayses",
        alias = "Days",
        alias = "dayses",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub days: Vec<String>,
    /// XML element `<Time>`; JSON `"Time"`.
    #[serde(
        rename = "Time",
        alias = "time",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub time: Option<String>,
    /// XML element `<TimeOffsetUtc>`; JSON `"TimeOffsetUtc"`.
    #[serde(
        rename = "TimeOffsetUtc",
        alias = "timeOffsetUtc",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub time_offset_utc: Option<String>,
}
impl crate::runtime::xml::FromXml for OptionsDaily {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            kind: xml::elem_text(el, "Kind")?,
            days: xml::elems_text(el, "Days")?,
            time: xml::elem_text(el, "Time")?,
            time_offset_utc: xml::elem_text(el, "TimeOffsetUtc")?,
        })
    }
}
impl crate::runtime::xml::ToXml for OptionsDaily {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.elem_text("Kind", &self.kind);
        w.elems_text("Days", &self.days);
        w.elem_text("Time", &self.time);
        w.elem_text("TimeOffsetUtc", &self.time_offset_utc);
    }
}
/// The `OptionsDaisyChaining` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct OptionsDaisyChaining {
    /// XML attribute `Enabled`; JSON `"Enabled"`.
    #[serde(
        rename = "Enabled",
        alias = "enabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub enabled: Option<String>,
    /// XML element `<PreviousJobUid>`; JSON `"PreviousJobUid"`.
    #[serde(
        rename = "PreviousJobUid",
        alias = "previousJobUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub previous_job_uid: Option<String>,
}
impl crate::runtime::xml::FromXml for OptionsDaisyChaining {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            previous_job_uid: xml::elem_text(el, "PreviousJobUid")?,
        })
    }
}
impl crate::runtime::xml::ToXml for OptionsDaisyChaining {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.elem_text("PreviousJobUid", &self.previous_job_uid);
    }
}
/// The `OptionsMonthly` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct OptionsMonthly {
    /// XML attribute `Enabled`; JSON `"Enabled"`.
    #[serde(
        rename = "Enabled",
        alias = "enabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub enabled: Option<String>,
    /// XML element `<Time>`; JSON `"Time"`.
    #[serde(
        rename = "Time",
        alias = "time",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub time: Option<String>,
    /// XML element `<TimeOffsetUtc>`; JSON `"TimeOffsetUtc"`.
    #[serde(
        rename = "TimeOffsetUtc",
        alias = "timeOffsetUtc",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub time_offset_utc: Option<String>,
    /// XML element `<DayNumberInMonth>`; JSON `"DayNumberInMonth"`.
    #[serde(
        rename = "DayNumberInMonth",
        alias = "dayNumberInMonth",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub day_number_in_month: Option<String>,
    /// XML element `<DayOfWeek>`; JSON `"DayOfWeek"`.
    #[serde(
        rename = "DayOfWeek",
        alias = "dayOfWeek",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub day_of_week: Option<String>,
    /// repeated XML element `<Months>`; JSON `"Monthses": […]`.
    #[serde(
        rename = "Monthses",
        alias = "Months",
        alias = "monthses",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub months: Vec<String>,
    /// XML element `<DayOfMonth>`; JSON `"DayOfMonth"`.
    #[serde(
        rename = "DayOfMonth",
        alias = "dayOfMonth",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub day_of_month: Option<String>,
}
impl crate::runtime::xml::FromXml for OptionsMonthly {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            time: xml::elem_text(el, "Time")?,
            time_offset_utc: xml::elem_text(el, "TimeOffsetUtc")?,
            day_number_in_month: xml::elem_text(el, "DayNumberInMonth")?,
            day_of_week: xml::elem_text(el, "DayOfWeek")?,
            months: xml::elems_text(el, "Months")?,
            day_of_month: xml::elem_text(el, "DayOfMonth")?,
        })
    }
}
impl crate::runtime::xml::ToXml for OptionsMonthly {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.elem_text("Time", &self.time);
        w.elem_text("TimeOffsetUtc", &self.time_offset_utc);
        w.elem_text("DayNumberInMonth", &self.day_number_in_month);
        w.elem_text("DayOfWeek", &self.day_of_week);
        w.elems_text("Months", &self.months);
        w.elem_text("DayOfMonth", &self.day_of_month);
    }
}
/// The `OptionsPeriodically` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct OptionsPeriodically {
    /// XML attribute `Enabled`; JSON `"Enabled"`.
    #[serde(
        rename = "Enabled",
        alias = "enabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub enabled: Option<String>,
    /// XML element `<Kind>`; JSON `"Kind"`.
    #[serde(
        rename = "Kind",
        alias = "kind",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub kind: Option<String>,
    /// XML element `<FullPeriod>`; JSON `"FullPeriod"`.
    #[serde(
        rename = "FullPeriod",
        alias = "fullPeriod",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub full_period: Option<String>,
    /// XML `<Schedule><Day/>…</Schedule>`; JSON `"Schedule": {"Days": […]}`.
    #[serde(
        rename = "Schedule",
        alias = "Day",
        alias = "schedule",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_days"
    )]
    pub schedule: Option<Vec<Day>>,
}
impl crate::runtime::xml::FromXml for OptionsPeriodically {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            kind: xml::elem_text(el, "Kind")?,
            full_period: xml::elem_text(el, "FullPeriod")?,
            schedule: xml::wrapped(el, "Schedule", "Day")?,
        })
    }
}
impl crate::runtime::xml::ToXml for OptionsPeriodically {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.elem_text("Kind", &self.kind);
        w.elem_text("FullPeriod", &self.full_period);
        w.wrapped("Schedule", "Day", &self.schedule);
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
    }
}
/// Used by GET /backupServers/{ID}/passwords/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id_passwords_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PasswordKeyInfo {
    /// ID of the password created on the backup server, for example: bd2fe652-b6c0-4f9f-b466-e10c4dc3e3da
    ///
    /// XML element `<ID>`; JSON `"ID"`.
    #[serde(
        rename = "ID",
        alias = "iD",
        alias = "id",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub id: Option<String>,
    /// Hint for the password.
    ///
    /// XML element `<Hint>`; JSON `"Hint"`.
    #[serde(
        rename = "Hint",
        alias = "hint",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub hint: Option<String>,
    /// Date and time when the password was last modified.
    ///
    /// XML element `<LastModificationDate>`; JSON `"LastModificationDate"`.
    #[serde(
        rename = "LastModificationDate",
        alias = "lastModificationDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub last_modification_date: Option<crate::runtime::DateTime>,
}
impl crate::runtime::xml::FromXml for PasswordKeyInfo {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            id: xml::elem_text(el, "ID")?,
            hint: xml::elem_text(el, "Hint")?,
            last_modification_date: xml::elem_text(el, "LastModificationDate")?,
        })
    }
}
impl crate::runtime::xml::ToXml for PasswordKeyInfo {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("ID", &self.id);
        w.elem_text("Hint", &self.hint);
        w.elem_text("LastModificationDate", &self.last_modification_date);
    }
}
/// Used by POST /backupServers/{ID}/passwords?action=create, PUT /backupServers/{ID}/passwords/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_backupservers_id_passwords.html>
///
/// XML root element: `<PasswordKeyInfoSpec>`.
#[derive(Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PasswordKeyInfoSpec {
    /// Hint for the created password.
    ///
    /// XML element `<Hint>`; JSON `"Hint"`.
    #[serde(
        rename = "Hint",
        alias = "hint",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub hint: Option<String>,
    /// Password value.
    ///
    /// XML element `<Password>`; JSON `"Password"`.
    #[serde(
        rename = "Password",
        alias = "password",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub password: Option<String>,
}
impl std::fmt::Debug for PasswordKeyInfoSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PasswordKeyInfoSpec")
            .field("hint", &self.hint)
            .field("password", &"<redacted>")
            .finish()
    }
}
impl crate::runtime::xml::FromXml for PasswordKeyInfoSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            hint: xml::elem_text(el, "Hint")?,
            password: xml::elem_text(el, "Password")?,
        })
    }
}
impl crate::runtime::xml::ToXml for PasswordKeyInfoSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Hint", &self.hint);
        w.elem_text("Password", &self.password);
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
    }
}
/// Used by POST /cdpReplica/vApps/{ID}?action=intervals.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cdpreplicavapp_id_actionintervals.html>
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PostCdpReplicaVAppsIntervalsSpec {
    /// The earliest start date and time for the returning intervals. The parameter accepts only UTC-formatted DateTime values.
    ///
    /// XML element `<StartDate>`; JSON `"StartDate"`.
    #[serde(
        rename = "StartDate",
        alias = "startDate",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub start_date: crate::runtime::DateTime,
    /// The latest end date and time for the returning intervals. The parameter accepts only UTC-formatted DateTime values.
    ///
    /// XML element `<EndDate>`; JSON `"EndDate"`.
    #[serde(
        rename = "EndDate",
        alias = "endDate",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub end_date: crate::runtime::DateTime,
}
impl crate::runtime::xml::FromXml for PostCdpReplicaVAppsIntervalsSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            start_date: xml::elem_text(el, "StartDate")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("StartDate"))?,
            end_date: xml::elem_text(el, "EndDate")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("EndDate"))?,
        })
    }
}
impl crate::runtime::xml::ToXml for PostCdpReplicaVAppsIntervalsSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("StartDate", &self.start_date);
        w.elem_text_req("EndDate", &self.end_date);
    }
}
/// Used by POST /cdpReplicas/{ID}/vms/{ID}?action=intervals.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cdpreplicavm_id_actionintervals.html>
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PostCdpReplicasVmsIntervalsSpec {
    /// The earliest start date and time for the returning intervals. The parameter accepts only UTC-formatted DateTime values.
    ///
    /// XML element `<StartDate>`; JSON `"StartDate"`.
    #[serde(
        rename = "StartDate",
        alias = "startDate",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub start_date: crate::runtime::DateTime,
    /// The latest end date and time for the returning intervals. The parameter accepts only UTC-formatted DateTime values.
    ///
    /// XML element `<EndDate>`; JSON `"EndDate"`.
    #[serde(
        rename = "EndDate",
        alias = "endDate",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub end_date: crate::runtime::DateTime,
}
impl crate::runtime::xml::FromXml for PostCdpReplicasVmsIntervalsSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            start_date: xml::elem_text(el, "StartDate")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("StartDate"))?,
            end_date: xml::elem_text(el, "EndDate")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("EndDate"))?,
        })
    }
}
impl crate::runtime::xml::ToXml for PostCdpReplicasVmsIntervalsSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("StartDate", &self.start_date);
        w.elem_text_req("EndDate", &self.end_date);
    }
}
/// Used by POST /jobs/{ID}/linkedBackupRepositories.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_jobs_id_linked_repositories.html>
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PostJobsLinkedBackupRepositoriesSpec {
    /// ID of a backup repository that you want to link to the backup copy job.
    ///
    /// XML element `<LinkedBackupRepositoryUid>`; JSON `"LinkedBackupRepositoryUid"`.
    #[serde(
        rename = "LinkedBackupRepositoryUid",
        alias = "linkedBackupRepositoryUid",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub linked_backup_repository_uid: String,
}
impl crate::runtime::xml::FromXml for PostJobsLinkedBackupRepositoriesSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            linked_backup_repository_uid: xml::elem_text(
                    el,
                    "LinkedBackupRepositoryUid",
                )?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "LinkedBackupRepositoryUid",
                ))?,
        })
    }
}
impl crate::runtime::xml::ToXml for PostJobsLinkedBackupRepositoriesSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("LinkedBackupRepositoryUid", &self.linked_backup_repository_uid);
    }
}
/// Used by POST /jobs/{ID}/linkedJobs.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_jobs_id_linked_jobs.html>
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PostJobsLinkedJobsSpec {
    /// ID of a backup job that you want to link to the backup copy job.
    ///
    /// XML element `<LinkedJobUid>`; JSON `"LinkedJobUid"`.
    #[serde(
        rename = "LinkedJobUid",
        alias = "linkedJobUid",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub linked_job_uid: String,
}
impl crate::runtime::xml::FromXml for PostJobsLinkedJobsSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            linked_job_uid: xml::elem_text(el, "LinkedJobUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("LinkedJobUid"))?,
        })
    }
}
impl crate::runtime::xml::ToXml for PostJobsLinkedJobsSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("LinkedJobUid", &self.linked_job_uid);
    }
}
/// Used by POST /vmReplicaPoints/{ID}/mounts.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vmreplicapoints_id_mountpoints.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PostVmReplicaPointsMountsSpec {
    /// Specifies the guest OS: • Linux • Windows
    ///
    /// XML element `<OsKind>`; JSON `"OsKind"`.
    #[serde(
        rename = "OsKind",
        alias = "osKind",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub os_kind: Option<super::enums::PostVmReplicaPointsMountsSpecOsKind>,
}
impl crate::runtime::xml::FromXml for PostVmReplicaPointsMountsSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            os_kind: xml::elem_text(el, "OsKind")?,
        })
    }
}
impl crate::runtime::xml::ToXml for PostVmReplicaPointsMountsSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("OsKind", &self.os_kind);
    }
}
/// Used by POST /vmRestorePoints/{ID}/mounts.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vmrestorepoints_id_mountpoints.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PostVmRestorePointsMountsSpec {
    /// Specifies the guest OS: • Linux • Windows
    ///
    /// XML element `<OsKind>`; JSON `"OsKind"`.
    #[serde(
        rename = "OsKind",
        alias = "osKind",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub os_kind: Option<super::enums::PostVmRestorePointsMountsSpecOsKind>,
}
impl crate::runtime::xml::FromXml for PostVmRestorePointsMountsSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            os_kind: xml::elem_text(el, "OsKind")?,
        })
    }
}
impl crate::runtime::xml::ToXml for PostVmRestorePointsMountsSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("OsKind", &self.os_kind);
    }
}
/// Used by GET /nas/fileServers/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_fileservers_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ProcessingOptionsInfoType {
    /// UID of a file server.
    ///
    /// XML element `<ServerUid>`; JSON `"ServerUid"`.
    #[serde(
        rename = "ServerUid",
        alias = "serverUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub server_uid: Option<crate::runtime::Uid>,
    /// UID of a cache repository where temporary cache files are stored.
    ///
    /// XML element `<CacheRepositoryUid>`; JSON `"CacheRepositoryUid"`.
    #[serde(
        rename = "CacheRepositoryUid",
        alias = "cacheRepositoryUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub cache_repository_uid: Option<crate::runtime::Uid>,
}
impl crate::runtime::xml::FromXml for ProcessingOptionsInfoType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            server_uid: xml::elem_text(el, "ServerUid")?,
            cache_repository_uid: xml::elem_text(el, "CacheRepositoryUid")?,
        })
    }
}
impl crate::runtime::xml::ToXml for ProcessingOptionsInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("ServerUid", &self.server_uid);
        w.elem_text("CacheRepositoryUid", &self.cache_repository_uid);
    }
}
/// Used by POST /backupServers/{ID}?action=quickbackup.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_backupservers_id_quickbackup.html>
///
/// XML root element: `<QuickBackupStartupSpec>`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct QuickBackupStartupSpec {
    /// Reference to a VM for which an incremental backup must be created. You can construct the reference manually or use the lookup service to retrieve the reference.
    ///
    /// XML element `<VmRef>`; JSON `"VmRef"`.
    #[serde(
        rename = "VmRef",
        alias = "vmRef",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub vm_ref: String,
}
impl crate::runtime::xml::FromXml for QuickBackupStartupSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            vm_ref: xml::elem_text(el, "VmRef")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("VmRef"))?,
        })
    }
}
impl crate::runtime::xml::ToXml for QuickBackupStartupSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("VmRef", &self.vm_ref);
    }
}
/// The `RPOReporting` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct RpoReporting {
    /// XML element `<MarkAsWarning>`; JSON `"MarkAsWarning"`.
    #[serde(
        rename = "MarkAsWarning",
        alias = "markAsWarning",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub mark_as_warning: Option<MarkAsWarning>,
    /// XML element `<MarkAsFailed>`; JSON `"MarkAsFailed"`.
    #[serde(
        rename = "MarkAsFailed",
        alias = "markAsFailed",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub mark_as_failed: Option<MarkAsFailed>,
}
impl crate::runtime::xml::FromXml for RpoReporting {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            mark_as_warning: xml::elem(el, "MarkAsWarning")?,
            mark_as_failed: xml::elem(el, "MarkAsFailed")?,
        })
    }
}
impl crate::runtime::xml::ToXml for RpoReporting {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem("MarkAsWarning", &self.mark_as_warning);
        w.elem("MarkAsFailed", &self.mark_as_failed);
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
    }
}
/// The `RPOSchedule` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct RpoSchedule {
    /// XML attribute `Enabled`; JSON `"Enabled"`.
    #[serde(
        rename = "Enabled",
        alias = "enabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub enabled: Option<String>,
    /// XML `<TimePeriods><Day/>…</TimePeriods>`; JSON `"TimePeriods": {"Days": […]}`.
    #[serde(
        rename = "TimePeriods",
        alias = "Day",
        alias = "timePeriods",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_days"
    )]
    pub time_periods: Option<Vec<Day>>,
}
impl crate::runtime::xml::FromXml for RpoSchedule {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            time_periods: xml::wrapped(el, "TimePeriods", "Day")?,
        })
    }
}
impl crate::runtime::xml::ToXml for RpoSchedule {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.wrapped("TimePeriods", "Day", &self.time_periods);
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
    pub time_periods: Option<Vec<Day>>,
}
impl crate::runtime::xml::FromXml for RpoScheduleType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            time_periods: xml::wrapped(el, "TimePeriods", "Day")?,
        })
    }
}
impl crate::runtime::xml::ToXml for RpoScheduleType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.wrapped("TimePeriods", "Day", &self.time_periods);
    }
}
/// Used by POST /security/accounts?action=rebuildScope.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts_actionrebuildscope.html>
///
/// XML root element: `<RebuildScopeJobSpec>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct RebuildScopeJobSpec {
    /// Rebuilds a restore scope for all user accounts added to Veeam Backup Enterprise Manager.
    ///
    /// XML element `<RebuildAll>`; JSON `"RebuildAll"`.
    #[serde(
        rename = "RebuildAll",
        alias = "rebuildAll",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub rebuild_all: Option<String>,
    /// Rebuilds a restore scope for user accounts whose restore scope has been changed since the previous scope rebuild operation. This may be helpful if a restore scope was changed for some users but was not automatically refreshed for some reason.
    ///
    /// XML element `<RebuildUnprocessed>`; JSON `"RebuildUnprocessed"`.
    #[serde(
        rename = "RebuildUnprocessed",
        alias = "rebuildUnprocessed",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub rebuild_unprocessed: Option<String>,
    /// Rebuilds a restore scope for the user account that is currently logged on to Veeam Backup Enterprise Manager. This may be helpful if some newly created VMs and backups are not yet displayed to a user right after the new logon session is created.
    ///
    /// XML element `<RebuildForCurrentUser>`; JSON `"RebuildForCurrentUser"`.
    #[serde(
        rename = "RebuildForCurrentUser",
        alias = "rebuildForCurrentUser",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub rebuild_for_current_user: Option<String>,
}
impl crate::runtime::xml::FromXml for RebuildScopeJobSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            rebuild_all: xml::elem_text(el, "RebuildAll")?,
            rebuild_unprocessed: xml::elem_text(el, "RebuildUnprocessed")?,
            rebuild_for_current_user: xml::elem_text(el, "RebuildForCurrentUser")?,
        })
    }
}
impl crate::runtime::xml::ToXml for RebuildScopeJobSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("RebuildAll", &self.rebuild_all);
        w.elem_text("RebuildUnprocessed", &self.rebuild_unprocessed);
        w.elem_text("RebuildForCurrentUser", &self.rebuild_for_current_user);
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
    pub links: Option<Vec<Link>>,
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
            links: xml::wrapped(el, "Links", "Link")?,
        })
    }
}
impl crate::runtime::xml::ToXml for Ref {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("UID", &self.uid);
        w.attr("Name", &self.name);
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.wrapped("Links", "Link", &self.links);
    }
}
/// Used by GET /replicas/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicas_id.html>
///
/// XML root element: `<Replica>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Replica {
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
    /// Name of the replica resource, for example: DNS Replication.
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
    /// UID of the replica resource, for example: urn:veeam:Replica:58c917c7-7b7a-41ff-8676-226656c35c05.
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
    pub links: Option<Vec<Link>>,
    /// Platform for which the job is created. Possible values: • VMware • Hyperv • vCloud
    ///
    /// XML element `<Platform>`; JSON `"Platform"`.
    #[serde(
        rename = "Platform",
        alias = "platform",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform: Option<super::enums::ReplicaPlatform>,
}
impl crate::runtime::xml::FromXml for Replica {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            platform: xml::elem_text(el, "Platform")?,
        })
    }
}
impl crate::runtime::xml::ToXml for Replica {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("Platform", &self.platform);
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
    pub links: Option<Vec<Link>>,
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
            links: xml::wrapped(el, "Links", "Link")?,
            job_uid: xml::elem_text(el, "JobUid")?,
            job_name: xml::elem_text(el, "JobName")?,
            job_type: xml::elem_text(el, "JobType")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            end_time_utc: xml::elem_text(el, "EndTimeUTC")?,
            state: xml::elem_text(el, "State")?,
            result: xml::elem_text(el, "Result")?,
            progress: xml::elem_text(el, "Progress")?,
            is_retry: xml::elem_text(el, "IsRetry")?,
        })
    }
}
impl crate::runtime::xml::ToXml for ReplicaJobSession {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("JobUid", &self.job_uid);
        w.elem_text("JobName", &self.job_name);
        w.elem_text("JobType", &self.job_type);
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("EndTimeUTC", &self.end_time_utc);
        w.elem_text("State", &self.state);
        w.elem_text("Result", &self.result);
        w.elem_text("Progress", &self.progress);
        w.elem_text("IsRetry", &self.is_retry);
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
    pub links: Option<Vec<Link>>,
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
            links: xml::wrapped(el, "Links", "Link")?,
            job_session_uid: xml::elem_text(el, "JobSessionUid")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            end_time_utc: xml::elem_text(el, "EndTimeUTC")?,
            state: xml::elem_text(el, "State")?,
            result: xml::elem_text(el, "Result")?,
            reason: xml::elem_text(el, "Reason")?,
            total_size: xml::elem_text(el, "TotalSize")?,
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
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("JobSessionUid", &self.job_session_uid);
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("EndTimeUTC", &self.end_time_utc);
        w.elem_text("State", &self.state);
        w.elem_text("Result", &self.result);
        w.elem_text("Reason", &self.reason);
        w.elem_text("TotalSize", &self.total_size);
    }
}
/// Used by GET /repositories/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_repositories_id.html>
///
/// XML root element: `<Repository>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Repository {
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
    /// Name of the backup repository, for example: Backups Vol2.
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
    /// UID of the backup repository resource, for example: urn:veeam:Repository:b609c947-dd30-4295-8b57-cc880329dbd6.
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
    pub links: Option<Vec<Link>>,
    /// Total space available on the backup repository.
    ///
    /// XML element `<Capacity>`; JSON `"Capacity"`.
    #[serde(
        rename = "Capacity",
        alias = "capacity",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub capacity: Option<i64>,
    /// Free space available on the backup repository.
    ///
    /// XML element `<FreeSpace>`; JSON `"FreeSpace"`.
    #[serde(
        rename = "FreeSpace",
        alias = "freeSpace",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub free_space: Option<i64>,
    /// Type of the backup repository. Possible values: • WindowsLocal • LinuxLocal • CifsShare • DDBoost • Cloud • HPStoreOnce • ExaGrid • Foreign • SanSnapshot • HPStoreOnceIntegration • Extendable • Quantum • Nfs
    ///
    /// XML element `<Kind>`; JSON `"Kind"`.
    #[serde(
        rename = "Kind",
        alias = "kind",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub kind: Option<super::enums::RepositoryKind>,
}
impl crate::runtime::xml::FromXml for Repository {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            capacity: xml::elem_text(el, "Capacity")?,
            free_space: xml::elem_text(el, "FreeSpace")?,
            kind: xml::elem_text(el, "Kind")?,
        })
    }
}
impl crate::runtime::xml::ToXml for Repository {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("Capacity", &self.capacity);
        w.elem_text("FreeSpace", &self.free_space);
        w.elem_text("Kind", &self.kind);
    }
}
/// Used by GET /restorePoints/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id.html>
///
/// XML root element: `<RestorePoint>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct RestorePoint {
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
    /// Name of the restore point, for example: Aug 26 2013 7:57AM.
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
    /// UID of the restore point resource, for example: urn:veeam:RestorePoint:bf0542a7-baea-41fa-baec-12e76043d0e1
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
    /// XML element `<Id>`; JSON `"Id"`.
    #[serde(
        rename = "Id",
        alias = "id",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub id: Option<String>,
    /// XML element `<Date>`; JSON `"Date"`.
    #[serde(
        rename = "Date",
        alias = "date",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub date: Option<String>,
    /// XML element `<IsApplicationConsistent>`; JSON `"IsApplicationConsistent"`.
    #[serde(
        rename = "IsApplicationConsistent",
        alias = "isApplicationConsistent",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub is_application_consistent: Option<String>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    #[serde(
        rename = "Links",
        alias = "Link",
        alias = "links",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub links: Option<Vec<Link>>,
    /// Date and time when the restore point was created.
    ///
    /// XML element `<BackupDateUTC>`; JSON `"BackupDateUTC"`.
    #[serde(
        rename = "BackupDateUTC",
        alias = "backupDateUTC",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_date_utc: Option<crate::runtime::DateTime>,
}
impl crate::runtime::xml::FromXml for RestorePoint {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            id: xml::elem_text(el, "Id")?,
            date: xml::elem_text(el, "Date")?,
            is_application_consistent: xml::elem_text(el, "IsApplicationConsistent")?,
            links: xml::wrapped(el, "Links", "Link")?,
            backup_date_utc: xml::elem_text(el, "BackupDateUTC")?,
        })
    }
}
impl crate::runtime::xml::ToXml for RestorePoint {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.elem_text("Id", &self.id);
        w.elem_text("Date", &self.date);
        w.elem_text("IsApplicationConsistent", &self.is_application_consistent);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("BackupDateUTC", &self.backup_date_utc);
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
    pub links: Option<Vec<Link>>,
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
            links: xml::wrapped(el, "Links", "Link")?,
            job_type: xml::elem_text(el, "JobType")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            end_time_utc: xml::elem_text(el, "EndTimeUTC")?,
            state: xml::elem_text(el, "State")?,
            result: xml::elem_text(el, "Result")?,
            progress: xml::elem_text(el, "Progress")?,
            restored_obj_ref: xml::elem_text(el, "RestoredObjRef")?,
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
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("JobType", &self.job_type);
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("EndTimeUTC", &self.end_time_utc);
        w.elem_text("State", &self.state);
        w.elem_text("Result", &self.result);
        w.elem_text("Progress", &self.progress);
        w.elem_text("RestoredObjRef", &self.restored_obj_ref);
    }
}
/// Used by POST /vAppRestorePoints/{ID}?action=restore, POST /vmRestorePoints/{ID}?action=restore.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vapprestorepoints_id_actionrestore.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct RestoreSpec {
    /// Specifies if VMs in the vApp must be powered on after the restore process is complete.
    ///
    /// XML element `<PowerOnAfter>`; JSON `"PowerOnAfter"`.
    #[serde(
        rename = "PowerOnAfter",
        alias = "powerOnAfter",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub power_on_after: Option<bool>,
    /// UID of the host on which the vApp must be restored, for example: urn:veeam:HierarchyRoot:2dcfebc9-eb06-4d3b-a639-c1cfa8483621.
    ///
    /// XML element `<HierarchyRoot>`; JSON `"HierarchyRoot"`.
    #[serde(
        rename = "HierarchyRoot",
        alias = "hierarchyRoot",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub hierarchy_root: Option<crate::runtime::Uid>,
    /// Specifies if the VM must be powered on after the restore process is complete.
    ///
    /// XML element `<PowerOnAfterRestore>`; JSON `"PowerOnAfterRestore"`.
    #[serde(
        rename = "PowerOnAfterRestore",
        alias = "powerOnAfterRestore",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub power_on_after_restore: Option<bool>,
    /// ID of the host on which the VM should be restored, for example: urn:veeam:HierarchyRoot:fa099d3b-7376-49b1-884c-bb6fa47c7b1e.
    ///
    /// XML element `<HierarchyRootUid>`; JSON `"HierarchyRootUid"`.
    #[serde(
        rename = "HierarchyRootUid",
        alias = "hierarchyRootUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub hierarchy_root_uid: Option<String>,
    /// Specifies if Veeam Backup & Replication must use the incremental restore functionality to recover the VM. During incremental restore, Veeam Backup & Replication queries CBT to get data blocks that are necessary to revert the VM to an earlier point in time, and will restore only these data blocks from the backup. Incremental restore significantly reduces the restore time and has little impact on the production environment.
    ///
    /// XML element `<QuickRollback>`; JSON `"QuickRollback"`.
    #[serde(
        rename = "QuickRollback",
        alias = "quickRollback",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub quick_rollback: Option<bool>,
    /// Specifies if the original VM must be preserved on the host along with the restored VM. Note: If this option is set to true, the QuickRollback option must be set to false.
    ///
    /// XML element `<KeepOriginalVM>`; JSON `"KeepOriginalVM"`.
    #[serde(
        rename = "KeepOriginalVM",
        alias = "keepOriginalVM",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub keep_original_vm: Option<bool>,
    /// XML element `<VmRestoreParameters>`; JSON `"VmRestoreParameters"`.
    #[serde(
        rename = "VmRestoreParameters",
        alias = "vmRestoreParameters",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vm_restore_parameters: Option<VmRestoreParameters>,
    /// Reference to the OrgVdc to which the vApp must be restored. The reference can be constructed manually or obtained with the lookup service. For details on using the lookup, see Virtual Infrastructure Lookup.
    ///
    /// XML element `<OrgVdcRef>`; JSON `"OrgVdcRef"`.
    #[serde(
        rename = "OrgVdcRef",
        alias = "orgVdcRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub org_vdc_ref: Option<String>,
    /// Name of the restored vApp. If this parameter is not specified, the initial vApp name will be used.
    ///
    /// XML element `<vAppNewName>`; JSON `"vAppNewName"`.
    #[serde(
        rename = "vAppNewName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub v_app_new_name: Option<String>,
    /// Defines VM-specific parameters.
    ///
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
    pub vms_restore_parameters: Option<Vec<Vm>>,
}
impl crate::runtime::xml::FromXml for RestoreSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            power_on_after: xml::elem_text(el, "PowerOnAfter")?,
            hierarchy_root: xml::elem_text(el, "HierarchyRoot")?,
            power_on_after_restore: xml::elem_text(el, "PowerOnAfterRestore")?,
            hierarchy_root_uid: xml::elem_text(el, "HierarchyRootUid")?,
            quick_rollback: xml::elem_text(el, "QuickRollback")?,
            keep_original_vm: xml::elem_text(el, "KeepOriginalVM")?,
            vm_restore_parameters: xml::elem(el, "VmRestoreParameters")?,
            org_vdc_ref: xml::elem_text(el, "OrgVdcRef")?,
            v_app_new_name: xml::elem_text(el, "vAppNewName")?,
            vms_restore_parameters: xml::wrapped(el, "VmsRestoreParameters", "Vm")?,
        })
    }
}
impl crate::runtime::xml::ToXml for RestoreSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("PowerOnAfter", &self.power_on_after);
        w.elem_text("HierarchyRoot", &self.hierarchy_root);
        w.elem_text("PowerOnAfterRestore", &self.power_on_after_restore);
        w.elem_text("HierarchyRootUid", &self.hierarchy_root_uid);
        w.elem_text("QuickRollback", &self.quick_rollback);
        w.elem_text("KeepOriginalVM", &self.keep_original_vm);
        w.elem("VmRestoreParameters", &self.vm_restore_parameters);
        w.elem_text("OrgVdcRef", &self.org_vdc_ref);
        w.elem_text("vAppNewName", &self.v_app_new_name);
        w.wrapped("VmsRestoreParameters", "Vm", &self.vms_restore_parameters);
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
}
impl crate::runtime::xml::FromXml for ResultType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            success: xml::attr(el, "Success")?,
            message: xml::elem_text(el, "Message")?,
        })
    }
}
impl crate::runtime::xml::ToXml for ResultType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Success", &self.success);
        w.elem_text("Message", &self.message);
    }
}
/// The `RetryOptions` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct RetryOptions {
    /// XML element `<RetryTimes>`; JSON `"RetryTimes"`.
    #[serde(
        rename = "RetryTimes",
        alias = "retryTimes",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub retry_times: Option<String>,
    /// XML element `<RetryTimeout>`; JSON `"RetryTimeout"`.
    #[serde(
        rename = "RetryTimeout",
        alias = "retryTimeout",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub retry_timeout: Option<String>,
    /// XML element `<RetrySpecified>`; JSON `"RetrySpecified"`.
    #[serde(
        rename = "RetrySpecified",
        alias = "retrySpecified",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub retry_specified: Option<String>,
}
impl crate::runtime::xml::FromXml for RetryOptions {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            retry_times: xml::elem_text(el, "RetryTimes")?,
            retry_timeout: xml::elem_text(el, "RetryTimeout")?,
            retry_specified: xml::elem_text(el, "RetrySpecified")?,
        })
    }
}
impl crate::runtime::xml::ToXml for RetryOptions {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("RetryTimes", &self.retry_times);
        w.elem_text("RetryTimeout", &self.retry_timeout);
        w.elem_text("RetrySpecified", &self.retry_specified);
    }
}
/// Used by GET /agents/jobs/{ID}, GET /cdpPolicies/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/jobscheduleoptions.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ScheduleOptionsInfoType {
    /// Retry options set for the job. For details, see Retry Options.
    ///
    /// XML element `<RetryOptions>`; JSON `"RetryOptions"`.
    #[serde(
        rename = "RetryOptions",
        alias = "retryOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub retry_options: Option<JobScheduleRetryOptionsType>,
    /// This parameter is set for SureBackup and backup copy jobs. Defines whether the job must wait for the backup or replication job to complete.
    ///
    /// XML element `<WaitForBackupCompletion>`; JSON `"WaitForBackupCompletion"`.
    #[serde(
        rename = "WaitForBackupCompletion",
        alias = "waitForBackupCompletion",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub wait_for_backup_completion: Option<bool>,
    /// Time period in minutes for which the job must wait for the backup job to complete.
    ///
    /// XML element `<BackupCompetitionWaitingPeriodMin>`; JSON `"BackupCompetitionWaitingPeriodMin"`.
    #[serde(
        rename = "BackupCompetitionWaitingPeriodMin",
        alias = "backupCompetitionWaitingPeriodMin",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_competition_waiting_period_min: Option<i64>,
    /// Daily backup options set for the job. For details, see Daily Backup Scheduling Options.
    ///
    /// XML element `<OptionsDaily>`; JSON `"OptionsDaily"`.
    #[serde(
        rename = "OptionsDaily",
        alias = "optionsDaily",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub options_daily: Option<JobScheduleDailyOptionsType>,
    /// Monthly backup options set for the job. For details, see Monthly Backup Scheduling Options.
    ///
    /// XML element `<OptionsMonthly>`; JSON `"OptionsMonthly"`.
    #[serde(
        rename = "OptionsMonthly",
        alias = "optionsMonthly",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub options_monthly: Option<JobScheduleMonthlyOptionsType>,
    /// Periodic backup options set for the job. For details, see Periodic Backup Scheduling Options.
    ///
    /// XML element `<OptionsPeriodically>`; JSON `"OptionsPeriodically"`.
    #[serde(
        rename = "OptionsPeriodically",
        alias = "optionsPeriodically",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub options_periodically: Option<JobSchedulePeriodicallyOptionsType>,
    /// XML element `<Standart>`; JSON `"Standart"`.
    #[serde(
        rename = "Standart",
        alias = "standart",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub standart: Option<Standart>,
    /// XML element `<CdpReplica>`; JSON `"CdpReplica"`.
    #[serde(
        rename = "CdpReplica",
        alias = "cdpReplica",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cdp_replica: Option<CdpReplica>,
    /// Continuous backup options set for the job. For details, see Continuous Backup Scheduling Options.
    ///
    /// XML `<ImmediateCopyMode><OptionsContinuous/>…</ImmediateCopyMode>`; JSON `"ImmediateCopyMode": {"OptionsContinuouses": […]}`.
    #[serde(
        rename = "ImmediateCopyMode",
        alias = "OptionsContinuous",
        alias = "immediateCopyMode",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_options_continuouses"
    )]
    pub immediate_copy_mode: Option<Vec<JobScheduleContinuousOptionsType>>,
    /// Backup window options set for the job. For details, see Backup Window Options.
    ///
    /// XML element `<OptionsBackupWindow>`; JSON `"OptionsBackupWindow"`.
    #[serde(
        rename = "OptionsBackupWindow",
        alias = "optionsBackupWindow",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub options_backup_window: Option<JobScheduleBackupWindowOptionsType>,
    /// Defines whether backup job chaining is enabled for the job. For details, see Job Chaining Options.
    ///
    /// XML element `<OptionsDaisyChaining>`; JSON `"OptionsDaisyChaining"`.
    #[serde(
        rename = "OptionsDaisyChaining",
        alias = "optionsDaisyChaining",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub options_daisy_chaining: Option<JobScheduleDaisyChainingOptionsType>,
    /// Number restore points to keep.
    ///
    /// XML element `<RetainCycles>`; JSON `"RetainCycles"`.
    #[serde(
        rename = "RetainCycles",
        alias = "retainCycles",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub retain_cycles: Option<i64>,
    /// Number of days for which to keep restore points.
    ///
    /// XML element `<RetainDaysToKeep>`; JSON `"RetainDaysToKeep"`.
    #[serde(
        rename = "RetainDaysToKeep",
        alias = "retainDaysToKeep",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub retain_days_to_keep: Option<i64>,
    /// Defines whether to keep a specific number of restore points or restore points created during a specific number of days: Possible values: • Cycles — keep the last &lt;N&gt; restore points, where &lt;N&gt; is the specified number of restore points. • Days — keep restore points created during the last &lt;N&gt; days, where &lt;N&gt; is the specified number of days.
    ///
    /// XML element `<RetainLimitType>`; JSON `"RetainLimitType"`.
    #[serde(
        rename = "RetainLimitType",
        alias = "retainLimitType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub retain_limit_type: Option<super::enums::ScheduleOptionsInfoTypeRetainLimitType>,
    /// Weekly GFS retention policy options set for the job. For details, see Weekly GFS Retention Policy Options.
    ///
    /// XML element `<Weekly>`; JSON `"Weekly"`.
    #[serde(
        rename = "Weekly",
        alias = "weekly",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub weekly: Option<WeeklyOptionsInfoType>,
    /// Monthly GFS retention policy options set for the job. For details, see Monthly GFS Retention Policy Options.
    ///
    /// XML element `<Monthly>`; JSON `"Monthly"`.
    #[serde(
        rename = "Monthly",
        alias = "monthly",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub monthly: Option<MonthlyOptionsInfoType>,
    /// Yearly GFS retention policy options set for the job. For details, see Yearly GFS Retention Policy Options.
    ///
    /// XML element `<Yearly>`; JSON `"Yearly"`.
    #[serde(
        rename = "Yearly",
        alias = "yearly",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub yearly: Option<YearlyOptionsInfoType>,
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
}
impl crate::runtime::xml::FromXml for ScheduleOptionsInfoType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            retry_options: xml::elem(el, "RetryOptions")?,
            wait_for_backup_completion: xml::elem_text(el, "WaitForBackupCompletion")?,
            backup_competition_waiting_period_min: xml::elem_text(
                el,
                "BackupCompetitionWaitingPeriodMin",
            )?,
            options_daily: xml::elem(el, "OptionsDaily")?,
            options_monthly: xml::elem(el, "OptionsMonthly")?,
            options_periodically: xml::elem(el, "OptionsPeriodically")?,
            standart: xml::elem(el, "Standart")?,
            cdp_replica: xml::elem(el, "CdpReplica")?,
            immediate_copy_mode: xml::wrapped(
                el,
                "ImmediateCopyMode",
                "OptionsContinuous",
            )?,
            options_backup_window: xml::elem(el, "OptionsBackupWindow")?,
            options_daisy_chaining: xml::elem(el, "OptionsDaisyChaining")?,
            retain_cycles: xml::elem_text(el, "RetainCycles")?,
            retain_days_to_keep: xml::elem_text(el, "RetainDaysToKeep")?,
            retain_limit_type: xml::elem_text(el, "RetainLimitType")?,
            weekly: xml::elem(el, "Weekly")?,
            monthly: xml::elem(el, "Monthly")?,
            yearly: xml::elem(el, "Yearly")?,
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
        })
    }
}
impl crate::runtime::xml::ToXml for ScheduleOptionsInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem("RetryOptions", &self.retry_options);
        w.elem_text("WaitForBackupCompletion", &self.wait_for_backup_completion);
        w.elem_text(
            "BackupCompetitionWaitingPeriodMin",
            &self.backup_competition_waiting_period_min,
        );
        w.elem("OptionsDaily", &self.options_daily);
        w.elem("OptionsMonthly", &self.options_monthly);
        w.elem("OptionsPeriodically", &self.options_periodically);
        w.elem("Standart", &self.standart);
        w.elem("CdpReplica", &self.cdp_replica);
        w.wrapped("ImmediateCopyMode", "OptionsContinuous", &self.immediate_copy_mode);
        w.elem("OptionsBackupWindow", &self.options_backup_window);
        w.elem("OptionsDaisyChaining", &self.options_daisy_chaining);
        w.elem_text("RetainCycles", &self.retain_cycles);
        w.elem_text("RetainDaysToKeep", &self.retain_days_to_keep);
        w.elem_text("RetainLimitType", &self.retain_limit_type);
        w.elem("Weekly", &self.weekly);
        w.elem("Monthly", &self.monthly);
        w.elem("Yearly", &self.yearly);
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
        })
    }
}
impl crate::runtime::xml::ToXml for SessionResultInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Result", &self.result);
        w.elem_text("Message", &self.message);
        w.elem_text("IsCanceled", &self.is_canceled);
    }
}
/// Used by PUT /jobs/{ID}?action=edit.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_jobs_id_actionedit.html>
///
/// XML root element: `<SimpleRetentionPolicy>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SimpleRetentionPolicy {
    /// Number restore points to keep.
    ///
    /// XML element `<RetainCycles>`; JSON `"RetainCycles"`.
    #[serde(
        rename = "RetainCycles",
        alias = "retainCycles",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub retain_cycles: Option<i64>,
    /// Number of days for which to keep restore points.
    ///
    /// XML element `<RetainDaysToKeep>`; JSON `"RetainDaysToKeep"`.
    #[serde(
        rename = "RetainDaysToKeep",
        alias = "retainDaysToKeep",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub retain_days_to_keep: Option<i64>,
    /// Defines whether to keep a specific number of restore points or restore points created during a specific number of days: Possible values: • Cycles — keep the last &lt;N&gt; restore points, where &lt;N&gt; is the specified number of restore points. • Days — keep restore points created during the last &lt;N&gt; days, where &lt;N&gt; is the specified number of days.
    ///
    /// XML element `<RetainLimitType>`; JSON `"RetainLimitType"`.
    #[serde(
        rename = "RetainLimitType",
        alias = "retainLimitType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub retain_limit_type: Option<super::enums::SimpleRetentionPolicyRetainLimitType>,
}
impl crate::runtime::xml::FromXml for SimpleRetentionPolicy {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            retain_cycles: xml::elem_text(el, "RetainCycles")?,
            retain_days_to_keep: xml::elem_text(el, "RetainDaysToKeep")?,
            retain_limit_type: xml::elem_text(el, "RetainLimitType")?,
        })
    }
}
impl crate::runtime::xml::ToXml for SimpleRetentionPolicy {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("RetainCycles", &self.retain_cycles);
        w.elem_text("RetainDaysToKeep", &self.retain_days_to_keep);
        w.elem_text("RetainLimitType", &self.retain_limit_type);
    }
}
/// Used by GET /nas/fileServers/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_fileservers_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SmbServerOptionsInfoType {
    /// Path to an SMB file share.
    ///
    /// XML element `<Path>`; JSON `"Path"`.
    #[serde(
        rename = "Path",
        alias = "path",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub path: Option<String>,
    /// Credentials that are used to access the shared folder.
    ///
    /// XML element `<CredentialsId>`; JSON `"CredentialsId"`.
    #[serde(
        rename = "CredentialsId",
        alias = "credentialsId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub credentials_id: Option<String>,
}
impl crate::runtime::xml::FromXml for SmbServerOptionsInfoType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            path: xml::elem_text(el, "Path")?,
            credentials_id: xml::elem_text(el, "CredentialsId")?,
        })
    }
}
impl crate::runtime::xml::ToXml for SmbServerOptionsInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Path", &self.path);
        w.elem_text("CredentialsId", &self.credentials_id);
    }
}
/// The `SqlBackupOptions` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SqlBackupOptions {
    /// XML element `<TransactionLogsProcessing>`; JSON `"TransactionLogsProcessing"`.
    #[serde(
        rename = "TransactionLogsProcessing",
        alias = "transactionLogsProcessing",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub transaction_logs_processing: Option<String>,
    /// XML element `<BackupLogsFrequencyMin>`; JSON `"BackupLogsFrequencyMin"`.
    #[serde(
        rename = "BackupLogsFrequencyMin",
        alias = "backupLogsFrequencyMin",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_logs_frequency_min: Option<String>,
    /// XML element `<UseDbBackupRetention>`; JSON `"UseDbBackupRetention"`.
    #[serde(
        rename = "UseDbBackupRetention",
        alias = "useDbBackupRetention",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub use_db_backup_retention: Option<String>,
    /// XML element `<RetainDays>`; JSON `"RetainDays"`.
    #[serde(
        rename = "RetainDays",
        alias = "retainDays",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub retain_days: Option<String>,
}
impl crate::runtime::xml::FromXml for SqlBackupOptions {
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
        })
    }
}
impl crate::runtime::xml::ToXml for SqlBackupOptions {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("TransactionLogsProcessing", &self.transaction_logs_processing);
        w.elem_text("BackupLogsFrequencyMin", &self.backup_logs_frequency_min);
        w.elem_text("UseDbBackupRetention", &self.use_db_backup_retention);
        w.elem_text("RetainDays", &self.retain_days);
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
        })
    }
}
impl crate::runtime::xml::ToXml for SqlBackupOptionsType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("TransactionLogsProcessing", &self.transaction_logs_processing);
        w.elem_text("BackupLogsFrequencyMin", &self.backup_logs_frequency_min);
        w.elem_text("UseDbBackupRetention", &self.use_db_backup_retention);
        w.elem_text("RetainDays", &self.retain_days);
    }
}
/// Used by GET /security/accounts/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SqlRestoreSettingsInfoType {
    /// Defines whether the account is prevented from overriding production databases at restore.
    ///
    /// XML element `<DenyInPlaceRestore>`; JSON `"DenyInPlaceRestore"`.
    #[serde(
        rename = "DenyInPlaceRestore",
        alias = "denyInPlaceRestore",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub deny_in_place_restore: Option<bool>,
}
impl crate::runtime::xml::FromXml for SqlRestoreSettingsInfoType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            deny_in_place_restore: xml::elem_text(el, "DenyInPlaceRestore")?,
        })
    }
}
impl crate::runtime::xml::ToXml for SqlRestoreSettingsInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("DenyInPlaceRestore", &self.deny_in_place_restore);
    }
}
/// Used by POST /security/accounts.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts.html>
///
/// XML root element: `<SqlSettings>`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SqlRestoreSettingsSpecsType {
    /// Defines whether you want to prevent user account from overriding production databases at restore.
    ///
    /// XML element `<DenyInPlaceRestore>`; JSON `"DenyInPlaceRestore"`.
    #[serde(
        rename = "DenyInPlaceRestore",
        alias = "denyInPlaceRestore",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub deny_in_place_restore: bool,
}
impl crate::runtime::xml::FromXml for SqlRestoreSettingsSpecsType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            deny_in_place_restore: xml::elem_text(el, "DenyInPlaceRestore")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "DenyInPlaceRestore",
                ))?,
        })
    }
}
impl crate::runtime::xml::ToXml for SqlRestoreSettingsSpecsType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("DenyInPlaceRestore", &self.deny_in_place_restore);
    }
}
/// The `Standart` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Standart {
    /// XML element `<RetryOptions>`; JSON `"RetryOptions"`.
    #[serde(
        rename = "RetryOptions",
        alias = "retryOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub retry_options: Option<RetryOptions>,
    /// XML element `<WaitForBackupCompletion>`; JSON `"WaitForBackupCompletion"`.
    #[serde(
        rename = "WaitForBackupCompletion",
        alias = "waitForBackupCompletion",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub wait_for_backup_completion: Option<String>,
    /// XML element `<BackupCompetitionWaitingPeriodMin>`; JSON `"BackupCompetitionWaitingPeriodMin"`.
    #[serde(
        rename = "BackupCompetitionWaitingPeriodMin",
        alias = "backupCompetitionWaitingPeriodMin",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_competition_waiting_period_min: Option<String>,
    /// XML element `<OptionsDaily>`; JSON `"OptionsDaily"`.
    #[serde(
        rename = "OptionsDaily",
        alias = "optionsDaily",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub options_daily: Option<OptionsDaily>,
    /// XML element `<OptionsMonthly>`; JSON `"OptionsMonthly"`.
    #[serde(
        rename = "OptionsMonthly",
        alias = "optionsMonthly",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub options_monthly: Option<OptionsMonthly>,
    /// XML element `<OptionsPeriodically>`; JSON `"OptionsPeriodically"`.
    #[serde(
        rename = "OptionsPeriodically",
        alias = "optionsPeriodically",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub options_periodically: Option<OptionsPeriodically>,
    /// XML element `<OptionsContinuous>`; JSON `"OptionsContinuous"`.
    #[serde(
        rename = "OptionsContinuous",
        alias = "optionsContinuous",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub options_continuous: Option<OptionsContinuous>,
    /// XML element `<OptionsBackupWindow>`; JSON `"OptionsBackupWindow"`.
    #[serde(
        rename = "OptionsBackupWindow",
        alias = "optionsBackupWindow",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub options_backup_window: Option<OptionsBackupWindow>,
    /// XML element `<OptionsDaisyChaining>`; JSON `"OptionsDaisyChaining"`.
    #[serde(
        rename = "OptionsDaisyChaining",
        alias = "optionsDaisyChaining",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub options_daisy_chaining: Option<OptionsDaisyChaining>,
}
impl crate::runtime::xml::FromXml for Standart {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            retry_options: xml::elem(el, "RetryOptions")?,
            wait_for_backup_completion: xml::elem_text(el, "WaitForBackupCompletion")?,
            backup_competition_waiting_period_min: xml::elem_text(
                el,
                "BackupCompetitionWaitingPeriodMin",
            )?,
            options_daily: xml::elem(el, "OptionsDaily")?,
            options_monthly: xml::elem(el, "OptionsMonthly")?,
            options_periodically: xml::elem(el, "OptionsPeriodically")?,
            options_continuous: xml::elem(el, "OptionsContinuous")?,
            options_backup_window: xml::elem(el, "OptionsBackupWindow")?,
            options_daisy_chaining: xml::elem(el, "OptionsDaisyChaining")?,
        })
    }
}
impl crate::runtime::xml::ToXml for Standart {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem("RetryOptions", &self.retry_options);
        w.elem_text("WaitForBackupCompletion", &self.wait_for_backup_completion);
        w.elem_text(
            "BackupCompetitionWaitingPeriodMin",
            &self.backup_competition_waiting_period_min,
        );
        w.elem("OptionsDaily", &self.options_daily);
        w.elem("OptionsMonthly", &self.options_monthly);
        w.elem("OptionsPeriodically", &self.options_periodically);
        w.elem("OptionsContinuous", &self.options_continuous);
        w.elem("OptionsBackupWindow", &self.options_backup_window);
        w.elem("OptionsDaisyChaining", &self.options_daisy_chaining);
    }
}
/// The `StorageResourceStat` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct StorageResourceStat {
    /// XML element `<StorageName>`; JSON `"StorageName"`.
    #[serde(
        rename = "StorageName",
        alias = "storageName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub storage_name: Option<String>,
    /// XML element `<StorageUsageGb>`; JSON `"StorageUsageGb"`.
    #[serde(
        rename = "StorageUsageGb",
        alias = "storageUsageGb",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub storage_usage_gb: Option<String>,
    /// XML element `<StorageLimitGb>`; JSON `"StorageLimitGb"`.
    #[serde(
        rename = "StorageLimitGb",
        alias = "storageLimitGb",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub storage_limit_gb: Option<String>,
}
impl crate::runtime::xml::FromXml for StorageResourceStat {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            storage_name: xml::elem_text(el, "StorageName")?,
            storage_usage_gb: xml::elem_text(el, "StorageUsageGb")?,
            storage_limit_gb: xml::elem_text(el, "StorageLimitGb")?,
        })
    }
}
impl crate::runtime::xml::ToXml for StorageResourceStat {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("StorageName", &self.storage_name);
        w.elem_text("StorageUsageGb", &self.storage_usage_gb);
        w.elem_text("StorageLimitGb", &self.storage_limit_gb);
    }
}
/// Used by GET /cloud/tenants/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct StorageResourceStatsListType {
    /// Name of the storage where tenant VM replicas are stored.
    ///
    /// XML element `<StorageName>`; JSON `"StorageName"`.
    #[serde(
        rename = "StorageName",
        alias = "storageName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub storage_name: Option<String>,
    /// Number of CPUs used by the tenant.
    ///
    /// XML element `<StorageUsageGb>`; JSON `"StorageUsageGb"`.
    #[serde(
        rename = "StorageUsageGb",
        alias = "storageUsageGb",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub storage_usage_gb: Option<i64>,
    /// Maximum amount of disc space that can be used by the tenant.
    ///
    /// XML element `<StorageLimitGb>`; JSON `"StorageLimitGb"`.
    #[serde(
        rename = "StorageLimitGb",
        alias = "storageLimitGb",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub storage_limit_gb: Option<i64>,
    /// repeated XML element `<StorageResourceStat>`; JSON `"StorageResourceStats": […]`.
    #[serde(
        rename = "StorageResourceStats",
        alias = "StorageResourceStat",
        alias = "storageResourceStats",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub storage_resource_stat: Vec<StorageResourceStat>,
}
impl crate::runtime::xml::FromXml for StorageResourceStatsListType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            storage_name: xml::elem_text(el, "StorageName")?,
            storage_usage_gb: xml::elem_text(el, "StorageUsageGb")?,
            storage_limit_gb: xml::elem_text(el, "StorageLimitGb")?,
            storage_resource_stat: xml::elems(el, "StorageResourceStat")?,
        })
    }
}
impl crate::runtime::xml::ToXml for StorageResourceStatsListType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("StorageName", &self.storage_name);
        w.elem_text("StorageUsageGb", &self.storage_usage_gb);
        w.elem_text("StorageLimitGb", &self.storage_limit_gb);
        w.elems("StorageResourceStat", &self.storage_resource_stat);
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
    pub links: Option<Vec<Link>>,
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
            links: xml::wrapped(el, "Links", "Link")?,
            session_type: xml::elem_text(el, "SessionType")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            end_time_utc: xml::elem_text(el, "EndTimeUTC")?,
            state: xml::elem_text(el, "State")?,
            result: xml::elem(el, "Result")?,
        })
    }
}
impl crate::runtime::xml::ToXml for SystemSession {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("SessionType", &self.session_type);
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("EndTimeUTC", &self.end_time_utc);
        w.elem_text("State", &self.state);
        w.elem("Result", &self.result);
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
}
impl crate::runtime::xml::FromXml for TagsListType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            tag: xml::elem_text(el, "Tag")?,
        })
    }
}
impl crate::runtime::xml::ToXml for TagsListType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Tag", &self.tag);
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
    pub links: Option<Vec<Link>>,
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
}
impl crate::runtime::xml::FromXml for Task {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            links: xml::wrapped(el, "Links", "Link")?,
            task_id: xml::elem_text(el, "TaskId")?,
            state: xml::elem_text(el, "State")?,
            operation: xml::elem_text(el, "Operation")?,
            result: xml::elem(el, "Result")?,
        })
    }
}
impl crate::runtime::xml::ToXml for Task {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("TaskId", &self.task_id);
        w.elem_text("State", &self.state);
        w.elem_text("Operation", &self.operation);
        w.elem("Result", &self.result);
    }
}
/// Used by POST /agents/agentRestorePoints/{ID}/mounts.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_agents_agentrestorepoints_id_mounts.html>
///
/// XML root element: `<Tasks>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Tasks {
    /// XML element `<Task>`; JSON `"Task"`.
    #[serde(
        rename = "Task",
        alias = "task",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task: Option<Task>,
}
impl crate::runtime::xml::FromXml for Tasks {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            task: xml::elem(el, "Task")?,
        })
    }
}
impl crate::runtime::xml::ToXml for Tasks {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem("Task", &self.task);
    }
}
/// The `TenantCredentials` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct TenantCredentials {
    /// XML element `<Username>`; JSON `"Username"`.
    #[serde(
        rename = "Username",
        alias = "username",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub username: Option<String>,
    /// XML element `<TenantCredentials>`; JSON `"TenantCredentials"`.
    #[serde(
        rename = "TenantCredentials",
        alias = "tenantCredentials",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub tenant_credentials: Option<TenantCredentialsTenantCredentials>,
}
impl crate::runtime::xml::FromXml for TenantCredentials {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            username: xml::elem_text(el, "Username")?,
            tenant_credentials: xml::elem(el, "TenantCredentials")?,
        })
    }
}
impl crate::runtime::xml::ToXml for TenantCredentials {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Username", &self.username);
        w.elem("TenantCredentials", &self.tenant_credentials);
    }
}
/// 'TenantCredentials' of TenantCredentials, known only from a JSON sample.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct TenantCredentialsTenantCredentials {
    /// XML element `<Username>`; JSON `"Username"`.
    #[serde(
        rename = "Username",
        alias = "username",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub username: Option<String>,
}
impl crate::runtime::xml::FromXml for TenantCredentialsTenantCredentials {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            username: xml::elem_text(el, "Username")?,
        })
    }
}
impl crate::runtime::xml::ToXml for TenantCredentialsTenantCredentials {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Username", &self.username);
    }
}
/// The `TenantType` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct TenantType {
    /// XML element `<ADTenantType>`; JSON `"ADTenantType"`.
    #[serde(
        rename = "ADTenantType",
        alias = "aDTenantType",
        alias = "adTenantType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ad_tenant_type: Option<AdTenantType>,
    /// XML `<StandaloneTenant><TenantCredentials/>…</StandaloneTenant>`; JSON `"StandaloneTenant": {"TenantCredentialses": […]}`.
    #[serde(
        rename = "StandaloneTenant",
        alias = "TenantCredentials",
        alias = "standaloneTenant",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_tenant_credentialses"
    )]
    pub standalone_tenant: Option<Vec<TenantCredentials>>,
}
impl crate::runtime::xml::FromXml for TenantType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            ad_tenant_type: xml::elem(el, "ADTenantType")?,
            standalone_tenant: xml::wrapped(el, "StandaloneTenant", "TenantCredentials")?,
        })
    }
}
impl crate::runtime::xml::ToXml for TenantType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem("ADTenantType", &self.ad_tenant_type);
        w.wrapped("StandaloneTenant", "TenantCredentials", &self.standalone_tenant);
    }
}
/// Used by GET /cdpReplica/vApps/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplica_vapps_id.html>
///
/// XML root element: `<VAppCdpReplica>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VAppCdpReplica {
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
    /// Name of the vApp included in the CDP replica, for example: vApp-TS.
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
    /// UID of the vApp included in the CDP replica, for example: urn:veeam:VAppCdpReplica:571252ff-c227-4204-b9f8-e1f32a52496b.
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
    pub links: Option<Vec<Link>>,
    /// Reference to the vApp, for example: urn:vCloud:Vapp:1903878c-230d-456d-80d2-4df9e319b6d7.urn:vcloud:vapp:aff5d61d-4481-4f72-a019-e0ed1bbd63a3.
    ///
    /// XML element `<vAppRef>`; JSON `"vAppRef"`.
    #[serde(
        rename = "vAppRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub v_app_ref: Option<String>,
    /// ID of the CDP replica, for example: fdab78b8-8cee-4939-b478-276dbcd25de4.
    ///
    /// XML element `<ReplicaUid>`; JSON `"ReplicaUid"`.
    #[serde(
        rename = "ReplicaUid",
        alias = "replicaUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub replica_uid: Option<crate::runtime::Uid>,
    /// Name of the backup server parent to the CDP replica resource.
    ///
    /// XML element `<BackupServer>`; JSON `"BackupServer"`.
    #[serde(
        rename = "BackupServer",
        alias = "backupServer",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_server: Option<String>,
    /// ID of the CDP policy that processes the vApp, for example: 872a3860-3805-43b8-bcf6-388384bfed33.
    ///
    /// XML element `<PolicyUid>`; JSON `"PolicyUid"`.
    #[serde(
        rename = "PolicyUid",
        alias = "policyUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub policy_uid: Option<crate::runtime::Uid>,
    /// Name of the CDP policy that processes the vApp.
    ///
    /// XML element `<PolicyName>`; JSON `"PolicyName"`.
    #[serde(
        rename = "PolicyName",
        alias = "policyName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub policy_name: Option<String>,
}
impl crate::runtime::xml::FromXml for VAppCdpReplica {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            v_app_ref: xml::elem_text(el, "vAppRef")?,
            replica_uid: xml::elem_text(el, "ReplicaUid")?,
            backup_server: xml::elem_text(el, "BackupServer")?,
            policy_uid: xml::elem_text(el, "PolicyUid")?,
            policy_name: xml::elem_text(el, "PolicyName")?,
        })
    }
}
impl crate::runtime::xml::ToXml for VAppCdpReplica {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("vAppRef", &self.v_app_ref);
        w.elem_text("ReplicaUid", &self.replica_uid);
        w.elem_text("BackupServer", &self.backup_server);
        w.elem_text("PolicyUid", &self.policy_uid);
        w.elem_text("PolicyName", &self.policy_name);
    }
}
/// Used by GET /cdpReplica/vApps/{ID}/vms/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplica_vapps_id_vms_id.html>
///
/// XML root element: `<VAppCdpReplicaVm>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VAppCdpReplicaVm {
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
    /// Name of the VM included in the CDP replica, for example: virt03-ubuntu01.
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
    /// UID of the VM included in the CDP replica, for example: urn:veeam:VAppCdpReplicaVm:a5127596-0076-4cae-9144-ecec955b045a.
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
    pub links: Option<Vec<Link>>,
    /// ID of the CDP replica, for example: fdab78b8-8cee-4939-b478-276dbcd25de4.
    ///
    /// XML element `<ReplicaUid>`; JSON `"ReplicaUid"`.
    #[serde(
        rename = "ReplicaUid",
        alias = "replicaUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub replica_uid: Option<crate::runtime::Uid>,
    /// Reference to the VM, for example: urn:VMware:Vm:310bf182-930c-494e-ab0d-636c5eba58b9.vm-4216.
    ///
    /// XML element `<VmRef>`; JSON `"VmRef"`.
    #[serde(
        rename = "VmRef",
        alias = "vmRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vm_ref: Option<String>,
}
impl crate::runtime::xml::FromXml for VAppCdpReplicaVm {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            replica_uid: xml::elem_text(el, "ReplicaUid")?,
            vm_ref: xml::elem_text(el, "VmRef")?,
        })
    }
}
impl crate::runtime::xml::ToXml for VAppCdpReplicaVm {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("ReplicaUid", &self.replica_uid);
        w.elem_text("VmRef", &self.vm_ref);
    }
}
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/cdpreplica_vapps_id_vms.html>
///
/// XML root element: `<VAppCdpReplicaVms>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VAppCdpReplicaVms {
    /// repeated XML element `<Items>`; JSON `"Itemses": […]`.
    #[serde(
        rename = "Itemses",
        alias = "Items",
        alias = "itemses",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub items: Vec<Items>,
}
impl crate::runtime::xml::FromXml for VAppCdpReplicaVms {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            items: xml::elems(el, "Items")?,
        })
    }
}
impl crate::runtime::xml::ToXml for VAppCdpReplicaVms {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("Items", &self.items);
    }
}
/// Used by GET /vAppReplicaPoints/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vappreplicapoints_id.html>
///
/// XML root element: `<VAppReplicaPoint>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VAppReplicaPoint {
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
    /// Name of the vApp replica point, for example: vApp01@2021-02-04 00:08:35.
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
    /// UID of the vApp replica point resource.
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
    /// XML attribute `VAppDisplayName`; JSON `"VAppDisplayName"`.
    #[serde(
        rename = "VAppDisplayName",
        alias = "vAppDisplayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub v_app_display_name: Option<String>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    #[serde(
        rename = "Links",
        alias = "Link",
        alias = "links",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub links: Option<Vec<Link>>,
    /// Date and time when the restore point was created. The parameter accepts only UTC-formatted DateTime values.
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
    /// Name of the vApp for which the restore point has been created.
    ///
    /// XML element `<VAppName>`; JSON `"VAppName"`.
    #[serde(
        rename = "VAppName",
        alias = "vAppName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub v_app_name: Option<String>,
    /// Replication method used to create the restore point. Possible values: • Full • ReversedIncremental • Incremental • SyntheticFull
    ///
    /// XML element `<Algorithm>`; JSON `"Algorithm"`.
    #[serde(
        rename = "Algorithm",
        alias = "algorithm",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub algorithm: Option<super::enums::VAppReplicaPointAlgorithm>,
    /// Type of the vApp replica point. Possible values: • Full • ReverseIncrement • Increment • Snapshot
    ///
    /// XML element `<PointType>`; JSON `"PointType"`.
    #[serde(
        rename = "PointType",
        alias = "pointType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub point_type: Option<super::enums::VAppReplicaPointPointType>,
}
impl crate::runtime::xml::FromXml for VAppReplicaPoint {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            v_app_display_name: xml::attr(el, "VAppDisplayName")?,
            links: xml::wrapped(el, "Links", "Link")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            v_app_name: xml::elem_text(el, "VAppName")?,
            algorithm: xml::elem_text(el, "Algorithm")?,
            point_type: xml::elem_text(el, "PointType")?,
        })
    }
}
impl crate::runtime::xml::ToXml for VAppReplicaPoint {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.attr("VAppDisplayName", &self.v_app_display_name);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("VAppName", &self.v_app_name);
        w.elem_text("Algorithm", &self.algorithm);
        w.elem_text("PointType", &self.point_type);
    }
}
/// Used by GET /vAppRestorePoints/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vapprestorepoints_id.html>
///
/// XML root element: `<VAppRestorePoint>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VAppRestorePoint {
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
    /// Name of the vApp restore point, for example: vApp02@2014-08-24 05:03:25.
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
    /// UID of the vApp point resource.
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
    /// XML attribute `VAppDisplayName`; JSON `"VAppDisplayName"`.
    #[serde(
        rename = "VAppDisplayName",
        alias = "vAppDisplayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub v_app_display_name: Option<String>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    #[serde(
        rename = "Links",
        alias = "Link",
        alias = "links",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub links: Option<Vec<Link>>,
    /// Date and time when the vApp restore point was created. The parameter accepts only UTC-formatted DateTime values.
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
    /// Backup method used to create the vApp restore point. Possible values: • Full • ReversedIncremental • Incremental • SyntheticFull
    ///
    /// XML element `<Algorithm>`; JSON `"Algorithm"`.
    #[serde(
        rename = "Algorithm",
        alias = "algorithm",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub algorithm: Option<super::enums::VAppRestorePointAlgorithm>,
    /// Type of the vApp restore point. Possible values: • Full • Increment • ReverseIncrement
    ///
    /// XML element `<PointType>`; JSON `"PointType"`.
    #[serde(
        rename = "PointType",
        alias = "pointType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub point_type: Option<super::enums::VAppRestorePointPointType>,
    /// Reference to the vApp.
    ///
    /// XML element `<HierarchyObjRef>`; JSON `"HierarchyObjRef"`.
    #[serde(
        rename = "HierarchyObjRef",
        alias = "hierarchyObjRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub hierarchy_obj_ref: Option<String>,
}
impl crate::runtime::xml::FromXml for VAppRestorePoint {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            v_app_display_name: xml::attr(el, "VAppDisplayName")?,
            links: xml::wrapped(el, "Links", "Link")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            algorithm: xml::elem_text(el, "Algorithm")?,
            point_type: xml::elem_text(el, "PointType")?,
            hierarchy_obj_ref: xml::elem_text(el, "HierarchyObjRef")?,
        })
    }
}
impl crate::runtime::xml::ToXml for VAppRestorePoint {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.attr("VAppDisplayName", &self.v_app_display_name);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("Algorithm", &self.algorithm);
        w.elem_text("PointType", &self.point_type);
        w.elem_text("HierarchyObjRef", &self.hierarchy_obj_ref);
    }
}
/// Used by GET /selfService/vSphere/Configs/{ID}, POST /selfService/vSphere/Configs, PUT /selfService/vSphere/Configs/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_selfservice_vsphere_configs_id.html>
///
/// XML root element: `<VCentersScope>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VCentersScopeListType {
    /// UID of the vCenter Server that must be available to the tenant, for example: urn:veeam:ManagedServer:6edb23da-560b-4759-951f-1da6aca08169.
    ///
    /// repeated XML element `<VCenterUid>`; JSON `"VCenterUids": […]`.
    #[serde(
        rename = "VCenterUids",
        alias = "VCenterUid",
        alias = "vCenterUids",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub v_center_uid: Vec<crate::runtime::Uid>,
}
impl crate::runtime::xml::FromXml for VCentersScopeListType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            v_center_uid: xml::elems_text(el, "VCenterUid")?,
        })
    }
}
impl crate::runtime::xml::ToXml for VCentersScopeListType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems_text("VCenterUid", &self.v_center_uid);
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
    }
}
/// Used by GET /vCloud/orgConfigs/{ID}, PUT /vCloud/orgConfigs/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vcloud_orgconfigs_id.html>
///
/// XML root element: `<VCloudOrganizationConfig>`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VCloudOrganizationConfig {
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
    /// Name of the VMware Cloud Director organization configuration resource, for example: org1.
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
    /// UID of the VMware Cloud Director organization configuration resource, for example: urn:veeam:BackupFile:0874ab95-10e5-4f25-84df-2782ad81f3e5.
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
    /// UID of the backup server parent to the VMware Cloud Director organization configuration resource.
    ///
    /// XML element `<BackupServerUid>`; JSON `"BackupServerUid"`.
    #[serde(
        rename = "BackupServerUid",
        alias = "backupServerUid",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub backup_server_uid: crate::runtime::Uid,
    /// UID of the backup repository on which the storage quota for the VMware Cloud Director organization is created, for example: urn:veeam:Repository:82db96c3-445c-4a7e-9587-f2d523e839f4.
    ///
    /// XML element `<RepositoryUid>`; JSON `"RepositoryUid"`.
    #[serde(
        rename = "RepositoryUid",
        alias = "repositoryUid",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub repository_uid: crate::runtime::Uid,
    /// Size of the storage quota assigned to the VMware Cloud Director organization (in GB).
    ///
    /// XML element `<QuotaGb>`; JSON `"QuotaGb"`.
    #[serde(
        rename = "QuotaGb",
        alias = "quotaGb",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub quota_gb: i64,
    /// Defines if the default VMware Cloud Director organization configuration is in the disabled or enabled state. Possible values: • True — the default configuration is disabled. Self-service backup is unavailable for VMware Cloud Director organizations that do not have individual configurations. • False — the default configuration is enabled. VMware Cloud Director organizations for which individual configurations were not created can perform self-service backup.
    ///
    /// XML element `<IsDisabled>`; JSON `"IsDisabled"`.
    #[serde(rename = "IsDisabled", alias = "isDisabled")]
    pub is_disabled: super::enums::VCloudOrganizationConfigIsDisabled,
    /// Job settings used for the organization configuration. For details, see Job Settings.
    ///
    /// XML element `<JobSettings>`; JSON `"JobSettings"`.
    #[serde(rename = "JobSettings", alias = "jobSettings")]
    pub job_settings: JobSettings,
    /// Amount of space on the storage quota consumed by the VMware Cloud Director organization (in MB).
    ///
    /// XML element `<UsedQuotaMb>`; JSON `"UsedQuotaMb"`.
    #[serde(
        rename = "UsedQuotaMb",
        alias = "usedQuotaMb",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub used_quota_mb: Option<i64>,
    /// UID of the VMware Cloud Director host where the VMware Cloud Director organization has been created.
    ///
    /// XML element `<HostUid>`; JSON `"HostUid"`.
    #[serde(
        rename = "HostUid",
        alias = "hostUid",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub host_uid: crate::runtime::Uid,
    /// Backup repository name displayed to VMware Cloud Director organization members, for example: Backup Repository 1.
    ///
    /// XML element `<RepositoryFriendlyName>`; JSON `"RepositoryFriendlyName"`.
    #[serde(
        rename = "RepositoryFriendlyName",
        alias = "repositoryFriendlyName",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub repository_friendly_name: String,
    /// Defines if the default VMware Cloud Director organization configuration is in the disabled or enabled state. Possible values: • True — the default configuration is disabled. Self-service backup is unavailable for VMware Cloud Director organizations that do not have individual configurations. • False — the default configuration is enabled. VMware Cloud Director organizations for which individual configurations were not created can perform self-service backup.
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
    /// Job scheduling options. Possible values: • Full — VMware Cloud Director organization members have full access to all job scheduling options. • Partial — VMware Cloud Director organization members can create daily and monthly jobs only. • Random — VMware Cloud Director organization members can create daily jobs with randomized start time within the backup window. • Disabled — VMware Cloud Director organization members can create only jobs with no schedule assigned.
    ///
    /// XML element `<JobSchedulerType>`; JSON `"JobSchedulerType"`.
    #[serde(
        rename = "JobSchedulerType",
        alias = "jobSchedulerType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub job_scheduler_type: Option<
        super::enums::VCloudOrganizationConfigJobSchedulerType,
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
    /// UID of the VMware Cloud Director backup job that will be used as a template for VMware Cloud Director organization VMs processing. The backup job must be created in advance on the backup server connected to Veeam Backup Enterprise Manager. Settings of the specified job will be applied to backup jobs created by tenant-side users. If the job UID is not specified, tenant-side jobs will be configured with the default VMware Cloud Director backup job settings. Job settings applied to backup jobs for the VMware Cloud Director organization will be listed in the representation of the /vCloud/orgConfigs/{ID}/backupJobSettings resource.
    ///
    /// XML element `<TemplateJobUid>`; JSON `"TemplateJobUid"`.
    #[serde(
        rename = "TemplateJobUid",
        alias = "templateJobUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub template_job_uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    #[serde(
        rename = "Links",
        alias = "Link",
        alias = "links",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub links: Option<Vec<Link>>,
}
impl crate::runtime::xml::FromXml for VCloudOrganizationConfig {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            backup_server_uid: xml::elem_text(el, "BackupServerUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("BackupServerUid"))?,
            repository_uid: xml::elem_text(el, "RepositoryUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("RepositoryUid"))?,
            quota_gb: xml::elem_text(el, "QuotaGb")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("QuotaGb"))?,
            is_disabled: xml::elem_text(el, "IsDisabled")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("IsDisabled"))?,
            job_settings: xml::elem(el, "JobSettings")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("JobSettings"))?,
            used_quota_mb: xml::elem_text(el, "UsedQuotaMb")?,
            host_uid: xml::elem_text(el, "HostUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("HostUid"))?,
            repository_friendly_name: xml::elem_text(el, "RepositoryFriendlyName")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "RepositoryFriendlyName",
                ))?,
            default_settings: xml::elem_text(el, "DefaultSettings")?,
            job_scheduler_type: xml::elem_text(el, "JobSchedulerType")?,
            high_priority_job: xml::elem_text(el, "HighPriorityJob")?,
            template_job_uid: xml::elem_text(el, "TemplateJobUid")?,
            links: xml::wrapped(el, "Links", "Link")?,
        })
    }
}
impl crate::runtime::xml::ToXml for VCloudOrganizationConfig {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.elem_text_req("BackupServerUid", &self.backup_server_uid);
        w.elem_text_req("RepositoryUid", &self.repository_uid);
        w.elem_text_req("QuotaGb", &self.quota_gb);
        w.elem_text_req("IsDisabled", &self.is_disabled);
        w.elem_req("JobSettings", &self.job_settings);
        w.elem_text("UsedQuotaMb", &self.used_quota_mb);
        w.elem_text_req("HostUid", &self.host_uid);
        w.elem_text_req("RepositoryFriendlyName", &self.repository_friendly_name);
        w.elem_text("DefaultSettings", &self.default_settings);
        w.elem_text("JobSchedulerType", &self.job_scheduler_type);
        w.elem_text("HighPriorityJob", &self.high_priority_job);
        w.elem_text("TemplateJobUid", &self.template_job_uid);
        w.wrapped("Links", "Link", &self.links);
    }
}
/// Used by PUT /vCloud/orgConfigs/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_vcloud_orgconfigs_id.html>
///
/// XML root element: `<JobSettings>`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VCloudOrganizationConfigBackupJobSettings {
    /// Defines whether tenant-side jobs created for the organization must be configured with the default VMware Cloud Director backup job settings. Possible values: • True • False If set to False, the UID of the backup job that will be used as a template for tenant-side jobs must be specified in the CopyFromThisJob element.
    ///
    /// XML element `<DefaultSettings>`; JSON `"DefaultSettings"`.
    #[serde(
        rename = "DefaultSettings",
        alias = "defaultSettings",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_settings: Option<
        super::enums::VCloudOrganizationConfigBackupJobSettingsDefaultSettings,
    >,
    /// Defines whether tenant-side jobs created for the organization must use settings of a specific VMware Cloud Director backup job. Possible values: • True • False If set to True, the UID of the backup job that will be used as a template for tenant-side jobs must be specified in the CopyFromThisJob element.
    ///
    /// XML element `<CustomSettings>`; JSON `"CustomSettings"`.
    #[serde(
        rename = "CustomSettings",
        alias = "customSettings",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub custom_settings: Option<
        super::enums::VCloudOrganizationConfigBackupJobSettingsCustomSettings,
    >,
    /// UID of the VMware Cloud Director backup job that will be used as a template for VMware Cloud Director organization VMs processing. The backup job must be created in advance on the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// XML element `<TemplateJobUid>`; JSON `"TemplateJobUid"`.
    #[serde(
        rename = "TemplateJobUid",
        alias = "templateJobUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub template_job_uid: Option<crate::runtime::Uid>,
    /// Job scheduling options. Possible values: • Full — VMware Cloud Director organization members have full access to all job scheduling options. • Partial — VMware Cloud Director organization members can create daily and monthly jobs only. • Random — VMware Cloud Director organization members can create daily jobs with randomized start time within the backup window. • Disabled — VMware Cloud Director organization members can create only jobs with no schedule assigned.
    ///
    /// XML element `<JobSchedulerType>`; JSON `"JobSchedulerType"`.
    #[serde(rename = "JobSchedulerType", alias = "jobSchedulerType")]
    pub job_scheduler_type: super::enums::VCloudOrganizationConfigBackupJobSettingsJobSchedulerType,
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
}
impl crate::runtime::xml::FromXml for VCloudOrganizationConfigBackupJobSettings {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            default_settings: xml::elem_text(el, "DefaultSettings")?,
            custom_settings: xml::elem_text(el, "CustomSettings")?,
            template_job_uid: xml::elem_text(el, "TemplateJobUid")?,
            job_scheduler_type: xml::elem_text(el, "JobSchedulerType")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "JobSchedulerType",
                ))?,
            high_priority_job: xml::elem_text(el, "HighPriorityJob")?,
        })
    }
}
impl crate::runtime::xml::ToXml for VCloudOrganizationConfigBackupJobSettings {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("DefaultSettings", &self.default_settings);
        w.elem_text("CustomSettings", &self.custom_settings);
        w.elem_text("TemplateJobUid", &self.template_job_uid);
        w.elem_text_req("JobSchedulerType", &self.job_scheduler_type);
        w.elem_text("HighPriorityJob", &self.high_priority_job);
    }
}
/// Used by POST /vCloud/orgConfigs.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vcloud_orgconfigs.html>
///
/// XML root element: `<VCloudOrganizationConfigCreateSpec>`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VCloudOrganizationConfigCreateSpec {
    /// Name of the VMware Cloud Director organization for which the configuration is created. The VMware Cloud Director organization must be created in advance on a VMware Cloud Director server processed by a backup server added to Veeam Backup Enterprise Manager.
    ///
    /// XML element `<OrganizationName>`; JSON `"OrganizationName"`.
    #[serde(
        rename = "OrganizationName",
        alias = "organizationName",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub organization_name: String,
    /// UID of the backup server that must process VMs of the VMware Cloud Director organization, for example: urn:veeam:BackupServer:1cf4ea89-89d9-4b4e-a285-71bd8c705222.
    ///
    /// XML element `<BackupServerUid>`; JSON `"BackupServerUid"`.
    #[serde(
        rename = "BackupServerUid",
        alias = "backupServerUid",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub backup_server_uid: crate::runtime::Uid,
    /// UID of the backup repository on which the storage quota for the VMware Cloud Director organization must be created, for example: urn:veeam:Repository:82db96c3-445c-4a7e-9587-f2d523e839f4.
    ///
    /// XML element `<RepositoryUid>`; JSON `"RepositoryUid"`.
    #[serde(
        rename = "RepositoryUid",
        alias = "repositoryUid",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub repository_uid: crate::runtime::Uid,
    /// Size of the storage quota assigned to the VMware Cloud Director organization (in GB).
    ///
    /// XML element `<QuotaGb>`; JSON `"QuotaGb"`.
    #[serde(
        rename = "QuotaGb",
        alias = "quotaGb",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub quota_gb: i64,
    /// UID of the VMware Cloud Director backup job that will be used as a template for VMware Cloud Director organization VMs processing. The backup job must be created in advance on the backup server connected to Veeam Backup Enterprise Manager. Settings of the specified job will be applied to backup jobs created by tenant-side users. If the job UID is not specified, tenant-side jobs will be configured with the default VMware Cloud Director backup job settings. Job settings applied to backup jobs for the VMware Cloud Director organization will be listed in the representation of the /vCloud/orgConfigs/{ID}/backupJobSettings resource.
    ///
    /// XML element `<TemplateJobUid>`; JSON `"TemplateJobUid"`.
    #[serde(
        rename = "TemplateJobUid",
        alias = "templateJobUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub template_job_uid: Option<crate::runtime::Uid>,
    /// Job scheduling options. Possible values: • Full — VMware Cloud Director organization members have full access to all job scheduling options. • Partial — VMware Cloud Director organization members can create daily and monthly jobs only. • Random — VMware Cloud Director organization members can create daily jobs with randomized start time within the backup window. • Disabled — VMware Cloud Director organization members can create only jobs with no schedule assigned.
    ///
    /// XML element `<JobSchedulerType>`; JSON `"JobSchedulerType"`.
    #[serde(rename = "JobSchedulerType", alias = "jobSchedulerType")]
    pub job_scheduler_type: super::enums::VCloudOrganizationConfigCreateSpecJobSchedulerType,
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
    /// UID of the VMware Cloud Director host where the VMware Cloud Director organization has been created.
    ///
    /// XML element `<HostUid>`; JSON `"HostUid"`.
    #[serde(
        rename = "HostUid",
        alias = "hostUid",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub host_uid: crate::runtime::Uid,
    /// Backup repository name displayed to VMware Cloud Director organization members, for example: Backup Repository 1.
    ///
    /// XML element `<RepositoryFriendlyName>`; JSON `"RepositoryFriendlyName"`.
    #[serde(
        rename = "RepositoryFriendlyName",
        alias = "repositoryFriendlyName",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub repository_friendly_name: String,
}
impl crate::runtime::xml::FromXml for VCloudOrganizationConfigCreateSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            organization_name: xml::elem_text(el, "OrganizationName")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "OrganizationName",
                ))?,
            backup_server_uid: xml::elem_text(el, "BackupServerUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("BackupServerUid"))?,
            repository_uid: xml::elem_text(el, "RepositoryUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("RepositoryUid"))?,
            quota_gb: xml::elem_text(el, "QuotaGb")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("QuotaGb"))?,
            template_job_uid: xml::elem_text(el, "TemplateJobUid")?,
            job_scheduler_type: xml::elem_text(el, "JobSchedulerType")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "JobSchedulerType",
                ))?,
            high_priority_job: xml::elem_text(el, "HighPriorityJob")?,
            host_uid: xml::elem_text(el, "HostUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("HostUid"))?,
            repository_friendly_name: xml::elem_text(el, "RepositoryFriendlyName")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "RepositoryFriendlyName",
                ))?,
        })
    }
}
impl crate::runtime::xml::ToXml for VCloudOrganizationConfigCreateSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("OrganizationName", &self.organization_name);
        w.elem_text_req("BackupServerUid", &self.backup_server_uid);
        w.elem_text_req("RepositoryUid", &self.repository_uid);
        w.elem_text_req("QuotaGb", &self.quota_gb);
        w.elem_text("TemplateJobUid", &self.template_job_uid);
        w.elem_text_req("JobSchedulerType", &self.job_scheduler_type);
        w.elem_text("HighPriorityJob", &self.high_priority_job);
        w.elem_text_req("HostUid", &self.host_uid);
        w.elem_text_req("RepositoryFriendlyName", &self.repository_friendly_name);
    }
}
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/vcloud_orgconfigs.html>
///
/// XML root element: `<VCloudOrganizationConfigs>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VCloudOrganizationConfigs {
    /// repeated XML element `<VCloudOrganizationConfig>`; JSON `"VCloudOrganizationConfigs": […]`.
    #[serde(
        rename = "VCloudOrganizationConfigs",
        alias = "VCloudOrganizationConfig",
        alias = "vCloudOrganizationConfigs",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub v_cloud_organization_config: Vec<VCloudOrganizationConfig>,
}
impl crate::runtime::xml::FromXml for VCloudOrganizationConfigs {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            v_cloud_organization_config: xml::elems(el, "VCloudOrganizationConfig")?,
        })
    }
}
impl crate::runtime::xml::ToXml for VCloudOrganizationConfigs {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("VCloudOrganizationConfig", &self.v_cloud_organization_config);
    }
}
/// Used by GET /selfService/vSphere/Configs/{ID}, PUT /selfService/vSphere/Configs/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_selfservice_vsphere_configs_id.html>
///
/// XML root element: `<VSphereSelfServiceConfig>`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VSphereSelfServiceConfig {
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
    /// Name of the tenant access configuration, for example: tech\\william.fox.
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
    /// UID of the tenant access configuration resource.
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
    /// UID of the backup server parent to the access configuration resource, for example: urn:veeam:BackupServer:0874ab95-10e5-4f25-84df-2782ad81f3e5.
    ///
    /// XML element `<BackupServerUid>`; JSON `"BackupServerUid"`.
    #[serde(
        rename = "BackupServerUid",
        alias = "backupServerUid",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub backup_server_uid: crate::runtime::Uid,
    /// UID of the backup repository on which the storage quota for the tenant is created, for example: urn:veeam:Repository:82db96c3-445c-4a7e-9587-f2d523e839f4.
    ///
    /// XML element `<RepositoryUid>`; JSON `"RepositoryUid"`.
    #[serde(
        rename = "RepositoryUid",
        alias = "repositoryUid",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub repository_uid: crate::runtime::Uid,
    /// Size of the storage quota assigned to the tenant (in GB).
    ///
    /// XML element `<QuotaGb>`; JSON `"QuotaGb"`.
    #[serde(
        rename = "QuotaGb",
        alias = "quotaGb",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub quota_gb: i64,
    /// Defines whether users of the group for which the tenant access configuration is created will have separate quotas on the backup repository and what backup jobs will be available to users. Possible values: • True — each user of the group has a separate quota on the backup repository. Each user has access to backup jobs created by this user only. • False — all users of the group share the same quota on the backup repository. Each user has access to all backup jobs created by users of the group.
    ///
    /// XML element `<PerUser>`; JSON `"PerUser"`.
    #[serde(
        rename = "PerUser",
        alias = "perUser",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub per_user: Option<bool>,
    /// Tenant access configuration settings. For details, see vSphere Self-Service Account Settings
    ///
    /// XML element `<Account>`; JSON `"Account"`.
    #[serde(rename = "Account", alias = "account")]
    pub account: VSphereSelfServiceConfigAccountInfoType,
    /// vSphere backup job options set for the organization. For details, see vSphere Self-Service Backup Job Settings.
    ///
    /// XML element `<JobSettings>`; JSON `"JobSettings"`.
    #[serde(rename = "JobSettings", alias = "jobSettings")]
    pub job_settings: JobSettings,
    /// List of vCenter Servers whose VMs are available to the tenant. By default, the tenant has access to all vCenter Servers. For details, see vCenters Scope Settings.
    ///
    /// XML `<VCentersScope><VCenterUid/>…</VCentersScope>`; JSON `"VCentersScope": […]`.
    #[serde(
        rename = "VCentersScope",
        alias = "VCenterUid",
        alias = "vCentersScope",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub v_centers_scope: Option<Vec<String>>,
    /// vSphere tags that define what VMs are available to the tenant. For details, see vSphere Tags.
    ///
    /// XML `<Tags><Tag/>…</Tags>`; JSON `"Tags": […]`.
    #[serde(
        rename = "Tags",
        alias = "Tag",
        alias = "tags",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub tags: Option<Vec<String>>,
    /// Amount of space on the storage quota consumed by the tenant (in MB).
    ///
    /// XML element `<UsedQuotaMb>`; JSON `"UsedQuotaMb"`.
    #[serde(
        rename = "UsedQuotaMb",
        alias = "usedQuotaMb",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub used_quota_mb: Option<i64>,
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
        super::enums::VSphereSelfServiceConfigJobSchedulerType,
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
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    #[serde(
        rename = "Links",
        alias = "Link",
        alias = "links",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub links: Option<Vec<Link>>,
}
impl crate::runtime::xml::FromXml for VSphereSelfServiceConfig {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            backup_server_uid: xml::elem_text(el, "BackupServerUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("BackupServerUid"))?,
            repository_uid: xml::elem_text(el, "RepositoryUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("RepositoryUid"))?,
            quota_gb: xml::elem_text(el, "QuotaGb")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("QuotaGb"))?,
            per_user: xml::elem_text(el, "PerUser")?,
            account: xml::elem(el, "Account")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("Account"))?,
            job_settings: xml::elem(el, "JobSettings")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("JobSettings"))?,
            v_centers_scope: xml::wrapped_text(el, "VCentersScope", "VCenterUid")?,
            tags: xml::wrapped_text(el, "Tags", "Tag")?,
            used_quota_mb: xml::elem_text(el, "UsedQuotaMb")?,
            default_settings: xml::elem_text(el, "DefaultSettings")?,
            job_scheduler_type: xml::elem_text(el, "JobSchedulerType")?,
            high_priority_job: xml::elem_text(el, "HighPriorityJob")?,
            links: xml::wrapped(el, "Links", "Link")?,
        })
    }
}
impl crate::runtime::xml::ToXml for VSphereSelfServiceConfig {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.elem_text_req("BackupServerUid", &self.backup_server_uid);
        w.elem_text_req("RepositoryUid", &self.repository_uid);
        w.elem_text_req("QuotaGb", &self.quota_gb);
        w.elem_text("PerUser", &self.per_user);
        w.elem_req("Account", &self.account);
        w.elem_req("JobSettings", &self.job_settings);
        w.wrapped_text("VCentersScope", "VCenterUid", &self.v_centers_scope);
        w.wrapped_text("Tags", "Tag", &self.tags);
        w.elem_text("UsedQuotaMb", &self.used_quota_mb);
        w.elem_text("DefaultSettings", &self.default_settings);
        w.elem_text("JobSchedulerType", &self.job_scheduler_type);
        w.elem_text("HighPriorityJob", &self.high_priority_job);
        w.wrapped("Links", "Link", &self.links);
    }
}
/// Used by GET /selfService/vSphere/Configs/{ID}, PUT /selfService/vSphere/Configs/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_selfservice_vsphere_configs_id.html>
///
/// XML root element: `<Account>`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VSphereSelfServiceConfigAccountInfoType {
    /// Name of the tenant access configuration.
    ///
    /// XML element `<AccountName>`; JSON `"AccountName"`.
    #[serde(
        rename = "AccountName",
        alias = "accountName",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub account_name: String,
    /// ID of the tenant access configuration, for example: S-1-5-21-2710250414-1144789048-1111555807-25028.
    ///
    /// XML element `<AccountSid>`; JSON `"AccountSid"`.
    #[serde(
        rename = "AccountSid",
        alias = "accountSid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub account_sid: Option<String>,
    /// Type of the tenant access configuration. Possible values: • User — tenant access configuration is created for a vSphere user. • Group — tenant access configuration is created for a vSphere group.
    ///
    /// XML element `<AccountType>`; JSON `"AccountType"`.
    #[serde(rename = "AccountType", alias = "accountType")]
    pub account_type: super::enums::VSphereSelfServiceConfigAccountInfoTypeAccountType,
}
impl crate::runtime::xml::FromXml for VSphereSelfServiceConfigAccountInfoType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            account_name: xml::elem_text(el, "AccountName")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("AccountName"))?,
            account_sid: xml::elem_text(el, "AccountSid")?,
            account_type: xml::elem_text(el, "AccountType")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("AccountType"))?,
        })
    }
}
impl crate::runtime::xml::ToXml for VSphereSelfServiceConfigAccountInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("AccountName", &self.account_name);
        w.elem_text("AccountSid", &self.account_sid);
        w.elem_text_req("AccountType", &self.account_type);
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
        })
    }
}
impl crate::runtime::xml::ToXml for VSphereSelfServiceConfigEntityTypeJobSettings {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("DefaultSettings", &self.default_settings);
        w.elem_text("JobSchedulerType", &self.job_scheduler_type);
        w.elem_text("HighPriorityJob", &self.high_priority_job);
    }
}
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/selfservice_vsphere_configs.html>
///
/// XML root element: `<VSphereSelfServiceConfigs>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VSphereSelfServiceConfigs {
    /// repeated XML element `<VSphereSelfServiceConfig>`; JSON `"VSphereSelfServiceConfigs": […]`.
    #[serde(
        rename = "VSphereSelfServiceConfigs",
        alias = "VSphereSelfServiceConfig",
        alias = "vSphereSelfServiceConfigs",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub v_sphere_self_service_config: Vec<VSphereSelfServiceConfig>,
}
impl crate::runtime::xml::FromXml for VSphereSelfServiceConfigs {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            v_sphere_self_service_config: xml::elems(el, "VSphereSelfServiceConfig")?,
        })
    }
}
impl crate::runtime::xml::ToXml for VSphereSelfServiceConfigs {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("VSphereSelfServiceConfig", &self.v_sphere_self_service_config);
    }
}
/// Used by POST /selfService/vSphere/Configs.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_selfservice_vsphere_configs.html>
///
/// XML root element: `<VSphereSelfServiceCreateSpec>`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VSphereSelfServiceCreateSpec {
    /// Name of the user or group account for which the tenant access configuration is created. The account must be created in advance on a vCenter Server processed by a backup server added to Veeam Backup Enterprise Manager.
    ///
    /// XML element `<AccountName>`; JSON `"AccountName"`.
    #[serde(
        rename = "AccountName",
        alias = "accountName",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub account_name: String,
    /// Type of the tenant access configuration. Possible values: • User — tenant access configuration is created for a vSphere user. • Group — tenant access configuration is created for a vSphere group.
    ///
    /// XML element `<AccountType>`; JSON `"AccountType"`.
    #[serde(
        rename = "AccountType",
        alias = "accountType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_type: Option<super::enums::VSphereSelfServiceCreateSpecAccountType>,
    /// UID of the backup repository on which the storage quota for the tenant of vSphere Self-Service Backup Portal must be created, for example: urn:veeam:Repository:893d2ecc-879a-4f2a-8a31-3594t7cr1ya4. You cannot assign to tenants quotas on cloud repositories, as well as NetApp or Nimble storage systems that store snapshots created by Veeam snapshot-only jobs.
    ///
    /// XML element `<RepositoryUid>`; JSON `"RepositoryUid"`.
    #[serde(
        rename = "RepositoryUid",
        alias = "repositoryUid",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub repository_uid: crate::runtime::Uid,
    /// Size of the storage quota assigned to the tenant (in GB).
    ///
    /// XML element `<QuotaGb>`; JSON `"QuotaGb"`.
    #[serde(
        rename = "QuotaGb",
        alias = "quotaGb",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub quota_gb: i64,
    /// Defines whether users of the group for which the tenant access configuration is created will have separate quotas on the backup repository and what backup jobs will be available to users. Possible values: • True — each user of the group has a separate quota on the backup repository. Each user has access to backup jobs created by this user only. • False — all users of the group share the same quota on the backup repository. Each user has access to all backup jobs created by users of the group.
    ///
    /// XML element `<PerUser>`; JSON `"PerUser"`.
    #[serde(
        rename = "PerUser",
        alias = "perUser",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub per_user: Option<bool>,
    /// UID of the backup job that will be used as a template for backup jobs created by the tenant of vSphere Self-Service Backup Portal. The backup job must be created in advance on the backup server connected to Veeam Backup Enterprise Manager. Settings of the specified job will be applied to backup jobs created by the tenant. If the job ID is not specified, tenant jobs will be configured with the default vSphere backup job settings. Settings applied to backup jobs of the tenant will be displayed in the representation of the /selfService/vSphere/Configs/{ID}/backupJobSettings resource.
    ///
    /// XML element `<TemplateJobUid>`; JSON `"TemplateJobUid"`.
    #[serde(
        rename = "TemplateJobUid",
        alias = "templateJobUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub template_job_uid: Option<crate::runtime::Uid>,
    /// XML element `<TemplateMode>`; JSON `"TemplateMode"`.
    #[serde(
        rename = "TemplateMode",
        alias = "templateMode",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub template_mode: Option<String>,
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
        super::enums::VSphereSelfServiceCreateSpecJobSchedulerType,
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
    /// Defines a list of vCenter Servers whose VMs are available to the tenant. By default, the tenant has access to all vCenter Servers. For details, see vCenters Scope Settings.
    ///
    /// repeated XML element `<VCentersScope>`; JSON `"VCentersScope": […]`.
    #[serde(
        rename = "VCentersScope",
        alias = "vCentersScope",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub v_centers_scope: Vec<VCentersScopeListType>,
    /// vSphere tags that define what VMs will be available to the tenant. For details, see vSphere Tags. vSphere tags must be specified if the vSphere tags delegation mode is selected in Veeam Backup Enterprise Manager.
    ///
    /// XML `<Tags><Tag/>…</Tags>`; JSON `"Tags": […]`.
    #[serde(
        rename = "Tags",
        alias = "Tag",
        alias = "tags",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub tags: Option<Vec<String>>,
}
impl crate::runtime::xml::FromXml for VSphereSelfServiceCreateSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            account_name: xml::elem_text(el, "AccountName")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("AccountName"))?,
            account_type: xml::elem_text(el, "AccountType")?,
            repository_uid: xml::elem_text(el, "RepositoryUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("RepositoryUid"))?,
            quota_gb: xml::elem_text(el, "QuotaGb")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("QuotaGb"))?,
            per_user: xml::elem_text(el, "PerUser")?,
            template_job_uid: xml::elem_text(el, "TemplateJobUid")?,
            template_mode: xml::elem_text(el, "TemplateMode")?,
            job_scheduler_type: xml::elem_text(el, "JobSchedulerType")?,
            high_priority_job: xml::elem_text(el, "HighPriorityJob")?,
            v_centers_scope: xml::elems(el, "VCentersScope")?,
            tags: xml::wrapped_text(el, "Tags", "Tag")?,
        })
    }
}
impl crate::runtime::xml::ToXml for VSphereSelfServiceCreateSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("AccountName", &self.account_name);
        w.elem_text("AccountType", &self.account_type);
        w.elem_text_req("RepositoryUid", &self.repository_uid);
        w.elem_text_req("QuotaGb", &self.quota_gb);
        w.elem_text("PerUser", &self.per_user);
        w.elem_text("TemplateJobUid", &self.template_job_uid);
        w.elem_text("TemplateMode", &self.template_mode);
        w.elem_text("JobSchedulerType", &self.job_scheduler_type);
        w.elem_text("HighPriorityJob", &self.high_priority_job);
        w.elems("VCentersScope", &self.v_centers_scope);
        w.wrapped_text("Tags", "Tag", &self.tags);
    }
}
/// Used by POST /backupServers/{ID}?action=veeamzip.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_backupservers_id_zip.html>
///
/// XML root element: `<VeeamZipStartupSpec>`.
#[derive(Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VeeamZipStartupSpec {
    /// Reference to a VM or VMs for which a VeeamZIP file must be created. You can construct the reference manually or use the lookup service to retrieve the reference.
    ///
    /// XML element `<VmRef>`; JSON `"VmRef"`.
    #[serde(
        rename = "VmRef",
        alias = "vmRef",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub vm_ref: String,
    /// UID of the backup repository on which the VeeamZIP file must be created.
    ///
    /// XML element `<RepositoryUid>`; JSON `"RepositoryUid"`.
    #[serde(
        rename = "RepositoryUid",
        alias = "repositoryUid",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub repository_uid: crate::runtime::Uid,
    /// ID of the password that must be used to encrypt the VeeamZIP file, for example: aeab2c41-fbb1-4d67-83a9-00e269b777c7. Password IDs containing 32 digits with 4 dashes are displayed in the representation of the /backupServers/{ID}/passwords/{ID} resource.
    ///
    /// XML element `<PasswordKeyId>`; JSON `"PasswordKeyId"`.
    #[serde(
        rename = "PasswordKeyId",
        alias = "passwordKeyId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub password_key_id: Option<String>,
    /// Compression level that must be used to create the VeeamZIP file. Possible values: • 1 — No compression • 2 — Dedupe-friendly • 3 — Optimal • 4 — High • 5 — Extreme
    ///
    /// XML element `<CompressionLevel>`; JSON `"CompressionLevel"`.
    #[serde(rename = "CompressionLevel", alias = "compressionLevel")]
    pub compression_level: super::enums::VeeamZipStartupSpecCompressionLevel,
    /// By default, before creating a VeeamZIP file, Veeam Backup & Replication quiesces the VM file system with application-aware image processing. Application-aware image processing helps create transactionally consistent VeeamZIP files. To disable application-aware image processing for processed VMs, set this parameter to True.
    ///
    /// XML element `<DisableGuestQuiescence>`; JSON `"DisableGuestQuiescence"`.
    #[serde(
        rename = "DisableGuestQuiescence",
        alias = "disableGuestQuiescence",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub disable_guest_quiescence: Option<bool>,
    /// Period of time for which the created VeeamZIP file must be retained on the backup repository. Possible values: • Never • Tonight • TomorrowNight • In3days • In1Week • In2Weeks • In1Month • In3Months • In6Months • In1Year • In2Years • In3Years • In5Years • In7Years The In5Years and In7Years values are available starting from Veeam Backup Enterprise Manager 11a (build 11.0.1.1261).
    ///
    /// XML element `<BackupRetention>`; JSON `"BackupRetention"`.
    #[serde(rename = "BackupRetention", alias = "backupRetention")]
    pub backup_retention: super::enums::FreeBackupRetention,
}
impl std::fmt::Debug for VeeamZipStartupSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VeeamZipStartupSpec")
            .field("vm_ref", &self.vm_ref)
            .field("repository_uid", &self.repository_uid)
            .field("password_key_id", &"<redacted>")
            .field("compression_level", &self.compression_level)
            .field("disable_guest_quiescence", &self.disable_guest_quiescence)
            .field("backup_retention", &self.backup_retention)
            .finish()
    }
}
impl crate::runtime::xml::FromXml for VeeamZipStartupSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            vm_ref: xml::elem_text(el, "VmRef")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("VmRef"))?,
            repository_uid: xml::elem_text(el, "RepositoryUid")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("RepositoryUid"))?,
            password_key_id: xml::elem_text(el, "PasswordKeyId")?,
            compression_level: xml::elem_text(el, "CompressionLevel")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "CompressionLevel",
                ))?,
            disable_guest_quiescence: xml::elem_text(el, "DisableGuestQuiescence")?,
            backup_retention: xml::elem_text(el, "BackupRetention")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("BackupRetention"))?,
        })
    }
}
impl crate::runtime::xml::ToXml for VeeamZipStartupSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("VmRef", &self.vm_ref);
        w.elem_text_req("RepositoryUid", &self.repository_uid);
        w.elem_text("PasswordKeyId", &self.password_key_id);
        w.elem_text_req("CompressionLevel", &self.compression_level);
        w.elem_text("DisableGuestQuiescence", &self.disable_guest_quiescence);
        w.elem_text_req("BackupRetention", &self.backup_retention);
    }
}
/// Used by POST /cloud/hardwarePlans.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_hardwareplans.html>
///
/// XML root element: `<ViCloudHardwarePlan>`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ViCloudHardwarePlan {
    /// Reference to the virtualization host on which tenant VM replicas should be registered, for example: urn:VMware:Host:b7f17482-2f34-446c-976c-924539a98b0b.host-438.
    ///
    /// XML element `<HypervisorHostRef>`; JSON `"HypervisorHostRef"`.
    #[serde(
        rename = "HypervisorHostRef",
        alias = "hypervisorHostRef",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub hypervisor_host_ref: String,
    /// Type of the VMware object. Possible values: • ClusterComputeResource • HostSystem
    ///
    /// XML element `<ParentType>`; JSON `"ParentType"`.
    #[serde(rename = "ParentType", alias = "parentType")]
    pub parent_type: super::enums::ViCloudHardwarePlanParentType,
    /// Name of the host or cluster.
    ///
    /// XML element `<ParentName>`; JSON `"ParentName"`.
    #[serde(
        rename = "ParentName",
        alias = "parentName",
        deserialize_with = "crate::runtime::json::lenient"
    )]
    pub parent_name: String,
    /// Datastore parameters for the created hardware plan. For details, see Datastore Settings.
    ///
    /// XML element `<Datastores>`; JSON `"Datastores"`.
    #[serde(rename = "Datastores", alias = "datastores")]
    pub datastores: ViCloudHardwarePlanDatastoreInfoListType,
    /// Network parameters for the created hardware plan. For details, see Network Settings.
    ///
    /// XML element `<Network>`; JSON `"Network"`.
    #[serde(
        rename = "Network",
        alias = "network",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network: Option<CloudHardwarePlanNetworkInfo>,
}
impl crate::runtime::xml::FromXml for ViCloudHardwarePlan {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            hypervisor_host_ref: xml::elem_text(el, "HypervisorHostRef")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "HypervisorHostRef",
                ))?,
            parent_type: xml::elem_text(el, "ParentType")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("ParentType"))?,
            parent_name: xml::elem_text(el, "ParentName")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("ParentName"))?,
            datastores: xml::elem(el, "Datastores")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("Datastores"))?,
            network: xml::elem(el, "Network")?,
        })
    }
}
impl crate::runtime::xml::ToXml for ViCloudHardwarePlan {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("HypervisorHostRef", &self.hypervisor_host_ref);
        w.elem_text_req("ParentType", &self.parent_type);
        w.elem_text_req("ParentName", &self.parent_name);
        w.elem_req("Datastores", &self.datastores);
        w.elem("Network", &self.network);
    }
}
/// Used by POST /cloud/hardwarePlans.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_hardwareplans.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ViCloudHardwarePlanDatastoreInfoListType {
    /// repeated XML element `<Datastore>`; JSON `"Datastores": […]`.
    #[serde(
        rename = "Datastores",
        alias = "Datastore",
        alias = "datastores",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub datastore: Vec<Datastore>,
    /// Name of the datastore as displayed to the tenant, for example: Cloud Replicas.
    ///
    /// XML element `<FriendlyName>`; JSON `"FriendlyName"`.
    #[serde(
        rename = "FriendlyName",
        alias = "friendlyName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub friendly_name: Option<String>,
    /// Type of the datastore. Possible values: • Datastore • StoragePod
    ///
    /// XML element `<DatastoreType>`; JSON `"DatastoreType"`.
    #[serde(
        rename = "DatastoreType",
        alias = "datastoreType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub datastore_type: Option<
        super::enums::ViCloudHardwarePlanDatastoreInfoListTypeDatastoreType,
    >,
    /// Reference to the datastore on which tenant VM replicas should be stored, for example: urn:VMware:Datastore:ed6ad5f1-671b-4875-9d81-72a431953aca.datastore-441. You can construct the reference manually or use the lookup service to retrieve the reference.
    ///
    /// XML element `<Reference>`; JSON `"Reference"`.
    #[serde(
        rename = "Reference",
        alias = "reference",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub reference: Option<String>,
    /// Storage quota for tenant VM replicas on the datastore (in GB).
    ///
    /// XML element `<QuotaGb>`; JSON `"QuotaGb"`.
    #[serde(
        rename = "QuotaGb",
        alias = "quotaGb",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub quota_gb: Option<i64>,
}
impl crate::runtime::xml::FromXml for ViCloudHardwarePlanDatastoreInfoListType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            datastore: xml::elems(el, "Datastore")?,
            friendly_name: xml::elem_text(el, "FriendlyName")?,
            datastore_type: xml::elem_text(el, "DatastoreType")?,
            reference: xml::elem_text(el, "Reference")?,
            quota_gb: xml::elem_text(el, "QuotaGb")?,
        })
    }
}
impl crate::runtime::xml::ToXml for ViCloudHardwarePlanDatastoreInfoListType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("Datastore", &self.datastore);
        w.elem_text("FriendlyName", &self.friendly_name);
        w.elem_text("DatastoreType", &self.datastore_type);
        w.elem_text("Reference", &self.reference);
        w.elem_text("QuotaGb", &self.quota_gb);
    }
}
/// Used by POST /cloud/hardwarePlans.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_hardwareplans.html>
///
/// XML root element: `<HvCloudHardwarePlan>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ViCloudHardwarePlanorHvCloudHardwarePlan {
    /// XML element `<HvCloudHardwarePlan>`; JSON `"HvCloudHardwarePlan"`.
    #[serde(
        rename = "HvCloudHardwarePlan",
        alias = "hvCloudHardwarePlan",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub hv_cloud_hardware_plan: Option<HvCloudHardwarePlan>,
    /// XML element `<ViCloudHardwarePlan>`; JSON `"ViCloudHardwarePlan"`.
    #[serde(
        rename = "ViCloudHardwarePlan",
        alias = "viCloudHardwarePlan",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vi_cloud_hardware_plan: Option<ViCloudHardwarePlan>,
    /// Reference to the virtualization host on which tenant VM replicas should be registered, for example: urn:HyperV:Host:849a937a-3416-4f03-8111-67b06393afcb. You can construct the reference manually or use the lookup service to retrieve the reference.
    ///
    /// XML element `<HypervisorHostRef>`; JSON `"HypervisorHostRef"`.
    #[serde(
        rename = "HypervisorHostRef",
        alias = "hypervisorHostRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub hypervisor_host_ref: Option<String>,
    /// Storage volume parameters for the created hardware plan. For details, see Volume Settings.
    ///
    /// XML element `<Volumes>`; JSON `"Volumes"`.
    #[serde(
        rename = "Volumes",
        alias = "volumes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub volumes: Option<HvCloudHardwarePlanVolumesInfoListType>,
    /// Network parameters for the created hardware plan. For details, see Network Settings.
    ///
    /// XML element `<Network>`; JSON `"Network"`.
    #[serde(
        rename = "Network",
        alias = "network",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network: Option<CloudHardwarePlanNetworkInfo>,
}
impl crate::runtime::xml::FromXml for ViCloudHardwarePlanorHvCloudHardwarePlan {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            hv_cloud_hardware_plan: xml::elem(el, "HvCloudHardwarePlan")?,
            vi_cloud_hardware_plan: xml::elem(el, "ViCloudHardwarePlan")?,
            hypervisor_host_ref: xml::elem_text(el, "HypervisorHostRef")?,
            volumes: xml::elem(el, "Volumes")?,
            network: xml::elem(el, "Network")?,
        })
    }
}
impl crate::runtime::xml::ToXml for ViCloudHardwarePlanorHvCloudHardwarePlan {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem("HvCloudHardwarePlan", &self.hv_cloud_hardware_plan);
        w.elem("ViCloudHardwarePlan", &self.vi_cloud_hardware_plan);
        w.elem_text("HypervisorHostRef", &self.hypervisor_host_ref);
        w.elem("Volumes", &self.volumes);
        w.elem("Network", &self.network);
    }
}
/// Used by GET /cloud/vlans/{ID}, PUT /cloud/vlans/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vlans_id.html>
///
/// XML root element: `<VlanConfiguration>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VlanConfiguration {
    /// Name of the virtual switch, for example: Intel(R) I350 Gigabit Network Connection - Virtual Switch.
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
    /// ID of the virtual switch in the Veeam infrastructure, for example: 510f34ea-1534-437c-a746-f32cf0f712aa.
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
    pub uid: Option<String>,
    /// Reference to the host on which the virtual switch with VLAN ranges is configured, for example: urn:VMware:Host:4a3f28d9-d4f3-4e4c-9afb-91db8ab57436.host-438. You can construct the reference manually or use the lookup service to retrieve the reference.
    ///
    /// XML element `<HostRef>`; JSON `"HostRef"`.
    #[serde(
        rename = "HostRef",
        alias = "hostRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub host_ref: Option<String>,
    /// Platform of the virtualization host on which the virtual switch is configured. Possible values: • VMware • HyperV
    ///
    /// XML element `<PlatformType>`; JSON `"PlatformType"`.
    #[serde(
        rename = "PlatformType",
        alias = "platformType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform_type: Option<super::enums::VlanConfigurationPlatformType>,
    /// The first VLAN ID in the range of VLANs that are used for providing networks with internet access to tenant VM replicas.
    ///
    /// XML element `<VlanIdsWithInternetLeftBound>`; JSON `"VlanIdsWithInternetLeftBound"`.
    #[serde(
        rename = "VlanIdsWithInternetLeftBound",
        alias = "vlanIdsWithInternetLeftBound",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vlan_ids_with_internet_left_bound: Option<i64>,
    /// The last VLAN ID in the range of VLANs that are used for providing networks with internet access to tenant VM replicas.
    ///
    /// XML element `<VlanIdsWithInternetRightBound>`; JSON `"VlanIdsWithInternetRightBound"`.
    #[serde(
        rename = "VlanIdsWithInternetRightBound",
        alias = "vlanIdsWithInternetRightBound",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vlan_ids_with_internet_right_bound: Option<i64>,
    /// The first VLAN ID in the range of VLANs that are used for providing networks without internet access to tenant VM replicas.
    ///
    /// XML element `<VlanIdsWithoutInternetLeftBound>`; JSON `"VlanIdsWithoutInternetLeftBound"`.
    #[serde(
        rename = "VlanIdsWithoutInternetLeftBound",
        alias = "vlanIdsWithoutInternetLeftBound",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vlan_ids_without_internet_left_bound: Option<i64>,
    /// The last VLAN ID in the range of VLANs that are used for providing networks without internet access to tenant VM replicas.
    ///
    /// XML element `<VlanIdsWithoutInternetRightBound>`; JSON `"VlanIdsWithoutInternetRightBound"`.
    #[serde(
        rename = "VlanIdsWithoutInternetRightBound",
        alias = "vlanIdsWithoutInternetRightBound",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vlan_ids_without_internet_right_bound: Option<i64>,
    /// Name of the virtual switch, for example: Intel(R) I350 Gigabit Network Connection - Virtual Switch.
    ///
    /// XML element `<SwitchName>`; JSON `"SwitchName"`.
    #[serde(
        rename = "SwitchName",
        alias = "switchName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub switch_name: Option<String>,
    /// ID of the virtual switch in the virtualization infrastructure, for example: 4670EE6D-66BE-4A1C-A58E-6389CA99BD3E.
    ///
    /// XML element `<SwitchId>`; JSON `"SwitchId"`.
    #[serde(
        rename = "SwitchId",
        alias = "switchId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub switch_id: Option<String>,
    /// Name of the cluster on which the virtual switch with VLAN ranges is configured.
    ///
    /// XML element `<ClusterName>`; JSON `"ClusterName"`.
    #[serde(
        rename = "ClusterName",
        alias = "clusterName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub cluster_name: Option<String>,
    /// ID of the cluster on which the virtual switch with VLAN ranges is configured.
    ///
    /// XML element `<ClusterId>`; JSON `"ClusterId"`.
    #[serde(
        rename = "ClusterId",
        alias = "clusterId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub cluster_id: Option<String>,
    /// Type of the virtual switch. Possible values: • VirtualSwitch • DistributedVirtualSwitch
    ///
    /// XML element `<SwitchType>`; JSON `"SwitchType"`.
    #[serde(
        rename = "SwitchType",
        alias = "switchType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub switch_type: Option<super::enums::VlanConfigurationSwitchType>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    #[serde(
        rename = "Links",
        alias = "Link",
        alias = "links",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub links: Option<Vec<Link>>,
}
impl crate::runtime::xml::FromXml for VlanConfiguration {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            host_ref: xml::elem_text(el, "HostRef")?,
            platform_type: xml::elem_text(el, "PlatformType")?,
            vlan_ids_with_internet_left_bound: xml::elem_text(
                el,
                "VlanIdsWithInternetLeftBound",
            )?,
            vlan_ids_with_internet_right_bound: xml::elem_text(
                el,
                "VlanIdsWithInternetRightBound",
            )?,
            vlan_ids_without_internet_left_bound: xml::elem_text(
                el,
                "VlanIdsWithoutInternetLeftBound",
            )?,
            vlan_ids_without_internet_right_bound: xml::elem_text(
                el,
                "VlanIdsWithoutInternetRightBound",
            )?,
            switch_name: xml::elem_text(el, "SwitchName")?,
            switch_id: xml::elem_text(el, "SwitchId")?,
            cluster_name: xml::elem_text(el, "ClusterName")?,
            cluster_id: xml::elem_text(el, "ClusterId")?,
            switch_type: xml::elem_text(el, "SwitchType")?,
            links: xml::wrapped(el, "Links", "Link")?,
        })
    }
}
impl crate::runtime::xml::ToXml for VlanConfiguration {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.elem_text("HostRef", &self.host_ref);
        w.elem_text("PlatformType", &self.platform_type);
        w.elem_text(
            "VlanIdsWithInternetLeftBound",
            &self.vlan_ids_with_internet_left_bound,
        );
        w.elem_text(
            "VlanIdsWithInternetRightBound",
            &self.vlan_ids_with_internet_right_bound,
        );
        w.elem_text(
            "VlanIdsWithoutInternetLeftBound",
            &self.vlan_ids_without_internet_left_bound,
        );
        w.elem_text(
            "VlanIdsWithoutInternetRightBound",
            &self.vlan_ids_without_internet_right_bound,
        );
        w.elem_text("SwitchName", &self.switch_name);
        w.elem_text("SwitchId", &self.switch_id);
        w.elem_text("ClusterName", &self.cluster_name);
        w.elem_text("ClusterId", &self.cluster_id);
        w.elem_text("SwitchType", &self.switch_type);
        w.wrapped("Links", "Link", &self.links);
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
    }
}
/// Used by GET /vmReplicaPoints/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmreplicapoints_id.html>
///
/// XML root element: `<VmReplicaPoint>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VmReplicaPoint {
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
    /// Name of the VM replica point, for example: dc-hv@2014-08-21 11:03:38.
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
    /// UID of the VM replica point resource.
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
    pub links: Option<Vec<Link>>,
    /// Date and time when the restore point was created. The parameter accepts only UTC-formatted DateTime values.
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
    /// Name of the VM for which the restore point has been created.
    ///
    /// XML element `<VmName>`; JSON `"VmName"`.
    #[serde(
        rename = "VmName",
        alias = "vmName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vm_name: Option<String>,
    /// Replication method used to create the restore point. Possible values: • Full • ReversedIncremental • Incremental • SyntheticFull
    ///
    /// XML element `<Algorithm>`; JSON `"Algorithm"`.
    #[serde(
        rename = "Algorithm",
        alias = "algorithm",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub algorithm: Option<super::enums::VmReplicaPointAlgorithm>,
    /// Type of the VM replica point. Possible values: • Full • ReverseIncrement • Increment • Snapshot
    ///
    /// XML element `<PoinType>`; JSON `"PoinType"`.
    #[serde(
        rename = "PoinType",
        alias = "poinType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub poin_type: Option<super::enums::VmReplicaPointPoinType>,
    /// XML element `<PointType>`; JSON `"PointType"`.
    #[serde(
        rename = "PointType",
        alias = "pointType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub point_type: Option<String>,
}
impl crate::runtime::xml::FromXml for VmReplicaPoint {
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
            links: xml::wrapped(el, "Links", "Link")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            vm_name: xml::elem_text(el, "VmName")?,
            algorithm: xml::elem_text(el, "Algorithm")?,
            poin_type: xml::elem_text(el, "PoinType")?,
            point_type: xml::elem_text(el, "PointType")?,
        })
    }
}
impl crate::runtime::xml::ToXml for VmReplicaPoint {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.attr("VmDisplayName", &self.vm_display_name);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("VmName", &self.vm_name);
        w.elem_text("Algorithm", &self.algorithm);
        w.elem_text("PoinType", &self.poin_type);
        w.elem_text("PointType", &self.point_type);
    }
}
/// The `VmReplicaPointLink` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VmReplicaPointLink {
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
}
impl crate::runtime::xml::FromXml for VmReplicaPointLink {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            rel: xml::attr(el, "Rel")?,
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
        })
    }
}
impl crate::runtime::xml::ToXml for VmReplicaPointLink {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Rel", &self.rel);
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
    }
}
/// Used by GET /vmReplicaPoints/{ID}/mounts/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmreplicapoints_id_mountpoints_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VmReplicaPointMount {
    /// Collection of DirectoryEntry resources that represent VM guest OS files and folders in the VM file system hierarchy. For details, see Directory Entries.
    ///
    /// XML element `<FSRoots>`; JSON `"FSRoots"`.
    #[serde(
        rename = "FSRoots",
        alias = "fSRoots",
        alias = "fsRoots",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fs_roots: Option<DirectoryEntryListType>,
}
impl crate::runtime::xml::FromXml for VmReplicaPointMount {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            fs_roots: xml::elem(el, "FSRoots")?,
        })
    }
}
impl crate::runtime::xml::ToXml for VmReplicaPointMount {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem("FSRoots", &self.fs_roots);
    }
}
/// Used by POST /vmRestorePoints/{ID}?action=restore.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vmrestorepoints_id_actionrestore.html>
///
/// XML root element: `<RestoreSpec>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VmRestoreParameters {
    /// ID of the restore point from which the VM should be restored, for example: urn:veeam:VmRestorePoint:48c8cd65-d5fa-4ca6-8a98-d3fde641086e.
    ///
    /// XML element `<VmRestorePointUid>`; JSON `"VmRestorePointUid"`.
    #[serde(
        rename = "VmRestorePointUid",
        alias = "vmRestorePointUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vm_restore_point_uid: Option<String>,
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
    /// Reference to the datastore on which VM files should be placed. You can construct the reference manually or use the lookup service to retrieve the reference.
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
    /// XML element `<VmRestoreSpec>`; JSON `"VmRestoreSpec"`.
    #[serde(
        rename = "VmRestoreSpec",
        alias = "vmRestoreSpec",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vm_restore_spec: Option<Box<VmRestoreSpec>>,
}
impl crate::runtime::xml::FromXml for VmRestoreParameters {
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
            vm_restore_spec: xml::elem(el, "VmRestoreSpec")?,
        })
    }
}
impl crate::runtime::xml::ToXml for VmRestoreParameters {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("VmRestorePointUid", &self.vm_restore_point_uid);
        w.elem_text("VmNewName", &self.vm_new_name);
        w.elem_text("DatastoreRef", &self.datastore_ref);
        w.elem_text("OrgVdcStorageProfileRef", &self.org_vdc_storage_profile_ref);
        w.elem_text("LinkedCloneVmTemplateRef", &self.linked_clone_vm_template_ref);
        w.elem("VmRestoreSpec", &self.vm_restore_spec);
    }
}
/// Used by GET /vmRestorePoints/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmrestorepoints_id.html>
///
/// XML root element: `<VmRestorePoint>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VmRestorePoint {
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
    /// Name of the VM backup restore point, for example: sql01-hv@2013-08-24 05:03:25.
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
    /// UID of the VM backup point resource.
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
    pub links: Option<Vec<Link>>,
    /// Date and time when the restore point was created. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:30.389954Z.
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
    /// Name of the VM for which the restore point has been created.
    ///
    /// XML element `<VmName>`; JSON `"VmName"`.
    #[serde(
        rename = "VmName",
        alias = "vmName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vm_name: Option<String>,
    /// Backup method used to create the restore point. Possible values: • Full • ReversedIncremental • Incremental • SyntheticFull
    ///
    /// XML element `<Algorithm>`; JSON `"Algorithm"`.
    #[serde(
        rename = "Algorithm",
        alias = "algorithm",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub algorithm: Option<super::enums::VmRestorePointAlgorithm>,
    /// Type of the VM backup restore point. Possible values: • Full • Increment • ReverseIncrement
    ///
    /// XML element `<PointType>`; JSON `"PointType"`.
    #[serde(
        rename = "PointType",
        alias = "pointType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub point_type: Option<super::enums::VmRestorePointPointType>,
    /// Reference to the VM.
    ///
    /// XML element `<HierarchyObjRef>`; JSON `"HierarchyObjRef"`.
    #[serde(
        rename = "HierarchyObjRef",
        alias = "hierarchyObjRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub hierarchy_obj_ref: Option<String>,
}
impl crate::runtime::xml::FromXml for VmRestorePoint {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            vm_name: xml::elem_text(el, "VmName")?,
            algorithm: xml::elem_text(el, "Algorithm")?,
            point_type: xml::elem_text(el, "PointType")?,
            hierarchy_obj_ref: xml::elem_text(el, "HierarchyObjRef")?,
        })
    }
}
impl crate::runtime::xml::ToXml for VmRestorePoint {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("VmName", &self.vm_name);
        w.elem_text("Algorithm", &self.algorithm);
        w.elem_text("PointType", &self.point_type);
        w.elem_text("HierarchyObjRef", &self.hierarchy_obj_ref);
    }
}
/// Used by GET /vmRestorePoints/{ID}/mounts/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmrestorepoints_id_mountpoints_id.html>
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VmRestorePointMount {
    /// Collection of DirectoryEntry resources that represent VM guest OS files and folders in the VM file system hierarchy. For details, see Directory Entries.
    ///
    /// XML element `<FSRoots>`; JSON `"FSRoots"`.
    #[serde(
        rename = "FSRoots",
        alias = "fSRoots",
        alias = "fsRoots",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fs_roots: Option<DirectoryEntryListType>,
}
impl crate::runtime::xml::FromXml for VmRestorePointMount {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            fs_roots: xml::elem(el, "FSRoots")?,
        })
    }
}
impl crate::runtime::xml::ToXml for VmRestorePointMount {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem("FSRoots", &self.fs_roots);
    }
}
/// The `VmRestoreSpec` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VmRestoreSpec {
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
    /// XML element `<QuickRollback>`; JSON `"QuickRollback"`.
    #[serde(
        rename = "QuickRollback",
        alias = "quickRollback",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub quick_rollback: Option<String>,
    /// XML element `<VmRestoreParameters>`; JSON `"VmRestoreParameters"`.
    #[serde(
        rename = "VmRestoreParameters",
        alias = "vmRestoreParameters",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vm_restore_parameters: Option<Box<VmRestoreParameters>>,
}
impl crate::runtime::xml::FromXml for VmRestoreSpec {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            power_on_after_restore: xml::elem_text(el, "PowerOnAfterRestore")?,
            hierarchy_root_uid: xml::elem_text(el, "HierarchyRootUid")?,
            quick_rollback: xml::elem_text(el, "QuickRollback")?,
            vm_restore_parameters: xml::elem(el, "VmRestoreParameters")?,
        })
    }
}
impl crate::runtime::xml::ToXml for VmRestoreSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("PowerOnAfterRestore", &self.power_on_after_restore);
        w.elem_text("HierarchyRootUid", &self.hierarchy_root_uid);
        w.elem_text("QuickRollback", &self.quick_rollback);
        w.elem("VmRestoreParameters", &self.vm_restore_parameters);
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
    }
}
/// The `Volume` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Volume {
    /// XML attribute `Id`; JSON `"Id"`.
    #[serde(
        rename = "Id",
        alias = "id",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub id: Option<String>,
    /// XML element `<FriendlyName>`; JSON `"FriendlyName"`.
    #[serde(
        rename = "FriendlyName",
        alias = "friendlyName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub friendly_name: Option<String>,
    /// XML element `<VolumePath>`; JSON `"VolumePath"`.
    #[serde(
        rename = "VolumePath",
        alias = "volumePath",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub volume_path: Option<String>,
    /// XML element `<QuotaGb>`; JSON `"QuotaGb"`.
    #[serde(
        rename = "QuotaGb",
        alias = "quotaGb",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub quota_gb: Option<String>,
}
impl crate::runtime::xml::FromXml for Volume {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            id: xml::attr(el, "Id")?,
            friendly_name: xml::elem_text(el, "FriendlyName")?,
            volume_path: xml::elem_text(el, "VolumePath")?,
            quota_gb: xml::elem_text(el, "QuotaGb")?,
        })
    }
}
impl crate::runtime::xml::ToXml for Volume {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Id", &self.id);
        w.elem_text("FriendlyName", &self.friendly_name);
        w.elem_text("VolumePath", &self.volume_path);
        w.elem_text("QuotaGb", &self.quota_gb);
    }
}
/// The `VssSnapshotOptions` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VssSnapshotOptions {
    /// XML element `<VssSnapshotMode>`; JSON `"VssSnapshotMode"`.
    #[serde(
        rename = "VssSnapshotMode",
        alias = "vssSnapshotMode",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub vss_snapshot_mode: Option<String>,
    /// XML element `<IsCopyOnly>`; JSON `"IsCopyOnly"`.
    #[serde(
        rename = "IsCopyOnly",
        alias = "isCopyOnly",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub is_copy_only: Option<String>,
    /// XML element `<UsePersistentGuestAgent>`; JSON `"UsePersistentGuestAgent"`.
    #[serde(
        rename = "UsePersistentGuestAgent",
        alias = "usePersistentGuestAgent",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub use_persistent_guest_agent: Option<String>,
}
impl crate::runtime::xml::FromXml for VssSnapshotOptions {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            vss_snapshot_mode: xml::elem_text(el, "VssSnapshotMode")?,
            is_copy_only: xml::elem_text(el, "IsCopyOnly")?,
            use_persistent_guest_agent: xml::elem_text(el, "UsePersistentGuestAgent")?,
        })
    }
}
impl crate::runtime::xml::ToXml for VssSnapshotOptions {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("VssSnapshotMode", &self.vss_snapshot_mode);
        w.elem_text("IsCopyOnly", &self.is_copy_only);
        w.elem_text("UsePersistentGuestAgent", &self.use_persistent_guest_agent);
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
        })
    }
}
impl crate::runtime::xml::ToXml for VssSnapshotOptionsType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("VssSnapshotMode", &self.vss_snapshot_mode);
        w.elem_text("IsCopyOnly", &self.is_copy_only);
        w.elem_text("UsePersistentGuestAgent", &self.use_persistent_guest_agent);
    }
}
/// Used by GET /wanAccelerators/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_wanaccelerators_id.html>
///
/// XML root element: `<WanAccelerator>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WanAccelerator {
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
    /// Name of the WAN accelerator, for example: SourceWanAccelerator.
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
    /// UID of the WAN accelerator resource, for example: urn:veeam:WanAccelerator:55bd11af-696d-4224-ae9c-0917c851177c.
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
    pub links: Option<Vec<Link>>,
    /// Name of the WAN accelerator, for example: WAN Accelerator in Columbus.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub description: Option<String>,
    /// Defines if the WAN accelerator is out of date.
    ///
    /// XML element `<OutOfDate>`; JSON `"OutOfDate"`.
    #[serde(
        rename = "OutOfDate",
        alias = "outOfDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub out_of_date: Option<bool>,
    /// Veeam Backup & Replication version of the WAN accelerator, for example: 11.0.
    ///
    /// XML element `<Version>`; JSON `"Version"`.
    #[serde(
        rename = "Version",
        alias = "version",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub version: Option<String>,
    /// Size of the global cache (in GB) specified for the WAN accelerator, for example: 100.
    ///
    /// XML element `<Capacity>`; JSON `"Capacity"`.
    #[serde(
        rename = "Capacity",
        alias = "capacity",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub capacity: Option<i64>,
    /// Port over which WAN accelerators communicate with each other. By default, port 6165 is used.
    ///
    /// XML element `<TrafficPort>`; JSON `"TrafficPort"`.
    #[serde(
        rename = "TrafficPort",
        alias = "trafficPort",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub traffic_port: Option<i64>,
    /// Number of connections that are used to transmit data between WAN accelerators. Parameter is set in Veeam Backup & Replication, the default value is 5.
    ///
    /// XML element `<ConnectionsCount>`; JSON `"ConnectionsCount"`.
    #[serde(
        rename = "ConnectionsCount",
        alias = "connectionsCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub connections_count: Option<i64>,
    /// Path to the folder where service files (for source and target WAN accelerators) and global cache data (for target WAN accelerator) are stored.
    ///
    /// XML element `<CachePath>`; JSON `"CachePath"`.
    #[serde(
        rename = "CachePath",
        alias = "cachePath",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub cache_path: Option<String>,
    /// Defines if the WAN accelerator operates in the high bandwidth mode. This mode applies simplified algorithms for data deduplication and does not use the global cache. It allows Veeam Backup & Replication to transfer incremental backup data more efficiently in case network bandwidth is greater than 100 Mbps.
    ///
    /// XML element `<HighBandwidthModeEnabled>`; JSON `"HighBandwidthModeEnabled"`.
    #[serde(
        rename = "HighBandwidthModeEnabled",
        alias = "highBandwidthModeEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub high_bandwidth_mode_enabled: Option<bool>,
    /// UID of the backup server parent to the WAN accelerator.
    ///
    /// XML element `<BackupServerUid>`; JSON `"BackupServerUid"`.
    #[serde(
        rename = "BackupServerUid",
        alias = "backupServerUid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_server_uid: Option<crate::runtime::Uid>,
    /// Name of the backup server parent to the WAN accelerator.
    ///
    /// XML element `<BackupServerName>`; JSON `"BackupServerName"`.
    #[serde(
        rename = "BackupServerName",
        alias = "backupServerName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_server_name: Option<String>,
}
impl crate::runtime::xml::FromXml for WanAccelerator {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?,
            description: xml::elem_text(el, "Description")?,
            out_of_date: xml::elem_text(el, "OutOfDate")?,
            version: xml::elem_text(el, "Version")?,
            capacity: xml::elem_text(el, "Capacity")?,
            traffic_port: xml::elem_text(el, "TrafficPort")?,
            connections_count: xml::elem_text(el, "ConnectionsCount")?,
            cache_path: xml::elem_text(el, "CachePath")?,
            high_bandwidth_mode_enabled: xml::elem_text(el, "HighBandwidthModeEnabled")?,
            backup_server_uid: xml::elem_text(el, "BackupServerUid")?,
            backup_server_name: xml::elem_text(el, "BackupServerName")?,
        })
    }
}
impl crate::runtime::xml::ToXml for WanAccelerator {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", &self.links);
        w.elem_text("Description", &self.description);
        w.elem_text("OutOfDate", &self.out_of_date);
        w.elem_text("Version", &self.version);
        w.elem_text("Capacity", &self.capacity);
        w.elem_text("TrafficPort", &self.traffic_port);
        w.elem_text("ConnectionsCount", &self.connections_count);
        w.elem_text("CachePath", &self.cache_path);
        w.elem_text("HighBandwidthModeEnabled", &self.high_bandwidth_mode_enabled);
        w.elem_text("BackupServerUid", &self.backup_server_uid);
        w.elem_text("BackupServerName", &self.backup_server_name);
    }
}
/// Used by GET /agents/jobs/{ID}, PUT /jobs/{ID}?action=edit.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/jobscheduleoptions.html>
///
/// XML root element: `<Weekly>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WeeklyOptionsInfoType {
    /// Defines whether weekly GFS retention policy settings are enabled.
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
    /// Number of weeks to keep full backups for archival purposes.
    ///
    /// XML element `<RetentionPeriod>`; JSON `"RetentionPeriod"`.
    #[serde(
        rename = "RetentionPeriod",
        alias = "retentionPeriod",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub retention_period: Option<i64>,
    /// Day of the week when the full backup that will be kept for archival purposes is created. Possible values: • Sunday • Monday • Tuesday • Wednesday • Thursday • Friday • Saturday
    ///
    /// XML element `<SelectedDay>`; JSON `"SelectedDay"`.
    #[serde(
        rename = "SelectedDay",
        alias = "selectedDay",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub selected_day: Option<super::enums::WeeklyOptionsInfoTypeSelectedDay>,
}
impl crate::runtime::xml::FromXml for WeeklyOptionsInfoType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::elem_text(el, "Enabled")?,
            retention_period: xml::elem_text(el, "RetentionPeriod")?,
            selected_day: xml::elem_text(el, "SelectedDay")?,
        })
    }
}
impl crate::runtime::xml::ToXml for WeeklyOptionsInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("RetentionPeriod", &self.retention_period);
        w.elem_text("SelectedDay", &self.selected_day);
    }
}
/// The `WindowsGuestFSIndexingOptions` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WindowsGuestFsIndexingOptions {
    /// XML element `<FileSystemIndexingMode>`; JSON `"FileSystemIndexingMode"`.
    #[serde(
        rename = "FileSystemIndexingMode",
        alias = "fileSystemIndexingMode",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub file_system_indexing_mode: Option<String>,
    /// XML element `<IncludedIndexingFolders>`; JSON `"IncludedIndexingFolders"`.
    #[serde(
        rename = "IncludedIndexingFolders",
        alias = "includedIndexingFolders",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub included_indexing_folders: Option<String>,
    /// XML `<ExcludedIndexingFolders><Path/>…</ExcludedIndexingFolders>`; JSON `"ExcludedIndexingFolders": {"Paths": […]}`.
    #[serde(
        rename = "ExcludedIndexingFolders",
        alias = "Path",
        alias = "excludedIndexingFolders",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::serde_helpers::wrapped_paths"
    )]
    pub excluded_indexing_folders: Option<Vec<String>>,
}
impl crate::runtime::xml::FromXml for WindowsGuestFsIndexingOptions {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            file_system_indexing_mode: xml::elem_text(el, "FileSystemIndexingMode")?,
            included_indexing_folders: xml::elem_text(el, "IncludedIndexingFolders")?,
            excluded_indexing_folders: xml::wrapped_text(
                el,
                "ExcludedIndexingFolders",
                "Path",
            )?,
        })
    }
}
impl crate::runtime::xml::ToXml for WindowsGuestFsIndexingOptions {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("FileSystemIndexingMode", &self.file_system_indexing_mode);
        w.elem_text("IncludedIndexingFolders", &self.included_indexing_folders);
        w.wrapped_text(
            "ExcludedIndexingFolders",
            "Path",
            &self.excluded_indexing_folders,
        );
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
        skip_serializing_if = "Vec::is_empty"
    )]
    pub included_indexing_folders: Vec<String>,
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
    pub excluded_indexing_folders: Option<Vec<String>>,
}
impl crate::runtime::xml::FromXml for WindowsGuestFsIndexingOptionsType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            file_system_indexing_mode: xml::elem_text(el, "FileSystemIndexingMode")?,
            included_indexing_folders: xml::elems_text(el, "IncludedIndexingFolders")?,
            excluded_indexing_folders: xml::wrapped_text(
                el,
                "ExcludedIndexingFolders",
                "Path",
            )?,
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
            &self.excluded_indexing_folders,
        );
    }
}
/// Used by GET /agents/jobs/{ID}, PUT /jobs/{ID}?action=edit.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/jobscheduleoptions.html>
///
/// XML root element: `<Yearly>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct YearlyOptionsInfoType {
    /// Defines whether yearly GFS retention policy settings are enabled.
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
    /// Number of years to keep full backups for archival purposes.
    ///
    /// XML element `<Retentionperiod>`; JSON `"Retentionperiod"`.
    #[serde(
        rename = "Retentionperiod",
        alias = "retentionperiod",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub retentionperiod: Option<i64>,
    /// Number of years to keep full backups for archival purposes.
    ///
    /// XML element `<RetentionPeriod>`; JSON `"RetentionPeriod"`.
    #[serde(
        rename = "RetentionPeriod",
        alias = "retentionPeriod",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub retention_period: Option<i64>,
    /// Month when the full backup that will be kept for archival purposes is created. Possible values: • January • February • March • April • May • June • July • August • September • October • November • December
    ///
    /// XML element `<SelectedMonth>`; JSON `"SelectedMonth"`.
    #[serde(
        rename = "SelectedMonth",
        alias = "selectedMonth",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub selected_month: Option<super::enums::YearlyOptionsInfoTypeSelectedMonth>,
}
impl crate::runtime::xml::FromXml for YearlyOptionsInfoType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::elem_text(el, "Enabled")?,
            retentionperiod: xml::elem_text(el, "Retentionperiod")?,
            retention_period: xml::elem_text(el, "RetentionPeriod")?,
            selected_month: xml::elem_text(el, "SelectedMonth")?,
        })
    }
}
impl crate::runtime::xml::ToXml for YearlyOptionsInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("Retentionperiod", &self.retentionperiod);
        w.elem_text("RetentionPeriod", &self.retention_period);
        w.elem_text("SelectedMonth", &self.selected_month);
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
    pub vms_restore_parameters: Option<Vec<Vm>>,
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
            vms_restore_parameters: xml::wrapped(el, "VmsRestoreParameters", "Vm")?,
        })
    }
}
impl crate::runtime::xml::ToXml for VCloudVAppRestoreSpec {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("PowerOnAfterRestore", &self.power_on_after_restore);
        w.elem_text("HierarchyRootUid", &self.hierarchy_root_uid);
        w.elem_text("OrgVdcRef", &self.org_vdc_ref);
        w.elem_text("vAppNewName", &self.v_app_new_name);
        w.wrapped("VmsRestoreParameters", "Vm", &self.vms_restore_parameters);
    }
}
