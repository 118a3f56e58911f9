// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `self-service`.

#[allow(unused_imports)]
use super::*;

/// Used by GET /selfService/vSphere/Configs/{ID}, POST /selfService/vSphere/Configs, PUT /selfService/vSphere/Configs/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_selfservice_vsphere_configs_id.html>
///
/// XML root element: `<VCentersScope>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VCentersScopeListType {
    /// UID of the vCenter Server that must be available to the tenant, for example: urn:veeam:ManagedServer:6edb23da-560b-4759-951f-1da6aca08169.
    ///
    /// repeated XML element `<VCenterUid>`; JSON `"VCenterUids": […]`.
    pub v_center_uids: crate::runtime::List<crate::runtime::Uid>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VCentersScopeListType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("VCenterUids", &self.v_center_uids)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VCentersScopeListType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[F::new("VCenterUids", &["VCenterUid", "vCenterUids"])];
        crate::runtime::json::object(deserializer, "VCentersScopeListType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VCentersScopeListType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.v_center_uids = o.vec_of("VCenterUid")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VCentersScopeListType {
    const ROOTS: &'static [&'static str] = &["VCentersScope"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            v_center_uids: xml::elems_text(el, "VCenterUid")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many_text::<crate::runtime::Uid>("VCenterUid")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("VCenterUid")])?.is_some() {
            if let Some(v) = el_.text()? {
                out.v_center_uids.push(v)
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VCentersScopeListType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems_text("VCenterUid", &self.v_center_uids);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VCentersScopeListType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by PUT /vCloud/orgConfigs/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_vcloud_orgconfigs_id.html>
///
/// XML root element: `<JobSettings>`.
#[derive(Debug, Clone, PartialEq)]
pub struct VCloudOrganizationConfigBackupJobSettings {
    /// Defines whether tenant-side jobs created for the organization must be configured with the default VMware Cloud Director backup job settings. Possible values:
    ///
    /// - `True`
    /// - False If set to False, the UID of the backup job that will be used as a template for tenant-side jobs must be specified in the CopyFromThisJob element.
    ///
    /// XML element `<DefaultSettings>`; JSON `"DefaultSettings"`.
    pub default_settings: Option<bool>,
    /// Defines whether tenant-side jobs created for the organization must use settings of a specific VMware Cloud Director backup job. Possible values:
    ///
    /// - `True`
    /// - False If set to True, the UID of the backup job that will be used as a template for tenant-side jobs must be specified in the CopyFromThisJob element.
    ///
    /// XML element `<CustomSettings>`; JSON `"CustomSettings"`.
    pub custom_settings: Option<bool>,
    /// UID of the VMware Cloud Director backup job that will be used as a template for VMware Cloud Director organization VMs processing. The backup job must be created in advance on the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// XML element `<TemplateJobUid>`; JSON `"TemplateJobUid"`.
    pub template_job_uid: Option<crate::runtime::Uid>,
    /// Job scheduling options. Possible values:
    ///
    /// - `Full` — VMware Cloud Director organization members have full access to all job scheduling options.
    /// - `Partial` — VMware Cloud Director organization members can create daily and monthly jobs only.
    /// - `Random` — VMware Cloud Director organization members can create daily jobs with randomized start time within the backup window.
    /// - `Disabled` — VMware Cloud Director organization members can create only jobs with no schedule assigned.
    ///
    /// XML element `<JobSchedulerType>`; JSON `"JobSchedulerType"`.
    pub job_scheduler_type: super::enums::JobSchedulerType,
    /// Defines whether the backup job has a high priority. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<HighPriorityJob>`; JSON `"HighPriorityJob"`.
    pub high_priority_job: Option<bool>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VCloudOrganizationConfigBackupJobSettings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("DefaultSettings", &self.default_settings)?;
        o.opt("CustomSettings", &self.custom_settings)?;
        o.opt("TemplateJobUid", &self.template_job_uid)?;
        o.req("JobSchedulerType", &self.job_scheduler_type)?;
        o.opt("HighPriorityJob", &self.high_priority_job)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VCloudOrganizationConfigBackupJobSettings {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("DefaultSettings", &["defaultSettings"]),
            F::new("CustomSettings", &["customSettings"]),
            F::new("TemplateJobUid", &["templateJobUid"]),
            F::new("JobSchedulerType", &["jobSchedulerType"]),
            F::new("HighPriorityJob", &["highPriorityJob"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "VCloudOrganizationConfigBackupJobSettings",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for VCloudOrganizationConfigBackupJobSettings {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut default_settings = Default::default();
        let mut custom_settings = Default::default();
        let mut template_job_uid = Default::default();
        let mut job_scheduler_type = Default::default();
        let mut high_priority_job = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => default_settings = o.lenient()?,
                1 => custom_settings = o.lenient()?,
                2 => template_job_uid = o.lenient()?,
                3 => job_scheduler_type = Some(o.value()?),
                4 => high_priority_job = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self {
            default_settings,
            custom_settings,
            template_job_uid,
            job_scheduler_type: o.required(job_scheduler_type, 3)?,
            high_priority_job,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for VCloudOrganizationConfigBackupJobSettings {
    const ROOTS: &'static [&'static str] = &["JobSettings"];
    #[inline]
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
                    xml::Child::once_text::<bool>("DefaultSettings"),
                    xml::Child::once_text::<bool>("CustomSettings"),
                    xml::Child::once_text::<crate::runtime::Uid>("TemplateJobUid"),
                    xml::Child::once_text::<
                        super::enums::JobSchedulerType,
                    >("JobSchedulerType"),
                    xml::Child::once_text::<bool>("HighPriorityJob"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        el_.attrs(&[])?;
        let mut default_settings = None;
        let mut custom_settings = None;
        let mut template_job_uid = None;
        let mut job_scheduler_type = None;
        let mut high_priority_job = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("DefaultSettings"),
            xml::Tag::once("CustomSettings"),
            xml::Tag::once("TemplateJobUid"),
            xml::Tag::once("JobSchedulerType"),
            xml::Tag::once("HighPriorityJob"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => default_settings = el_.text()?,
                1 => custom_settings = el_.text()?,
                2 => template_job_uid = el_.text()?,
                3 => job_scheduler_type = el_.text()?,
                4 => high_priority_job = el_.text()?,
                _ => {}
            }
        }
        Some(Self {
            default_settings,
            custom_settings,
            template_job_uid,
            job_scheduler_type: job_scheduler_type?,
            high_priority_job,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for VCloudOrganizationConfigBackupJobSettings {
    #[inline]
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
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by POST /vCloud/orgConfigs.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vcloud_orgconfigs.html>
///
/// XML root element: `<VCloudOrganizationConfigCreateSpec>`.
#[derive(Debug, Clone, PartialEq)]
pub struct VCloudOrganizationConfigCreateSpec {
    /// Name of the VMware Cloud Director organization for which the configuration is created. The VMware Cloud Director organization must be created in advance on a VMware Cloud Director server processed by a backup server added to Veeam Backup Enterprise Manager.
    ///
    /// XML element `<OrganizationName>`; JSON `"OrganizationName"`.
    pub organization_name: String,
    /// UID of the backup server that must process VMs of the VMware Cloud Director organization, for example: urn:veeam:BackupServer:1cf4ea89-89d9-4b4e-a285-71bd8c705222.
    ///
    /// XML element `<BackupServerUid>`; JSON `"BackupServerUid"`.
    pub backup_server_uid: crate::runtime::Uid,
    /// UID of the backup repository on which the storage quota for the VMware Cloud Director organization must be created, for example: urn:veeam:Repository:82db96c3-445c-4a7e-9587-f2d523e839f4.
    ///
    /// XML element `<RepositoryUid>`; JSON `"RepositoryUid"`.
    pub repository_uid: crate::runtime::Uid,
    /// Size of the storage quota assigned to the VMware Cloud Director organization (in GB).
    ///
    /// XML element `<QuotaGb>`; JSON `"QuotaGb"`.
    pub quota_gb: i64,
    /// UID of the VMware Cloud Director backup job that will be used as a template for VMware Cloud Director organization VMs processing. The backup job must be created in advance on the backup server connected to Veeam Backup Enterprise Manager. Settings of the specified job will be applied to backup jobs created by tenant-side users. If the job UID is not specified, tenant-side jobs will be configured with the default VMware Cloud Director backup job settings. Job settings applied to backup jobs for the VMware Cloud Director organization will be listed in the representation of the /vCloud/orgConfigs/{ID}/backupJobSettings resource.
    ///
    /// XML element `<TemplateJobUid>`; JSON `"TemplateJobUid"`.
    pub template_job_uid: Option<crate::runtime::Uid>,
    /// Job scheduling options. Possible values:
    ///
    /// - `Full` — VMware Cloud Director organization members have full access to all job scheduling options.
    /// - `Partial` — VMware Cloud Director organization members can create daily and monthly jobs only.
    /// - `Random` — VMware Cloud Director organization members can create daily jobs with randomized start time within the backup window.
    /// - `Disabled` — VMware Cloud Director organization members can create only jobs with no schedule assigned.
    ///
    /// XML element `<JobSchedulerType>`; JSON `"JobSchedulerType"`.
    pub job_scheduler_type: super::enums::JobSchedulerType,
    /// Defines whether the backup job has a high priority. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<HighPriorityJob>`; JSON `"HighPriorityJob"`.
    pub high_priority_job: Option<bool>,
    /// UID of the VMware Cloud Director host where the VMware Cloud Director organization has been created.
    ///
    /// XML element `<HostUid>`; JSON `"HostUid"`.
    pub host_uid: crate::runtime::Uid,
    /// Backup repository name displayed to VMware Cloud Director organization members, for example: Backup Repository 1.
    ///
    /// XML element `<RepositoryFriendlyName>`; JSON `"RepositoryFriendlyName"`.
    pub repository_friendly_name: String,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VCloudOrganizationConfigCreateSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.req("OrganizationName", &self.organization_name)?;
        o.req("BackupServerUid", &self.backup_server_uid)?;
        o.req("RepositoryUid", &self.repository_uid)?;
        o.req("QuotaGb", &self.quota_gb)?;
        o.opt("TemplateJobUid", &self.template_job_uid)?;
        o.req("JobSchedulerType", &self.job_scheduler_type)?;
        o.opt("HighPriorityJob", &self.high_priority_job)?;
        o.req("HostUid", &self.host_uid)?;
        o.req("RepositoryFriendlyName", &self.repository_friendly_name)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VCloudOrganizationConfigCreateSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("OrganizationName", &["organizationName"]),
            F::new("BackupServerUid", &["backupServerUid"]),
            F::new("RepositoryUid", &["repositoryUid"]),
            F::new("QuotaGb", &["quotaGb"]),
            F::new("TemplateJobUid", &["templateJobUid"]),
            F::new("JobSchedulerType", &["jobSchedulerType"]),
            F::new("HighPriorityJob", &["highPriorityJob"]),
            F::new("HostUid", &["hostUid"]),
            F::new("RepositoryFriendlyName", &["repositoryFriendlyName"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "VCloudOrganizationConfigCreateSpec",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for VCloudOrganizationConfigCreateSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut organization_name = Default::default();
        let mut backup_server_uid = Default::default();
        let mut repository_uid = Default::default();
        let mut quota_gb = Default::default();
        let mut template_job_uid = Default::default();
        let mut job_scheduler_type = Default::default();
        let mut high_priority_job = Default::default();
        let mut host_uid = Default::default();
        let mut repository_friendly_name = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => organization_name = Some(o.lenient_req()?),
                1 => backup_server_uid = Some(o.lenient_req()?),
                2 => repository_uid = Some(o.lenient_req()?),
                3 => quota_gb = Some(o.lenient_req()?),
                4 => template_job_uid = o.lenient()?,
                5 => job_scheduler_type = Some(o.value()?),
                6 => high_priority_job = o.lenient()?,
                7 => host_uid = Some(o.lenient_req()?),
                8 => repository_friendly_name = Some(o.lenient_req()?),
                _ => {}
            }
        }
        Ok(Self {
            organization_name: o.required(organization_name, 0)?,
            backup_server_uid: o.required(backup_server_uid, 1)?,
            repository_uid: o.required(repository_uid, 2)?,
            quota_gb: o.required(quota_gb, 3)?,
            template_job_uid,
            job_scheduler_type: o.required(job_scheduler_type, 5)?,
            high_priority_job,
            host_uid: o.required(host_uid, 7)?,
            repository_friendly_name: o.required(repository_friendly_name, 8)?,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for VCloudOrganizationConfigCreateSpec {
    const ROOTS: &'static [&'static str] = &["VCloudOrganizationConfigCreateSpec"];
    #[inline]
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
                    xml::Child::once_text::<String>("OrganizationName"),
                    xml::Child::once_text::<crate::runtime::Uid>("BackupServerUid"),
                    xml::Child::once_text::<crate::runtime::Uid>("RepositoryUid"),
                    xml::Child::once_text::<i64>("QuotaGb"),
                    xml::Child::once_text::<crate::runtime::Uid>("TemplateJobUid"),
                    xml::Child::once_text::<
                        super::enums::JobSchedulerType,
                    >("JobSchedulerType"),
                    xml::Child::once_text::<bool>("HighPriorityJob"),
                    xml::Child::once_text::<crate::runtime::Uid>("HostUid"),
                    xml::Child::once_text::<String>("RepositoryFriendlyName"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        el_.attrs(&[])?;
        let mut organization_name = None;
        let mut backup_server_uid = None;
        let mut repository_uid = None;
        let mut quota_gb = None;
        let mut template_job_uid = None;
        let mut job_scheduler_type = None;
        let mut high_priority_job = None;
        let mut host_uid = None;
        let mut repository_friendly_name = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("OrganizationName"),
            xml::Tag::once("BackupServerUid"),
            xml::Tag::once("RepositoryUid"),
            xml::Tag::once("QuotaGb"),
            xml::Tag::once("TemplateJobUid"),
            xml::Tag::once("JobSchedulerType"),
            xml::Tag::once("HighPriorityJob"),
            xml::Tag::once("HostUid"),
            xml::Tag::once("RepositoryFriendlyName"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => organization_name = el_.text()?,
                1 => backup_server_uid = el_.text()?,
                2 => repository_uid = el_.text()?,
                3 => quota_gb = el_.text()?,
                4 => template_job_uid = el_.text()?,
                5 => job_scheduler_type = el_.text()?,
                6 => high_priority_job = el_.text()?,
                7 => host_uid = el_.text()?,
                8 => repository_friendly_name = el_.text()?,
                _ => {}
            }
        }
        Some(Self {
            organization_name: organization_name?,
            backup_server_uid: backup_server_uid?,
            repository_uid: repository_uid?,
            quota_gb: quota_gb?,
            template_job_uid,
            job_scheduler_type: job_scheduler_type?,
            high_priority_job,
            host_uid: host_uid?,
            repository_friendly_name: repository_friendly_name?,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for VCloudOrganizationConfigCreateSpec {
    #[inline]
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
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/vcloud_orgconfigs.html>
///
/// XML root element: `<VCloudOrganizationConfigs>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VCloudOrganizationConfigs {
    /// repeated XML element `<VCloudOrganizationConfig>`; JSON `"VCloudOrganizationConfigs": […]`.
    pub v_cloud_organization_configs: crate::runtime::List<VCloudOrganizationConfig>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VCloudOrganizationConfigs {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("VCloudOrganizationConfigs", &self.v_cloud_organization_configs)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VCloudOrganizationConfigs {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new(
                "VCloudOrganizationConfigs",
                &["VCloudOrganizationConfig", "vCloudOrganizationConfigs"],
            ),
        ];
        crate::runtime::json::object(deserializer, "VCloudOrganizationConfigs", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VCloudOrganizationConfigs {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.v_cloud_organization_configs = o.vec_of("VCloudOrganizationConfig")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VCloudOrganizationConfigs {
    const ROOTS: &'static [&'static str] = &["VCloudOrganizationConfigs"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            v_cloud_organization_configs: xml::elems(el, "VCloudOrganizationConfig")?
                .into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("VCloudOrganizationConfig")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("VCloudOrganizationConfig")])?.is_some() {
            out.v_cloud_organization_configs.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VCloudOrganizationConfigs {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("VCloudOrganizationConfig", &self.v_cloud_organization_configs);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VCloudOrganizationConfigs {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.v_cloud_organization_configs,
            &crate::runtime::unknown::join(path, "VCloudOrganizationConfig"),
            out,
        );
    }
}

/// '&lt;VCloudService&gt;' of XML schema type 'VCloudServiceType': no page spells out its members. Typed from the conventions of resource\_representations (see <https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>) (every entity carries 'Href', 'Type' and 'Links') and the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); what else the server sends is not described here.
///
/// XML root element: `<VCloudService>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VCloudService {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// The links to related resources and actions.
    ///
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VCloudService {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Links", &self.links)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VCloudService {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("Links", &["Link", "links"]),
        ];
        crate::runtime::json::object(deserializer, "VCloudService", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VCloudService {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.r#type = o.lenient()?,
                1 => out.href = o.lenient()?,
                2 => out.links = o.list_of("Link")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VCloudService {
    const ROOTS: &'static [&'static str] = &["VCloudService"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            links: xml::wrapped(el, "Links", "Link")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href"],
                &[xml::Child::once("Links")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        {
            let at_ = el_.attrs(&["Type", "Href"])?;
            out.r#type = xml::attr_value(&at_[0])?;
            out.href = xml::attr_value(&at_[1])?;
        }
        while el_.next_child(&[xml::Tag::once("Links")])?.is_some() {
            out.links = Some(el_.wrapped("Link")?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VCloudService {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.wrapped("Links", "Link", self.links.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VCloudService {
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VSphereSelfService {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// The links to related resources and actions.
    ///
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VSphereSelfService {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Links", &self.links)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VSphereSelfService {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("Links", &["Link", "links"]),
        ];
        crate::runtime::json::object(deserializer, "VSphereSelfService", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VSphereSelfService {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.r#type = o.lenient()?,
                1 => out.href = o.lenient()?,
                2 => out.links = o.list_of("Link")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VSphereSelfService {
    const ROOTS: &'static [&'static str] = &["VSphereSelfService"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            links: xml::wrapped(el, "Links", "Link")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href"],
                &[xml::Child::once("Links")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        {
            let at_ = el_.attrs(&["Type", "Href"])?;
            out.r#type = xml::attr_value(&at_[0])?;
            out.href = xml::attr_value(&at_[1])?;
        }
        while el_.next_child(&[xml::Tag::once("Links")])?.is_some() {
            out.links = Some(el_.wrapped("Link")?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VSphereSelfService {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.wrapped("Links", "Link", self.links.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VSphereSelfService {
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VSphereSelfServiceConfigJobSettings {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// The links to related resources and actions.
    ///
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VSphereSelfServiceConfigJobSettings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Links", &self.links)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VSphereSelfServiceConfigJobSettings {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("Links", &["Link", "links"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "VSphereSelfServiceConfigJobSettings",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for VSphereSelfServiceConfigJobSettings {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.r#type = o.lenient()?,
                1 => out.href = o.lenient()?,
                2 => out.links = o.list_of("Link")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VSphereSelfServiceConfigJobSettings {
    const ROOTS: &'static [&'static str] = &["VSphereSelfServiceConfigJobSettings"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            links: xml::wrapped(el, "Links", "Link")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href"],
                &[xml::Child::once("Links")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        {
            let at_ = el_.attrs(&["Type", "Href"])?;
            out.r#type = xml::attr_value(&at_[0])?;
            out.href = xml::attr_value(&at_[1])?;
        }
        while el_.next_child(&[xml::Tag::once("Links")])?.is_some() {
            out.links = Some(el_.wrapped("Link")?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VSphereSelfServiceConfigJobSettings {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.wrapped("Links", "Link", self.links.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VSphereSelfServiceConfigJobSettings {
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VSphereSelfServiceConfigs {
    /// repeated XML element `<VSphereSelfServiceConfig>`; JSON `"VSphereSelfServiceConfigs": […]`.
    pub v_sphere_self_service_configs: crate::runtime::List<VSphereSelfServiceConfig>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VSphereSelfServiceConfigs {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("VSphereSelfServiceConfigs", &self.v_sphere_self_service_configs)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VSphereSelfServiceConfigs {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new(
                "VSphereSelfServiceConfigs",
                &["VSphereSelfServiceConfig", "vSphereSelfServiceConfigs"],
            ),
        ];
        crate::runtime::json::object(deserializer, "VSphereSelfServiceConfigs", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VSphereSelfServiceConfigs {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.v_sphere_self_service_configs = o.vec_of("VSphereSelfServiceConfig")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VSphereSelfServiceConfigs {
    const ROOTS: &'static [&'static str] = &["VSphereSelfServiceConfigs"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            v_sphere_self_service_configs: xml::elems(el, "VSphereSelfServiceConfig")?
                .into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("VSphereSelfServiceConfig")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("VSphereSelfServiceConfig")])?.is_some() {
            out.v_sphere_self_service_configs.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VSphereSelfServiceConfigs {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("VSphereSelfServiceConfig", &self.v_sphere_self_service_configs);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VSphereSelfServiceConfigs {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.v_sphere_self_service_configs,
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
#[derive(Debug, Clone, PartialEq)]
pub struct VSphereSelfServiceCreateSpec {
    /// Name of the user or group account for which the tenant access configuration is created. The account must be created in advance on a vCenter Server processed by a backup server added to Veeam Backup Enterprise Manager.
    ///
    /// XML element `<AccountName>`; JSON `"AccountName"`.
    pub account_name: String,
    /// Type of the tenant access configuration. Possible values:
    ///
    /// - `User` — tenant access configuration is created for a vSphere user.
    /// - `Group` — tenant access configuration is created for a vSphere group.
    ///
    /// XML element `<AccountType>`; JSON `"AccountType"`.
    pub account_type: Option<super::enums::VSphereSelfServiceAccountType>,
    /// UID of the backup repository on which the storage quota for the tenant of vSphere Self-Service Backup Portal must be created, for example: urn:veeam:Repository:893d2ecc-879a-4f2a-8a31-3594t7cr1ya4. You cannot assign to tenants quotas on cloud repositories, as well as NetApp or Nimble storage systems that store snapshots created by Veeam snapshot-only jobs.
    ///
    /// XML element `<RepositoryUid>`; JSON `"RepositoryUid"`.
    pub repository_uid: crate::runtime::Uid,
    /// Size of the storage quota assigned to the tenant (in GB).
    ///
    /// XML element `<QuotaGb>`; JSON `"QuotaGb"`.
    pub quota_gb: i64,
    /// Defines whether users of the group for which the tenant access configuration is created will have separate quotas on the backup repository and what backup jobs will be available to users. Possible values:
    ///
    /// - `True` — each user of the group has a separate quota on the backup repository. Each user has access to backup jobs created by this user only.
    /// - `False` — all users of the group share the same quota on the backup repository. Each user has access to all backup jobs created by users of the group.
    ///
    /// XML element `<PerUser>`; JSON `"PerUser"`.
    pub per_user: Option<bool>,
    /// UID of the backup job that will be used as a template for backup jobs created by the tenant of vSphere Self-Service Backup Portal. The backup job must be created in advance on the backup server connected to Veeam Backup Enterprise Manager. Settings of the specified job will be applied to backup jobs created by the tenant. If the job ID is not specified, tenant jobs will be configured with the default vSphere backup job settings. Settings applied to backup jobs of the tenant will be displayed in the representation of the /selfService/vSphere/Configs/{ID}/backupJobSettings resource.
    ///
    /// XML element `<TemplateJobUid>`; JSON `"TemplateJobUid"`.
    pub template_job_uid: Option<crate::runtime::Uid>,
    /// XML element `<TemplateMode>`; JSON `"TemplateMode"`.
    pub template_mode: Option<String>,
    /// Job scheduling options. Possible values:
    ///
    /// - `Full` — tenant of the vSphere Self-Service Backup Portal has full access to all job scheduling options.
    /// - `Partial` — tenant of the vSphere Self-Service Backup Portal can create daily and monthly jobs only.
    /// - `Random` — tenant of the vSphere Self-Service Backup Portal can create daily jobs with randomized start time within the backup window.
    /// - `Disabled` — tenant of the vSphere Self-Service Backup Portal can create only jobs with no schedule assigned.
    ///
    /// XML element `<JobSchedulerType>`; JSON `"JobSchedulerType"`.
    pub job_scheduler_type: Option<super::enums::JobSchedulerType>,
    /// Defines whether the backup job has a high priority. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<HighPriorityJob>`; JSON `"HighPriorityJob"`.
    pub high_priority_job: Option<bool>,
    /// Defines a list of vCenter Servers whose VMs are available to the tenant. By default, the tenant has access to all vCenter Servers. For details, see vCenters Scope Settings.
    ///
    /// repeated XML element `<VCentersScope>`; JSON `"VCentersScope": […]`.
    pub v_centers_scopes: crate::runtime::List<VCentersScopeListType>,
    /// vSphere tags that define what VMs will be available to the tenant. For details, see vSphere Tags. vSphere tags must be specified if the vSphere tags delegation mode is selected in Veeam Backup Enterprise Manager.
    ///
    /// XML `<Tags><Tag/>…</Tags>`; JSON `"Tags": […]`.
    pub tags: Option<crate::runtime::List<String>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VSphereSelfServiceCreateSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.req("AccountName", &self.account_name)?;
        o.opt("AccountType", &self.account_type)?;
        o.req("RepositoryUid", &self.repository_uid)?;
        o.req("QuotaGb", &self.quota_gb)?;
        o.opt("PerUser", &self.per_user)?;
        o.opt("TemplateJobUid", &self.template_job_uid)?;
        o.opt("TemplateMode", &self.template_mode)?;
        o.opt("JobSchedulerType", &self.job_scheduler_type)?;
        o.opt("HighPriorityJob", &self.high_priority_job)?;
        o.elems("VCentersScope", &self.v_centers_scopes)?;
        o.opt("Tags", &self.tags)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VSphereSelfServiceCreateSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("AccountName", &["accountName"]),
            F::new("AccountType", &["accountType"]),
            F::new("RepositoryUid", &["repositoryUid"]),
            F::new("QuotaGb", &["quotaGb"]),
            F::new("PerUser", &["perUser"]),
            F::new("TemplateJobUid", &["templateJobUid"]),
            F::new("TemplateMode", &["templateMode"]),
            F::new("JobSchedulerType", &["jobSchedulerType"]),
            F::new("HighPriorityJob", &["highPriorityJob"]),
            F::new("VCentersScope", &["vCentersScope"]),
            F::new("Tags", &["Tag", "tags"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "VSphereSelfServiceCreateSpec",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for VSphereSelfServiceCreateSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut account_name = Default::default();
        let mut account_type = Default::default();
        let mut repository_uid = Default::default();
        let mut quota_gb = Default::default();
        let mut per_user = Default::default();
        let mut template_job_uid = Default::default();
        let mut template_mode = Default::default();
        let mut job_scheduler_type = Default::default();
        let mut high_priority_job = Default::default();
        let mut v_centers_scopes = Default::default();
        let mut tags = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => account_name = Some(o.lenient_req()?),
                1 => account_type = o.value()?,
                2 => repository_uid = Some(o.lenient_req()?),
                3 => quota_gb = Some(o.lenient_req()?),
                4 => per_user = o.lenient()?,
                5 => template_job_uid = o.lenient()?,
                6 => template_mode = o.lenient()?,
                7 => job_scheduler_type = o.value()?,
                8 => high_priority_job = o.lenient()?,
                9 => v_centers_scopes = o.vec_of("VCentersScope")?,
                10 => tags = o.list_of("Tag")?,
                _ => {}
            }
        }
        Ok(Self {
            account_name: o.required(account_name, 0)?,
            account_type,
            repository_uid: o.required(repository_uid, 2)?,
            quota_gb: o.required(quota_gb, 3)?,
            per_user,
            template_job_uid,
            template_mode,
            job_scheduler_type,
            high_priority_job,
            v_centers_scopes,
            tags,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for VSphereSelfServiceCreateSpec {
    const ROOTS: &'static [&'static str] = &["VSphereSelfServiceCreateSpec"];
    #[inline]
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
            v_centers_scopes: xml::elems(el, "VCentersScope")?.into(),
            tags: xml::wrapped_text(el, "Tags", "Tag")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("AccountName"),
                    xml::Child::once_text::<
                        super::enums::VSphereSelfServiceAccountType,
                    >("AccountType"),
                    xml::Child::once_text::<crate::runtime::Uid>("RepositoryUid"),
                    xml::Child::once_text::<i64>("QuotaGb"),
                    xml::Child::once_text::<bool>("PerUser"),
                    xml::Child::once_text::<crate::runtime::Uid>("TemplateJobUid"),
                    xml::Child::once_text::<String>("TemplateMode"),
                    xml::Child::once_text::<
                        super::enums::JobSchedulerType,
                    >("JobSchedulerType"),
                    xml::Child::once_text::<bool>("HighPriorityJob"),
                    xml::Child::many("VCentersScope"),
                    xml::Child::once("Tags"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        el_.attrs(&[])?;
        let mut account_name = None;
        let mut account_type = None;
        let mut repository_uid = None;
        let mut quota_gb = None;
        let mut per_user = None;
        let mut template_job_uid = None;
        let mut template_mode = None;
        let mut job_scheduler_type = None;
        let mut high_priority_job = None;
        let mut v_centers_scopes = crate::runtime::List::new();
        let mut tags = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("AccountName"),
            xml::Tag::once("AccountType"),
            xml::Tag::once("RepositoryUid"),
            xml::Tag::once("QuotaGb"),
            xml::Tag::once("PerUser"),
            xml::Tag::once("TemplateJobUid"),
            xml::Tag::once("TemplateMode"),
            xml::Tag::once("JobSchedulerType"),
            xml::Tag::once("HighPriorityJob"),
            xml::Tag::many("VCentersScope"),
            xml::Tag::once("Tags"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => account_name = el_.text()?,
                1 => account_type = el_.text()?,
                2 => repository_uid = el_.text()?,
                3 => quota_gb = el_.text()?,
                4 => per_user = el_.text()?,
                5 => template_job_uid = el_.text()?,
                6 => template_mode = el_.text()?,
                7 => job_scheduler_type = el_.text()?,
                8 => high_priority_job = el_.text()?,
                9 => v_centers_scopes.push(el_.elem()?),
                10 => tags = Some(el_.wrapped_text("Tag")?),
                _ => {}
            }
        }
        Some(Self {
            account_name: account_name?,
            account_type,
            repository_uid: repository_uid?,
            quota_gb: quota_gb?,
            per_user,
            template_job_uid,
            template_mode,
            job_scheduler_type,
            high_priority_job,
            v_centers_scopes,
            tags,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for VSphereSelfServiceCreateSpec {
    #[inline]
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
        w.elems("VCentersScope", &self.v_centers_scopes);
        w.wrapped_text("Tags", "Tag", self.tags.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VSphereSelfServiceCreateSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.v_centers_scopes,
            &crate::runtime::unknown::join(path, "VCentersScope"),
            out,
        );
    }
}
