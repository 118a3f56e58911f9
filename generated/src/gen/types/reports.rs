// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `reports`.
#[allow(unused_imports)]
use super::*;
/// Used by GET /reports/summary/job\_statistics.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_reports_summary_statistics.html>
///
/// XML root element: `<JobStatisticsReportFrame>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct JobStatisticsReportFrame {
    /// XML element `<RunningJobs>`; JSON `"RunningJobs"`.
    #[serde(
        rename = "RunningJobs",
        alias = "runningJobs",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub running_jobs: Option<String>,
    /// XML element `<ScheduledJobs>`; JSON `"ScheduledJobs"`.
    #[serde(
        rename = "ScheduledJobs",
        alias = "scheduledJobs",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub scheduled_jobs: Option<String>,
    /// XML element `<ScheduledBackupJobs>`; JSON `"ScheduledBackupJobs"`.
    #[serde(
        rename = "ScheduledBackupJobs",
        alias = "scheduledBackupJobs",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub scheduled_backup_jobs: Option<String>,
    /// XML element `<ScheduledReplicaJobs>`; JSON `"ScheduledReplicaJobs"`.
    #[serde(
        rename = "ScheduledReplicaJobs",
        alias = "scheduledReplicaJobs",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub scheduled_replica_jobs: Option<String>,
    /// XML element `<TotalJobRuns>`; JSON `"TotalJobRuns"`.
    #[serde(
        rename = "TotalJobRuns",
        alias = "totalJobRuns",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub total_job_runs: Option<String>,
    /// XML element `<SuccessfulJobRuns>`; JSON `"SuccessfulJobRuns"`.
    #[serde(
        rename = "SuccessfulJobRuns",
        alias = "successfulJobRuns",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub successful_job_runs: Option<String>,
    /// XML element `<WarningsJobRuns>`; JSON `"WarningsJobRuns"`.
    #[serde(
        rename = "WarningsJobRuns",
        alias = "warningsJobRuns",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub warnings_job_runs: Option<String>,
    /// XML element `<FailedJobRuns>`; JSON `"FailedJobRuns"`.
    #[serde(
        rename = "FailedJobRuns",
        alias = "failedJobRuns",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub failed_job_runs: Option<String>,
    /// XML element `<MaxJobDuration>`; JSON `"MaxJobDuration"`.
    #[serde(
        rename = "MaxJobDuration",
        alias = "maxJobDuration",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub max_job_duration: Option<String>,
    /// XML element `<MaxBackupJobDuration>`; JSON `"MaxBackupJobDuration"`.
    #[serde(
        rename = "MaxBackupJobDuration",
        alias = "maxBackupJobDuration",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub max_backup_job_duration: Option<String>,
    /// XML element `<MaxReplicaJobDuration>`; JSON `"MaxReplicaJobDuration"`.
    #[serde(
        rename = "MaxReplicaJobDuration",
        alias = "maxReplicaJobDuration",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub max_replica_job_duration: Option<String>,
    /// XML element `<MaxDurationBackupJobName>`; JSON `"MaxDurationBackupJobName"`.
    #[serde(
        rename = "MaxDurationBackupJobName",
        alias = "maxDurationBackupJobName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub max_duration_backup_job_name: Option<String>,
    /// XML element `<MaxDurationReplicaJobName>`; JSON `"MaxDurationReplicaJobName"`.
    #[serde(
        rename = "MaxDurationReplicaJobName",
        alias = "maxDurationReplicaJobName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub max_duration_replica_job_name: Option<String>,
    /// XML element `<BackupJobStatusReportLink>`; JSON `"BackupJobStatusReportLink"`.
    #[serde(
        rename = "BackupJobStatusReportLink",
        alias = "backupJobStatusReportLink",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_job_status_report_link: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for JobStatisticsReportFrame {
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
                    "RunningJobs",
                    "ScheduledJobs",
                    "ScheduledBackupJobs",
                    "ScheduledReplicaJobs",
                    "TotalJobRuns",
                    "SuccessfulJobRuns",
                    "WarningsJobRuns",
                    "FailedJobRuns",
                    "MaxJobDuration",
                    "MaxBackupJobDuration",
                    "MaxReplicaJobDuration",
                    "MaxDurationBackupJobName",
                    "MaxDurationReplicaJobName",
                    "BackupJobStatusReportLink",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for JobStatisticsReportFrame {
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
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// Used by GET /reports/summary/overview.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_reports_summary_overview.html>
///
/// XML root element: `<OverviewReportFrame>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct OverviewReportFrame {
    /// XML element `<BackupServers>`; JSON `"BackupServers"`.
    #[serde(
        rename = "BackupServers",
        alias = "backupServers",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub backup_servers: Option<String>,
    /// XML element `<ProxyServers>`; JSON `"ProxyServers"`.
    #[serde(
        rename = "ProxyServers",
        alias = "proxyServers",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub proxy_servers: Option<String>,
    /// XML element `<RepositoryServers>`; JSON `"RepositoryServers"`.
    #[serde(
        rename = "RepositoryServers",
        alias = "repositoryServers",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub repository_servers: Option<String>,
    /// XML element `<RunningJobs>`; JSON `"RunningJobs"`.
    #[serde(
        rename = "RunningJobs",
        alias = "runningJobs",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub running_jobs: Option<String>,
    /// XML element `<ScheduledJobs>`; JSON `"ScheduledJobs"`.
    #[serde(
        rename = "ScheduledJobs",
        alias = "scheduledJobs",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub scheduled_jobs: Option<String>,
    /// XML element `<SuccessfulVmLastestStates>`; JSON `"SuccessfulVmLastestStates"`.
    #[serde(
        rename = "SuccessfulVmLastestStates",
        alias = "successfulVmLastestStates",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub successful_vm_lastest_states: Option<String>,
    /// XML element `<WarningVmLastestStates>`; JSON `"WarningVmLastestStates"`.
    #[serde(
        rename = "WarningVmLastestStates",
        alias = "warningVmLastestStates",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub warning_vm_lastest_states: Option<String>,
    /// XML element `<FailedVmLastestStates>`; JSON `"FailedVmLastestStates"`.
    #[serde(
        rename = "FailedVmLastestStates",
        alias = "failedVmLastestStates",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub failed_vm_lastest_states: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for OverviewReportFrame {
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
                    "BackupServers",
                    "ProxyServers",
                    "RepositoryServers",
                    "RunningJobs",
                    "ScheduledJobs",
                    "SuccessfulVmLastestStates",
                    "WarningVmLastestStates",
                    "FailedVmLastestStates",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for OverviewReportFrame {
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
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
/// '&lt;ProcessedVmsReportFrame&gt;' of XML schema type 'ProcessedVmsReportFrameType': no page spells out its members. Typed from the conventions of resource\_representations (see <https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>) (every entity carries 'Href', 'Type' and 'Links') and the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); what else the server sends is not described here.
///
/// XML root element: `<ProcessedVmsReportFrame>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ProcessedVmsReportFrame {
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
impl crate::runtime::xml::FromXml for ProcessedVmsReportFrame {
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
impl crate::runtime::xml::ToXml for ProcessedVmsReportFrame {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.wrapped("Links", "Link", self.links.as_deref());
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for ProcessedVmsReportFrame {
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct RepositoryReportFrame {
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
    /// XML attribute `CapacityPlanningReportLink`; JSON `"CapacityPlanningReportLink"`.
    #[serde(
        rename = "CapacityPlanningReportLink",
        alias = "capacityPlanningReportLink",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub capacity_planning_report_link: Option<String>,
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
impl crate::runtime::xml::FromXml for RepositoryReportFrame {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            capacity_planning_report_link: xml::attr(el, "CapacityPlanningReportLink")?,
            links: xml::wrapped(el, "Links", "Link")?.map(Into::into),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "CapacityPlanningReportLink"],
                &["Links"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for RepositoryReportFrame {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("CapacityPlanningReportLink", &self.capacity_planning_report_link);
        w.wrapped("Links", "Link", self.links.as_deref());
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for RepositoryReportFrame {
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SummaryReport {
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
impl crate::runtime::xml::FromXml for SummaryReport {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            links: xml::wrapped(el, "Links", "Link")?.map(Into::into),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &["Links"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for SummaryReport {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.wrapped("Links", "Link", self.links.as_deref());
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for SummaryReport {
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VmsOverviewReportFrame {
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
impl crate::runtime::xml::FromXml for VmsOverviewReportFrame {
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
impl crate::runtime::xml::ToXml for VmsOverviewReportFrame {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.wrapped("Links", "Link", self.links.as_deref());
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for VmsOverviewReportFrame {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
    }
}
