// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `query`, `self-service`.
#[allow(unused_imports)]
use super::*;
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
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
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
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    "DefaultSettings",
                    "JobSchedulerType",
                    "HighPriorityJob",
                    "CustomSettings",
                    "TemplateJobUid",
                ],
                &[],
                false,
            ),
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
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for JobSettings {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
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
    pub links: Option<crate::runtime::List<Link>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
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
            links: xml::wrapped(el, "Links", "Link")?.map(Into::into),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href", "Type", "Name", "UID"],
                &[
                    "BackupServerUid",
                    "RepositoryUid",
                    "QuotaGb",
                    "IsDisabled",
                    "JobSettings",
                    "UsedQuotaMb",
                    "HostUid",
                    "RepositoryFriendlyName",
                    "DefaultSettings",
                    "JobSchedulerType",
                    "HighPriorityJob",
                    "TemplateJobUid",
                    "Links",
                ],
                &[],
                false,
            ),
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
        w.wrapped("Links", "Link", self.links.as_deref());
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for VCloudOrganizationConfig {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.job_settings,
            &crate::runtime::unknown::join(path, "JobSettings"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
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
    pub v_centers_scope: Option<crate::runtime::List<String>>,
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
    pub tags: Option<crate::runtime::List<String>>,
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
    pub links: Option<crate::runtime::List<Link>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
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
            v_centers_scope: xml::wrapped_text(el, "VCentersScope", "VCenterUid")?
                .map(Into::into),
            tags: xml::wrapped_text(el, "Tags", "Tag")?.map(Into::into),
            used_quota_mb: xml::elem_text(el, "UsedQuotaMb")?,
            default_settings: xml::elem_text(el, "DefaultSettings")?,
            job_scheduler_type: xml::elem_text(el, "JobSchedulerType")?,
            high_priority_job: xml::elem_text(el, "HighPriorityJob")?,
            links: xml::wrapped(el, "Links", "Link")?.map(Into::into),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href", "Type", "Name", "UID"],
                &[
                    "BackupServerUid",
                    "RepositoryUid",
                    "QuotaGb",
                    "PerUser",
                    "Account",
                    "JobSettings",
                    "VCentersScope",
                    "Tags",
                    "UsedQuotaMb",
                    "DefaultSettings",
                    "JobSchedulerType",
                    "HighPriorityJob",
                    "Links",
                ],
                &[],
                false,
            ),
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
        w.wrapped_text("VCentersScope", "VCenterUid", self.v_centers_scope.as_deref());
        w.wrapped_text("Tags", "Tag", self.tags.as_deref());
        w.elem_text("UsedQuotaMb", &self.used_quota_mb);
        w.elem_text("DefaultSettings", &self.default_settings);
        w.elem_text("JobSchedulerType", &self.job_scheduler_type);
        w.elem_text("HighPriorityJob", &self.high_priority_job);
        w.wrapped("Links", "Link", self.links.as_deref());
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for VSphereSelfServiceConfig {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.account,
            &crate::runtime::unknown::join(path, "Account"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.job_settings,
            &crate::runtime::unknown::join(path, "JobSettings"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
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
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
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
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &["AccountName", "AccountSid", "AccountType"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for VSphereSelfServiceConfigAccountInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("AccountName", &self.account_name);
        w.elem_text("AccountSid", &self.account_sid);
        w.elem_text_req("AccountType", &self.account_type);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for VSphereSelfServiceConfigAccountInfoType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
