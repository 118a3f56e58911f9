// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `self-service`.
#[allow(unused_imports)]
use super::*;
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
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub v_center_uid: crate::runtime::List<crate::runtime::Uid>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for VCentersScopeListType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            v_center_uid: xml::elems_text(el, "VCenterUid")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["VCenterUid"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for VCentersScopeListType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems_text("VCenterUid", &self.v_center_uid);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for VCentersScopeListType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
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
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
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
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    "DefaultSettings",
                    "CustomSettings",
                    "TemplateJobUid",
                    "JobSchedulerType",
                    "HighPriorityJob",
                ],
                &[],
                false,
            ),
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
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for VCloudOrganizationConfigBackupJobSettings {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
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
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
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
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    "OrganizationName",
                    "BackupServerUid",
                    "RepositoryUid",
                    "QuotaGb",
                    "TemplateJobUid",
                    "JobSchedulerType",
                    "HighPriorityJob",
                    "HostUid",
                    "RepositoryFriendlyName",
                ],
                &[],
                false,
            ),
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
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for VCloudOrganizationConfigCreateSpec {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
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
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub v_cloud_organization_config: crate::runtime::List<VCloudOrganizationConfig>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for VCloudOrganizationConfigs {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            v_cloud_organization_config: xml::elems(el, "VCloudOrganizationConfig")?
                .into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["VCloudOrganizationConfig"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for VCloudOrganizationConfigs {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("VCloudOrganizationConfig", &self.v_cloud_organization_config);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for VCloudOrganizationConfigs {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.v_cloud_organization_config,
            &crate::runtime::unknown::join(path, "VCloudOrganizationConfig"),
            out,
        );
    }
}
/// '&lt;VCloudService&gt;' of XML schema type 'VCloudServiceType': no page spells out its members. Typed from the conventions of resource\_representations (see <https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>) (every entity carries 'Href', 'Type' and 'Links') and the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); what else the server sends is not described here.
///
/// XML root element: `<VCloudService>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VCloudService {
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
impl crate::runtime::xml::FromXml for VCloudService {
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
impl crate::runtime::xml::ToXml for VCloudService {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.wrapped("Links", "Link", self.links.as_deref());
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for VCloudService {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
    }
}
/// '&lt;VSphereSelfService&gt;' of XML schema type 'VSphereSelfServiceType': no page spells out its members. Typed from the conventions of resource\_representations (see <https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>) (every entity carries 'Href', 'Type' and 'Links') and the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); what else the server sends is not described here.
///
/// XML root element: `<VSphereSelfService>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VSphereSelfService {
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
impl crate::runtime::xml::FromXml for VSphereSelfService {
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
impl crate::runtime::xml::ToXml for VSphereSelfService {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.wrapped("Links", "Link", self.links.as_deref());
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for VSphereSelfService {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
    }
}
/// '&lt;VSphereSelfServiceConfigJobSettings&gt;' of XML schema type 'VSphereSelfServiceConfigJobSettingsResourceType': no page spells out its members. Typed from the conventions of resource\_representations (see <https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>) (every entity carries 'Href', 'Type' and 'Links') and the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); what else the server sends is not described here.
///
/// XML root element: `<VSphereSelfServiceConfigJobSettings>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VSphereSelfServiceConfigJobSettings {
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
impl crate::runtime::xml::FromXml for VSphereSelfServiceConfigJobSettings {
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
impl crate::runtime::xml::ToXml for VSphereSelfServiceConfigJobSettings {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.wrapped("Links", "Link", self.links.as_deref());
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for VSphereSelfServiceConfigJobSettings {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
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
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub v_sphere_self_service_config: crate::runtime::List<VSphereSelfServiceConfig>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for VSphereSelfServiceConfigs {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            v_sphere_self_service_config: xml::elems(el, "VSphereSelfServiceConfig")?
                .into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[],
                &["VSphereSelfServiceConfig"],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for VSphereSelfServiceConfigs {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("VSphereSelfServiceConfig", &self.v_sphere_self_service_config);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for VSphereSelfServiceConfigs {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.v_sphere_self_service_config,
            &crate::runtime::unknown::join(path, "VSphereSelfServiceConfig"),
            out,
        );
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
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub v_centers_scope: crate::runtime::List<VCentersScopeListType>,
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
    pub tags: Option<crate::runtime::List<String>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
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
            v_centers_scope: xml::elems(el, "VCentersScope")?.into(),
            tags: xml::wrapped_text(el, "Tags", "Tag")?.map(Into::into),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    "AccountName",
                    "AccountType",
                    "RepositoryUid",
                    "QuotaGb",
                    "PerUser",
                    "TemplateJobUid",
                    "TemplateMode",
                    "JobSchedulerType",
                    "HighPriorityJob",
                    "Tags",
                ],
                &["VCentersScope"],
                false,
            ),
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
        w.wrapped_text("Tags", "Tag", self.tags.as_deref());
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for VSphereSelfServiceCreateSpec {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.v_centers_scope,
            &crate::runtime::unknown::join(path, "VCentersScope"),
            out,
        );
    }
}
