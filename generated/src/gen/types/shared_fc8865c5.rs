// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `agents`, `cdp`, `documented-only`, `jobs`, `nas`, `query`.

#[allow(unused_imports)]
use super::*;

/// Used by GET /cdpPolicies/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/policyscheduleoptions.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CdpReplicaRpoReportingFailedOptionsType {
    /// Defines whether error notifications are enabled.
    ///
    /// XML element `<Enabled>`; JSON `"Enabled"`.
    pub enabled: Option<bool>,
    /// Time interval in seconds before Veeam Backup & Replication sends a notification with an error if a newly created restore point is not transferred to the target within the set RPO.
    ///
    /// XML element `<RPOThresholdSeconds>`; JSON `"RPOThresholdSeconds"`.
    pub rpo_threshold_seconds: Option<i64>,
    /// Time interval in minutes before Veeam Backup & Replication sends a notification with an error if a newly created restore point is not transferred to the target within the set RPO.
    ///
    /// XML element `<RPOThresholdMinutes>`; JSON `"RPOThresholdMinutes"`.
    pub rpo_threshold_minutes: Option<i64>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CdpReplicaRpoReportingFailedOptionsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.opt("RPOThresholdSeconds", &self.rpo_threshold_seconds)?;
        o.opt("RPOThresholdMinutes", &self.rpo_threshold_minutes)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CdpReplicaRpoReportingFailedOptionsType {
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
        crate::runtime::json::object(
            deserializer,
            "CDPReplicaRPOReportingFailedOptionsType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for CdpReplicaRpoReportingFailedOptionsType {
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

impl crate::runtime::xml::FromXml for CdpReplicaRpoReportingFailedOptionsType {
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
                    xml::Child::once_text::<bool>("Enabled"),
                    xml::Child::once_text::<i64>("RPOThresholdSeconds"),
                    xml::Child::once_text::<i64>("RPOThresholdMinutes"),
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

impl crate::runtime::xml::ToXml for CdpReplicaRpoReportingFailedOptionsType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("RPOThresholdSeconds", &self.rpo_threshold_seconds);
        w.elem_text("RPOThresholdMinutes", &self.rpo_threshold_minutes);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CdpReplicaRpoReportingFailedOptionsType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /cdpPolicies/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/policyscheduleoptions.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CdpReplicaRpoReportingWarningOptionsType {
    /// Defines whether warning notifications are enabled.
    ///
    /// XML element `<Enabled>`; JSON `"Enabled"`.
    pub enabled: Option<bool>,
    /// Time interval in seconds before Veeam Backup & Replication sends a notification with a warning if a newly created restore point is not transferred to the target within the set RPO.
    ///
    /// XML element `<RPOThresholdSeconds>`; JSON `"RPOThresholdSeconds"`.
    pub rpo_threshold_seconds: Option<i64>,
    /// Time interval in minutes before Veeam Backup & Replication sends a notification with a warning if a newly created restore point is not transferred to the target within the set RPO.
    ///
    /// XML element `<RPOThresholdMinutes>`; JSON `"RPOThresholdMinutes"`.
    pub rpo_threshold_minutes: Option<i64>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CdpReplicaRpoReportingWarningOptionsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.opt("RPOThresholdSeconds", &self.rpo_threshold_seconds)?;
        o.opt("RPOThresholdMinutes", &self.rpo_threshold_minutes)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CdpReplicaRpoReportingWarningOptionsType {
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
        crate::runtime::json::object(
            deserializer,
            "CDPReplicaRPOReportingWarningOptionsType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for CdpReplicaRpoReportingWarningOptionsType {
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

impl crate::runtime::xml::FromXml for CdpReplicaRpoReportingWarningOptionsType {
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
                    xml::Child::once_text::<bool>("Enabled"),
                    xml::Child::once_text::<i64>("RPOThresholdSeconds"),
                    xml::Child::once_text::<i64>("RPOThresholdMinutes"),
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

impl crate::runtime::xml::ToXml for CdpReplicaRpoReportingWarningOptionsType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem_text("RPOThresholdSeconds", &self.rpo_threshold_seconds);
        w.elem_text("RPOThresholdMinutes", &self.rpo_threshold_minutes);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CdpReplicaRpoReportingWarningOptionsType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// The `Day` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Day {
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// The element's own text, beside its attributes; JSON `"Value"`.
    pub text: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for Day {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Name", &self.name)?;
        o.opt("Value", &self.text)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for Day {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Name", &["name"]),
            F::new("Value", &["value", "#text"]),
        ];
        crate::runtime::json::object(deserializer, "Day", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for Day {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.name = o.lenient()?,
                1 => out.text = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for Day {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            name: xml::attr(el, "Name")?,
            text: xml::text(el)?,
            unknown: crate::runtime::UnknownMembers::from_xml(el, &["Name"], &[], true),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        {
            let at_ = el_.attrs(&["Name"])?;
            out.name = xml::attr_value(&at_[0])?;
        }
        el_.keep_text();
        while el_.next_child(&[])?.is_some() {}
        out.text = el_.own_text();
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for Day {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Name", &self.name);
        w.text(&self.text);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for Day {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /cdpPolicies/{ID}, PUT /cdpPolicies/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/policyscheduleoptions.html>
///
/// XML root element: `<LongTermRetentionSchedule>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LongTermRetentionScheduleType {
    /// Defines whether long-term retention schedule options are specified for the job.
    ///
    /// XML attribute `Enabled`; JSON `"Enabled"`.
    pub enabled: Option<bool>,
    /// Defines an hourly scheme when the CDP policy must create application-consistent and when crash-consistent long-term restore points. The scheduling scheme is constructed by the following pattern: &lt;Day Name ="Sunday"&gt; 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1&lt;/Day&gt; where 1 means the CDP policy must create crash-consistent long-term restore points, 2 means the CDP policy must create application-consistent long-term restore points.
    ///
    /// XML element `<Schedule>`; JSON `"Schedule"`.
    pub schedule: Option<String>,
    /// XML `<TimePeriods><Day/>…</TimePeriods>`; JSON `"TimePeriods": {"Day": […]}`.
    pub time_periods: Option<crate::runtime::List<Day>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for LongTermRetentionScheduleType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.opt("Schedule", &self.schedule)?;
        o.documented("TimePeriods", "Day", &self.time_periods)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for LongTermRetentionScheduleType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Enabled", &["enabled"]),
            F::new("Schedule", &["schedule"]),
            F::new("TimePeriods", &["Day", "timePeriods"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "LongTermRetentionScheduleType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for LongTermRetentionScheduleType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.enabled = o.lenient()?,
                1 => out.schedule = o.lenient()?,
                2 => out.time_periods = o.list_of("Day")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for LongTermRetentionScheduleType {
    const ROOTS: &'static [&'static str] = &["LongTermRetentionSchedule"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::attr(el, "Enabled")?,
            schedule: xml::elem_text(el, "Schedule")?,
            time_periods: xml::wrapped(el, "TimePeriods", "Day")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Enabled"],
                &[
                    xml::Child::once_text::<String>("Schedule"),
                    xml::Child::once("TimePeriods"),
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
            xml::Tag::once("Schedule"),
            xml::Tag::once("TimePeriods"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.schedule = el_.text()?,
                1 => out.time_periods = Some(el_.wrapped("Day")?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for LongTermRetentionScheduleType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.elem_text("Schedule", &self.schedule);
        w.wrapped("TimePeriods", "Day", self.time_periods.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for LongTermRetentionScheduleType {
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

/// Used by GET /cdpPolicies/{ID}, PUT /cdpPolicies/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/policyscheduleoptions.html>
///
/// XML root element: `<RPOReporting>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RpoReportingType {
    /// Defines whether RPO reporting options are specified for the job.
    ///
    /// XML element `<Enabled>`; JSON `"Enabled"`.
    pub enabled: Option<bool>,
    /// Time interval in seconds or minutes before Veeam Backup & Replication sends a notification with a warning if a newly created restore point is not transferred to the target within the set RPO. For details, see Warning Settings.
    ///
    /// XML element `<MarkAsWarning>`; JSON `"MarkAsWarning"`.
    pub mark_as_warning: Option<CdpReplicaRpoReportingWarningOptionsType>,
    /// Time interval in seconds or minutes before Veeam Backup & Replication sends a notification with an error if a newly created restore point is not transferred to the target within the set RPO. For details, see Error Settings.
    ///
    /// XML element `<MarkAsFailed>`; JSON `"MarkAsFailed"`.
    pub mark_as_failed: Option<CdpReplicaRpoReportingFailedOptionsType>,
    /// Time interval in seconds before Veeam Backup & Replication sends a notification with a warning if a newly created restore point is not transferred to the target within the set RPO.
    ///
    /// XML element `<RPOThresholdSeconds>`; JSON `"RPOThresholdSeconds"`.
    pub rpo_threshold_seconds: Option<i64>,
    /// Time interval in minutes before Veeam Backup & Replication sends a notification with a warning if a newly created restore point is not transferred to the target within the set RPO.
    ///
    /// XML element `<RPOThresholdMinutes>`; JSON `"RPOThresholdMinutes"`.
    pub rpo_threshold_minutes: Option<i64>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for RpoReportingType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.opt("MarkAsWarning", &self.mark_as_warning)?;
        o.opt("MarkAsFailed", &self.mark_as_failed)?;
        o.opt("RPOThresholdSeconds", &self.rpo_threshold_seconds)?;
        o.opt("RPOThresholdMinutes", &self.rpo_threshold_minutes)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for RpoReportingType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Enabled", &["enabled"]),
            F::new("MarkAsWarning", &["markAsWarning"]),
            F::new("MarkAsFailed", &["markAsFailed"]),
            F::new(
                "RPOThresholdSeconds",
                &["rPOThresholdSeconds", "rpoThresholdSeconds"],
            ),
            F::new(
                "RPOThresholdMinutes",
                &["rPOThresholdMinutes", "rpoThresholdMinutes"],
            ),
        ];
        crate::runtime::json::object(deserializer, "RPOReportingType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for RpoReportingType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.enabled = o.lenient()?,
                1 => out.mark_as_warning = o.value()?,
                2 => out.mark_as_failed = o.value()?,
                3 => out.rpo_threshold_seconds = o.lenient()?,
                4 => out.rpo_threshold_minutes = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for RpoReportingType {
    const ROOTS: &'static [&'static str] = &["RPOReporting"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            enabled: xml::elem_text(el, "Enabled")?,
            mark_as_warning: xml::elem(el, "MarkAsWarning")?,
            mark_as_failed: xml::elem(el, "MarkAsFailed")?,
            rpo_threshold_seconds: xml::elem_text(el, "RPOThresholdSeconds")?,
            rpo_threshold_minutes: xml::elem_text(el, "RPOThresholdMinutes")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<bool>("Enabled"),
                    xml::Child::once("MarkAsWarning"),
                    xml::Child::once("MarkAsFailed"),
                    xml::Child::once_text::<i64>("RPOThresholdSeconds"),
                    xml::Child::once_text::<i64>("RPOThresholdMinutes"),
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
            xml::Tag::once("MarkAsWarning"),
            xml::Tag::once("MarkAsFailed"),
            xml::Tag::once("RPOThresholdSeconds"),
            xml::Tag::once("RPOThresholdMinutes"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.enabled = el_.text()?,
                1 => out.mark_as_warning = Some(el_.elem()?),
                2 => out.mark_as_failed = Some(el_.elem()?),
                3 => out.rpo_threshold_seconds = el_.text()?,
                4 => out.rpo_threshold_minutes = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for RpoReportingType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Enabled", &self.enabled);
        w.elem("MarkAsWarning", &self.mark_as_warning);
        w.elem("MarkAsFailed", &self.mark_as_failed);
        w.elem_text("RPOThresholdSeconds", &self.rpo_threshold_seconds);
        w.elem_text("RPOThresholdMinutes", &self.rpo_threshold_minutes);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for RpoReportingType {
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

/// Used by GET /cdpPolicies/{ID}, PUT /cdpPolicies/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/policyscheduleoptions.html>
///
/// XML root element: `<RPOSchedule>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RpoScheduleType {
    /// Defines whether RPO schedule options are specified for the CDP policy.
    ///
    /// XML attribute `Enabled`; JSON `"Enabled"`.
    pub enabled: Option<bool>,
    /// Defines an hourly scheme by which the CDP policy must run. The schedule scheme is constructed by the following pattern: &lt;Day Name ="Sunday"&gt; 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1&lt;/Day&gt; where 1 means the CDP policy must run, 0 means the CDP policy must not run.
    ///
    /// XML `<TimePeriods><Day/>…</TimePeriods>`; JSON `"TimePeriods": {"Day": […]}`.
    pub time_periods: Option<crate::runtime::List<Day>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for RpoScheduleType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Enabled", &self.enabled)?;
        o.documented("TimePeriods", "Day", &self.time_periods)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for RpoScheduleType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Enabled", &["enabled"]),
            F::new("TimePeriods", &["Day", "timePeriods"]),
        ];
        crate::runtime::json::object(deserializer, "RPOScheduleType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for RpoScheduleType {
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

impl crate::runtime::xml::FromXml for RpoScheduleType {
    const ROOTS: &'static [&'static str] = &["RPOSchedule"];
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

impl crate::runtime::xml::ToXml for RpoScheduleType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Enabled", &self.enabled);
        w.wrapped("TimePeriods", "Day", self.time_periods.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for RpoScheduleType {
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
