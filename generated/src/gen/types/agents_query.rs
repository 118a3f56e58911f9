// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `agents`, `query`.

#[allow(unused_imports)]
use super::*;

/// Used by GET /agents/jobs/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_jobs_id.html>
///
/// XML root element: `<AgentBackupJob>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AgentBackupJob {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Name of the Veeam Agent backup job, for example: Linux job.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the Veeam Agent backup job, for example: urn:veeam:Job:da736815-4fea-4c8e-b0e1-5ecdbca1c512.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Defines Veeam Agent backup job type. Possible value: AgentBackup.
    ///
    /// XML element `<JobType>`; JSON `"JobType"`.
    pub job_type: Option<String>,
    /// Platform for which the job is created. Possible values:
    ///
    /// - `AgentForLinux`
    /// - `AgentForWindows`
    ///
    /// XML element `<Platform>`; JSON `"Platform"`.
    pub platform: Option<super::enums::AgentBackupJobPlatform>,
    /// Description of the job.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    pub description: Option<String>,
    /// Defines whether scheduling options are specified for the job. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<ScheduleConfigured>`; JSON `"ScheduleConfigured"`.
    pub schedule_configured: Option<bool>,
    /// Defines whether schedule is enabled for the job. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<ScheduleEnabled>`; JSON `"ScheduleEnabled"`.
    pub schedule_enabled: Option<bool>,
    /// XML element `<NextRun>`; JSON `"NextRun"`.
    pub next_run: Option<String>,
    /// Options that define the schedule by which the job runs. For details, see Job Scheduling Options.
    ///
    /// XML element `<JobScheduleOptions>`; JSON `"JobScheduleOptions"`.
    pub job_schedule_options: Option<ScheduleOptionsInfoType>,
    /// Complex object that includes a collection of machines processed by the job. For details, see GET /jobs/{ID}/includes/{ID}.
    ///
    /// XML element `<JobInfo>`; JSON `"JobInfo"`.
    pub job_info: Option<JobInfo>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for AgentBackupJob {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Links", &self.links)?;
        o.opt("JobType", &self.job_type)?;
        o.opt("Platform", &self.platform)?;
        o.opt("Description", &self.description)?;
        o.opt("ScheduleConfigured", &self.schedule_configured)?;
        o.opt("ScheduleEnabled", &self.schedule_enabled)?;
        o.opt("NextRun", &self.next_run)?;
        o.opt("JobScheduleOptions", &self.job_schedule_options)?;
        o.opt("JobInfo", &self.job_info)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for AgentBackupJob {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("Name", &["name"]),
            F::new("UID", &["uID", "uid"]),
            F::new("Links", &["Link", "links"]),
            F::new("JobType", &["jobType"]),
            F::new("Platform", &["platform"]),
            F::new("Description", &["description"]),
            F::new("ScheduleConfigured", &["scheduleConfigured"]),
            F::new("ScheduleEnabled", &["scheduleEnabled"]),
            F::new("NextRun", &["nextRun"]),
            F::new("JobScheduleOptions", &["jobScheduleOptions"]),
            F::new("JobInfo", &["jobInfo"]),
        ];
        crate::runtime::json::object(deserializer, "AgentBackupJob", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for AgentBackupJob {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.r#type = o.lenient()?,
                1 => out.href = o.lenient()?,
                2 => out.name = o.lenient()?,
                3 => out.uid = o.lenient()?,
                4 => out.links = o.list_of("Link")?,
                5 => out.job_type = o.lenient()?,
                6 => out.platform = o.value()?,
                7 => out.description = o.lenient()?,
                8 => out.schedule_configured = o.lenient()?,
                9 => out.schedule_enabled = o.lenient()?,
                10 => out.next_run = o.lenient()?,
                11 => out.job_schedule_options = o.value()?,
                12 => out.job_info = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for AgentBackupJob {
    const ROOTS: &'static [&'static str] = &["AgentBackupJob"];
    #[inline]
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
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<String>("JobType"),
                    xml::Child::once_text::<
                        super::enums::AgentBackupJobPlatform,
                    >("Platform"),
                    xml::Child::once_text::<String>("Description"),
                    xml::Child::once_text::<bool>("ScheduleConfigured"),
                    xml::Child::once_text::<bool>("ScheduleEnabled"),
                    xml::Child::once_text::<String>("NextRun"),
                    xml::Child::once("JobScheduleOptions"),
                    xml::Child::once("JobInfo"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        {
            let at_ = el_.attrs(&["Type", "Href", "Name", "UID"])?;
            out.r#type = xml::attr_value(&at_[0])?;
            out.href = xml::attr_value(&at_[1])?;
            out.name = xml::attr_value(&at_[2])?;
            out.uid = xml::attr_value(&at_[3])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Links"),
            xml::Tag::once("JobType"),
            xml::Tag::once("Platform"),
            xml::Tag::once("Description"),
            xml::Tag::once("ScheduleConfigured"),
            xml::Tag::once("ScheduleEnabled"),
            xml::Tag::once("NextRun"),
            xml::Tag::once("JobScheduleOptions"),
            xml::Tag::once("JobInfo"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.job_type = el_.text()?,
                2 => out.platform = el_.text()?,
                3 => out.description = el_.text()?,
                4 => out.schedule_configured = el_.text()?,
                5 => out.schedule_enabled = el_.text()?,
                6 => out.next_run = el_.text()?,
                7 => out.job_schedule_options = Some(el_.elem()?),
                8 => out.job_info = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for AgentBackupJob {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("JobType", &self.job_type);
        w.elem_text("Platform", &self.platform);
        w.elem_text("Description", &self.description);
        w.elem_text("ScheduleConfigured", &self.schedule_configured);
        w.elem_text("ScheduleEnabled", &self.schedule_enabled);
        w.elem_text("NextRun", &self.next_run);
        w.elem("JobScheduleOptions", &self.job_schedule_options);
        w.elem("JobInfo", &self.job_info);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for AgentBackupJob {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.job_schedule_options,
            &crate::runtime::unknown::join(path, "JobScheduleOptions"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.job_info,
            &crate::runtime::unknown::join(path, "JobInfo"),
            out,
        );
    }
}

/// Used by GET /agents/protectionGroups/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_protectiongroups_id.html>
///
/// XML root element: `<AgentProtectionGroup>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AgentProtectionGroup {
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// Name of a protection group, for example: Agent Protection Group.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of a protection group, for example: urn:veeam:AgentProtectionGroup:1ca088be-7a63-43b9-bda1-2db2ad7a1bd5.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Defines whether schedule for automatic computer discovery is enabled. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<RescanScheduleEnabled>`; JSON `"RescanScheduleEnabled"`.
    pub rescan_schedule_enabled: Option<bool>,
    /// Reference to the protection group.
    ///
    /// XML element `<HierarchyObjRef>`; JSON `"HierarchyObjRef"`.
    pub hierarchy_obj_ref: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for AgentProtectionGroup {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Href", &self.href)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Links", &self.links)?;
        o.opt("RescanScheduleEnabled", &self.rescan_schedule_enabled)?;
        o.opt("HierarchyObjRef", &self.hierarchy_obj_ref)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for AgentProtectionGroup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Href", &["href"]),
            F::new("Type", &["type"]),
            F::new("Name", &["name"]),
            F::new("UID", &["uID", "uid"]),
            F::new("Links", &["Link", "links"]),
            F::new("RescanScheduleEnabled", &["rescanScheduleEnabled"]),
            F::new("HierarchyObjRef", &["hierarchyObjRef"]),
        ];
        crate::runtime::json::object(deserializer, "AgentProtectionGroup", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for AgentProtectionGroup {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.href = o.lenient()?,
                1 => out.r#type = o.lenient()?,
                2 => out.name = o.lenient()?,
                3 => out.uid = o.lenient()?,
                4 => out.links = o.list_of("Link")?,
                5 => out.rescan_schedule_enabled = o.lenient()?,
                6 => out.hierarchy_obj_ref = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for AgentProtectionGroup {
    const ROOTS: &'static [&'static str] = &["AgentProtectionGroup"];
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
            links: xml::wrapped(el, "Links", "Link")?,
            rescan_schedule_enabled: xml::elem_text(el, "RescanScheduleEnabled")?,
            hierarchy_obj_ref: xml::elem_text(el, "HierarchyObjRef")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href", "Type", "Name", "UID"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<bool>("RescanScheduleEnabled"),
                    xml::Child::once_text::<String>("HierarchyObjRef"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        {
            let at_ = el_.attrs(&["Href", "Type", "Name", "UID"])?;
            out.href = xml::attr_value(&at_[0])?;
            out.r#type = xml::attr_value(&at_[1])?;
            out.name = xml::attr_value(&at_[2])?;
            out.uid = xml::attr_value(&at_[3])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Links"),
            xml::Tag::once("RescanScheduleEnabled"),
            xml::Tag::once("HierarchyObjRef"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.rescan_schedule_enabled = el_.text()?,
                2 => out.hierarchy_obj_ref = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for AgentProtectionGroup {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("RescanScheduleEnabled", &self.rescan_schedule_enabled);
        w.elem_text("HierarchyObjRef", &self.hierarchy_obj_ref);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for AgentProtectionGroup {
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

/// Used by GET /agents/discoveredComputers/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_discoveredcomputers_id.html>
///
/// XML root element: `<DiscoveredComputer>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DiscoveredComputer {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Name of the protected computer, for example: AgentProtected.local.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the protected computer, for example: urn:veeam:DiscoveredComputer:b85df3d1-c094-437c-b836-eaca6c3762ca.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Status of the host:
    ///
    /// - `Online`
    /// - `Offline`
    ///
    /// XML element `<HostStatus>`; JSON `"HostStatus"`.
    pub host_status: Option<super::enums::DiscoveredComputerHostStatus>,
    /// Version of Veeam Agent installed on the protected computer.
    ///
    /// XML element `<AgentVersion>`; JSON `"AgentVersion"`.
    pub agent_version: Option<String>,
    /// Veeam Agent installation status:
    ///
    /// - `NotInstalled`
    /// - `Installed`
    /// - `UnsupportedOs`
    /// - `Failed`
    /// - `Exclude`
    ///
    /// XML element `<AgentStatus>`; JSON `"AgentStatus"`.
    pub agent_status: Option<super::enums::DiscoveredComputerAgentStatus>,
    /// Version of the OS installed on the protected computer.
    ///
    /// XML element `<OsVersion>`; JSON `"OsVersion"`.
    pub os_version: Option<String>,
    /// IP address of the protected computer.
    ///
    /// XML element `<IpAddress>`; JSON `"IpAddress"`.
    pub ip_address: Option<String>,
    /// Reference to the protected computer.
    ///
    /// XML element `<HierarchyObjRef>`; JSON `"HierarchyObjRef"`.
    pub hierarchy_obj_ref: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for DiscoveredComputer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Links", &self.links)?;
        o.opt("HostStatus", &self.host_status)?;
        o.opt("AgentVersion", &self.agent_version)?;
        o.opt("AgentStatus", &self.agent_status)?;
        o.opt("OsVersion", &self.os_version)?;
        o.opt("IpAddress", &self.ip_address)?;
        o.opt("HierarchyObjRef", &self.hierarchy_obj_ref)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for DiscoveredComputer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("Name", &["name"]),
            F::new("UID", &["uID", "uid"]),
            F::new("Links", &["Link", "links"]),
            F::new("HostStatus", &["hostStatus"]),
            F::new("AgentVersion", &["agentVersion"]),
            F::new("AgentStatus", &["agentStatus"]),
            F::new("OsVersion", &["osVersion"]),
            F::new("IpAddress", &["ipAddress"]),
            F::new("HierarchyObjRef", &["hierarchyObjRef"]),
        ];
        crate::runtime::json::object(deserializer, "DiscoveredComputer", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for DiscoveredComputer {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.r#type = o.lenient()?,
                1 => out.href = o.lenient()?,
                2 => out.name = o.lenient()?,
                3 => out.uid = o.lenient()?,
                4 => out.links = o.list_of("Link")?,
                5 => out.host_status = o.value()?,
                6 => out.agent_version = o.lenient()?,
                7 => out.agent_status = o.value()?,
                8 => out.os_version = o.lenient()?,
                9 => out.ip_address = o.lenient()?,
                10 => out.hierarchy_obj_ref = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for DiscoveredComputer {
    const ROOTS: &'static [&'static str] = &["DiscoveredComputer"];
    #[inline]
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
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<
                        super::enums::DiscoveredComputerHostStatus,
                    >("HostStatus"),
                    xml::Child::once_text::<String>("AgentVersion"),
                    xml::Child::once_text::<
                        super::enums::DiscoveredComputerAgentStatus,
                    >("AgentStatus"),
                    xml::Child::once_text::<String>("OsVersion"),
                    xml::Child::once_text::<String>("IpAddress"),
                    xml::Child::once_text::<String>("HierarchyObjRef"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        {
            let at_ = el_.attrs(&["Type", "Href", "Name", "UID"])?;
            out.r#type = xml::attr_value(&at_[0])?;
            out.href = xml::attr_value(&at_[1])?;
            out.name = xml::attr_value(&at_[2])?;
            out.uid = xml::attr_value(&at_[3])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Links"),
            xml::Tag::once("HostStatus"),
            xml::Tag::once("AgentVersion"),
            xml::Tag::once("AgentStatus"),
            xml::Tag::once("OsVersion"),
            xml::Tag::once("IpAddress"),
            xml::Tag::once("HierarchyObjRef"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.host_status = el_.text()?,
                2 => out.agent_version = el_.text()?,
                3 => out.agent_status = el_.text()?,
                4 => out.os_version = el_.text()?,
                5 => out.ip_address = el_.text()?,
                6 => out.hierarchy_obj_ref = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for DiscoveredComputer {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("HostStatus", &self.host_status);
        w.elem_text("AgentVersion", &self.agent_version);
        w.elem_text("AgentStatus", &self.agent_status);
        w.elem_text("OsVersion", &self.os_version);
        w.elem_text("IpAddress", &self.ip_address);
        w.elem_text("HierarchyObjRef", &self.hierarchy_obj_ref);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for DiscoveredComputer {
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
