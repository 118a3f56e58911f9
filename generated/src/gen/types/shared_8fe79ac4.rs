// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `agents`, `cdp`, `jobs`, `nas`, `query`.

#[allow(unused_imports)]
use super::*;

/// Used by GET /cdpReplicas/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicas_id.html>
///
/// XML root element: `<CdpReplica>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CdpReplica {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Name of the CDP replica, for example: CDP Policy 1.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the CDP replica, for example: urn:veeam:Replica:urn:veeam:CdpReplica:24ae37ad-4d28-4568-8467-98d8770bb722.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML element `<RecoveryPointObjectiveSeconds>`; JSON `"RecoveryPointObjectiveSeconds"`.
    pub recovery_point_objective_seconds: Option<String>,
    /// XML element `<RecoveryPointObjectiveMinutes>`; JSON `"RecoveryPointObjectiveMinutes"`.
    pub recovery_point_objective_minutes: Option<String>,
    /// XML element `<RPOSchedule>`; JSON `"RPOSchedule"`.
    pub rpo_schedule: Option<RpoSchedule>,
    /// XML element `<RPOReporting>`; JSON `"RPOReporting"`.
    pub rpo_reporting: Option<RpoReporting>,
    /// XML element `<ShortTermRetentionMinutes>`; JSON `"ShortTermRetentionMinutes"`.
    pub short_term_retention_minutes: Option<String>,
    /// XML element `<ShortTermRetentionHours>`; JSON `"ShortTermRetentionHours"`.
    pub short_term_retention_hours: Option<String>,
    /// XML element `<LongTermRetentionHours>`; JSON `"LongTermRetentionHours"`.
    pub long_term_retention_hours: Option<String>,
    /// XML element `<LongTermRetentionKeepDays>`; JSON `"LongTermRetentionKeepDays"`.
    pub long_term_retention_keep_days: Option<String>,
    /// XML element `<LongTermRetentionSchedule>`; JSON `"LongTermRetentionSchedule"`.
    pub long_term_retention_schedule: Option<LongTermRetentionSchedule>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Name of the backup server parent to the CDP replica resource.
    ///
    /// XML element `<BackupServer>`; JSON `"BackupServer"`.
    pub backup_server: Option<String>,
    /// UID of the CDP policy parent to the replica, for example:145f3365-6ec0-44e9-9538-8c8c34ebdcce.
    ///
    /// XML element `<PolicyUid>`; JSON `"PolicyUid"`.
    pub policy_uid: Option<crate::runtime::Uid>,
    /// Name of the CDP policy parent to the replica, for example: CDP Policy 1.
    ///
    /// XML element `<PolicyName>`; JSON `"PolicyName"`.
    pub policy_name: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CdpReplica {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("RecoveryPointObjectiveSeconds", &self.recovery_point_objective_seconds)?;
        o.opt("RecoveryPointObjectiveMinutes", &self.recovery_point_objective_minutes)?;
        o.opt("RPOSchedule", &self.rpo_schedule)?;
        o.opt("RPOReporting", &self.rpo_reporting)?;
        o.opt("ShortTermRetentionMinutes", &self.short_term_retention_minutes)?;
        o.opt("ShortTermRetentionHours", &self.short_term_retention_hours)?;
        o.opt("LongTermRetentionHours", &self.long_term_retention_hours)?;
        o.opt("LongTermRetentionKeepDays", &self.long_term_retention_keep_days)?;
        o.opt("LongTermRetentionSchedule", &self.long_term_retention_schedule)?;
        o.opt("Links", &self.links)?;
        o.opt("BackupServer", &self.backup_server)?;
        o.opt("PolicyUid", &self.policy_uid)?;
        o.opt("PolicyName", &self.policy_name)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CdpReplica {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("Name", &["name"]),
            F::new("UID", &["uID", "uid"]),
            F::new("RecoveryPointObjectiveSeconds", &["recoveryPointObjectiveSeconds"]),
            F::new("RecoveryPointObjectiveMinutes", &["recoveryPointObjectiveMinutes"]),
            F::new("RPOSchedule", &["rPOSchedule", "rpoSchedule"]),
            F::new("RPOReporting", &["rPOReporting", "rpoReporting"]),
            F::new("ShortTermRetentionMinutes", &["shortTermRetentionMinutes"]),
            F::new("ShortTermRetentionHours", &["shortTermRetentionHours"]),
            F::new("LongTermRetentionHours", &["longTermRetentionHours"]),
            F::new("LongTermRetentionKeepDays", &["longTermRetentionKeepDays"]),
            F::new("LongTermRetentionSchedule", &["longTermRetentionSchedule"]),
            F::new("Links", &["Link", "links"]),
            F::new("BackupServer", &["backupServer"]),
            F::new("PolicyUid", &["policyUid"]),
            F::new("PolicyName", &["policyName"]),
        ];
        crate::runtime::json::object(deserializer, "CdpReplica", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CdpReplica {
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
                4 => out.recovery_point_objective_seconds = o.lenient()?,
                5 => out.recovery_point_objective_minutes = o.lenient()?,
                6 => out.rpo_schedule = o.value()?,
                7 => out.rpo_reporting = o.value()?,
                8 => out.short_term_retention_minutes = o.lenient()?,
                9 => out.short_term_retention_hours = o.lenient()?,
                10 => out.long_term_retention_hours = o.lenient()?,
                11 => out.long_term_retention_keep_days = o.lenient()?,
                12 => out.long_term_retention_schedule = o.value()?,
                13 => out.links = o.list_of("Link")?,
                14 => out.backup_server = o.lenient()?,
                15 => out.policy_uid = o.lenient()?,
                16 => out.policy_name = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CdpReplica {
    const ROOTS: &'static [&'static str] = &["CdpReplica"];
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
            links: xml::wrapped(el, "Links", "Link")?,
            backup_server: xml::elem_text(el, "BackupServer")?,
            policy_uid: xml::elem_text(el, "PolicyUid")?,
            policy_name: xml::elem_text(el, "PolicyName")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &[
                    xml::Child::once_text::<String>("RecoveryPointObjectiveSeconds"),
                    xml::Child::once_text::<String>("RecoveryPointObjectiveMinutes"),
                    xml::Child::once("RPOSchedule"),
                    xml::Child::once("RPOReporting"),
                    xml::Child::once_text::<String>("ShortTermRetentionMinutes"),
                    xml::Child::once_text::<String>("ShortTermRetentionHours"),
                    xml::Child::once_text::<String>("LongTermRetentionHours"),
                    xml::Child::once_text::<String>("LongTermRetentionKeepDays"),
                    xml::Child::once("LongTermRetentionSchedule"),
                    xml::Child::once("Links"),
                    xml::Child::once_text::<String>("BackupServer"),
                    xml::Child::once_text::<crate::runtime::Uid>("PolicyUid"),
                    xml::Child::once_text::<String>("PolicyName"),
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
            xml::Tag::once("RecoveryPointObjectiveSeconds"),
            xml::Tag::once("RecoveryPointObjectiveMinutes"),
            xml::Tag::once("RPOSchedule"),
            xml::Tag::once("RPOReporting"),
            xml::Tag::once("ShortTermRetentionMinutes"),
            xml::Tag::once("ShortTermRetentionHours"),
            xml::Tag::once("LongTermRetentionHours"),
            xml::Tag::once("LongTermRetentionKeepDays"),
            xml::Tag::once("LongTermRetentionSchedule"),
            xml::Tag::once("Links"),
            xml::Tag::once("BackupServer"),
            xml::Tag::once("PolicyUid"),
            xml::Tag::once("PolicyName"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.recovery_point_objective_seconds = el_.text()?,
                1 => out.recovery_point_objective_minutes = el_.text()?,
                2 => out.rpo_schedule = Some(el_.elem()?),
                3 => out.rpo_reporting = Some(el_.elem()?),
                4 => out.short_term_retention_minutes = el_.text()?,
                5 => out.short_term_retention_hours = el_.text()?,
                6 => out.long_term_retention_hours = el_.text()?,
                7 => out.long_term_retention_keep_days = el_.text()?,
                8 => out.long_term_retention_schedule = Some(el_.elem()?),
                9 => out.links = Some(el_.wrapped("Link")?),
                10 => out.backup_server = el_.text()?,
                11 => out.policy_uid = el_.text()?,
                12 => out.policy_name = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CdpReplica {
    #[inline]
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
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("BackupServer", &self.backup_server);
        w.elem_text("PolicyUid", &self.policy_uid);
        w.elem_text("PolicyName", &self.policy_name);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CdpReplica {
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JobScheduleBackupWindowOptionsType {
    /// Defines whether backup window options are specified for the job.
    ///
    /// XML attribute `Enabled`; JSON `"Enabled"`.
    pub enabled: Option<bool>,
    /// Defines an hourly scheme for the backup window. The scheduling scheme is constructed by the following pattern: &lt;Day Name ="Sunday"&gt; 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1&lt;/Day&gt; where 1 means the job must be started, 0 means the job must not be started.
    ///
    /// XML `<TimePeriods><Day/>…</TimePeriods>`; JSON `"TimePeriods": {"Days": […]}`.
    pub time_periods: Option<crate::runtime::List<Day>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for JobScheduleBackupWindowOptionsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.documented("TimePeriods", "Days", &self.time_periods)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for JobScheduleBackupWindowOptionsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Enabled", &["enabled"]),
            F::new("TimePeriods", &["Day", "timePeriods"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "JobScheduleBackupWindowOptionsType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for JobScheduleBackupWindowOptionsType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.enabled = o.lenient()?,
                1 => out.time_periods = o.list_of("Day")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for JobScheduleBackupWindowOptionsType {
    const ROOTS: &'static [&'static str] = &["OptionsBackupWindow"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            time_periods: xml::wrapped(el, "TimePeriods", "Day")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Enabled"],
                &[xml::Child::once("TimePeriods")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        {
            let at_ = el_.attrs(&["Enabled"])?;
            out.enabled = xml::attr_value(&at_[0])?;
        }
        while el_.next_child(&[xml::Tag::once("TimePeriods")])?.is_some() {
            out.time_periods = Some(el_.wrapped("Day")?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for JobScheduleBackupWindowOptionsType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.wrapped("TimePeriods", "Day", self.time_periods.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for JobScheduleBackupWindowOptionsType {
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JobScheduleContinuousOptionsType {
    /// Defines whether continuous scheduling options are specified for the job.
    ///
    /// XML attribute `Enabled`; JSON `"Enabled"`.
    pub enabled: Option<bool>,
    /// Defines an hourly scheme by which the job can continuously perform. The scheduling scheme is constructed by the following pattern: &lt;Day Name ="Sunday"&gt; 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1&lt;/Day&gt; where 1 means the job must be started, 0 means the job must not be started.
    ///
    /// XML `<Schedule><Day/>…</Schedule>`; JSON `"Schedule": {"Days": […]}`.
    pub schedule: Option<crate::runtime::List<Day>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for JobScheduleContinuousOptionsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.documented("Schedule", "Days", &self.schedule)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for JobScheduleContinuousOptionsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Enabled", &["enabled"]),
            F::new("Schedule", &["Day", "schedule"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "JobScheduleContinuousOptionsType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for JobScheduleContinuousOptionsType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.enabled = o.lenient()?,
                1 => out.schedule = o.list_of("Day")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for JobScheduleContinuousOptionsType {
    const ROOTS: &'static [&'static str] = &["OptionsContinuous"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            schedule: xml::wrapped(el, "Schedule", "Day")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Enabled"],
                &[xml::Child::once("Schedule")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        {
            let at_ = el_.attrs(&["Enabled"])?;
            out.enabled = xml::attr_value(&at_[0])?;
        }
        while el_.next_child(&[xml::Tag::once("Schedule")])?.is_some() {
            out.schedule = Some(el_.wrapped("Day")?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for JobScheduleContinuousOptionsType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.wrapped("Schedule", "Day", self.schedule.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for JobScheduleContinuousOptionsType {
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JobScheduleDailyOptionsType {
    /// Defines whether daily scheduling options are specified for the job.
    ///
    /// XML attribute `Enabled`; JSON `"Enabled"`.
    pub enabled: Option<bool>,
    /// Kind of daily scheduling scheme. Possible values:
    ///
    /// - `Everyday`
    /// - `WeekDays`
    /// - `SelectedDays`
    ///
    /// XML element `<Kind>`; JSON `"Kind"`.
    pub kind: Option<super::enums::JobScheduleDailyOptionsTypeKind>,
    /// Days on which the job must be launched. Possible values:
    ///
    /// - `Sunday`
    /// - `Monday`
    /// - `Tuesday`
    /// - `Wednesday`
    /// - `Thursday`
    /// - `Friday`
    /// - `Saturday`
    ///
    /// repeated XML element `<Days>`; JSON `"Days": […]`.
    pub days: crate::runtime::List<super::enums::DaysOfWeekEnumeration>,
    /// Daily time interval within which the job session should be completed.
    ///
    /// XML element `<Time>`; JSON `"Time"`.
    pub time: Option<String>,
    /// UTC offset.
    ///
    /// XML element `<TimeOffsetUtc>`; JSON `"TimeOffsetUtc"`.
    pub time_offset_utc: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for JobScheduleDailyOptionsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.opt("Kind", &self.kind)?;
        o.elems("Days", &self.days)?;
        o.opt("Time", &self.time)?;
        o.opt("TimeOffsetUtc", &self.time_offset_utc)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for JobScheduleDailyOptionsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Enabled", &["enabled"]),
            F::new("Kind", &["kind"]),
            F::new("Days", &["days"]),
            F::new("Time", &["time"]),
            F::new("TimeOffsetUtc", &["timeOffsetUtc"]),
        ];
        crate::runtime::json::object(deserializer, "JobScheduleDailyOptionsType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for JobScheduleDailyOptionsType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.enabled = o.lenient()?,
                1 => out.kind = o.value()?,
                2 => out.days = o.vec_of("Days")?,
                3 => out.time = o.lenient()?,
                4 => out.time_offset_utc = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for JobScheduleDailyOptionsType {
    const ROOTS: &'static [&'static str] = &["OptionsDaily"];
    #[inline]
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
                &[
                    xml::Child::once_text::<
                        super::enums::JobScheduleDailyOptionsTypeKind,
                    >("Kind"),
                    xml::Child::many_text::<super::enums::DaysOfWeekEnumeration>("Days"),
                    xml::Child::once_text::<String>("Time"),
                    xml::Child::once_text::<String>("TimeOffsetUtc"),
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
            let at_ = el_.attrs(&["Enabled"])?;
            out.enabled = xml::attr_value(&at_[0])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Kind"),
            xml::Tag::many("Days"),
            xml::Tag::once("Time"),
            xml::Tag::once("TimeOffsetUtc"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.kind = el_.text()?,
                1 => {
                    if let Some(v) = el_.text()? {
                        out.days.push(v)
                    }
                }
                2 => out.time = el_.text()?,
                3 => out.time_offset_utc = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for JobScheduleDailyOptionsType {
    #[inline]
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
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /agents/jobs/{ID}, PUT /jobs/{ID}?action=edit.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/jobscheduleoptions.html>
///
/// XML root element: `<OptionsDaisyChaining>`.
#[derive(Debug, Clone, PartialEq)]
pub struct JobScheduleDaisyChainingOptionsType {
    /// Defines whether job chaining is enabled.
    ///
    /// XML attribute `Enabled`; JSON `"Enabled"`.
    pub enabled: Option<bool>,
    /// UID of the previous job in the chain, for example: urn:veeam:Job:da736815-4fea-4c8e-b0e1-5ecdbca1c512.
    ///
    /// XML element `<PreviousJobUid>`; JSON `"PreviousJobUid"`.
    pub previous_job_uid: crate::runtime::Uid,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for JobScheduleDaisyChainingOptionsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.req("PreviousJobUid", &self.previous_job_uid)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for JobScheduleDaisyChainingOptionsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Enabled", &["enabled"]),
            F::new("PreviousJobUid", &["previousJobUid"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "JobScheduleDaisyChainingOptionsType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for JobScheduleDaisyChainingOptionsType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut enabled = Default::default();
        let mut previous_job_uid = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => enabled = o.lenient()?,
                1 => previous_job_uid = Some(o.lenient_req()?),
                _ => {}
            }
        }
        Ok(Self {
            enabled,
            previous_job_uid: o.required(previous_job_uid, 1)?,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for JobScheduleDaisyChainingOptionsType {
    const ROOTS: &'static [&'static str] = &["OptionsDaisyChaining"];
    #[inline]
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
                &[xml::Child::once_text::<crate::runtime::Uid>("PreviousJobUid")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let enabled = {
            let at_ = el_.attrs(&["Enabled"])?;
            xml::attr_value(&at_[0])?
        };
        let mut previous_job_uid = None;
        while el_.next_child(&[xml::Tag::once("PreviousJobUid")])?.is_some() {
            previous_job_uid = el_.text()?;
        }
        Some(Self {
            enabled,
            previous_job_uid: previous_job_uid?,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for JobScheduleDaisyChainingOptionsType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.elem_text_req("PreviousJobUid", &self.previous_job_uid);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for JobScheduleDaisyChainingOptionsType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /agents/jobs/{ID}, PUT /jobs/{ID}?action=edit.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/jobscheduleoptions.html>
///
/// XML root element: `<OptionsMonthly>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JobScheduleMonthlyOptionsType {
    /// Defines whether monthly scheduling options are specified for the job.
    ///
    /// XML attribute `Enabled`; JSON `"Enabled"`.
    pub enabled: Option<bool>,
    /// Daily time interval within which the job session should be completed.
    ///
    /// XML element `<Time>`; JSON `"Time"`.
    pub time: Option<String>,
    /// UTC offset.
    ///
    /// XML element `<TimeOffsetUtc>`; JSON `"TimeOffsetUtc"`.
    pub time_offset_utc: Option<String>,
    /// Day in month on which the backup job must be launched.
    ///
    /// XML element `<DayNumberInMonth>`; JSON `"DayNumberInMonth"`.
    pub day_number_in_month: Option<String>,
    /// Days on which the job must be launched. Possible values:
    ///
    /// - `Sunday`
    /// - `Monday`
    /// - `Tuesday`
    /// - `Wednesday`
    /// - `Thursday`
    /// - `Friday`
    /// - `Saturday`
    ///
    /// repeated XML element `<DayOfWeek>`; JSON `"DayOfWeek": […]`.
    pub day_of_weeks: crate::runtime::List<super::enums::DaysOfWeekEnumeration>,
    /// Months on which the job must be launched. Possible values:
    ///
    /// - `January`
    /// - `February`
    /// - `March`
    /// - `April`
    /// - `May`
    /// - `June`
    /// - `July`
    /// - `August`
    /// - `September`
    /// - `October`
    /// - `November`
    /// - `December`
    ///
    /// repeated XML element `<Months>`; JSON `"Months": […]`.
    pub months: crate::runtime::List<super::enums::JobScheduleMonthEnumeration>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for JobScheduleMonthlyOptionsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.opt("Time", &self.time)?;
        o.opt("TimeOffsetUtc", &self.time_offset_utc)?;
        o.opt("DayNumberInMonth", &self.day_number_in_month)?;
        o.elems("DayOfWeek", &self.day_of_weeks)?;
        o.elems("Months", &self.months)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for JobScheduleMonthlyOptionsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Enabled", &["enabled"]),
            F::new("Time", &["time"]),
            F::new("TimeOffsetUtc", &["timeOffsetUtc"]),
            F::new("DayNumberInMonth", &["dayNumberInMonth"]),
            F::new("DayOfWeek", &["dayOfWeek"]),
            F::new("Months", &["months"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "JobScheduleMonthlyOptionsType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for JobScheduleMonthlyOptionsType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.enabled = o.lenient()?,
                1 => out.time = o.lenient()?,
                2 => out.time_offset_utc = o.lenient()?,
                3 => out.day_number_in_month = o.lenient()?,
                4 => out.day_of_weeks = o.vec_of("DayOfWeek")?,
                5 => out.months = o.vec_of("Months")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for JobScheduleMonthlyOptionsType {
    const ROOTS: &'static [&'static str] = &["OptionsMonthly"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            time: xml::elem_text(el, "Time")?,
            time_offset_utc: xml::elem_text(el, "TimeOffsetUtc")?,
            day_number_in_month: xml::elem_text(el, "DayNumberInMonth")?,
            day_of_weeks: xml::elems_text(el, "DayOfWeek")?.into(),
            months: xml::elems_text(el, "Months")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Enabled"],
                &[
                    xml::Child::once_text::<String>("Time"),
                    xml::Child::once_text::<String>("TimeOffsetUtc"),
                    xml::Child::once_text::<String>("DayNumberInMonth"),
                    xml::Child::many_text::<
                        super::enums::DaysOfWeekEnumeration,
                    >("DayOfWeek"),
                    xml::Child::many_text::<
                        super::enums::JobScheduleMonthEnumeration,
                    >("Months"),
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
            let at_ = el_.attrs(&["Enabled"])?;
            out.enabled = xml::attr_value(&at_[0])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Time"),
            xml::Tag::once("TimeOffsetUtc"),
            xml::Tag::once("DayNumberInMonth"),
            xml::Tag::many("DayOfWeek"),
            xml::Tag::many("Months"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.time = el_.text()?,
                1 => out.time_offset_utc = el_.text()?,
                2 => out.day_number_in_month = el_.text()?,
                3 => {
                    if let Some(v) = el_.text()? {
                        out.day_of_weeks.push(v)
                    }
                }
                4 => {
                    if let Some(v) = el_.text()? {
                        out.months.push(v)
                    }
                }
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for JobScheduleMonthlyOptionsType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.elem_text("Time", &self.time);
        w.elem_text("TimeOffsetUtc", &self.time_offset_utc);
        w.elem_text("DayNumberInMonth", &self.day_number_in_month);
        w.elems_text("DayOfWeek", &self.day_of_weeks);
        w.elems_text("Months", &self.months);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for JobScheduleMonthlyOptionsType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /agents/jobs/{ID}, PUT /jobs/{ID}?action=edit.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/jobscheduleoptions.html>
///
/// XML root element: `<OptionsPeriodically>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JobSchedulePeriodicallyOptionsType {
    /// Defines whether periodic scheduling options are specified for the job.
    ///
    /// XML attribute `Enabled`; JSON `"Enabled"`.
    pub enabled: Option<bool>,
    /// Defines the time unit for periodic job scheduling. Possible values:
    ///
    /// - `Hours`
    /// - `Minutes`
    ///
    /// XML element `<Kind>`; JSON `"Kind"`.
    pub kind: Option<super::enums::JobSchedulePeriodicallyOptionsTypeKind>,
    /// Defines periodic cycles (in hours or minutes depending on the value of the Kind element) in which the job must be launched.
    ///
    /// - The hours value must be between 1 and 24
    /// - The minutes value must be between 1 and 60
    ///
    /// XML element `<FullPeriod>`; JSON `"FullPeriod"`.
    pub full_period: Option<i64>,
    /// Defines an hourly scheme by which the job must be launched. The scheduling scheme is constructed by the following pattern: &lt;Day Name ="Sunday"&gt; 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1&lt;/Day&gt; where 1 means the job must be started, 0 means the job must not be started.
    ///
    /// XML `<Schedule><Day/>…</Schedule>`; JSON `"Schedule": {"Days": […]}`.
    pub schedule: Option<crate::runtime::List<Day>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for JobSchedulePeriodicallyOptionsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.opt("Kind", &self.kind)?;
        o.opt("FullPeriod", &self.full_period)?;
        o.documented("Schedule", "Days", &self.schedule)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for JobSchedulePeriodicallyOptionsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Enabled", &["enabled"]),
            F::new("Kind", &["kind"]),
            F::new("FullPeriod", &["fullPeriod"]),
            F::new("Schedule", &["Day", "schedule"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "JobSchedulePeriodicallyOptionsType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for JobSchedulePeriodicallyOptionsType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.enabled = o.lenient()?,
                1 => out.kind = o.value()?,
                2 => out.full_period = o.lenient()?,
                3 => out.schedule = o.list_of("Day")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for JobSchedulePeriodicallyOptionsType {
    const ROOTS: &'static [&'static str] = &["OptionsPeriodically"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            kind: xml::elem_text(el, "Kind")?,
            full_period: xml::elem_text(el, "FullPeriod")?,
            schedule: xml::wrapped(el, "Schedule", "Day")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Enabled"],
                &[
                    xml::Child::once_text::<
                        super::enums::JobSchedulePeriodicallyOptionsTypeKind,
                    >("Kind"),
                    xml::Child::once_text::<i64>("FullPeriod"),
                    xml::Child::once("Schedule"),
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
            let at_ = el_.attrs(&["Enabled"])?;
            out.enabled = xml::attr_value(&at_[0])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Kind"),
            xml::Tag::once("FullPeriod"),
            xml::Tag::once("Schedule"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.kind = el_.text()?,
                1 => out.full_period = el_.text()?,
                2 => out.schedule = Some(el_.wrapped("Day")?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for JobSchedulePeriodicallyOptionsType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.elem_text("Kind", &self.kind);
        w.elem_text("FullPeriod", &self.full_period);
        w.wrapped("Schedule", "Day", self.schedule.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for JobSchedulePeriodicallyOptionsType {
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JobScheduleRetryOptionsType {
    /// Number of retries set for the job.
    ///
    /// XML element `<RetryTimes>`; JSON `"RetryTimes"`.
    pub retry_times: Option<i64>,
    /// Time interval between job retries
    ///
    /// XML element `<RetryTimeout>`; JSON `"RetryTimeout"`.
    pub retry_timeout: Option<i64>,
    /// Defines whether retry options are set for the job.
    ///
    /// XML element `<RetrySpecified>`; JSON `"RetrySpecified"`.
    pub retry_specified: Option<bool>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for JobScheduleRetryOptionsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("RetryTimes", &self.retry_times)?;
        o.opt("RetryTimeout", &self.retry_timeout)?;
        o.opt("RetrySpecified", &self.retry_specified)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for JobScheduleRetryOptionsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("RetryTimes", &["retryTimes"]),
            F::new("RetryTimeout", &["retryTimeout"]),
            F::new("RetrySpecified", &["retrySpecified"]),
        ];
        crate::runtime::json::object(deserializer, "JobScheduleRetryOptionsType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for JobScheduleRetryOptionsType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.retry_times = o.lenient()?,
                1 => out.retry_timeout = o.lenient()?,
                2 => out.retry_specified = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for JobScheduleRetryOptionsType {
    const ROOTS: &'static [&'static str] = &["RetryOptions"];
    #[inline]
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
                &[
                    xml::Child::once_text::<i64>("RetryTimes"),
                    xml::Child::once_text::<i64>("RetryTimeout"),
                    xml::Child::once_text::<bool>("RetrySpecified"),
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
            xml::Tag::once("RetryTimes"),
            xml::Tag::once("RetryTimeout"),
            xml::Tag::once("RetrySpecified"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.retry_times = el_.text()?,
                1 => out.retry_timeout = el_.text()?,
                2 => out.retry_specified = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for JobScheduleRetryOptionsType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("RetryTimes", &self.retry_times);
        w.elem_text("RetryTimeout", &self.retry_timeout);
        w.elem_text("RetrySpecified", &self.retry_specified);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for JobScheduleRetryOptionsType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// The `LongTermRetentionSchedule` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LongTermRetentionSchedule {
    /// XML attribute `Enabled`; JSON `"Enabled"`.
    pub enabled: Option<String>,
    /// XML `<TimePeriods><Day/>…</TimePeriods>`; JSON `"TimePeriods": {"Days": […]}`.
    pub time_periods: Option<crate::runtime::List<Day>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for LongTermRetentionSchedule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.documented("TimePeriods", "Days", &self.time_periods)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for LongTermRetentionSchedule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Enabled", &["enabled"]),
            F::new("TimePeriods", &["Day", "timePeriods"]),
        ];
        crate::runtime::json::object(deserializer, "LongTermRetentionSchedule", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for LongTermRetentionSchedule {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.enabled = o.lenient()?,
                1 => out.time_periods = o.list_of("Day")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for LongTermRetentionSchedule {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            time_periods: xml::wrapped(el, "TimePeriods", "Day")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Enabled"],
                &[xml::Child::once("TimePeriods")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        {
            let at_ = el_.attrs(&["Enabled"])?;
            out.enabled = xml::attr_value(&at_[0])?;
        }
        while el_.next_child(&[xml::Tag::once("TimePeriods")])?.is_some() {
            out.time_periods = Some(el_.wrapped("Day")?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for LongTermRetentionSchedule {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.wrapped("TimePeriods", "Day", self.time_periods.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for LongTermRetentionSchedule {
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MarkAsFailed {
    /// XML element `<Enabled>`; JSON `"Enabled"`.
    pub enabled: Option<String>,
    /// XML element `<RPOThresholdSeconds>`; JSON `"RPOThresholdSeconds"`.
    pub rpo_threshold_seconds: Option<String>,
    /// XML element `<RPOThresholdMinutes>`; JSON `"RPOThresholdMinutes"`.
    pub rpo_threshold_minutes: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for MarkAsFailed {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.opt("RPOThresholdSeconds", &self.rpo_threshold_seconds)?;
        o.opt("RPOThresholdMinutes", &self.rpo_threshold_minutes)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for MarkAsFailed {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Enabled", &["enabled"]),
            F::new(
                "RPOThresholdSeconds",
                &["rPOThresholdSeconds", "rpoThresholdSeconds"],
            ),
            F::new(
                "RPOThresholdMinutes",
                &["rPOThresholdMinutes", "rpoThresholdMinutes"],
            ),
        ];
        crate::runtime::json::object(deserializer, "MarkAsFailed", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for MarkAsFailed {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.enabled = o.lenient()?,
                1 => out.rpo_threshold_seconds = o.lenient()?,
                2 => out.rpo_threshold_minutes = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for MarkAsFailed {
    #[inline]
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
                &[
                    xml::Child::once_text::<String>("Enabled"),
                    xml::Child::once_text::<String>("RPOThresholdSeconds"),
                    xml::Child::once_text::<String>("RPOThresholdMinutes"),
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
            xml::Tag::once("RPOThresholdSeconds"),
            xml::Tag::once("RPOThresholdMinutes"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.enabled = el_.text()?,
                1 => out.rpo_threshold_seconds = el_.text()?,
                2 => out.rpo_threshold_minutes = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for MarkAsFailed {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("RPOThresholdSeconds", &self.rpo_threshold_seconds);
        w.elem_text("RPOThresholdMinutes", &self.rpo_threshold_minutes);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for MarkAsFailed {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// The `MarkAsWarning` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MarkAsWarning {
    /// XML element `<Enabled>`; JSON `"Enabled"`.
    pub enabled: Option<String>,
    /// XML element `<RPOThresholdSeconds>`; JSON `"RPOThresholdSeconds"`.
    pub rpo_threshold_seconds: Option<String>,
    /// XML element `<RPOThresholdMinutes>`; JSON `"RPOThresholdMinutes"`.
    pub rpo_threshold_minutes: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for MarkAsWarning {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.opt("RPOThresholdSeconds", &self.rpo_threshold_seconds)?;
        o.opt("RPOThresholdMinutes", &self.rpo_threshold_minutes)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for MarkAsWarning {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Enabled", &["enabled"]),
            F::new(
                "RPOThresholdSeconds",
                &["rPOThresholdSeconds", "rpoThresholdSeconds"],
            ),
            F::new(
                "RPOThresholdMinutes",
                &["rPOThresholdMinutes", "rpoThresholdMinutes"],
            ),
        ];
        crate::runtime::json::object(deserializer, "MarkAsWarning", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for MarkAsWarning {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.enabled = o.lenient()?,
                1 => out.rpo_threshold_seconds = o.lenient()?,
                2 => out.rpo_threshold_minutes = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for MarkAsWarning {
    #[inline]
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
                &[
                    xml::Child::once_text::<String>("Enabled"),
                    xml::Child::once_text::<String>("RPOThresholdSeconds"),
                    xml::Child::once_text::<String>("RPOThresholdMinutes"),
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
            xml::Tag::once("RPOThresholdSeconds"),
            xml::Tag::once("RPOThresholdMinutes"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.enabled = el_.text()?,
                1 => out.rpo_threshold_seconds = el_.text()?,
                2 => out.rpo_threshold_minutes = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for MarkAsWarning {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("RPOThresholdSeconds", &self.rpo_threshold_seconds);
        w.elem_text("RPOThresholdMinutes", &self.rpo_threshold_minutes);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for MarkAsWarning {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /agents/jobs/{ID}, PUT /jobs/{ID}?action=edit.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/jobscheduleoptions.html>
///
/// XML root element: `<Monthly>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MonthlyOptionsInfoType {
    /// Defines whether monthly GFS retention policy settings are enabled.
    ///
    /// XML element `<Enabled>`; JSON `"Enabled"`.
    pub enabled: Option<bool>,
    /// Number of months to keep full backups for archival purposes.
    ///
    /// XML element `<Retentionperiod>`; JSON `"Retentionperiod"`.
    pub retentionperiod: Option<i64>,
    /// Number of months to keep full backups for archival purposes.
    ///
    /// XML element `<RetentionPeriod>`; JSON `"RetentionPeriod"`.
    pub retention_period: Option<i64>,
    /// Week of the month when the full backup that will be kept for archival purposes is created. Possible values:
    ///
    /// - `First`
    /// - `Last`
    ///
    /// XML element `<SelectedWeek>`; JSON `"SelectedWeek"`.
    pub selected_week: Option<super::enums::MonthlyOptionsInfoTypeSelectedWeek>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for MonthlyOptionsInfoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.opt("Retentionperiod", &self.retentionperiod)?;
        o.opt("RetentionPeriod", &self.retention_period)?;
        o.opt("SelectedWeek", &self.selected_week)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for MonthlyOptionsInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Enabled", &["enabled"]),
            F::new("Retentionperiod", &["retentionperiod"]),
            F::new("RetentionPeriod", &["retentionPeriod"]),
            F::new("SelectedWeek", &["selectedWeek"]),
        ];
        crate::runtime::json::object(deserializer, "MonthlyOptionsInfoType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for MonthlyOptionsInfoType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.enabled = o.lenient()?,
                1 => out.retentionperiod = o.lenient()?,
                2 => out.retention_period = o.lenient()?,
                3 => out.selected_week = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for MonthlyOptionsInfoType {
    const ROOTS: &'static [&'static str] = &["Monthly"];
    #[inline]
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
                &[
                    xml::Child::once_text::<bool>("Enabled"),
                    xml::Child::once_text::<i64>("Retentionperiod"),
                    xml::Child::once_text::<i64>("RetentionPeriod"),
                    xml::Child::once_text::<
                        super::enums::MonthlyOptionsInfoTypeSelectedWeek,
                    >("SelectedWeek"),
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
            xml::Tag::once("Retentionperiod"),
            xml::Tag::once("RetentionPeriod"),
            xml::Tag::once("SelectedWeek"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.enabled = el_.text()?,
                1 => out.retentionperiod = el_.text()?,
                2 => out.retention_period = el_.text()?,
                3 => out.selected_week = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for MonthlyOptionsInfoType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("Retentionperiod", &self.retentionperiod);
        w.elem_text("RetentionPeriod", &self.retention_period);
        w.elem_text("SelectedWeek", &self.selected_week);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for MonthlyOptionsInfoType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// The `OptionsBackupWindow` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OptionsBackupWindow {
    /// XML attribute `Enabled`; JSON `"Enabled"`.
    pub enabled: Option<String>,
    /// XML `<TimePeriods><Day/>…</TimePeriods>`; JSON `"TimePeriods": {"Days": […]}`.
    pub time_periods: Option<crate::runtime::List<Day>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for OptionsBackupWindow {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.documented("TimePeriods", "Days", &self.time_periods)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for OptionsBackupWindow {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Enabled", &["enabled"]),
            F::new("TimePeriods", &["Day", "timePeriods"]),
        ];
        crate::runtime::json::object(deserializer, "OptionsBackupWindow", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for OptionsBackupWindow {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.enabled = o.lenient()?,
                1 => out.time_periods = o.list_of("Day")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for OptionsBackupWindow {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            time_periods: xml::wrapped(el, "TimePeriods", "Day")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Enabled"],
                &[xml::Child::once("TimePeriods")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        {
            let at_ = el_.attrs(&["Enabled"])?;
            out.enabled = xml::attr_value(&at_[0])?;
        }
        while el_.next_child(&[xml::Tag::once("TimePeriods")])?.is_some() {
            out.time_periods = Some(el_.wrapped("Day")?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for OptionsBackupWindow {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.wrapped("TimePeriods", "Day", self.time_periods.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for OptionsBackupWindow {
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OptionsContinuous {
    /// XML attribute `Enabled`; JSON `"Enabled"`.
    pub enabled: Option<String>,
    /// XML `<Schedule><Day/>…</Schedule>`; JSON `"Schedule": {"Days": […]}`.
    pub schedule: Option<crate::runtime::List<Day>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for OptionsContinuous {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.documented("Schedule", "Days", &self.schedule)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for OptionsContinuous {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Enabled", &["enabled"]),
            F::new("Schedule", &["Day", "schedule"]),
        ];
        crate::runtime::json::object(deserializer, "OptionsContinuous", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for OptionsContinuous {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.enabled = o.lenient()?,
                1 => out.schedule = o.list_of("Day")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for OptionsContinuous {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            schedule: xml::wrapped(el, "Schedule", "Day")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Enabled"],
                &[xml::Child::once("Schedule")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        {
            let at_ = el_.attrs(&["Enabled"])?;
            out.enabled = xml::attr_value(&at_[0])?;
        }
        while el_.next_child(&[xml::Tag::once("Schedule")])?.is_some() {
            out.schedule = Some(el_.wrapped("Day")?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for OptionsContinuous {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.wrapped("Schedule", "Day", self.schedule.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for OptionsContinuous {
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OptionsDaily {
    /// XML attribute `Enabled`; JSON `"Enabled"`.
    pub enabled: Option<String>,
    /// XML element `<Kind>`; JSON `"Kind"`.
    pub kind: Option<String>,
    /// repeated XML element `<Days>`; JSON `"Dayses": […]`.
    pub days: crate::runtime::List<String>,
    /// XML element `<Time>`; JSON `"Time"`.
    pub time: Option<String>,
    /// XML element `<TimeOffsetUtc>`; JSON `"TimeOffsetUtc"`.
    pub time_offset_utc: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for OptionsDaily {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.opt("Kind", &self.kind)?;
        o.elems("Dayses", &self.days)?;
        o.opt("Time", &self.time)?;
        o.opt("TimeOffsetUtc", &self.time_offset_utc)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for OptionsDaily {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Enabled", &["enabled"]),
            F::new("Kind", &["kind"]),
            F::new("Dayses", &["Days", "dayses"]),
            F::new("Time", &["time"]),
            F::new("TimeOffsetUtc", &["timeOffsetUtc"]),
        ];
        crate::runtime::json::object(deserializer, "OptionsDaily", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for OptionsDaily {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.enabled = o.lenient()?,
                1 => out.kind = o.lenient()?,
                2 => out.days = o.vec_of("Days")?,
                3 => out.time = o.lenient()?,
                4 => out.time_offset_utc = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for OptionsDaily {
    #[inline]
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
                &[
                    xml::Child::once_text::<String>("Kind"),
                    xml::Child::many_text::<String>("Days"),
                    xml::Child::once_text::<String>("Time"),
                    xml::Child::once_text::<String>("TimeOffsetUtc"),
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
            let at_ = el_.attrs(&["Enabled"])?;
            out.enabled = xml::attr_value(&at_[0])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Kind"),
            xml::Tag::many("Days"),
            xml::Tag::once("Time"),
            xml::Tag::once("TimeOffsetUtc"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.kind = el_.text()?,
                1 => {
                    if let Some(v) = el_.text()? {
                        out.days.push(v)
                    }
                }
                2 => out.time = el_.text()?,
                3 => out.time_offset_utc = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for OptionsDaily {
    #[inline]
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
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// The `OptionsDaisyChaining` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OptionsDaisyChaining {
    /// XML attribute `Enabled`; JSON `"Enabled"`.
    pub enabled: Option<String>,
    /// XML element `<PreviousJobUid>`; JSON `"PreviousJobUid"`.
    pub previous_job_uid: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for OptionsDaisyChaining {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.opt("PreviousJobUid", &self.previous_job_uid)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for OptionsDaisyChaining {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Enabled", &["enabled"]),
            F::new("PreviousJobUid", &["previousJobUid"]),
        ];
        crate::runtime::json::object(deserializer, "OptionsDaisyChaining", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for OptionsDaisyChaining {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.enabled = o.lenient()?,
                1 => out.previous_job_uid = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for OptionsDaisyChaining {
    #[inline]
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
                &[xml::Child::once_text::<String>("PreviousJobUid")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        {
            let at_ = el_.attrs(&["Enabled"])?;
            out.enabled = xml::attr_value(&at_[0])?;
        }
        while el_.next_child(&[xml::Tag::once("PreviousJobUid")])?.is_some() {
            out.previous_job_uid = el_.text()?;
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for OptionsDaisyChaining {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.elem_text("PreviousJobUid", &self.previous_job_uid);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for OptionsDaisyChaining {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// The `OptionsMonthly` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OptionsMonthly {
    /// XML attribute `Enabled`; JSON `"Enabled"`.
    pub enabled: Option<String>,
    /// XML element `<Time>`; JSON `"Time"`.
    pub time: Option<String>,
    /// XML element `<TimeOffsetUtc>`; JSON `"TimeOffsetUtc"`.
    pub time_offset_utc: Option<String>,
    /// XML element `<DayNumberInMonth>`; JSON `"DayNumberInMonth"`.
    pub day_number_in_month: Option<String>,
    /// XML element `<DayOfWeek>`; JSON `"DayOfWeek"`.
    pub day_of_week: Option<String>,
    /// repeated XML element `<Months>`; JSON `"Monthses": […]`.
    pub months: crate::runtime::List<String>,
    /// XML element `<DayOfMonth>`; JSON `"DayOfMonth"`.
    pub day_of_month: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for OptionsMonthly {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.opt("Time", &self.time)?;
        o.opt("TimeOffsetUtc", &self.time_offset_utc)?;
        o.opt("DayNumberInMonth", &self.day_number_in_month)?;
        o.opt("DayOfWeek", &self.day_of_week)?;
        o.elems("Monthses", &self.months)?;
        o.opt("DayOfMonth", &self.day_of_month)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for OptionsMonthly {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Enabled", &["enabled"]),
            F::new("Time", &["time"]),
            F::new("TimeOffsetUtc", &["timeOffsetUtc"]),
            F::new("DayNumberInMonth", &["dayNumberInMonth"]),
            F::new("DayOfWeek", &["dayOfWeek"]),
            F::new("Monthses", &["Months", "monthses"]),
            F::new("DayOfMonth", &["dayOfMonth"]),
        ];
        crate::runtime::json::object(deserializer, "OptionsMonthly", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for OptionsMonthly {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.enabled = o.lenient()?,
                1 => out.time = o.lenient()?,
                2 => out.time_offset_utc = o.lenient()?,
                3 => out.day_number_in_month = o.lenient()?,
                4 => out.day_of_week = o.lenient()?,
                5 => out.months = o.vec_of("Months")?,
                6 => out.day_of_month = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for OptionsMonthly {
    #[inline]
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
                    xml::Child::once_text::<String>("Time"),
                    xml::Child::once_text::<String>("TimeOffsetUtc"),
                    xml::Child::once_text::<String>("DayNumberInMonth"),
                    xml::Child::once_text::<String>("DayOfWeek"),
                    xml::Child::many_text::<String>("Months"),
                    xml::Child::once_text::<String>("DayOfMonth"),
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
            let at_ = el_.attrs(&["Enabled"])?;
            out.enabled = xml::attr_value(&at_[0])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Time"),
            xml::Tag::once("TimeOffsetUtc"),
            xml::Tag::once("DayNumberInMonth"),
            xml::Tag::once("DayOfWeek"),
            xml::Tag::many("Months"),
            xml::Tag::once("DayOfMonth"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.time = el_.text()?,
                1 => out.time_offset_utc = el_.text()?,
                2 => out.day_number_in_month = el_.text()?,
                3 => out.day_of_week = el_.text()?,
                4 => {
                    if let Some(v) = el_.text()? {
                        out.months.push(v)
                    }
                }
                5 => out.day_of_month = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for OptionsMonthly {
    #[inline]
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
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// The `OptionsPeriodically` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OptionsPeriodically {
    /// XML attribute `Enabled`; JSON `"Enabled"`.
    pub enabled: Option<String>,
    /// XML element `<Kind>`; JSON `"Kind"`.
    pub kind: Option<String>,
    /// XML element `<FullPeriod>`; JSON `"FullPeriod"`.
    pub full_period: Option<String>,
    /// XML `<Schedule><Day/>…</Schedule>`; JSON `"Schedule": {"Days": […]}`.
    pub schedule: Option<crate::runtime::List<Day>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for OptionsPeriodically {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.opt("Kind", &self.kind)?;
        o.opt("FullPeriod", &self.full_period)?;
        o.documented("Schedule", "Days", &self.schedule)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for OptionsPeriodically {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Enabled", &["enabled"]),
            F::new("Kind", &["kind"]),
            F::new("FullPeriod", &["fullPeriod"]),
            F::new("Schedule", &["Day", "schedule"]),
        ];
        crate::runtime::json::object(deserializer, "OptionsPeriodically", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for OptionsPeriodically {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.enabled = o.lenient()?,
                1 => out.kind = o.lenient()?,
                2 => out.full_period = o.lenient()?,
                3 => out.schedule = o.list_of("Day")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for OptionsPeriodically {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            kind: xml::elem_text(el, "Kind")?,
            full_period: xml::elem_text(el, "FullPeriod")?,
            schedule: xml::wrapped(el, "Schedule", "Day")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Enabled"],
                &[
                    xml::Child::once_text::<String>("Kind"),
                    xml::Child::once_text::<String>("FullPeriod"),
                    xml::Child::once("Schedule"),
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
            let at_ = el_.attrs(&["Enabled"])?;
            out.enabled = xml::attr_value(&at_[0])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Kind"),
            xml::Tag::once("FullPeriod"),
            xml::Tag::once("Schedule"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.kind = el_.text()?,
                1 => out.full_period = el_.text()?,
                2 => out.schedule = Some(el_.wrapped("Day")?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for OptionsPeriodically {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.elem_text("Kind", &self.kind);
        w.elem_text("FullPeriod", &self.full_period);
        w.wrapped("Schedule", "Day", self.schedule.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for OptionsPeriodically {
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RpoReporting {
    /// XML element `<MarkAsWarning>`; JSON `"MarkAsWarning"`.
    pub mark_as_warning: Option<MarkAsWarning>,
    /// XML element `<MarkAsFailed>`; JSON `"MarkAsFailed"`.
    pub mark_as_failed: Option<MarkAsFailed>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for RpoReporting {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("MarkAsWarning", &self.mark_as_warning)?;
        o.opt("MarkAsFailed", &self.mark_as_failed)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for RpoReporting {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("MarkAsWarning", &["markAsWarning"]),
            F::new("MarkAsFailed", &["markAsFailed"]),
        ];
        crate::runtime::json::object(deserializer, "RPOReporting", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for RpoReporting {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.mark_as_warning = o.value()?,
                1 => out.mark_as_failed = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for RpoReporting {
    #[inline]
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
                &[xml::Child::once("MarkAsWarning"), xml::Child::once("MarkAsFailed")],
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
            xml::Tag::once("MarkAsWarning"),
            xml::Tag::once("MarkAsFailed"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.mark_as_warning = Some(el_.elem()?),
                1 => out.mark_as_failed = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for RpoReporting {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem("MarkAsWarning", &self.mark_as_warning);
        w.elem("MarkAsFailed", &self.mark_as_failed);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for RpoReporting {
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RpoSchedule {
    /// XML attribute `Enabled`; JSON `"Enabled"`.
    pub enabled: Option<String>,
    /// XML `<TimePeriods><Day/>…</TimePeriods>`; JSON `"TimePeriods": {"Days": […]}`.
    pub time_periods: Option<crate::runtime::List<Day>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for RpoSchedule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.documented("TimePeriods", "Days", &self.time_periods)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for RpoSchedule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Enabled", &["enabled"]),
            F::new("TimePeriods", &["Day", "timePeriods"]),
        ];
        crate::runtime::json::object(deserializer, "RPOSchedule", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for RpoSchedule {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.enabled = o.lenient()?,
                1 => out.time_periods = o.list_of("Day")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for RpoSchedule {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            time_periods: xml::wrapped(el, "TimePeriods", "Day")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Enabled"],
                &[xml::Child::once("TimePeriods")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        {
            let at_ = el_.attrs(&["Enabled"])?;
            out.enabled = xml::attr_value(&at_[0])?;
        }
        while el_.next_child(&[xml::Tag::once("TimePeriods")])?.is_some() {
            out.time_periods = Some(el_.wrapped("Day")?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for RpoSchedule {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.wrapped("TimePeriods", "Day", self.time_periods.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for RpoSchedule {
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RetryOptions {
    /// XML element `<RetryTimes>`; JSON `"RetryTimes"`.
    pub retry_times: Option<String>,
    /// XML element `<RetryTimeout>`; JSON `"RetryTimeout"`.
    pub retry_timeout: Option<String>,
    /// XML element `<RetrySpecified>`; JSON `"RetrySpecified"`.
    pub retry_specified: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for RetryOptions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("RetryTimes", &self.retry_times)?;
        o.opt("RetryTimeout", &self.retry_timeout)?;
        o.opt("RetrySpecified", &self.retry_specified)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for RetryOptions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("RetryTimes", &["retryTimes"]),
            F::new("RetryTimeout", &["retryTimeout"]),
            F::new("RetrySpecified", &["retrySpecified"]),
        ];
        crate::runtime::json::object(deserializer, "RetryOptions", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for RetryOptions {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.retry_times = o.lenient()?,
                1 => out.retry_timeout = o.lenient()?,
                2 => out.retry_specified = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for RetryOptions {
    #[inline]
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
                &[
                    xml::Child::once_text::<String>("RetryTimes"),
                    xml::Child::once_text::<String>("RetryTimeout"),
                    xml::Child::once_text::<String>("RetrySpecified"),
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
            xml::Tag::once("RetryTimes"),
            xml::Tag::once("RetryTimeout"),
            xml::Tag::once("RetrySpecified"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.retry_times = el_.text()?,
                1 => out.retry_timeout = el_.text()?,
                2 => out.retry_specified = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for RetryOptions {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("RetryTimes", &self.retry_times);
        w.elem_text("RetryTimeout", &self.retry_timeout);
        w.elem_text("RetrySpecified", &self.retry_specified);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for RetryOptions {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /agents/jobs/{ID}, GET /cdpPolicies/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/jobscheduleoptions.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScheduleOptionsInfoType {
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
    /// XML element `<Standart>`; JSON `"Standart"`.
    pub standart: Option<Standart>,
    /// XML element `<CdpReplica>`; JSON `"CdpReplica"`.
    pub cdp_replica: Option<CdpReplica>,
    /// Continuous backup options set for the job. For details, see Continuous Backup Scheduling Options.
    ///
    /// XML `<ImmediateCopyMode><OptionsContinuous/>…</ImmediateCopyMode>`; JSON `"ImmediateCopyMode": {"OptionsContinuouses": […]}`.
    pub immediate_copy_mode: Option<
        crate::runtime::List<JobScheduleContinuousOptionsType>,
    >,
    /// Backup window options set for the job. For details, see Backup Window Options.
    ///
    /// XML element `<OptionsBackupWindow>`; JSON `"OptionsBackupWindow"`.
    pub options_backup_window: Option<JobScheduleBackupWindowOptionsType>,
    /// Defines whether backup job chaining is enabled for the job. For details, see Job Chaining Options.
    ///
    /// XML element `<OptionsDaisyChaining>`; JSON `"OptionsDaisyChaining"`.
    pub options_daisy_chaining: Option<JobScheduleDaisyChainingOptionsType>,
    /// Number restore points to keep.
    ///
    /// XML element `<RetainCycles>`; JSON `"RetainCycles"`.
    pub retain_cycles: Option<i64>,
    /// Number of days for which to keep restore points.
    ///
    /// XML element `<RetainDaysToKeep>`; JSON `"RetainDaysToKeep"`.
    pub retain_days_to_keep: Option<i64>,
    /// Defines whether to keep a specific number of restore points or restore points created during a specific number of days: Possible values:
    ///
    /// - `Cycles` — keep the last &lt;N&gt; restore points, where &lt;N&gt; is the specified number of restore points.
    /// - `Days` — keep restore points created during the last &lt;N&gt; days, where &lt;N&gt; is the specified number of days.
    ///
    /// XML element `<RetainLimitType>`; JSON `"RetainLimitType"`.
    pub retain_limit_type: Option<super::enums::RetainLimitType>,
    /// Weekly GFS retention policy options set for the job. For details, see Weekly GFS Retention Policy Options.
    ///
    /// XML element `<Weekly>`; JSON `"Weekly"`.
    pub weekly: Option<WeeklyOptionsInfoType>,
    /// Monthly GFS retention policy options set for the job. For details, see Monthly GFS Retention Policy Options.
    ///
    /// XML element `<Monthly>`; JSON `"Monthly"`.
    pub monthly: Option<MonthlyOptionsInfoType>,
    /// Yearly GFS retention policy options set for the job. For details, see Yearly GFS Retention Policy Options.
    ///
    /// XML element `<Yearly>`; JSON `"Yearly"`.
    pub yearly: Option<YearlyOptionsInfoType>,
    /// Recovery point objective in seconds.
    ///
    /// XML element `<RecoveryPointObjectiveSeconds>`; JSON `"RecoveryPointObjectiveSeconds"`.
    pub recovery_point_objective_seconds: Option<i64>,
    /// Recovery point objective in minutes.
    ///
    /// XML element `<RecoveryPointObjectiveMinutes>`; JSON `"RecoveryPointObjectiveMinutes"`.
    pub recovery_point_objective_minutes: Option<i64>,
    /// Time intervals that define when the CDP policy is allowed to create a replicated state of the source VMs. For details, see RPO Schedule Options.
    ///
    /// XML element `<RPOSchedule>`; JSON `"RPOSchedule"`.
    pub rpo_schedule: Option<RpoScheduleType>,
    /// Defines RPO reporting settings. For details, see RPO Reporting Options.
    ///
    /// XML element `<RPOReporting>`; JSON `"RPOReporting"`.
    pub rpo_reporting: Option<RpoReportingType>,
    /// Time period for which short-term restore points must be stored, in minutes.
    ///
    /// XML element `<ShortTermRetentionMinutes>`; JSON `"ShortTermRetentionMinutes"`.
    pub short_term_retention_minutes: Option<i64>,
    /// Time period for which short-term restore points must be stored, in hours.
    ///
    /// XML element `<ShortTermRetentionHours>`; JSON `"ShortTermRetentionHours"`.
    pub short_term_retention_hours: Option<i64>,
    /// Defines how often new long-term restore points must be created, in hours.
    ///
    /// XML element `<LongTermRetentionHours>`; JSON `"LongTermRetentionHours"`.
    pub long_term_retention_hours: Option<i64>,
    /// Defines for how long the long-term restore points must be retained, in days.
    ///
    /// XML element `<LongTermRetentionKeepDays>`; JSON `"LongTermRetentionKeepDays"`.
    pub long_term_retention_keep_days: Option<i64>,
    /// Time intervals that define when the CDP policy must create application-consistent and when crash-consistent long-term restore points. For details, see Long-Term Retention Schedule Options.
    ///
    /// XML element `<LongTermRetentionSchedule>`; JSON `"LongTermRetentionSchedule"`.
    pub long_term_retention_schedule: Option<LongTermRetentionScheduleType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for ScheduleOptionsInfoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("RetryOptions", &self.retry_options)?;
        o.opt("WaitForBackupCompletion", &self.wait_for_backup_completion)?;
        o.opt(
            "BackupCompetitionWaitingPeriodMin",
            &self.backup_competition_waiting_period_min,
        )?;
        o.opt("OptionsDaily", &self.options_daily)?;
        o.opt("OptionsMonthly", &self.options_monthly)?;
        o.opt("OptionsPeriodically", &self.options_periodically)?;
        o.opt("Standart", &self.standart)?;
        o.opt("CdpReplica", &self.cdp_replica)?;
        o.documented(
            "ImmediateCopyMode",
            "OptionsContinuouses",
            &self.immediate_copy_mode,
        )?;
        o.opt("OptionsBackupWindow", &self.options_backup_window)?;
        o.opt("OptionsDaisyChaining", &self.options_daisy_chaining)?;
        o.opt("RetainCycles", &self.retain_cycles)?;
        o.opt("RetainDaysToKeep", &self.retain_days_to_keep)?;
        o.opt("RetainLimitType", &self.retain_limit_type)?;
        o.opt("Weekly", &self.weekly)?;
        o.opt("Monthly", &self.monthly)?;
        o.opt("Yearly", &self.yearly)?;
        o.opt("RecoveryPointObjectiveSeconds", &self.recovery_point_objective_seconds)?;
        o.opt("RecoveryPointObjectiveMinutes", &self.recovery_point_objective_minutes)?;
        o.opt("RPOSchedule", &self.rpo_schedule)?;
        o.opt("RPOReporting", &self.rpo_reporting)?;
        o.opt("ShortTermRetentionMinutes", &self.short_term_retention_minutes)?;
        o.opt("ShortTermRetentionHours", &self.short_term_retention_hours)?;
        o.opt("LongTermRetentionHours", &self.long_term_retention_hours)?;
        o.opt("LongTermRetentionKeepDays", &self.long_term_retention_keep_days)?;
        o.opt("LongTermRetentionSchedule", &self.long_term_retention_schedule)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for ScheduleOptionsInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("RetryOptions", &["retryOptions"]),
            F::new("WaitForBackupCompletion", &["waitForBackupCompletion"]),
            F::new(
                "BackupCompetitionWaitingPeriodMin",
                &["backupCompetitionWaitingPeriodMin"],
            ),
            F::new("OptionsDaily", &["optionsDaily"]),
            F::new("OptionsMonthly", &["optionsMonthly"]),
            F::new("OptionsPeriodically", &["optionsPeriodically"]),
            F::new("Standart", &["standart"]),
            F::new("CdpReplica", &["cdpReplica"]),
            F::new("ImmediateCopyMode", &["OptionsContinuous", "immediateCopyMode"]),
            F::new("OptionsBackupWindow", &["optionsBackupWindow"]),
            F::new("OptionsDaisyChaining", &["optionsDaisyChaining"]),
            F::new("RetainCycles", &["retainCycles"]),
            F::new("RetainDaysToKeep", &["retainDaysToKeep"]),
            F::new("RetainLimitType", &["retainLimitType"]),
            F::new("Weekly", &["weekly"]),
            F::new("Monthly", &["monthly"]),
            F::new("Yearly", &["yearly"]),
            F::new("RecoveryPointObjectiveSeconds", &["recoveryPointObjectiveSeconds"]),
            F::new("RecoveryPointObjectiveMinutes", &["recoveryPointObjectiveMinutes"]),
            F::new("RPOSchedule", &["rPOSchedule", "rpoSchedule"]),
            F::new("RPOReporting", &["rPOReporting", "rpoReporting"]),
            F::new("ShortTermRetentionMinutes", &["shortTermRetentionMinutes"]),
            F::new("ShortTermRetentionHours", &["shortTermRetentionHours"]),
            F::new("LongTermRetentionHours", &["longTermRetentionHours"]),
            F::new("LongTermRetentionKeepDays", &["longTermRetentionKeepDays"]),
            F::new("LongTermRetentionSchedule", &["longTermRetentionSchedule"]),
        ];
        crate::runtime::json::object(deserializer, "ScheduleOptionsInfoType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for ScheduleOptionsInfoType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.retry_options = o.value()?,
                1 => out.wait_for_backup_completion = o.lenient()?,
                2 => out.backup_competition_waiting_period_min = o.lenient()?,
                3 => out.options_daily = o.value()?,
                4 => out.options_monthly = o.value()?,
                5 => out.options_periodically = o.value()?,
                6 => out.standart = o.value()?,
                7 => out.cdp_replica = o.value()?,
                8 => out.immediate_copy_mode = o.list_of("OptionsContinuous")?,
                9 => out.options_backup_window = o.value()?,
                10 => out.options_daisy_chaining = o.value()?,
                11 => out.retain_cycles = o.lenient()?,
                12 => out.retain_days_to_keep = o.lenient()?,
                13 => out.retain_limit_type = o.value()?,
                14 => out.weekly = o.value()?,
                15 => out.monthly = o.value()?,
                16 => out.yearly = o.value()?,
                17 => out.recovery_point_objective_seconds = o.lenient()?,
                18 => out.recovery_point_objective_minutes = o.lenient()?,
                19 => out.rpo_schedule = o.value()?,
                20 => out.rpo_reporting = o.value()?,
                21 => out.short_term_retention_minutes = o.lenient()?,
                22 => out.short_term_retention_hours = o.lenient()?,
                23 => out.long_term_retention_hours = o.lenient()?,
                24 => out.long_term_retention_keep_days = o.lenient()?,
                25 => out.long_term_retention_schedule = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for ScheduleOptionsInfoType {
    #[inline]
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
            )?,
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
                    xml::Child::once("RetryOptions"),
                    xml::Child::once_text::<bool>("WaitForBackupCompletion"),
                    xml::Child::once_text::<i64>("BackupCompetitionWaitingPeriodMin"),
                    xml::Child::once("OptionsDaily"),
                    xml::Child::once("OptionsMonthly"),
                    xml::Child::once("OptionsPeriodically"),
                    xml::Child::once("Standart"),
                    xml::Child::once("CdpReplica"),
                    xml::Child::once("ImmediateCopyMode"),
                    xml::Child::once("OptionsBackupWindow"),
                    xml::Child::once("OptionsDaisyChaining"),
                    xml::Child::once_text::<i64>("RetainCycles"),
                    xml::Child::once_text::<i64>("RetainDaysToKeep"),
                    xml::Child::once_text::<
                        super::enums::RetainLimitType,
                    >("RetainLimitType"),
                    xml::Child::once("Weekly"),
                    xml::Child::once("Monthly"),
                    xml::Child::once("Yearly"),
                    xml::Child::once_text::<i64>("RecoveryPointObjectiveSeconds"),
                    xml::Child::once_text::<i64>("RecoveryPointObjectiveMinutes"),
                    xml::Child::once("RPOSchedule"),
                    xml::Child::once("RPOReporting"),
                    xml::Child::once_text::<i64>("ShortTermRetentionMinutes"),
                    xml::Child::once_text::<i64>("ShortTermRetentionHours"),
                    xml::Child::once_text::<i64>("LongTermRetentionHours"),
                    xml::Child::once_text::<i64>("LongTermRetentionKeepDays"),
                    xml::Child::once("LongTermRetentionSchedule"),
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
            xml::Tag::once("RetryOptions"),
            xml::Tag::once("WaitForBackupCompletion"),
            xml::Tag::once("BackupCompetitionWaitingPeriodMin"),
            xml::Tag::once("OptionsDaily"),
            xml::Tag::once("OptionsMonthly"),
            xml::Tag::once("OptionsPeriodically"),
            xml::Tag::once("Standart"),
            xml::Tag::once("CdpReplica"),
            xml::Tag::once("ImmediateCopyMode"),
            xml::Tag::once("OptionsBackupWindow"),
            xml::Tag::once("OptionsDaisyChaining"),
            xml::Tag::once("RetainCycles"),
            xml::Tag::once("RetainDaysToKeep"),
            xml::Tag::once("RetainLimitType"),
            xml::Tag::once("Weekly"),
            xml::Tag::once("Monthly"),
            xml::Tag::once("Yearly"),
            xml::Tag::once("RecoveryPointObjectiveSeconds"),
            xml::Tag::once("RecoveryPointObjectiveMinutes"),
            xml::Tag::once("RPOSchedule"),
            xml::Tag::once("RPOReporting"),
            xml::Tag::once("ShortTermRetentionMinutes"),
            xml::Tag::once("ShortTermRetentionHours"),
            xml::Tag::once("LongTermRetentionHours"),
            xml::Tag::once("LongTermRetentionKeepDays"),
            xml::Tag::once("LongTermRetentionSchedule"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.retry_options = Some(el_.elem()?),
                1 => out.wait_for_backup_completion = el_.text()?,
                2 => out.backup_competition_waiting_period_min = el_.text()?,
                3 => out.options_daily = Some(el_.elem()?),
                4 => out.options_monthly = Some(el_.elem()?),
                5 => out.options_periodically = Some(el_.elem()?),
                6 => out.standart = Some(el_.elem()?),
                7 => out.cdp_replica = Some(el_.elem()?),
                8 => out.immediate_copy_mode = Some(el_.wrapped("OptionsContinuous")?),
                9 => out.options_backup_window = Some(el_.elem()?),
                10 => out.options_daisy_chaining = Some(el_.elem()?),
                11 => out.retain_cycles = el_.text()?,
                12 => out.retain_days_to_keep = el_.text()?,
                13 => out.retain_limit_type = el_.text()?,
                14 => out.weekly = Some(el_.elem()?),
                15 => out.monthly = Some(el_.elem()?),
                16 => out.yearly = Some(el_.elem()?),
                17 => out.recovery_point_objective_seconds = el_.text()?,
                18 => out.recovery_point_objective_minutes = el_.text()?,
                19 => out.rpo_schedule = Some(el_.elem()?),
                20 => out.rpo_reporting = Some(el_.elem()?),
                21 => out.short_term_retention_minutes = el_.text()?,
                22 => out.short_term_retention_hours = el_.text()?,
                23 => out.long_term_retention_hours = el_.text()?,
                24 => out.long_term_retention_keep_days = el_.text()?,
                25 => out.long_term_retention_schedule = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for ScheduleOptionsInfoType {
    #[inline]
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
            self.immediate_copy_mode.as_ref(),
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
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Standart {
    /// XML element `<RetryOptions>`; JSON `"RetryOptions"`.
    pub retry_options: Option<RetryOptions>,
    /// XML element `<WaitForBackupCompletion>`; JSON `"WaitForBackupCompletion"`.
    pub wait_for_backup_completion: Option<String>,
    /// XML element `<BackupCompetitionWaitingPeriodMin>`; JSON `"BackupCompetitionWaitingPeriodMin"`.
    pub backup_competition_waiting_period_min: Option<String>,
    /// XML element `<OptionsDaily>`; JSON `"OptionsDaily"`.
    pub options_daily: Option<OptionsDaily>,
    /// XML element `<OptionsMonthly>`; JSON `"OptionsMonthly"`.
    pub options_monthly: Option<OptionsMonthly>,
    /// XML element `<OptionsPeriodically>`; JSON `"OptionsPeriodically"`.
    pub options_periodically: Option<OptionsPeriodically>,
    /// XML element `<OptionsContinuous>`; JSON `"OptionsContinuous"`.
    pub options_continuous: Option<OptionsContinuous>,
    /// XML element `<OptionsBackupWindow>`; JSON `"OptionsBackupWindow"`.
    pub options_backup_window: Option<OptionsBackupWindow>,
    /// XML element `<OptionsDaisyChaining>`; JSON `"OptionsDaisyChaining"`.
    pub options_daisy_chaining: Option<OptionsDaisyChaining>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for Standart {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
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

impl<'de> serde::Deserialize<'de> for Standart {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
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
        crate::runtime::json::object(deserializer, "Standart", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for Standart {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.retry_options = o.value()?,
                1 => out.wait_for_backup_completion = o.lenient()?,
                2 => out.backup_competition_waiting_period_min = o.lenient()?,
                3 => out.options_daily = o.value()?,
                4 => out.options_monthly = o.value()?,
                5 => out.options_periodically = o.value()?,
                6 => out.options_continuous = o.value()?,
                7 => out.options_backup_window = o.value()?,
                8 => out.options_daisy_chaining = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for Standart {
    #[inline]
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
                    xml::Child::once("RetryOptions"),
                    xml::Child::once_text::<String>("WaitForBackupCompletion"),
                    xml::Child::once_text::<String>("BackupCompetitionWaitingPeriodMin"),
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
        el_.attrs(&[])?;
        const TAGS: &[xml::Tag] = &[
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
                0 => out.retry_options = Some(el_.elem()?),
                1 => out.wait_for_backup_completion = el_.text()?,
                2 => out.backup_competition_waiting_period_min = el_.text()?,
                3 => out.options_daily = Some(el_.elem()?),
                4 => out.options_monthly = Some(el_.elem()?),
                5 => out.options_periodically = Some(el_.elem()?),
                6 => out.options_continuous = Some(el_.elem()?),
                7 => out.options_backup_window = Some(el_.elem()?),
                8 => out.options_daisy_chaining = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for Standart {
    #[inline]
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
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WeeklyOptionsInfoType {
    /// Defines whether weekly GFS retention policy settings are enabled.
    ///
    /// XML element `<Enabled>`; JSON `"Enabled"`.
    pub enabled: Option<bool>,
    /// Number of weeks to keep full backups for archival purposes.
    ///
    /// XML element `<RetentionPeriod>`; JSON `"RetentionPeriod"`.
    pub retention_period: Option<i64>,
    /// Day of the week when the full backup that will be kept for archival purposes is created. Possible values:
    ///
    /// - `Sunday`
    /// - `Monday`
    /// - `Tuesday`
    /// - `Wednesday`
    /// - `Thursday`
    /// - `Friday`
    /// - `Saturday`
    ///
    /// XML element `<SelectedDay>`; JSON `"SelectedDay"`.
    pub selected_day: Option<super::enums::DaysOfWeekEnumeration>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for WeeklyOptionsInfoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.opt("RetentionPeriod", &self.retention_period)?;
        o.opt("SelectedDay", &self.selected_day)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for WeeklyOptionsInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Enabled", &["enabled"]),
            F::new("RetentionPeriod", &["retentionPeriod"]),
            F::new("SelectedDay", &["selectedDay"]),
        ];
        crate::runtime::json::object(deserializer, "WeeklyOptionsInfoType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for WeeklyOptionsInfoType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.enabled = o.lenient()?,
                1 => out.retention_period = o.lenient()?,
                2 => out.selected_day = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for WeeklyOptionsInfoType {
    const ROOTS: &'static [&'static str] = &["Weekly"];
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
                    xml::Child::once_text::<bool>("Enabled"),
                    xml::Child::once_text::<i64>("RetentionPeriod"),
                    xml::Child::once_text::<
                        super::enums::DaysOfWeekEnumeration,
                    >("SelectedDay"),
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

impl crate::runtime::xml::ToXml for WeeklyOptionsInfoType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("RetentionPeriod", &self.retention_period);
        w.elem_text("SelectedDay", &self.selected_day);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for WeeklyOptionsInfoType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /agents/jobs/{ID}, PUT /jobs/{ID}?action=edit.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/jobscheduleoptions.html>
///
/// XML root element: `<Yearly>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct YearlyOptionsInfoType {
    /// Defines whether yearly GFS retention policy settings are enabled.
    ///
    /// XML element `<Enabled>`; JSON `"Enabled"`.
    pub enabled: Option<bool>,
    /// Number of years to keep full backups for archival purposes.
    ///
    /// XML element `<Retentionperiod>`; JSON `"Retentionperiod"`.
    pub retentionperiod: Option<i64>,
    /// Number of years to keep full backups for archival purposes.
    ///
    /// XML element `<RetentionPeriod>`; JSON `"RetentionPeriod"`.
    pub retention_period: Option<i64>,
    /// Month when the full backup that will be kept for archival purposes is created. Possible values:
    ///
    /// - `January`
    /// - `February`
    /// - `March`
    /// - `April`
    /// - `May`
    /// - `June`
    /// - `July`
    /// - `August`
    /// - `September`
    /// - `October`
    /// - `November`
    /// - `December`
    ///
    /// XML element `<SelectedMonth>`; JSON `"SelectedMonth"`.
    pub selected_month: Option<super::enums::JobScheduleMonthEnumeration>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for YearlyOptionsInfoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.opt("Retentionperiod", &self.retentionperiod)?;
        o.opt("RetentionPeriod", &self.retention_period)?;
        o.opt("SelectedMonth", &self.selected_month)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for YearlyOptionsInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Enabled", &["enabled"]),
            F::new("Retentionperiod", &["retentionperiod"]),
            F::new("RetentionPeriod", &["retentionPeriod"]),
            F::new("SelectedMonth", &["selectedMonth"]),
        ];
        crate::runtime::json::object(deserializer, "YearlyOptionsInfoType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for YearlyOptionsInfoType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.enabled = o.lenient()?,
                1 => out.retentionperiod = o.lenient()?,
                2 => out.retention_period = o.lenient()?,
                3 => out.selected_month = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for YearlyOptionsInfoType {
    const ROOTS: &'static [&'static str] = &["Yearly"];
    #[inline]
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
                &[
                    xml::Child::once_text::<bool>("Enabled"),
                    xml::Child::once_text::<i64>("Retentionperiod"),
                    xml::Child::once_text::<i64>("RetentionPeriod"),
                    xml::Child::once_text::<
                        super::enums::JobScheduleMonthEnumeration,
                    >("SelectedMonth"),
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
            xml::Tag::once("Retentionperiod"),
            xml::Tag::once("RetentionPeriod"),
            xml::Tag::once("SelectedMonth"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.enabled = el_.text()?,
                1 => out.retentionperiod = el_.text()?,
                2 => out.retention_period = el_.text()?,
                3 => out.selected_month = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for YearlyOptionsInfoType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("Retentionperiod", &self.retentionperiod);
        w.elem_text("RetentionPeriod", &self.retention_period);
        w.elem_text("SelectedMonth", &self.selected_month);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for YearlyOptionsInfoType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
