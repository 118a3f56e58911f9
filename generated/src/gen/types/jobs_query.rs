// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `jobs`, `query`.
#[allow(unused_imports)]
use super::*;
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
    pub links: Option<crate::runtime::List<Link>>,
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
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
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
            links: xml::wrapped(el, "Links", "Link")?.map(Into::into),
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
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href", "Type", "Name", "UID"],
                &[
                    "Links",
                    "JobType",
                    "Platform",
                    "Description",
                    "ScheduleConfigured",
                    "ScheduleEnabled",
                    "NextRun",
                    "JobScheduleOptions",
                    "JobInfo",
                    "GfsRetentionPolicy",
                    "RetryOptions",
                    "WaitForBackupCompletion",
                    "BackupCompetitionWaitingPeriodMin",
                    "OptionsDaily",
                    "OptionsMonthly",
                    "OptionsPeriodically",
                    "OptionsContinuous",
                    "OptionsBackupWindow",
                    "OptionsDaisyChaining",
                ],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for Job {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_deref());
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
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for Job {
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
        crate::runtime::Members::unknown_members(
            &self.gfs_retention_policy,
            &crate::runtime::unknown::join(path, "GfsRetentionPolicy"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.retry_options,
            &crate::runtime::unknown::join(path, "RetryOptions"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.options_daily,
            &crate::runtime::unknown::join(path, "OptionsDaily"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.options_monthly,
            &crate::runtime::unknown::join(path, "OptionsMonthly"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.options_periodically,
            &crate::runtime::unknown::join(path, "OptionsPeriodically"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.options_continuous,
            &crate::runtime::unknown::join(path, "OptionsContinuous"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.options_backup_window,
            &crate::runtime::unknown::join(path, "OptionsBackupWindow"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.options_daisy_chaining,
            &crate::runtime::unknown::join(path, "OptionsDaisyChaining"),
            out,
        );
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
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
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
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &["Enabled", "Monthly", "Weekly", "Yearly"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for JobGfsRetentionPolicy {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem("Monthly", &self.monthly);
        w.elem("Weekly", &self.weekly);
        w.elem("Yearly", &self.yearly);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for JobGfsRetentionPolicy {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.monthly,
            &crate::runtime::unknown::join(path, "Monthly"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.weekly,
            &crate::runtime::unknown::join(path, "Weekly"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.yearly,
            &crate::runtime::unknown::join(path, "Yearly"),
            out,
        );
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
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
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
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &["Enabled", "RetentionPeriod", "SelectedWeek"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for JobGfsRetentionPolicyMonthly {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("RetentionPeriod", &self.retention_period);
        w.elem_text("SelectedWeek", &self.selected_week);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for JobGfsRetentionPolicyMonthly {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
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
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
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
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &["Enabled", "RetentionPeriod", "SelectedDay"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for JobGfsRetentionPolicyWeekly {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("RetentionPeriod", &self.retention_period);
        w.elem_text("SelectedDay", &self.selected_day);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for JobGfsRetentionPolicyWeekly {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
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
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
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
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &["Enabled", "RetentionPeriod", "SelectedMonth"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for JobGfsRetentionPolicyYearly {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("RetentionPeriod", &self.retention_period);
        w.elem_text("SelectedMonth", &self.selected_month);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for JobGfsRetentionPolicyYearly {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
