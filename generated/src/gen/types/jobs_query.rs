// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `jobs`, `query`.

#[allow(unused_imports)]
use super::*;

/// Used by GET /jobs/{ID}, PUT /jobs/{ID}?action=edit.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_jobs_id.html>
///
/// XML root element: `<Job>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Job {
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// Name of the job, for example: DC Replication.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the job, for example: urn:veeam:Job:da736815-4fea-4c8e-b0e1-5ecdbca1c512.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Job type. Possible values:
    ///
    /// - `Backup` — backup job
    /// - `BackupCopy` — periodic backup copy job
    /// - `ImmediateBackupCopy` — immediate backup copy job
    /// - `Replica` — replication job
    ///
    /// XML element `<JobType>`; JSON `"JobType"`.
    pub job_type: Option<super::enums::JobJobType>,
    /// Platform for which the job is created. Possible values:
    ///
    /// - `VMware`
    /// - `Hyperv`
    /// - `vCloud`
    ///
    /// XML element `<Platform>`; JSON `"Platform"`.
    pub platform: Option<super::enums::JobPlatform>,
    /// Description of the job specified at the time of the job creation.
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
    /// Date and time of the next job run. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:31.000000Z. Note that this parameter can be used for scheduled jobs only.
    ///
    /// XML element `<NextRun>`; JSON `"NextRun"`.
    pub next_run: Option<crate::runtime::DateTime>,
    /// Options that define the schedule by which the job runs. For details, see Job Scheduling Options.
    ///
    /// XML element `<JobScheduleOptions>`; JSON `"JobScheduleOptions"`.
    pub job_schedule_options: Option<ScheduleOptionsInfoType>,
    /// Object that includes one of the following complex objects depending on the job type:
    ///
    /// - `BackupJobInfo`
    /// - `ReplicaJobInfo`
    /// - `BackupCopyJobInfo`
    /// - ImmediateBackupCopyJobInfo For details, see Job Info.
    ///
    /// XML element `<JobInfo>`; JSON `"JobInfo"`.
    pub job_info: Option<JobInfo>,
    /// Defines whether long-term (GFS) retention policy settings are enabled for the job. If you set this option to True, you need to specify GFS retention settings for the job in the GFSRetentionPolicy section of the request.
    ///
    /// XML element `<GfsRetentionPolicy>`; JSON `"GfsRetentionPolicy"`.
    pub gfs_retention_policy: Option<JobGfsRetentionPolicy>,
    /// Retry options set for the job. For details, see Retry Options.
    ///
    /// XML element `<RetryOptions>`; JSON `"RetryOptions"`.
    pub retry_options: Option<JobScheduleRetryOptionsType>,
    /// This parameter is set for SureBackup and backup copy jobs. Defines whether the job must wait for the backup or replication job to complete.
    ///
    /// XML element `<WaitForBackupCompletion>`; JSON `"WaitForBackupCompletion"`.
    pub wait_for_backup_completion: Option<bool>,
    /// Time period in minutes for which the job must wait for the backup job to complete.
    ///
    /// XML element `<BackupCompetitionWaitingPeriodMin>`; JSON `"BackupCompetitionWaitingPeriodMin"`.
    pub backup_competition_waiting_period_min: Option<i64>,
    /// Daily backup options set for the job. For details, see Daily Backup Scheduling Options.
    ///
    /// XML element `<OptionsDaily>`; JSON `"OptionsDaily"`.
    pub options_daily: Option<JobScheduleDailyOptionsType>,
    /// Monthly backup options set for the job. For details, see Monthly Backup Scheduling Options.
    ///
    /// XML element `<OptionsMonthly>`; JSON `"OptionsMonthly"`.
    pub options_monthly: Option<JobScheduleMonthlyOptionsType>,
    /// Periodic backup options set for the job. For details, see Periodic Backup Scheduling Options.
    ///
    /// XML element `<OptionsPeriodically>`; JSON `"OptionsPeriodically"`.
    pub options_periodically: Option<JobSchedulePeriodicallyOptionsType>,
    /// Continuous backup options set for the job. For details, see Continuous Backup Scheduling Options.
    ///
    /// XML element `<OptionsContinuous>`; JSON `"OptionsContinuous"`.
    pub options_continuous: Option<JobScheduleContinuousOptionsType>,
    /// Backup window options set for the job. For details, see Backup Window Options.
    ///
    /// XML element `<OptionsBackupWindow>`; JSON `"OptionsBackupWindow"`.
    pub options_backup_window: Option<JobScheduleBackupWindowOptionsType>,
    /// Defines whether backup job chaining is enabled for the job. For details, see Job Chaining Options.
    ///
    /// XML element `<OptionsDaisyChaining>`; JSON `"OptionsDaisyChaining"`.
    pub options_daisy_chaining: Option<JobScheduleDaisyChainingOptionsType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for Job {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Href", &self.href)?;
        o.opt("Type", &self.r#type)?;
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
        o.opt("GfsRetentionPolicy", &self.gfs_retention_policy)?;
        o.opt("RetryOptions", &self.retry_options)?;
        o.opt("WaitForBackupCompletion", &self.wait_for_backup_completion)?;
        o.opt(
            "BackupCompetitionWaitingPeriodMin",
            &self.backup_competition_waiting_period_min,
        )?;
        o.opt("OptionsDaily", &self.options_daily)?;
        o.opt("OptionsMonthly", &self.options_monthly)?;
        o.opt("OptionsPeriodically", &self.options_periodically)?;
        o.opt("OptionsContinuous", &self.options_continuous)?;
        o.opt("OptionsBackupWindow", &self.options_backup_window)?;
        o.opt("OptionsDaisyChaining", &self.options_daisy_chaining)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for Job {
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
            F::new("JobType", &["jobType"]),
            F::new("Platform", &["platform"]),
            F::new("Description", &["description"]),
            F::new("ScheduleConfigured", &["scheduleConfigured"]),
            F::new("ScheduleEnabled", &["scheduleEnabled"]),
            F::new("NextRun", &["nextRun"]),
            F::new("JobScheduleOptions", &["jobScheduleOptions"]),
            F::new("JobInfo", &["jobInfo"]),
            F::new("GfsRetentionPolicy", &["gfsRetentionPolicy"]),
            F::new("RetryOptions", &["retryOptions"]),
            F::new("WaitForBackupCompletion", &["waitForBackupCompletion"]),
            F::new(
                "BackupCompetitionWaitingPeriodMin",
                &["backupCompetitionWaitingPeriodMin"],
            ),
            F::new("OptionsDaily", &["optionsDaily"]),
            F::new("OptionsMonthly", &["optionsMonthly"]),
            F::new("OptionsPeriodically", &["optionsPeriodically"]),
            F::new("OptionsContinuous", &["optionsContinuous"]),
            F::new("OptionsBackupWindow", &["optionsBackupWindow"]),
            F::new("OptionsDaisyChaining", &["optionsDaisyChaining"]),
        ];
        crate::runtime::json::object(deserializer, "Job", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for Job {
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
                5 => out.job_type = o.value()?,
                6 => out.platform = o.value()?,
                7 => out.description = o.lenient()?,
                8 => out.schedule_configured = o.lenient()?,
                9 => out.schedule_enabled = o.lenient()?,
                10 => out.next_run = o.lenient()?,
                11 => out.job_schedule_options = o.value()?,
                12 => out.job_info = o.value()?,
                13 => out.gfs_retention_policy = o.value()?,
                14 => out.retry_options = o.value()?,
                15 => out.wait_for_backup_completion = o.lenient()?,
                16 => out.backup_competition_waiting_period_min = o.lenient()?,
                17 => out.options_daily = o.value()?,
                18 => out.options_monthly = o.value()?,
                19 => out.options_periodically = o.value()?,
                20 => out.options_continuous = o.value()?,
                21 => out.options_backup_window = o.value()?,
                22 => out.options_daisy_chaining = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for Job {
    const ROOTS: &'static [&'static str] = &["Job"];
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
                    xml::Child::once("Links"),
                    xml::Child::once_text::<super::enums::JobJobType>("JobType"),
                    xml::Child::once_text::<super::enums::JobPlatform>("Platform"),
                    xml::Child::once_text::<String>("Description"),
                    xml::Child::once_text::<bool>("ScheduleConfigured"),
                    xml::Child::once_text::<bool>("ScheduleEnabled"),
                    xml::Child::once_text::<crate::runtime::DateTime>("NextRun"),
                    xml::Child::once("JobScheduleOptions"),
                    xml::Child::once("JobInfo"),
                    xml::Child::once("GfsRetentionPolicy"),
                    xml::Child::once("RetryOptions"),
                    xml::Child::once_text::<bool>("WaitForBackupCompletion"),
                    xml::Child::once_text::<i64>("BackupCompetitionWaitingPeriodMin"),
                    xml::Child::once("OptionsDaily"),
                    xml::Child::once("OptionsMonthly"),
                    xml::Child::once("OptionsPeriodically"),
                    xml::Child::once("OptionsContinuous"),
                    xml::Child::once("OptionsBackupWindow"),
                    xml::Child::once("OptionsDaisyChaining"),
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
            xml::Tag::once("JobType"),
            xml::Tag::once("Platform"),
            xml::Tag::once("Description"),
            xml::Tag::once("ScheduleConfigured"),
            xml::Tag::once("ScheduleEnabled"),
            xml::Tag::once("NextRun"),
            xml::Tag::once("JobScheduleOptions"),
            xml::Tag::once("JobInfo"),
            xml::Tag::once("GfsRetentionPolicy"),
            xml::Tag::once("RetryOptions"),
            xml::Tag::once("WaitForBackupCompletion"),
            xml::Tag::once("BackupCompetitionWaitingPeriodMin"),
            xml::Tag::once("OptionsDaily"),
            xml::Tag::once("OptionsMonthly"),
            xml::Tag::once("OptionsPeriodically"),
            xml::Tag::once("OptionsContinuous"),
            xml::Tag::once("OptionsBackupWindow"),
            xml::Tag::once("OptionsDaisyChaining"),
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
                9 => out.gfs_retention_policy = Some(el_.elem()?),
                10 => out.retry_options = Some(el_.elem()?),
                11 => out.wait_for_backup_completion = el_.text()?,
                12 => out.backup_competition_waiting_period_min = el_.text()?,
                13 => out.options_daily = Some(el_.elem()?),
                14 => out.options_monthly = Some(el_.elem()?),
                15 => out.options_periodically = Some(el_.elem()?),
                16 => out.options_continuous = Some(el_.elem()?),
                17 => out.options_backup_window = Some(el_.elem()?),
                18 => out.options_daisy_chaining = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for Job {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JobGfsRetentionPolicy {
    /// XML element `<Enabled>`; JSON `"Enabled"`.
    pub enabled: Option<String>,
    /// XML element `<Monthly>`; JSON `"Monthly"`.
    pub monthly: Option<JobGfsRetentionPolicyMonthly>,
    /// XML element `<Weekly>`; JSON `"Weekly"`.
    pub weekly: Option<JobGfsRetentionPolicyWeekly>,
    /// XML element `<Yearly>`; JSON `"Yearly"`.
    pub yearly: Option<JobGfsRetentionPolicyYearly>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for JobGfsRetentionPolicy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.opt("Monthly", &self.monthly)?;
        o.opt("Weekly", &self.weekly)?;
        o.opt("Yearly", &self.yearly)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for JobGfsRetentionPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Enabled", &["enabled"]),
            F::new("Monthly", &["monthly"]),
            F::new("Weekly", &["weekly"]),
            F::new("Yearly", &["yearly"]),
        ];
        crate::runtime::json::object(deserializer, "JobGfsRetentionPolicy", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for JobGfsRetentionPolicy {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.enabled = o.lenient()?,
                1 => out.monthly = o.value()?,
                2 => out.weekly = o.value()?,
                3 => out.yearly = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for JobGfsRetentionPolicy {
    #[inline]
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
                &[
                    xml::Child::once_text::<String>("Enabled"),
                    xml::Child::once("Monthly"),
                    xml::Child::once("Weekly"),
                    xml::Child::once("Yearly"),
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
            xml::Tag::once("Enabled"),
            xml::Tag::once("Monthly"),
            xml::Tag::once("Weekly"),
            xml::Tag::once("Yearly"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.enabled = el_.text()?,
                1 => out.monthly = Some(el_.elem()?),
                2 => out.weekly = Some(el_.elem()?),
                3 => out.yearly = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for JobGfsRetentionPolicy {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem("Monthly", &self.monthly);
        w.elem("Weekly", &self.weekly);
        w.elem("Yearly", &self.yearly);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for JobGfsRetentionPolicy {
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JobGfsRetentionPolicyMonthly {
    /// XML element `<Enabled>`; JSON `"Enabled"`.
    pub enabled: Option<String>,
    /// XML element `<RetentionPeriod>`; JSON `"RetentionPeriod"`.
    pub retention_period: Option<String>,
    /// XML element `<SelectedWeek>`; JSON `"SelectedWeek"`.
    pub selected_week: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for JobGfsRetentionPolicyMonthly {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.opt("RetentionPeriod", &self.retention_period)?;
        o.opt("SelectedWeek", &self.selected_week)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for JobGfsRetentionPolicyMonthly {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Enabled", &["enabled"]),
            F::new("RetentionPeriod", &["retentionPeriod"]),
            F::new("SelectedWeek", &["selectedWeek"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "JobGfsRetentionPolicyMonthly",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for JobGfsRetentionPolicyMonthly {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.enabled = o.lenient()?,
                1 => out.retention_period = o.lenient()?,
                2 => out.selected_week = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for JobGfsRetentionPolicyMonthly {
    #[inline]
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
                &[
                    xml::Child::once_text::<String>("Enabled"),
                    xml::Child::once_text::<String>("RetentionPeriod"),
                    xml::Child::once_text::<String>("SelectedWeek"),
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
            xml::Tag::once("Enabled"),
            xml::Tag::once("RetentionPeriod"),
            xml::Tag::once("SelectedWeek"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.enabled = el_.text()?,
                1 => out.retention_period = el_.text()?,
                2 => out.selected_week = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for JobGfsRetentionPolicyMonthly {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("RetentionPeriod", &self.retention_period);
        w.elem_text("SelectedWeek", &self.selected_week);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for JobGfsRetentionPolicyMonthly {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// 'Weekly' of JobGfsRetentionPolicy, known only from a JSON sample.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JobGfsRetentionPolicyWeekly {
    /// XML element `<Enabled>`; JSON `"Enabled"`.
    pub enabled: Option<String>,
    /// XML element `<RetentionPeriod>`; JSON `"RetentionPeriod"`.
    pub retention_period: Option<String>,
    /// XML element `<SelectedDay>`; JSON `"SelectedDay"`.
    pub selected_day: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for JobGfsRetentionPolicyWeekly {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.opt("RetentionPeriod", &self.retention_period)?;
        o.opt("SelectedDay", &self.selected_day)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for JobGfsRetentionPolicyWeekly {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Enabled", &["enabled"]),
            F::new("RetentionPeriod", &["retentionPeriod"]),
            F::new("SelectedDay", &["selectedDay"]),
        ];
        crate::runtime::json::object(deserializer, "JobGfsRetentionPolicyWeekly", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for JobGfsRetentionPolicyWeekly {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.enabled = o.lenient()?,
                1 => out.retention_period = o.lenient()?,
                2 => out.selected_day = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for JobGfsRetentionPolicyWeekly {
    #[inline]
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
                &[
                    xml::Child::once_text::<String>("Enabled"),
                    xml::Child::once_text::<String>("RetentionPeriod"),
                    xml::Child::once_text::<String>("SelectedDay"),
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
            xml::Tag::once("Enabled"),
            xml::Tag::once("RetentionPeriod"),
            xml::Tag::once("SelectedDay"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.enabled = el_.text()?,
                1 => out.retention_period = el_.text()?,
                2 => out.selected_day = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for JobGfsRetentionPolicyWeekly {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("RetentionPeriod", &self.retention_period);
        w.elem_text("SelectedDay", &self.selected_day);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for JobGfsRetentionPolicyWeekly {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// 'Yearly' of JobGfsRetentionPolicy, known only from a JSON sample.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JobGfsRetentionPolicyYearly {
    /// XML element `<Enabled>`; JSON `"Enabled"`.
    pub enabled: Option<String>,
    /// XML element `<RetentionPeriod>`; JSON `"RetentionPeriod"`.
    pub retention_period: Option<String>,
    /// XML element `<SelectedMonth>`; JSON `"SelectedMonth"`.
    pub selected_month: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for JobGfsRetentionPolicyYearly {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.opt("RetentionPeriod", &self.retention_period)?;
        o.opt("SelectedMonth", &self.selected_month)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for JobGfsRetentionPolicyYearly {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Enabled", &["enabled"]),
            F::new("RetentionPeriod", &["retentionPeriod"]),
            F::new("SelectedMonth", &["selectedMonth"]),
        ];
        crate::runtime::json::object(deserializer, "JobGfsRetentionPolicyYearly", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for JobGfsRetentionPolicyYearly {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.enabled = o.lenient()?,
                1 => out.retention_period = o.lenient()?,
                2 => out.selected_month = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for JobGfsRetentionPolicyYearly {
    #[inline]
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
                &[
                    xml::Child::once_text::<String>("Enabled"),
                    xml::Child::once_text::<String>("RetentionPeriod"),
                    xml::Child::once_text::<String>("SelectedMonth"),
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
            xml::Tag::once("Enabled"),
            xml::Tag::once("RetentionPeriod"),
            xml::Tag::once("SelectedMonth"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.enabled = el_.text()?,
                1 => out.retention_period = el_.text()?,
                2 => out.selected_month = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for JobGfsRetentionPolicyYearly {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("RetentionPeriod", &self.retention_period);
        w.elem_text("SelectedMonth", &self.selected_month);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for JobGfsRetentionPolicyYearly {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
