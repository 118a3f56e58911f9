// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `query`, `self-service`.

#[allow(unused_imports)]
use super::*;

/// The `JobSettings` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JobSettings {
    /// XML element `<DefaultSettings>`; JSON `"DefaultSettings"`.
    pub default_settings: Option<String>,
    /// XML element `<JobSchedulerType>`; JSON `"JobSchedulerType"`.
    pub job_scheduler_type: Option<String>,
    /// XML element `<HighPriorityJob>`; JSON `"HighPriorityJob"`.
    pub high_priority_job: Option<String>,
    /// XML element `<CustomSettings>`; JSON `"CustomSettings"`.
    pub custom_settings: Option<String>,
    /// XML element `<TemplateJobUid>`; JSON `"TemplateJobUid"`.
    pub template_job_uid: Option<crate::runtime::Uid>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for JobSettings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("DefaultSettings", &self.default_settings)?;
        o.opt("JobSchedulerType", &self.job_scheduler_type)?;
        o.opt("HighPriorityJob", &self.high_priority_job)?;
        o.opt("CustomSettings", &self.custom_settings)?;
        o.opt("TemplateJobUid", &self.template_job_uid)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for JobSettings {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("DefaultSettings", &["defaultSettings"]),
            F::new("JobSchedulerType", &["jobSchedulerType"]),
            F::new("HighPriorityJob", &["highPriorityJob"]),
            F::new("CustomSettings", &["customSettings"]),
            F::new("TemplateJobUid", &["templateJobUid"]),
        ];
        crate::runtime::json::object(deserializer, "JobSettings", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for JobSettings {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.default_settings = o.lenient()?,
                1 => out.job_scheduler_type = o.lenient()?,
                2 => out.high_priority_job = o.lenient()?,
                3 => out.custom_settings = o.lenient()?,
                4 => out.template_job_uid = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for JobSettings {
    #[inline]
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
                    xml::Child::once_text::<String>("DefaultSettings"),
                    xml::Child::once_text::<String>("JobSchedulerType"),
                    xml::Child::once_text::<String>("HighPriorityJob"),
                    xml::Child::once_text::<String>("CustomSettings"),
                    xml::Child::once_text::<crate::runtime::Uid>("TemplateJobUid"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("DefaultSettings"),
            xml::Tag::once("JobSchedulerType"),
            xml::Tag::once("HighPriorityJob"),
            xml::Tag::once("CustomSettings"),
            xml::Tag::once("TemplateJobUid"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.default_settings = el_.text()?,
                1 => out.job_scheduler_type = el_.text()?,
                2 => out.high_priority_job = el_.text()?,
                3 => out.custom_settings = el_.text()?,
                4 => out.template_job_uid = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for JobSettings {
    #[inline]
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
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /vCloud/orgConfigs/{ID}, PUT /vCloud/orgConfigs/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vcloud_orgconfigs_id.html>
///
/// XML root element: `<VCloudOrganizationConfig>`.
#[derive(Debug, Clone, PartialEq)]
pub struct VCloudOrganizationConfig {
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// Name of the VMware Cloud Director organization configuration resource, for example: org1.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the VMware Cloud Director organization configuration resource, for example: urn:veeam:BackupFile:0874ab95-10e5-4f25-84df-2782ad81f3e5.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// UID of the backup server parent to the VMware Cloud Director organization configuration resource.
    ///
    /// XML element `<BackupServerUid>`; JSON `"BackupServerUid"`.
    pub backup_server_uid: crate::runtime::Uid,
    /// UID of the backup repository on which the storage quota for the VMware Cloud Director organization is created, for example: urn:veeam:Repository:82db96c3-445c-4a7e-9587-f2d523e839f4.
    ///
    /// XML element `<RepositoryUid>`; JSON `"RepositoryUid"`.
    pub repository_uid: crate::runtime::Uid,
    /// Size of the storage quota assigned to the VMware Cloud Director organization (in GB).
    ///
    /// XML element `<QuotaGb>`; JSON `"QuotaGb"`.
    pub quota_gb: i64,
    /// Defines if the default VMware Cloud Director organization configuration is in the disabled or enabled state. Possible values:
    ///
    /// - `True` — the default configuration is disabled. Self-service backup is unavailable for VMware Cloud Director organizations that do not have individual configurations.
    /// - `False` — the default configuration is enabled. VMware Cloud Director organizations for which individual configurations were not created can perform self-service backup.
    ///
    /// XML element `<IsDisabled>`; JSON `"IsDisabled"`.
    pub is_disabled: bool,
    /// Job settings used for the organization configuration. For details, see Job Settings.
    ///
    /// XML element `<JobSettings>`; JSON `"JobSettings"`.
    pub job_settings: JobSettings,
    /// Amount of space on the storage quota consumed by the VMware Cloud Director organization (in MB).
    ///
    /// XML element `<UsedQuotaMb>`; JSON `"UsedQuotaMb"`.
    pub used_quota_mb: Option<i64>,
    /// UID of the VMware Cloud Director host where the VMware Cloud Director organization has been created.
    ///
    /// XML element `<HostUid>`; JSON `"HostUid"`.
    pub host_uid: crate::runtime::Uid,
    /// Backup repository name displayed to VMware Cloud Director organization members, for example: Backup Repository 1.
    ///
    /// XML element `<RepositoryFriendlyName>`; JSON `"RepositoryFriendlyName"`.
    pub repository_friendly_name: String,
    /// Defines if the default VMware Cloud Director organization configuration is in the disabled or enabled state. Possible values:
    ///
    /// - `True` — the default configuration is disabled. Self-service backup is unavailable for VMware Cloud Director organizations that do not have individual configurations.
    /// - `False` — the default configuration is enabled. VMware Cloud Director organizations for which individual configurations were not created can perform self-service backup.
    ///
    /// XML element `<DefaultSettings>`; JSON `"DefaultSettings"`.
    pub default_settings: Option<bool>,
    /// Job scheduling options. Possible values:
    ///
    /// - `Full` — VMware Cloud Director organization members have full access to all job scheduling options.
    /// - `Partial` — VMware Cloud Director organization members can create daily and monthly jobs only.
    /// - `Random` — VMware Cloud Director organization members can create daily jobs with randomized start time within the backup window.
    /// - `Disabled` — VMware Cloud Director organization members can create only jobs with no schedule assigned.
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
    /// UID of the VMware Cloud Director backup job that will be used as a template for VMware Cloud Director organization VMs processing. The backup job must be created in advance on the backup server connected to Veeam Backup Enterprise Manager. Settings of the specified job will be applied to backup jobs created by tenant-side users. If the job UID is not specified, tenant-side jobs will be configured with the default VMware Cloud Director backup job settings. Job settings applied to backup jobs for the VMware Cloud Director organization will be listed in the representation of the /vCloud/orgConfigs/{ID}/backupJobSettings resource.
    ///
    /// XML element `<TemplateJobUid>`; JSON `"TemplateJobUid"`.
    pub template_job_uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VCloudOrganizationConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Href", &self.href)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.req("BackupServerUid", &self.backup_server_uid)?;
        o.req("RepositoryUid", &self.repository_uid)?;
        o.req("QuotaGb", &self.quota_gb)?;
        o.req("IsDisabled", &self.is_disabled)?;
        o.req("JobSettings", &self.job_settings)?;
        o.opt("UsedQuotaMb", &self.used_quota_mb)?;
        o.req("HostUid", &self.host_uid)?;
        o.req("RepositoryFriendlyName", &self.repository_friendly_name)?;
        o.opt("DefaultSettings", &self.default_settings)?;
        o.opt("JobSchedulerType", &self.job_scheduler_type)?;
        o.opt("HighPriorityJob", &self.high_priority_job)?;
        o.opt("TemplateJobUid", &self.template_job_uid)?;
        o.opt("Links", &self.links)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VCloudOrganizationConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Href", &["href"]),
            F::new("Type", &["type"]),
            F::new("Name", &["name"]),
            F::new("UID", &["uID", "uid"]),
            F::new("BackupServerUid", &["backupServerUid"]),
            F::new("RepositoryUid", &["repositoryUid"]),
            F::new("QuotaGb", &["quotaGb"]),
            F::new("IsDisabled", &["isDisabled"]),
            F::new("JobSettings", &["jobSettings"]),
            F::new("UsedQuotaMb", &["usedQuotaMb"]),
            F::new("HostUid", &["hostUid"]),
            F::new("RepositoryFriendlyName", &["repositoryFriendlyName"]),
            F::new("DefaultSettings", &["defaultSettings"]),
            F::new("JobSchedulerType", &["jobSchedulerType"]),
            F::new("HighPriorityJob", &["highPriorityJob"]),
            F::new("TemplateJobUid", &["templateJobUid"]),
            F::new("Links", &["Link", "links"]),
        ];
        crate::runtime::json::object(deserializer, "VCloudOrganizationConfig", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VCloudOrganizationConfig {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut href = Default::default();
        let mut r#type = Default::default();
        let mut name = Default::default();
        let mut uid = Default::default();
        let mut backup_server_uid = Default::default();
        let mut repository_uid = Default::default();
        let mut quota_gb = Default::default();
        let mut is_disabled = Default::default();
        let mut job_settings = Default::default();
        let mut used_quota_mb = Default::default();
        let mut host_uid = Default::default();
        let mut repository_friendly_name = Default::default();
        let mut default_settings = Default::default();
        let mut job_scheduler_type = Default::default();
        let mut high_priority_job = Default::default();
        let mut template_job_uid = Default::default();
        let mut links = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => href = o.lenient()?,
                1 => r#type = o.lenient()?,
                2 => name = o.lenient()?,
                3 => uid = o.lenient()?,
                4 => backup_server_uid = Some(o.lenient_req()?),
                5 => repository_uid = Some(o.lenient_req()?),
                6 => quota_gb = Some(o.lenient_req()?),
                7 => is_disabled = Some(o.lenient_req()?),
                8 => job_settings = Some(o.value()?),
                9 => used_quota_mb = o.lenient()?,
                10 => host_uid = Some(o.lenient_req()?),
                11 => repository_friendly_name = Some(o.lenient_req()?),
                12 => default_settings = o.lenient()?,
                13 => job_scheduler_type = o.value()?,
                14 => high_priority_job = o.lenient()?,
                15 => template_job_uid = o.lenient()?,
                16 => links = o.list_of("Link")?,
                _ => {}
            }
        }
        Ok(Self {
            href,
            r#type,
            name,
            uid,
            backup_server_uid: o.required(backup_server_uid, 4)?,
            repository_uid: o.required(repository_uid, 5)?,
            quota_gb: o.required(quota_gb, 6)?,
            is_disabled: o.required(is_disabled, 7)?,
            job_settings: o.required(job_settings, 8)?,
            used_quota_mb,
            host_uid: o.required(host_uid, 10)?,
            repository_friendly_name: o.required(repository_friendly_name, 11)?,
            default_settings,
            job_scheduler_type,
            high_priority_job,
            template_job_uid,
            links,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for VCloudOrganizationConfig {
    const ROOTS: &'static [&'static str] = &["VCloudOrganizationConfig"];
    #[inline]
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
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href", "Type", "Name", "UID"],
                &[
                    xml::Child::once_text::<crate::runtime::Uid>("BackupServerUid"),
                    xml::Child::once_text::<crate::runtime::Uid>("RepositoryUid"),
                    xml::Child::once_text::<i64>("QuotaGb"),
                    xml::Child::once_text::<bool>("IsDisabled"),
                    xml::Child::once("JobSettings"),
                    xml::Child::once_text::<i64>("UsedQuotaMb"),
                    xml::Child::once_text::<crate::runtime::Uid>("HostUid"),
                    xml::Child::once_text::<String>("RepositoryFriendlyName"),
                    xml::Child::once_text::<bool>("DefaultSettings"),
                    xml::Child::once_text::<
                        super::enums::JobSchedulerType,
                    >("JobSchedulerType"),
                    xml::Child::once_text::<bool>("HighPriorityJob"),
                    xml::Child::once_text::<crate::runtime::Uid>("TemplateJobUid"),
                    xml::Child::once("Links"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let (href, r#type, name, uid) = {
            let at_ = el_.attrs(&["Href", "Type", "Name", "UID"])?;
            (
                xml::attr_value(&at_[0])?,
                xml::attr_value(&at_[1])?,
                xml::attr_value(&at_[2])?,
                xml::attr_value(&at_[3])?,
            )
        };
        let mut backup_server_uid = None;
        let mut repository_uid = None;
        let mut quota_gb = None;
        let mut is_disabled = None;
        let mut job_settings = None;
        let mut used_quota_mb = None;
        let mut host_uid = None;
        let mut repository_friendly_name = None;
        let mut default_settings = None;
        let mut job_scheduler_type = None;
        let mut high_priority_job = None;
        let mut template_job_uid = None;
        let mut links = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("BackupServerUid"),
            xml::Tag::once("RepositoryUid"),
            xml::Tag::once("QuotaGb"),
            xml::Tag::once("IsDisabled"),
            xml::Tag::once("JobSettings"),
            xml::Tag::once("UsedQuotaMb"),
            xml::Tag::once("HostUid"),
            xml::Tag::once("RepositoryFriendlyName"),
            xml::Tag::once("DefaultSettings"),
            xml::Tag::once("JobSchedulerType"),
            xml::Tag::once("HighPriorityJob"),
            xml::Tag::once("TemplateJobUid"),
            xml::Tag::once("Links"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => backup_server_uid = el_.text()?,
                1 => repository_uid = el_.text()?,
                2 => quota_gb = el_.text()?,
                3 => is_disabled = el_.text()?,
                4 => job_settings = Some(el_.elem()?),
                5 => used_quota_mb = el_.text()?,
                6 => host_uid = el_.text()?,
                7 => repository_friendly_name = el_.text()?,
                8 => default_settings = el_.text()?,
                9 => job_scheduler_type = el_.text()?,
                10 => high_priority_job = el_.text()?,
                11 => template_job_uid = el_.text()?,
                12 => links = Some(el_.wrapped("Link")?),
                _ => {}
            }
        }
        Some(Self {
            href,
            r#type,
            name,
            uid,
            backup_server_uid: backup_server_uid?,
            repository_uid: repository_uid?,
            quota_gb: quota_gb?,
            is_disabled: is_disabled?,
            job_settings: job_settings?,
            used_quota_mb,
            host_uid: host_uid?,
            repository_friendly_name: repository_friendly_name?,
            default_settings,
            job_scheduler_type,
            high_priority_job,
            template_job_uid,
            links,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for VCloudOrganizationConfig {
    #[inline]
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
        w.wrapped("Links", "Link", self.links.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VCloudOrganizationConfig {
    #[inline]
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
#[derive(Debug, Clone, PartialEq)]
pub struct VSphereSelfServiceConfig {
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// Name of the tenant access configuration, for example: tech\\william.fox.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the tenant access configuration resource.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// UID of the backup server parent to the access configuration resource, for example: urn:veeam:BackupServer:0874ab95-10e5-4f25-84df-2782ad81f3e5.
    ///
    /// XML element `<BackupServerUid>`; JSON `"BackupServerUid"`.
    pub backup_server_uid: crate::runtime::Uid,
    /// UID of the backup repository on which the storage quota for the tenant is created, for example: urn:veeam:Repository:82db96c3-445c-4a7e-9587-f2d523e839f4.
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
    /// Tenant access configuration settings. For details, see vSphere Self-Service Account Settings
    ///
    /// XML element `<Account>`; JSON `"Account"`.
    pub account: VSphereSelfServiceConfigAccountInfoType,
    /// vSphere backup job options set for the organization. For details, see vSphere Self-Service Backup Job Settings.
    ///
    /// XML element `<JobSettings>`; JSON `"JobSettings"`.
    pub job_settings: JobSettings,
    /// List of vCenter Servers whose VMs are available to the tenant. By default, the tenant has access to all vCenter Servers. For details, see vCenters Scope Settings.
    ///
    /// XML `<VCentersScope><VCenterUid/>…</VCentersScope>`; JSON `"VCentersScope": […]`.
    pub v_centers_scope: Option<crate::runtime::List<crate::runtime::Uid>>,
    /// vSphere tags that define what VMs are available to the tenant. For details, see vSphere Tags.
    ///
    /// XML `<Tags><Tag/>…</Tags>`; JSON `"Tags": […]`.
    pub tags: Option<crate::runtime::List<String>>,
    /// Amount of space on the storage quota consumed by the tenant (in MB).
    ///
    /// XML element `<UsedQuotaMb>`; JSON `"UsedQuotaMb"`.
    pub used_quota_mb: Option<i64>,
    /// Defines what settings are applied to backup jobs created by the tenant of vSphere Self-Service Backup Portal. Possible values:
    ///
    /// - `True` — tenant jobs are configured with the default settings of a backup job for vSphere VMs.
    /// - `False` — tenant jobs are configured with settings of the backup job specified as a template.
    ///
    /// XML element `<DefaultSettings>`; JSON `"DefaultSettings"`.
    pub default_settings: Option<bool>,
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
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VSphereSelfServiceConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Href", &self.href)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.req("BackupServerUid", &self.backup_server_uid)?;
        o.req("RepositoryUid", &self.repository_uid)?;
        o.req("QuotaGb", &self.quota_gb)?;
        o.opt("PerUser", &self.per_user)?;
        o.req("Account", &self.account)?;
        o.req("JobSettings", &self.job_settings)?;
        o.opt("VCentersScope", &self.v_centers_scope)?;
        o.opt("Tags", &self.tags)?;
        o.opt("UsedQuotaMb", &self.used_quota_mb)?;
        o.opt("DefaultSettings", &self.default_settings)?;
        o.opt("JobSchedulerType", &self.job_scheduler_type)?;
        o.opt("HighPriorityJob", &self.high_priority_job)?;
        o.opt("Links", &self.links)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VSphereSelfServiceConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Href", &["href"]),
            F::new("Type", &["type"]),
            F::new("Name", &["name"]),
            F::new("UID", &["uID", "uid"]),
            F::new("BackupServerUid", &["backupServerUid"]),
            F::new("RepositoryUid", &["repositoryUid"]),
            F::new("QuotaGb", &["quotaGb"]),
            F::new("PerUser", &["perUser"]),
            F::new("Account", &["account"]),
            F::new("JobSettings", &["jobSettings"]),
            F::new("VCentersScope", &["VCenterUid", "vCentersScope"]),
            F::new("Tags", &["Tag", "tags"]),
            F::new("UsedQuotaMb", &["usedQuotaMb"]),
            F::new("DefaultSettings", &["defaultSettings"]),
            F::new("JobSchedulerType", &["jobSchedulerType"]),
            F::new("HighPriorityJob", &["highPriorityJob"]),
            F::new("Links", &["Link", "links"]),
        ];
        crate::runtime::json::object(deserializer, "VSphereSelfServiceConfig", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VSphereSelfServiceConfig {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut href = Default::default();
        let mut r#type = Default::default();
        let mut name = Default::default();
        let mut uid = Default::default();
        let mut backup_server_uid = Default::default();
        let mut repository_uid = Default::default();
        let mut quota_gb = Default::default();
        let mut per_user = Default::default();
        let mut account = Default::default();
        let mut job_settings = Default::default();
        let mut v_centers_scope = Default::default();
        let mut tags = Default::default();
        let mut used_quota_mb = Default::default();
        let mut default_settings = Default::default();
        let mut job_scheduler_type = Default::default();
        let mut high_priority_job = Default::default();
        let mut links = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => href = o.lenient()?,
                1 => r#type = o.lenient()?,
                2 => name = o.lenient()?,
                3 => uid = o.lenient()?,
                4 => backup_server_uid = Some(o.lenient_req()?),
                5 => repository_uid = Some(o.lenient_req()?),
                6 => quota_gb = Some(o.lenient_req()?),
                7 => per_user = o.lenient()?,
                8 => account = Some(o.value()?),
                9 => job_settings = Some(o.value()?),
                10 => v_centers_scope = o.list_of("VCenterUid")?,
                11 => tags = o.list_of("Tag")?,
                12 => used_quota_mb = o.lenient()?,
                13 => default_settings = o.lenient()?,
                14 => job_scheduler_type = o.value()?,
                15 => high_priority_job = o.lenient()?,
                16 => links = o.list_of("Link")?,
                _ => {}
            }
        }
        Ok(Self {
            href,
            r#type,
            name,
            uid,
            backup_server_uid: o.required(backup_server_uid, 4)?,
            repository_uid: o.required(repository_uid, 5)?,
            quota_gb: o.required(quota_gb, 6)?,
            per_user,
            account: o.required(account, 8)?,
            job_settings: o.required(job_settings, 9)?,
            v_centers_scope,
            tags,
            used_quota_mb,
            default_settings,
            job_scheduler_type,
            high_priority_job,
            links,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for VSphereSelfServiceConfig {
    const ROOTS: &'static [&'static str] = &["VSphereSelfServiceConfig"];
    #[inline]
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
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href", "Type", "Name", "UID"],
                &[
                    xml::Child::once_text::<crate::runtime::Uid>("BackupServerUid"),
                    xml::Child::once_text::<crate::runtime::Uid>("RepositoryUid"),
                    xml::Child::once_text::<i64>("QuotaGb"),
                    xml::Child::once_text::<bool>("PerUser"),
                    xml::Child::once("Account"),
                    xml::Child::once("JobSettings"),
                    xml::Child::once("VCentersScope"),
                    xml::Child::once("Tags"),
                    xml::Child::once_text::<i64>("UsedQuotaMb"),
                    xml::Child::once_text::<bool>("DefaultSettings"),
                    xml::Child::once_text::<
                        super::enums::JobSchedulerType,
                    >("JobSchedulerType"),
                    xml::Child::once_text::<bool>("HighPriorityJob"),
                    xml::Child::once("Links"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let (href, r#type, name, uid) = {
            let at_ = el_.attrs(&["Href", "Type", "Name", "UID"])?;
            (
                xml::attr_value(&at_[0])?,
                xml::attr_value(&at_[1])?,
                xml::attr_value(&at_[2])?,
                xml::attr_value(&at_[3])?,
            )
        };
        let mut backup_server_uid = None;
        let mut repository_uid = None;
        let mut quota_gb = None;
        let mut per_user = None;
        let mut account = None;
        let mut job_settings = None;
        let mut v_centers_scope = None;
        let mut tags = None;
        let mut used_quota_mb = None;
        let mut default_settings = None;
        let mut job_scheduler_type = None;
        let mut high_priority_job = None;
        let mut links = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("BackupServerUid"),
            xml::Tag::once("RepositoryUid"),
            xml::Tag::once("QuotaGb"),
            xml::Tag::once("PerUser"),
            xml::Tag::once("Account"),
            xml::Tag::once("JobSettings"),
            xml::Tag::once("VCentersScope"),
            xml::Tag::once("Tags"),
            xml::Tag::once("UsedQuotaMb"),
            xml::Tag::once("DefaultSettings"),
            xml::Tag::once("JobSchedulerType"),
            xml::Tag::once("HighPriorityJob"),
            xml::Tag::once("Links"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => backup_server_uid = el_.text()?,
                1 => repository_uid = el_.text()?,
                2 => quota_gb = el_.text()?,
                3 => per_user = el_.text()?,
                4 => account = Some(el_.elem()?),
                5 => job_settings = Some(el_.elem()?),
                6 => v_centers_scope = Some(el_.wrapped_text("VCenterUid")?),
                7 => tags = Some(el_.wrapped_text("Tag")?),
                8 => used_quota_mb = el_.text()?,
                9 => default_settings = el_.text()?,
                10 => job_scheduler_type = el_.text()?,
                11 => high_priority_job = el_.text()?,
                12 => links = Some(el_.wrapped("Link")?),
                _ => {}
            }
        }
        Some(Self {
            href,
            r#type,
            name,
            uid,
            backup_server_uid: backup_server_uid?,
            repository_uid: repository_uid?,
            quota_gb: quota_gb?,
            per_user,
            account: account?,
            job_settings: job_settings?,
            v_centers_scope,
            tags,
            used_quota_mb,
            default_settings,
            job_scheduler_type,
            high_priority_job,
            links,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for VSphereSelfServiceConfig {
    #[inline]
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
        w.wrapped_text("VCentersScope", "VCenterUid", self.v_centers_scope.as_ref());
        w.wrapped_text("Tags", "Tag", self.tags.as_ref());
        w.elem_text("UsedQuotaMb", &self.used_quota_mb);
        w.elem_text("DefaultSettings", &self.default_settings);
        w.elem_text("JobSchedulerType", &self.job_scheduler_type);
        w.elem_text("HighPriorityJob", &self.high_priority_job);
        w.wrapped("Links", "Link", self.links.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VSphereSelfServiceConfig {
    #[inline]
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
#[derive(Debug, Clone, PartialEq)]
pub struct VSphereSelfServiceConfigAccountInfoType {
    /// Name of the tenant access configuration.
    ///
    /// XML element `<AccountName>`; JSON `"AccountName"`.
    pub account_name: String,
    /// ID of the tenant access configuration, for example: S-1-5-21-2710250414-1144789048-1111555807-25028.
    ///
    /// XML element `<AccountSid>`; JSON `"AccountSid"`.
    pub account_sid: Option<String>,
    /// Type of the tenant access configuration. Possible values:
    ///
    /// - `User` — tenant access configuration is created for a vSphere user.
    /// - `Group` — tenant access configuration is created for a vSphere group.
    ///
    /// XML element `<AccountType>`; JSON `"AccountType"`.
    pub account_type: super::enums::VSphereSelfServiceAccountType,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VSphereSelfServiceConfigAccountInfoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.req("AccountName", &self.account_name)?;
        o.opt("AccountSid", &self.account_sid)?;
        o.req("AccountType", &self.account_type)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VSphereSelfServiceConfigAccountInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("AccountName", &["accountName"]),
            F::new("AccountSid", &["accountSid"]),
            F::new("AccountType", &["accountType"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "VSphereSelfServiceConfigAccountInfoType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for VSphereSelfServiceConfigAccountInfoType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut account_name = Default::default();
        let mut account_sid = Default::default();
        let mut account_type = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => account_name = Some(o.lenient_req()?),
                1 => account_sid = o.lenient()?,
                2 => account_type = Some(o.value()?),
                _ => {}
            }
        }
        Ok(Self {
            account_name: o.required(account_name, 0)?,
            account_sid,
            account_type: o.required(account_type, 2)?,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for VSphereSelfServiceConfigAccountInfoType {
    const ROOTS: &'static [&'static str] = &["Account"];
    #[inline]
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
                &[
                    xml::Child::once_text::<String>("AccountName"),
                    xml::Child::once_text::<String>("AccountSid"),
                    xml::Child::once_text::<
                        super::enums::VSphereSelfServiceAccountType,
                    >("AccountType"),
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
        let mut account_sid = None;
        let mut account_type = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("AccountName"),
            xml::Tag::once("AccountSid"),
            xml::Tag::once("AccountType"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => account_name = el_.text()?,
                1 => account_sid = el_.text()?,
                2 => account_type = el_.text()?,
                _ => {}
            }
        }
        Some(Self {
            account_name: account_name?,
            account_sid,
            account_type: account_type?,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for VSphereSelfServiceConfigAccountInfoType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("AccountName", &self.account_name);
        w.elem_text("AccountSid", &self.account_sid);
        w.elem_text_req("AccountType", &self.account_type);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VSphereSelfServiceConfigAccountInfoType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
