// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `reports`.

#[allow(unused_imports)]
use super::*;

/// Used by GET /reports/summary/job\_statistics.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_reports_summary_statistics.html>
///
/// XML root element: `<JobStatisticsReportFrame>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JobStatisticsReportFrame {
    /// XML element `<RunningJobs>`; JSON `"RunningJobs"`.
    pub running_jobs: Option<String>,
    /// XML element `<ScheduledJobs>`; JSON `"ScheduledJobs"`.
    pub scheduled_jobs: Option<String>,
    /// XML element `<ScheduledBackupJobs>`; JSON `"ScheduledBackupJobs"`.
    pub scheduled_backup_jobs: Option<String>,
    /// XML element `<ScheduledReplicaJobs>`; JSON `"ScheduledReplicaJobs"`.
    pub scheduled_replica_jobs: Option<String>,
    /// XML element `<TotalJobRuns>`; JSON `"TotalJobRuns"`.
    pub total_job_runs: Option<String>,
    /// XML element `<SuccessfulJobRuns>`; JSON `"SuccessfulJobRuns"`.
    pub successful_job_runs: Option<String>,
    /// XML element `<WarningsJobRuns>`; JSON `"WarningsJobRuns"`.
    pub warnings_job_runs: Option<String>,
    /// XML element `<FailedJobRuns>`; JSON `"FailedJobRuns"`.
    pub failed_job_runs: Option<String>,
    /// XML element `<MaxJobDuration>`; JSON `"MaxJobDuration"`.
    pub max_job_duration: Option<String>,
    /// XML element `<MaxBackupJobDuration>`; JSON `"MaxBackupJobDuration"`.
    pub max_backup_job_duration: Option<String>,
    /// XML element `<MaxReplicaJobDuration>`; JSON `"MaxReplicaJobDuration"`.
    pub max_replica_job_duration: Option<String>,
    /// XML element `<MaxDurationBackupJobName>`; JSON `"MaxDurationBackupJobName"`.
    pub max_duration_backup_job_name: Option<String>,
    /// XML element `<MaxDurationReplicaJobName>`; JSON `"MaxDurationReplicaJobName"`.
    pub max_duration_replica_job_name: Option<String>,
    /// XML element `<BackupJobStatusReportLink>`; JSON `"BackupJobStatusReportLink"`.
    pub backup_job_status_report_link: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for JobStatisticsReportFrame {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("RunningJobs", &self.running_jobs)?;
        o.opt("ScheduledJobs", &self.scheduled_jobs)?;
        o.opt("ScheduledBackupJobs", &self.scheduled_backup_jobs)?;
        o.opt("ScheduledReplicaJobs", &self.scheduled_replica_jobs)?;
        o.opt("TotalJobRuns", &self.total_job_runs)?;
        o.opt("SuccessfulJobRuns", &self.successful_job_runs)?;
        o.opt("WarningsJobRuns", &self.warnings_job_runs)?;
        o.opt("FailedJobRuns", &self.failed_job_runs)?;
        o.opt("MaxJobDuration", &self.max_job_duration)?;
        o.opt("MaxBackupJobDuration", &self.max_backup_job_duration)?;
        o.opt("MaxReplicaJobDuration", &self.max_replica_job_duration)?;
        o.opt("MaxDurationBackupJobName", &self.max_duration_backup_job_name)?;
        o.opt("MaxDurationReplicaJobName", &self.max_duration_replica_job_name)?;
        o.opt("BackupJobStatusReportLink", &self.backup_job_status_report_link)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for JobStatisticsReportFrame {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("RunningJobs", &["runningJobs"]),
            F::new("ScheduledJobs", &["scheduledJobs"]),
            F::new("ScheduledBackupJobs", &["scheduledBackupJobs"]),
            F::new("ScheduledReplicaJobs", &["scheduledReplicaJobs"]),
            F::new("TotalJobRuns", &["totalJobRuns"]),
            F::new("SuccessfulJobRuns", &["successfulJobRuns"]),
            F::new("WarningsJobRuns", &["warningsJobRuns"]),
            F::new("FailedJobRuns", &["failedJobRuns"]),
            F::new("MaxJobDuration", &["maxJobDuration"]),
            F::new("MaxBackupJobDuration", &["maxBackupJobDuration"]),
            F::new("MaxReplicaJobDuration", &["maxReplicaJobDuration"]),
            F::new("MaxDurationBackupJobName", &["maxDurationBackupJobName"]),
            F::new("MaxDurationReplicaJobName", &["maxDurationReplicaJobName"]),
            F::new("BackupJobStatusReportLink", &["backupJobStatusReportLink"]),
        ];
        crate::runtime::json::object(deserializer, "JobStatisticsReportFrame", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for JobStatisticsReportFrame {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.running_jobs = o.lenient()?,
                1 => out.scheduled_jobs = o.lenient()?,
                2 => out.scheduled_backup_jobs = o.lenient()?,
                3 => out.scheduled_replica_jobs = o.lenient()?,
                4 => out.total_job_runs = o.lenient()?,
                5 => out.successful_job_runs = o.lenient()?,
                6 => out.warnings_job_runs = o.lenient()?,
                7 => out.failed_job_runs = o.lenient()?,
                8 => out.max_job_duration = o.lenient()?,
                9 => out.max_backup_job_duration = o.lenient()?,
                10 => out.max_replica_job_duration = o.lenient()?,
                11 => out.max_duration_backup_job_name = o.lenient()?,
                12 => out.max_duration_replica_job_name = o.lenient()?,
                13 => out.backup_job_status_report_link = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for JobStatisticsReportFrame {
    const ROOTS: &'static [&'static str] = &["JobStatisticsReportFrame"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            running_jobs: xml::elem_text(el, "RunningJobs")?,
            scheduled_jobs: xml::elem_text(el, "ScheduledJobs")?,
            scheduled_backup_jobs: xml::elem_text(el, "ScheduledBackupJobs")?,
            scheduled_replica_jobs: xml::elem_text(el, "ScheduledReplicaJobs")?,
            total_job_runs: xml::elem_text(el, "TotalJobRuns")?,
            successful_job_runs: xml::elem_text(el, "SuccessfulJobRuns")?,
            warnings_job_runs: xml::elem_text(el, "WarningsJobRuns")?,
            failed_job_runs: xml::elem_text(el, "FailedJobRuns")?,
            max_job_duration: xml::elem_text(el, "MaxJobDuration")?,
            max_backup_job_duration: xml::elem_text(el, "MaxBackupJobDuration")?,
            max_replica_job_duration: xml::elem_text(el, "MaxReplicaJobDuration")?,
            max_duration_backup_job_name: xml::elem_text(
                el,
                "MaxDurationBackupJobName",
            )?,
            max_duration_replica_job_name: xml::elem_text(
                el,
                "MaxDurationReplicaJobName",
            )?,
            backup_job_status_report_link: xml::elem_text(
                el,
                "BackupJobStatusReportLink",
            )?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("RunningJobs"),
                    xml::Child::once_text::<String>("ScheduledJobs"),
                    xml::Child::once_text::<String>("ScheduledBackupJobs"),
                    xml::Child::once_text::<String>("ScheduledReplicaJobs"),
                    xml::Child::once_text::<String>("TotalJobRuns"),
                    xml::Child::once_text::<String>("SuccessfulJobRuns"),
                    xml::Child::once_text::<String>("WarningsJobRuns"),
                    xml::Child::once_text::<String>("FailedJobRuns"),
                    xml::Child::once_text::<String>("MaxJobDuration"),
                    xml::Child::once_text::<String>("MaxBackupJobDuration"),
                    xml::Child::once_text::<String>("MaxReplicaJobDuration"),
                    xml::Child::once_text::<String>("MaxDurationBackupJobName"),
                    xml::Child::once_text::<String>("MaxDurationReplicaJobName"),
                    xml::Child::once_text::<String>("BackupJobStatusReportLink"),
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
            xml::Tag::once("RunningJobs"),
            xml::Tag::once("ScheduledJobs"),
            xml::Tag::once("ScheduledBackupJobs"),
            xml::Tag::once("ScheduledReplicaJobs"),
            xml::Tag::once("TotalJobRuns"),
            xml::Tag::once("SuccessfulJobRuns"),
            xml::Tag::once("WarningsJobRuns"),
            xml::Tag::once("FailedJobRuns"),
            xml::Tag::once("MaxJobDuration"),
            xml::Tag::once("MaxBackupJobDuration"),
            xml::Tag::once("MaxReplicaJobDuration"),
            xml::Tag::once("MaxDurationBackupJobName"),
            xml::Tag::once("MaxDurationReplicaJobName"),
            xml::Tag::once("BackupJobStatusReportLink"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.running_jobs = el_.text()?,
                1 => out.scheduled_jobs = el_.text()?,
                2 => out.scheduled_backup_jobs = el_.text()?,
                3 => out.scheduled_replica_jobs = el_.text()?,
                4 => out.total_job_runs = el_.text()?,
                5 => out.successful_job_runs = el_.text()?,
                6 => out.warnings_job_runs = el_.text()?,
                7 => out.failed_job_runs = el_.text()?,
                8 => out.max_job_duration = el_.text()?,
                9 => out.max_backup_job_duration = el_.text()?,
                10 => out.max_replica_job_duration = el_.text()?,
                11 => out.max_duration_backup_job_name = el_.text()?,
                12 => out.max_duration_replica_job_name = el_.text()?,
                13 => out.backup_job_status_report_link = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for JobStatisticsReportFrame {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("RunningJobs", &self.running_jobs);
        w.elem_text("ScheduledJobs", &self.scheduled_jobs);
        w.elem_text("ScheduledBackupJobs", &self.scheduled_backup_jobs);
        w.elem_text("ScheduledReplicaJobs", &self.scheduled_replica_jobs);
        w.elem_text("TotalJobRuns", &self.total_job_runs);
        w.elem_text("SuccessfulJobRuns", &self.successful_job_runs);
        w.elem_text("WarningsJobRuns", &self.warnings_job_runs);
        w.elem_text("FailedJobRuns", &self.failed_job_runs);
        w.elem_text("MaxJobDuration", &self.max_job_duration);
        w.elem_text("MaxBackupJobDuration", &self.max_backup_job_duration);
        w.elem_text("MaxReplicaJobDuration", &self.max_replica_job_duration);
        w.elem_text("MaxDurationBackupJobName", &self.max_duration_backup_job_name);
        w.elem_text("MaxDurationReplicaJobName", &self.max_duration_replica_job_name);
        w.elem_text("BackupJobStatusReportLink", &self.backup_job_status_report_link);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for JobStatisticsReportFrame {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /reports/summary/overview.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_reports_summary_overview.html>
///
/// XML root element: `<OverviewReportFrame>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OverviewReportFrame {
    /// XML element `<BackupServers>`; JSON `"BackupServers"`.
    pub backup_servers: Option<String>,
    /// XML element `<ProxyServers>`; JSON `"ProxyServers"`.
    pub proxy_servers: Option<String>,
    /// XML element `<RepositoryServers>`; JSON `"RepositoryServers"`.
    pub repository_servers: Option<String>,
    /// XML element `<RunningJobs>`; JSON `"RunningJobs"`.
    pub running_jobs: Option<String>,
    /// XML element `<ScheduledJobs>`; JSON `"ScheduledJobs"`.
    pub scheduled_jobs: Option<String>,
    /// XML element `<SuccessfulVmLastestStates>`; JSON `"SuccessfulVmLastestStates"`.
    pub successful_vm_lastest_states: Option<String>,
    /// XML element `<WarningVmLastestStates>`; JSON `"WarningVmLastestStates"`.
    pub warning_vm_lastest_states: Option<String>,
    /// XML element `<FailedVmLastestStates>`; JSON `"FailedVmLastestStates"`.
    pub failed_vm_lastest_states: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for OverviewReportFrame {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("BackupServers", &self.backup_servers)?;
        o.opt("ProxyServers", &self.proxy_servers)?;
        o.opt("RepositoryServers", &self.repository_servers)?;
        o.opt("RunningJobs", &self.running_jobs)?;
        o.opt("ScheduledJobs", &self.scheduled_jobs)?;
        o.opt("SuccessfulVmLastestStates", &self.successful_vm_lastest_states)?;
        o.opt("WarningVmLastestStates", &self.warning_vm_lastest_states)?;
        o.opt("FailedVmLastestStates", &self.failed_vm_lastest_states)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for OverviewReportFrame {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("BackupServers", &["backupServers"]),
            F::new("ProxyServers", &["proxyServers"]),
            F::new("RepositoryServers", &["repositoryServers"]),
            F::new("RunningJobs", &["runningJobs"]),
            F::new("ScheduledJobs", &["scheduledJobs"]),
            F::new("SuccessfulVmLastestStates", &["successfulVmLastestStates"]),
            F::new("WarningVmLastestStates", &["warningVmLastestStates"]),
            F::new("FailedVmLastestStates", &["failedVmLastestStates"]),
        ];
        crate::runtime::json::object(deserializer, "OverviewReportFrame", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for OverviewReportFrame {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.backup_servers = o.lenient()?,
                1 => out.proxy_servers = o.lenient()?,
                2 => out.repository_servers = o.lenient()?,
                3 => out.running_jobs = o.lenient()?,
                4 => out.scheduled_jobs = o.lenient()?,
                5 => out.successful_vm_lastest_states = o.lenient()?,
                6 => out.warning_vm_lastest_states = o.lenient()?,
                7 => out.failed_vm_lastest_states = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for OverviewReportFrame {
    const ROOTS: &'static [&'static str] = &["OverviewReportFrame"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            backup_servers: xml::elem_text(el, "BackupServers")?,
            proxy_servers: xml::elem_text(el, "ProxyServers")?,
            repository_servers: xml::elem_text(el, "RepositoryServers")?,
            running_jobs: xml::elem_text(el, "RunningJobs")?,
            scheduled_jobs: xml::elem_text(el, "ScheduledJobs")?,
            successful_vm_lastest_states: xml::elem_text(
                el,
                "SuccessfulVmLastestStates",
            )?,
            warning_vm_lastest_states: xml::elem_text(el, "WarningVmLastestStates")?,
            failed_vm_lastest_states: xml::elem_text(el, "FailedVmLastestStates")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("BackupServers"),
                    xml::Child::once_text::<String>("ProxyServers"),
                    xml::Child::once_text::<String>("RepositoryServers"),
                    xml::Child::once_text::<String>("RunningJobs"),
                    xml::Child::once_text::<String>("ScheduledJobs"),
                    xml::Child::once_text::<String>("SuccessfulVmLastestStates"),
                    xml::Child::once_text::<String>("WarningVmLastestStates"),
                    xml::Child::once_text::<String>("FailedVmLastestStates"),
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
            xml::Tag::once("BackupServers"),
            xml::Tag::once("ProxyServers"),
            xml::Tag::once("RepositoryServers"),
            xml::Tag::once("RunningJobs"),
            xml::Tag::once("ScheduledJobs"),
            xml::Tag::once("SuccessfulVmLastestStates"),
            xml::Tag::once("WarningVmLastestStates"),
            xml::Tag::once("FailedVmLastestStates"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.backup_servers = el_.text()?,
                1 => out.proxy_servers = el_.text()?,
                2 => out.repository_servers = el_.text()?,
                3 => out.running_jobs = el_.text()?,
                4 => out.scheduled_jobs = el_.text()?,
                5 => out.successful_vm_lastest_states = el_.text()?,
                6 => out.warning_vm_lastest_states = el_.text()?,
                7 => out.failed_vm_lastest_states = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for OverviewReportFrame {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("BackupServers", &self.backup_servers);
        w.elem_text("ProxyServers", &self.proxy_servers);
        w.elem_text("RepositoryServers", &self.repository_servers);
        w.elem_text("RunningJobs", &self.running_jobs);
        w.elem_text("ScheduledJobs", &self.scheduled_jobs);
        w.elem_text("SuccessfulVmLastestStates", &self.successful_vm_lastest_states);
        w.elem_text("WarningVmLastestStates", &self.warning_vm_lastest_states);
        w.elem_text("FailedVmLastestStates", &self.failed_vm_lastest_states);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for OverviewReportFrame {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// '&lt;ProcessedVmsReportFrame&gt;' of XML schema type 'ProcessedVmsReportFrameType': no page spells out its members. Typed from the conventions of resource\_representations (see <https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>) (every entity carries 'Href', 'Type' and 'Links') and the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); what else the server sends is not described here.
///
/// XML root element: `<ProcessedVmsReportFrame>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProcessedVmsReportFrame {
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

impl serde::Serialize for ProcessedVmsReportFrame {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Links", &self.links)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for ProcessedVmsReportFrame {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("Links", &["Link", "links"]),
        ];
        crate::runtime::json::object(deserializer, "ProcessedVmsReportFrame", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for ProcessedVmsReportFrame {
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

impl crate::runtime::xml::FromXml for ProcessedVmsReportFrame {
    const ROOTS: &'static [&'static str] = &["ProcessedVmsReportFrame"];
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

impl crate::runtime::xml::ToXml for ProcessedVmsReportFrame {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.wrapped("Links", "Link", self.links.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for ProcessedVmsReportFrame {
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

/// '&lt;RepositoryReportFrame&gt;' of XML schema type 'RepositoryReportFrameType': no page spells out its members. Typed from the conventions of resource\_representations (see <https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>) (every entity carries 'Href', 'Type' and 'Links') and the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); what else the server sends is not described here.
///
/// XML root element: `<RepositoryReportFrame>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RepositoryReportFrame {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `CapacityPlanningReportLink`; JSON `"CapacityPlanningReportLink"`.
    pub capacity_planning_report_link: Option<String>,
    /// The links to related resources and actions.
    ///
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for RepositoryReportFrame {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("CapacityPlanningReportLink", &self.capacity_planning_report_link)?;
        o.opt("Links", &self.links)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for RepositoryReportFrame {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("CapacityPlanningReportLink", &["capacityPlanningReportLink"]),
            F::new("Links", &["Link", "links"]),
        ];
        crate::runtime::json::object(deserializer, "RepositoryReportFrame", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for RepositoryReportFrame {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.r#type = o.lenient()?,
                1 => out.href = o.lenient()?,
                2 => out.capacity_planning_report_link = o.lenient()?,
                3 => out.links = o.list_of("Link")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for RepositoryReportFrame {
    const ROOTS: &'static [&'static str] = &["RepositoryReportFrame"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            capacity_planning_report_link: xml::attr(el, "CapacityPlanningReportLink")?,
            links: xml::wrapped(el, "Links", "Link")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "CapacityPlanningReportLink"],
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
            let at_ = el_.attrs(&["Type", "Href", "CapacityPlanningReportLink"])?;
            out.r#type = xml::attr_value(&at_[0])?;
            out.href = xml::attr_value(&at_[1])?;
            out.capacity_planning_report_link = xml::attr_value(&at_[2])?;
        }
        while el_.next_child(&[xml::Tag::once("Links")])?.is_some() {
            out.links = Some(el_.wrapped("Link")?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for RepositoryReportFrame {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("CapacityPlanningReportLink", &self.capacity_planning_report_link);
        w.wrapped("Links", "Link", self.links.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for RepositoryReportFrame {
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

/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/reports_summary.html>
///
/// XML root element: `<SummaryReport>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SummaryReport {
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for SummaryReport {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Links", &self.links)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for SummaryReport {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[F::new("Links", &["Link", "links"])];
        crate::runtime::json::object(deserializer, "SummaryReport", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for SummaryReport {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.links = o.list_of("Link")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for SummaryReport {
    const ROOTS: &'static [&'static str] = &["SummaryReport"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            links: xml::wrapped(el, "Links", "Link")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::once("Links")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::once("Links")])?.is_some() {
            out.links = Some(el_.wrapped("Link")?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for SummaryReport {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.wrapped("Links", "Link", self.links.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for SummaryReport {
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

/// '&lt;VmsOverviewReportFrame&gt;' of XML schema type 'VmsOverviewReportFrameType': no page spells out its members. Typed from the conventions of resource\_representations (see <https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>) (every entity carries 'Href', 'Type' and 'Links') and the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); what else the server sends is not described here.
///
/// XML root element: `<VmsOverviewReportFrame>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VmsOverviewReportFrame {
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

impl serde::Serialize for VmsOverviewReportFrame {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Links", &self.links)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VmsOverviewReportFrame {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("Links", &["Link", "links"]),
        ];
        crate::runtime::json::object(deserializer, "VmsOverviewReportFrame", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VmsOverviewReportFrame {
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

impl crate::runtime::xml::FromXml for VmsOverviewReportFrame {
    const ROOTS: &'static [&'static str] = &["VmsOverviewReportFrame"];
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

impl crate::runtime::xml::ToXml for VmsOverviewReportFrame {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.wrapped("Links", "Link", self.links.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VmsOverviewReportFrame {
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
