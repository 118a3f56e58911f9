// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `agents`, `cdp`, `jobs`, `nas`, `query`.
#[allow(unused_imports)]
use super::*;
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
    pub links: Option<crate::runtime::List<Link>>,
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
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
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
            links: xml::wrapped(el, "Links", "Link")?.map(Into::into),
            backup_server: xml::elem_text(el, "BackupServer")?,
            policy_uid: xml::elem_text(el, "PolicyUid")?,
            policy_name: xml::elem_text(el, "PolicyName")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &[
                    "RecoveryPointObjectiveSeconds",
                    "RecoveryPointObjectiveMinutes",
                    "RPOSchedule",
                    "RPOReporting",
                    "ShortTermRetentionMinutes",
                    "ShortTermRetentionHours",
                    "LongTermRetentionHours",
                    "LongTermRetentionKeepDays",
                    "LongTermRetentionSchedule",
                    "Links",
                    "BackupServer",
                    "PolicyUid",
                    "PolicyName",
                ],
                &[],
                false,
            ),
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
        w.wrapped("Links", "Link", self.links.as_deref());
        w.elem_text("BackupServer", &self.backup_server);
        w.elem_text("PolicyUid", &self.policy_uid);
        w.elem_text("PolicyName", &self.policy_name);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for CdpReplica {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.rpo_schedule,
            &crate::runtime::unknown::join(path, "RPOSchedule"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.rpo_reporting,
            &crate::runtime::unknown::join(path, "RPOReporting"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.long_term_retention_schedule,
            &crate::runtime::unknown::join(path, "LongTermRetentionSchedule"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
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
    pub time_periods: Option<crate::runtime::List<Day>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for JobScheduleBackupWindowOptionsType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            time_periods: xml::wrapped(el, "TimePeriods", "Day")?.map(Into::into),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Enabled"],
                &["TimePeriods"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for JobScheduleBackupWindowOptionsType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.wrapped("TimePeriods", "Day", self.time_periods.as_deref());
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for JobScheduleBackupWindowOptionsType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.time_periods,
            &crate::runtime::unknown::join(path, "TimePeriods"),
            out,
        );
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
    pub schedule: Option<crate::runtime::List<Day>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for JobScheduleContinuousOptionsType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            schedule: xml::wrapped(el, "Schedule", "Day")?.map(Into::into),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Enabled"],
                &["Schedule"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for JobScheduleContinuousOptionsType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.wrapped("Schedule", "Day", self.schedule.as_deref());
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for JobScheduleContinuousOptionsType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.schedule,
            &crate::runtime::unknown::join(path, "Schedule"),
            out,
        );
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
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub days: crate::runtime::List<super::enums::DaysOfWeekEnumeration>,
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
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for JobScheduleDailyOptionsType {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            kind: xml::elem_text(el, "Kind")?,
            days: xml::elems_text(el, "Days")?.into(),
            time: xml::elem_text(el, "Time")?,
            time_offset_utc: xml::elem_text(el, "TimeOffsetUtc")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Enabled"],
                &["Kind", "Time", "TimeOffsetUtc"],
                &["Days"],
                false,
            ),
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
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for JobScheduleDailyOptionsType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
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
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
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
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Enabled"],
                &["PreviousJobUid"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for JobScheduleDaisyChainingOptionsType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.elem_text_req("PreviousJobUid", &self.previous_job_uid);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for JobScheduleDaisyChainingOptionsType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
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
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub day_of_week: crate::runtime::List<
        super::enums::JobScheduleMonthlyOptionsTypeDayOfWeek,
    >,
    /// Months on which the job must be launched. Possible values: • January • February • March • April • May • June • July • August • September • October • November • December
    ///
    /// repeated XML element `<Months>`; JSON `"Months": […]`.
    #[serde(
        rename = "Months",
        alias = "months",
        default,
        deserialize_with = "crate::runtime::json::vec",
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub months: crate::runtime::List<super::enums::JobScheduleMonthEnumeration>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
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
            day_of_week: xml::elems_text(el, "DayOfWeek")?.into(),
            months: xml::elems_text(el, "Months")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Enabled"],
                &["Time", "TimeOffsetUtc", "DayNumberInMonth"],
                &["DayOfWeek", "Months"],
                false,
            ),
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
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for JobScheduleMonthlyOptionsType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
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
    pub schedule: Option<crate::runtime::List<Day>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
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
            schedule: xml::wrapped(el, "Schedule", "Day")?.map(Into::into),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Enabled"],
                &["Kind", "FullPeriod", "Schedule"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for JobSchedulePeriodicallyOptionsType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.elem_text("Kind", &self.kind);
        w.elem_text("FullPeriod", &self.full_period);
        w.wrapped("Schedule", "Day", self.schedule.as_deref());
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for JobSchedulePeriodicallyOptionsType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.schedule,
            &crate::runtime::unknown::join(path, "Schedule"),
            out,
        );
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
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
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
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &["RetryTimes", "RetryTimeout", "RetrySpecified"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for JobScheduleRetryOptionsType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("RetryTimes", &self.retry_times);
        w.elem_text("RetryTimeout", &self.retry_timeout);
        w.elem_text("RetrySpecified", &self.retry_specified);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for JobScheduleRetryOptionsType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
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
    pub time_periods: Option<crate::runtime::List<Day>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for LongTermRetentionSchedule {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            time_periods: xml::wrapped(el, "TimePeriods", "Day")?.map(Into::into),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Enabled"],
                &["TimePeriods"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for LongTermRetentionSchedule {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.wrapped("TimePeriods", "Day", self.time_periods.as_deref());
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for LongTermRetentionSchedule {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.time_periods,
            &crate::runtime::unknown::join(path, "TimePeriods"),
            out,
        );
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
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
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
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &["Enabled", "RPOThresholdSeconds", "RPOThresholdMinutes"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for MarkAsFailed {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("RPOThresholdSeconds", &self.rpo_threshold_seconds);
        w.elem_text("RPOThresholdMinutes", &self.rpo_threshold_minutes);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for MarkAsFailed {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
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
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
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
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &["Enabled", "RPOThresholdSeconds", "RPOThresholdMinutes"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for MarkAsWarning {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("RPOThresholdSeconds", &self.rpo_threshold_seconds);
        w.elem_text("RPOThresholdMinutes", &self.rpo_threshold_minutes);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for MarkAsWarning {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
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
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
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
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &["Enabled", "Retentionperiod", "RetentionPeriod", "SelectedWeek"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for MonthlyOptionsInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("Retentionperiod", &self.retentionperiod);
        w.elem_text("RetentionPeriod", &self.retention_period);
        w.elem_text("SelectedWeek", &self.selected_week);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for MonthlyOptionsInfoType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
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
    pub time_periods: Option<crate::runtime::List<Day>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for OptionsBackupWindow {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            time_periods: xml::wrapped(el, "TimePeriods", "Day")?.map(Into::into),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Enabled"],
                &["TimePeriods"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for OptionsBackupWindow {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.wrapped("TimePeriods", "Day", self.time_periods.as_deref());
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for OptionsBackupWindow {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.time_periods,
            &crate::runtime::unknown::join(path, "TimePeriods"),
            out,
        );
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
    pub schedule: Option<crate::runtime::List<Day>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for OptionsContinuous {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            schedule: xml::wrapped(el, "Schedule", "Day")?.map(Into::into),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Enabled"],
                &["Schedule"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for OptionsContinuous {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.wrapped("Schedule", "Day", self.schedule.as_deref());
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for OptionsContinuous {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.schedule,
            &crate::runtime::unknown::join(path, "Schedule"),
            out,
        );
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
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub days: crate::runtime::List<String>,
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
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for OptionsDaily {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            kind: xml::elem_text(el, "Kind")?,
            days: xml::elems_text(el, "Days")?.into(),
            time: xml::elem_text(el, "Time")?,
            time_offset_utc: xml::elem_text(el, "TimeOffsetUtc")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Enabled"],
                &["Kind", "Time", "TimeOffsetUtc"],
                &["Days"],
                false,
            ),
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
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for OptionsDaily {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
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
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for OptionsDaisyChaining {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            previous_job_uid: xml::elem_text(el, "PreviousJobUid")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Enabled"],
                &["PreviousJobUid"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for OptionsDaisyChaining {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.elem_text("PreviousJobUid", &self.previous_job_uid);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for OptionsDaisyChaining {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
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
        skip_serializing_if = "crate::runtime::List::is_empty"
    )]
    pub months: crate::runtime::List<String>,
    /// XML element `<DayOfMonth>`; JSON `"DayOfMonth"`.
    #[serde(
        rename = "DayOfMonth",
        alias = "dayOfMonth",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub day_of_month: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
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
            months: xml::elems_text(el, "Months")?.into(),
            day_of_month: xml::elem_text(el, "DayOfMonth")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Enabled"],
                &[
                    "Time",
                    "TimeOffsetUtc",
                    "DayNumberInMonth",
                    "DayOfWeek",
                    "DayOfMonth",
                ],
                &["Months"],
                false,
            ),
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
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for OptionsMonthly {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
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
    pub schedule: Option<crate::runtime::List<Day>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
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
            schedule: xml::wrapped(el, "Schedule", "Day")?.map(Into::into),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Enabled"],
                &["Kind", "FullPeriod", "Schedule"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for OptionsPeriodically {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.elem_text("Kind", &self.kind);
        w.elem_text("FullPeriod", &self.full_period);
        w.wrapped("Schedule", "Day", self.schedule.as_deref());
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for OptionsPeriodically {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.schedule,
            &crate::runtime::unknown::join(path, "Schedule"),
            out,
        );
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
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for RpoReporting {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            mark_as_warning: xml::elem(el, "MarkAsWarning")?,
            mark_as_failed: xml::elem(el, "MarkAsFailed")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &["MarkAsWarning", "MarkAsFailed"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for RpoReporting {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem("MarkAsWarning", &self.mark_as_warning);
        w.elem("MarkAsFailed", &self.mark_as_failed);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for RpoReporting {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.mark_as_warning,
            &crate::runtime::unknown::join(path, "MarkAsWarning"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.mark_as_failed,
            &crate::runtime::unknown::join(path, "MarkAsFailed"),
            out,
        );
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
    pub time_periods: Option<crate::runtime::List<Day>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for RpoSchedule {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            time_periods: xml::wrapped(el, "TimePeriods", "Day")?.map(Into::into),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Enabled"],
                &["TimePeriods"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for RpoSchedule {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.wrapped("TimePeriods", "Day", self.time_periods.as_deref());
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for RpoSchedule {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.time_periods,
            &crate::runtime::unknown::join(path, "TimePeriods"),
            out,
        );
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
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
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
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &["RetryTimes", "RetryTimeout", "RetrySpecified"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for RetryOptions {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("RetryTimes", &self.retry_times);
        w.elem_text("RetryTimeout", &self.retry_timeout);
        w.elem_text("RetrySpecified", &self.retry_specified);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for RetryOptions {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
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
    pub immediate_copy_mode: Option<
        crate::runtime::List<JobScheduleContinuousOptionsType>,
    >,
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
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
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
                )?
                .map(Into::into),
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
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    "RetryOptions",
                    "WaitForBackupCompletion",
                    "BackupCompetitionWaitingPeriodMin",
                    "OptionsDaily",
                    "OptionsMonthly",
                    "OptionsPeriodically",
                    "Standart",
                    "CdpReplica",
                    "ImmediateCopyMode",
                    "OptionsBackupWindow",
                    "OptionsDaisyChaining",
                    "RetainCycles",
                    "RetainDaysToKeep",
                    "RetainLimitType",
                    "Weekly",
                    "Monthly",
                    "Yearly",
                    "RecoveryPointObjectiveSeconds",
                    "RecoveryPointObjectiveMinutes",
                    "RPOSchedule",
                    "RPOReporting",
                    "ShortTermRetentionMinutes",
                    "ShortTermRetentionHours",
                    "LongTermRetentionHours",
                    "LongTermRetentionKeepDays",
                    "LongTermRetentionSchedule",
                ],
                &[],
                false,
            ),
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
        w.wrapped(
            "ImmediateCopyMode",
            "OptionsContinuous",
            self.immediate_copy_mode.as_deref(),
        );
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
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for ScheduleOptionsInfoType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
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
            &self.standart,
            &crate::runtime::unknown::join(path, "Standart"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.cdp_replica,
            &crate::runtime::unknown::join(path, "CdpReplica"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.immediate_copy_mode,
            &crate::runtime::unknown::join(path, "ImmediateCopyMode"),
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
        crate::runtime::Members::unknown_members(
            &self.weekly,
            &crate::runtime::unknown::join(path, "Weekly"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.monthly,
            &crate::runtime::unknown::join(path, "Monthly"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.yearly,
            &crate::runtime::unknown::join(path, "Yearly"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.rpo_schedule,
            &crate::runtime::unknown::join(path, "RPOSchedule"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.rpo_reporting,
            &crate::runtime::unknown::join(path, "RPOReporting"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.long_term_retention_schedule,
            &crate::runtime::unknown::join(path, "LongTermRetentionSchedule"),
            out,
        );
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
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
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
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
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
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for Standart {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
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
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
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
impl crate::runtime::xml::ToXml for WeeklyOptionsInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("RetentionPeriod", &self.retention_period);
        w.elem_text("SelectedDay", &self.selected_day);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for WeeklyOptionsInfoType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
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
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
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
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &["Enabled", "Retentionperiod", "RetentionPeriod", "SelectedMonth"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for YearlyOptionsInfoType {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("Retentionperiod", &self.retentionperiod);
        w.elem_text("RetentionPeriod", &self.retention_period);
        w.elem_text("SelectedMonth", &self.selected_month);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for YearlyOptionsInfoType {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
