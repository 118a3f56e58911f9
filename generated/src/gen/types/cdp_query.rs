// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `cdp`, `query`.

#[allow(unused_imports)]
use super::*;

/// Used by GET /cdpPolicies/{ID}, PUT /cdpPolicies/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdppolicies_id.html>
///
/// XML root element: `<CdpPolicy>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CdpPolicy {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Name of the CDP policy, for example: CDP Policy 1.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the CDP policy, for example: urn:veeam:CdpPolicy:bc933bb6-0cc5-47b6-a1ec-e062b9e29877.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Policy type. Possible value: CdpReplica.
    ///
    /// XML element `<PolicyType>`; JSON `"PolicyType"`.
    pub policy_type: Option<String>,
    /// Platform for which the job is created. Possible values:
    ///
    /// - `VMware`
    /// - `vCloud`
    ///
    /// XML element `<Platform>`; JSON `"Platform"`.
    pub platform: Option<super::enums::CdpPolicyPlatform>,
    /// Description of the CDP policy.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    pub description: Option<String>,
    /// Defines whether scheduling options are specified for the CDP policy. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<ScheduleConfigured>`; JSON `"ScheduleConfigured"`.
    pub schedule_configured: Option<bool>,
    /// Defines whether schedule is enabled for the CDP policy. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<ScheduleEnabled>`; JSON `"ScheduleEnabled"`.
    pub schedule_enabled: Option<bool>,
    /// Date and time of the next run of the CDP policy. The parameter accepts only UTC-formatted DateTime values.
    ///
    /// XML element `<NextRun>`; JSON `"NextRun"`.
    pub next_run: Option<crate::runtime::DateTime>,
    /// Options that define the schedule by which the CDP policy runs. For details, see Policy Scheduling Options.
    ///
    /// XML element `<PolicyScheduleOptions>`; JSON `"PolicyScheduleOptions"`.
    pub policy_schedule_options: Option<ScheduleOptionsInfoType>,
    /// Complex object that includes a collection of VMs and VM containers processed by the CDP policy. For details, see GET /cdpPolicies/{ID}/includes.
    ///
    /// XML `<CdpPolicyInfo><CdpReplicaPolicyInfo/>…</CdpPolicyInfo>`; JSON `"CdpPolicyInfo": {"CdpReplicaPolicyInfos": […]}`.
    pub cdp_policy_info: Option<crate::runtime::List<CdpReplicaPolicyInfo>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CdpPolicy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Links", &self.links)?;
        o.opt("PolicyType", &self.policy_type)?;
        o.opt("Platform", &self.platform)?;
        o.opt("Description", &self.description)?;
        o.opt("ScheduleConfigured", &self.schedule_configured)?;
        o.opt("ScheduleEnabled", &self.schedule_enabled)?;
        o.opt("NextRun", &self.next_run)?;
        o.opt("PolicyScheduleOptions", &self.policy_schedule_options)?;
        o.documented("CdpPolicyInfo", "CdpReplicaPolicyInfos", &self.cdp_policy_info)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CdpPolicy {
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
            F::new("PolicyType", &["policyType"]),
            F::new("Platform", &["platform"]),
            F::new("Description", &["description"]),
            F::new("ScheduleConfigured", &["scheduleConfigured"]),
            F::new("ScheduleEnabled", &["scheduleEnabled"]),
            F::new("NextRun", &["nextRun"]),
            F::new("PolicyScheduleOptions", &["policyScheduleOptions"]),
            F::new("CdpPolicyInfo", &["CdpReplicaPolicyInfo", "cdpPolicyInfo"]),
        ];
        crate::runtime::json::object(deserializer, "CdpPolicy", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CdpPolicy {
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
                5 => out.policy_type = o.lenient()?,
                6 => out.platform = o.value()?,
                7 => out.description = o.lenient()?,
                8 => out.schedule_configured = o.lenient()?,
                9 => out.schedule_enabled = o.lenient()?,
                10 => out.next_run = o.lenient()?,
                11 => out.policy_schedule_options = o.value()?,
                12 => out.cdp_policy_info = o.list_of("CdpReplicaPolicyInfo")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CdpPolicy {
    const ROOTS: &'static [&'static str] = &["CdpPolicy"];
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
            policy_type: xml::elem_text(el, "PolicyType")?,
            platform: xml::elem_text(el, "Platform")?,
            description: xml::elem_text(el, "Description")?,
            schedule_configured: xml::elem_text(el, "ScheduleConfigured")?,
            schedule_enabled: xml::elem_text(el, "ScheduleEnabled")?,
            next_run: xml::elem_text(el, "NextRun")?,
            policy_schedule_options: xml::elem(el, "PolicyScheduleOptions")?,
            cdp_policy_info: xml::wrapped(el, "CdpPolicyInfo", "CdpReplicaPolicyInfo")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<String>("PolicyType"),
                    xml::Child::once_text::<super::enums::CdpPolicyPlatform>("Platform"),
                    xml::Child::once_text::<String>("Description"),
                    xml::Child::once_text::<bool>("ScheduleConfigured"),
                    xml::Child::once_text::<bool>("ScheduleEnabled"),
                    xml::Child::once_text::<crate::runtime::DateTime>("NextRun"),
                    xml::Child::once("PolicyScheduleOptions"),
                    xml::Child::once("CdpPolicyInfo"),
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
            xml::Tag::once("PolicyType"),
            xml::Tag::once("Platform"),
            xml::Tag::once("Description"),
            xml::Tag::once("ScheduleConfigured"),
            xml::Tag::once("ScheduleEnabled"),
            xml::Tag::once("NextRun"),
            xml::Tag::once("PolicyScheduleOptions"),
            xml::Tag::once("CdpPolicyInfo"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.policy_type = el_.text()?,
                2 => out.platform = el_.text()?,
                3 => out.description = el_.text()?,
                4 => out.schedule_configured = el_.text()?,
                5 => out.schedule_enabled = el_.text()?,
                6 => out.next_run = el_.text()?,
                7 => out.policy_schedule_options = Some(el_.elem()?),
                8 => out.cdp_policy_info = Some(el_.wrapped("CdpReplicaPolicyInfo")?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CdpPolicy {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("PolicyType", &self.policy_type);
        w.elem_text("Platform", &self.platform);
        w.elem_text("Description", &self.description);
        w.elem_text("ScheduleConfigured", &self.schedule_configured);
        w.elem_text("ScheduleEnabled", &self.schedule_enabled);
        w.elem_text("NextRun", &self.next_run);
        w.elem("PolicyScheduleOptions", &self.policy_schedule_options);
        w.wrapped(
            "CdpPolicyInfo",
            "CdpReplicaPolicyInfo",
            self.cdp_policy_info.as_ref(),
        );
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CdpPolicy {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.policy_schedule_options,
            &crate::runtime::unknown::join(path, "PolicyScheduleOptions"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.cdp_policy_info,
            &crate::runtime::unknown::join(path, "CdpPolicyInfo"),
            out,
        );
    }
}

/// The `CdpReplicaPolicyInfo` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CdpReplicaPolicyInfo {
    /// XML `<Includes><ObjectInJob/>…</Includes>`; JSON `"Includes": {"ObjectInJobs": […]}`.
    pub includes: Option<crate::runtime::List<ObjectInJob>>,
    /// XML element `<GuestProcessingOptions>`; JSON `"GuestProcessingOptions"`.
    pub guest_processing_options: Option<GuestProcessingOptions>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CdpReplicaPolicyInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.documented("Includes", "ObjectInJobs", &self.includes)?;
        o.opt("GuestProcessingOptions", &self.guest_processing_options)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CdpReplicaPolicyInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Includes", &["ObjectInJob", "includes"]),
            F::new("GuestProcessingOptions", &["guestProcessingOptions"]),
        ];
        crate::runtime::json::object(deserializer, "CdpReplicaPolicyInfo", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CdpReplicaPolicyInfo {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.includes = o.list_of("ObjectInJob")?,
                1 => out.guest_processing_options = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CdpReplicaPolicyInfo {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            includes: xml::wrapped(el, "Includes", "ObjectInJob")?,
            guest_processing_options: xml::elem(el, "GuestProcessingOptions")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once("Includes"),
                    xml::Child::once("GuestProcessingOptions"),
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
            xml::Tag::once("Includes"),
            xml::Tag::once("GuestProcessingOptions"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.includes = Some(el_.wrapped("ObjectInJob")?),
                1 => out.guest_processing_options = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CdpReplicaPolicyInfo {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.wrapped("Includes", "ObjectInJob", self.includes.as_ref());
        w.elem("GuestProcessingOptions", &self.guest_processing_options);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CdpReplicaPolicyInfo {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.includes,
            &crate::runtime::unknown::join(path, "Includes"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.guest_processing_options,
            &crate::runtime::unknown::join(path, "GuestProcessingOptions"),
            out,
        );
    }
}

/// Used by GET /cdpReplicaSessions/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicasessions_id.html>
///
/// XML root element: `<CdpReplicaSession>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CdpReplicaSession {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Name of the CDP replication session, for example: CDP Policy 1@2021-02-11 19:08:36.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the CDP replication session, for example: urn:veeam:CdpReplicaSession:6b872a71-51e8-437a-8d45-5c6494b92f3f.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// UID of the CDP policy parent to the session, for example: urn:veeam:CdpPolicy:145f3365-6ec0-44e9-9538-8c8c34ebdcce.
    ///
    /// XML element `<PolicyUid>`; JSON `"PolicyUid"`.
    pub policy_uid: Option<crate::runtime::Uid>,
    /// Name of the CDP policy parent to the session, for example: CDP Policy 1.
    ///
    /// XML element `<PolicyName>`; JSON `"PolicyName"`.
    pub policy_name: Option<String>,
    /// Policy type. Possible value: CdpReplica.
    ///
    /// XML element `<PolicyType>`; JSON `"PolicyType"`.
    pub policy_type: Option<String>,
    /// Date and time when the session was started. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:30.389954Z.
    ///
    /// XML element `<CreationTimeUTC>`; JSON `"CreationTimeUTC"`.
    pub creation_time_utc: Option<crate::runtime::DateTime>,
    /// Date and time when the session was ended. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:31.000000Z.
    ///
    /// XML element `<EndTimeUTC>`; JSON `"EndTimeUTC"`.
    pub end_time_utc: Option<crate::runtime::DateTime>,
    /// State of the CDP replication session. Possible values:
    ///
    /// - `Starting`
    /// - `Stopping`
    /// - `Working`
    /// - `Pausing`
    /// - `Resuming`
    /// - `Stopped`
    ///
    /// XML element `<State>`; JSON `"State"`.
    pub state: Option<super::enums::SessionState>,
    /// Result of the CDP replication session. Possible values:
    ///
    /// - `Success`
    /// - `Warning`
    /// - `Failed`
    ///
    /// XML element `<Result>`; JSON `"Result"`.
    pub result: Option<super::enums::SessionResult>,
    /// Progress of the CDP replication session (between 1 and 100).
    ///
    /// XML element `<Progress>`; JSON `"Progress"`.
    pub progress: Option<i64>,
    /// Reason for which the CDP replication session has been completed with the Failed result.
    ///
    /// XML element `<FailureMessage>`; JSON `"FailureMessage"`.
    pub failure_message: Option<String>,
    /// Defines whether the CDP replication session has been retried or not. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<IsRetry>`; JSON `"IsRetry"`.
    pub is_retry: Option<bool>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CdpReplicaSession {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Links", &self.links)?;
        o.opt("PolicyUid", &self.policy_uid)?;
        o.opt("PolicyName", &self.policy_name)?;
        o.opt("PolicyType", &self.policy_type)?;
        o.opt("CreationTimeUTC", &self.creation_time_utc)?;
        o.opt("EndTimeUTC", &self.end_time_utc)?;
        o.opt("State", &self.state)?;
        o.opt("Result", &self.result)?;
        o.opt("Progress", &self.progress)?;
        o.opt("FailureMessage", &self.failure_message)?;
        o.opt("IsRetry", &self.is_retry)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CdpReplicaSession {
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
            F::new("PolicyUid", &["policyUid"]),
            F::new("PolicyName", &["policyName"]),
            F::new("PolicyType", &["policyType"]),
            F::new("CreationTimeUTC", &["creationTimeUTC"]),
            F::new("EndTimeUTC", &["endTimeUTC"]),
            F::new("State", &["state"]),
            F::new("Result", &["result"]),
            F::new("Progress", &["progress"]),
            F::new("FailureMessage", &["failureMessage"]),
            F::new("IsRetry", &["isRetry"]),
        ];
        crate::runtime::json::object(deserializer, "CdpReplicaSession", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CdpReplicaSession {
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
                5 => out.policy_uid = o.lenient()?,
                6 => out.policy_name = o.lenient()?,
                7 => out.policy_type = o.lenient()?,
                8 => out.creation_time_utc = o.lenient()?,
                9 => out.end_time_utc = o.lenient()?,
                10 => out.state = o.value()?,
                11 => out.result = o.value()?,
                12 => out.progress = o.lenient()?,
                13 => out.failure_message = o.lenient()?,
                14 => out.is_retry = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CdpReplicaSession {
    const ROOTS: &'static [&'static str] = &["CdpReplicaSession"];
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
            policy_uid: xml::elem_text(el, "PolicyUid")?,
            policy_name: xml::elem_text(el, "PolicyName")?,
            policy_type: xml::elem_text(el, "PolicyType")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            end_time_utc: xml::elem_text(el, "EndTimeUTC")?,
            state: xml::elem_text(el, "State")?,
            result: xml::elem_text(el, "Result")?,
            progress: xml::elem_text(el, "Progress")?,
            failure_message: xml::elem_text(el, "FailureMessage")?,
            is_retry: xml::elem_text(el, "IsRetry")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<crate::runtime::Uid>("PolicyUid"),
                    xml::Child::once_text::<String>("PolicyName"),
                    xml::Child::once_text::<String>("PolicyType"),
                    xml::Child::once_text::<crate::runtime::DateTime>("CreationTimeUTC"),
                    xml::Child::once_text::<crate::runtime::DateTime>("EndTimeUTC"),
                    xml::Child::once_text::<super::enums::SessionState>("State"),
                    xml::Child::once_text::<super::enums::SessionResult>("Result"),
                    xml::Child::once_text::<i64>("Progress"),
                    xml::Child::once_text::<String>("FailureMessage"),
                    xml::Child::once_text::<bool>("IsRetry"),
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
            xml::Tag::once("PolicyUid"),
            xml::Tag::once("PolicyName"),
            xml::Tag::once("PolicyType"),
            xml::Tag::once("CreationTimeUTC"),
            xml::Tag::once("EndTimeUTC"),
            xml::Tag::once("State"),
            xml::Tag::once("Result"),
            xml::Tag::once("Progress"),
            xml::Tag::once("FailureMessage"),
            xml::Tag::once("IsRetry"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.policy_uid = el_.text()?,
                2 => out.policy_name = el_.text()?,
                3 => out.policy_type = el_.text()?,
                4 => out.creation_time_utc = el_.text()?,
                5 => out.end_time_utc = el_.text()?,
                6 => out.state = el_.text()?,
                7 => out.result = el_.text()?,
                8 => out.progress = el_.text()?,
                9 => out.failure_message = el_.text()?,
                10 => out.is_retry = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CdpReplicaSession {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("PolicyUid", &self.policy_uid);
        w.elem_text("PolicyName", &self.policy_name);
        w.elem_text("PolicyType", &self.policy_type);
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("EndTimeUTC", &self.end_time_utc);
        w.elem_text("State", &self.state);
        w.elem_text("Result", &self.result);
        w.elem_text("Progress", &self.progress);
        w.elem_text("FailureMessage", &self.failure_message);
        w.elem_text("IsRetry", &self.is_retry);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CdpReplicaSession {
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

/// Used by GET /cdpReplicaTaskSessions/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicatasksessions_id.html>
///
/// XML root element: `<CdpReplicaTaskSession>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CdpReplicaTaskSession {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Name of the CDP replication task session, for example: virt03-ubuntu01@2021-02-12 00:00:10.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the CDP replication task session, for example: urn:veeam:CdpReplicaTaskSession:ad86fed0-4288-47ba-a7ab-0fca64d3ba5a.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML attribute `VmDisplayName`; JSON `"VmDisplayName"`.
    pub vm_display_name: Option<String>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// UID of the CDP policy session parent to the CDP replication task session resource, for example: urn:veeam:CdpReplicaSession:6b872a71-51e8-437a-8d45-5c6494b92f3f.
    ///
    /// XML element `<PolicySessionUid>`; JSON `"PolicySessionUid"`.
    pub policy_session_uid: Option<crate::runtime::Uid>,
    /// Date and time when the CDP replication task session was launched. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:30.389954Z.
    ///
    /// XML element `<CreationTimeUTC>`; JSON `"CreationTimeUTC"`.
    pub creation_time_utc: Option<crate::runtime::DateTime>,
    /// Date and time when the CDP replication task session was completed. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:31.000000Z.
    ///
    /// XML element `<EndTimeUTC>`; JSON `"EndTimeUTC"`.
    pub end_time_utc: Option<crate::runtime::DateTime>,
    /// State of the CDP replication task session. Possible values:
    ///
    /// - `InProgress`
    /// - `Pending`
    /// - `Completed`
    ///
    /// XML element `<State>`; JSON `"State"`.
    pub state: Option<super::enums::TaskSessionState>,
    /// Result of the CDP replication task session. Possible values:
    ///
    /// - `Success`
    /// - `Warning`
    /// - `Failed`
    ///
    /// XML element `<Result>`; JSON `"Result"`.
    pub result: Option<super::enums::SessionResult>,
    /// Reason for which the CDP replication task session has been completed with the Warning or Failed result.
    ///
    /// XML element `<Reason>`; JSON `"Reason"`.
    pub reason: Option<String>,
    /// Size of all restore points produced by the CDP replication task session.
    ///
    /// XML element `<TotalSize>`; JSON `"TotalSize"`.
    pub total_size: Option<i64>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CdpReplicaTaskSession {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("VmDisplayName", &self.vm_display_name)?;
        o.opt("Links", &self.links)?;
        o.opt("PolicySessionUid", &self.policy_session_uid)?;
        o.opt("CreationTimeUTC", &self.creation_time_utc)?;
        o.opt("EndTimeUTC", &self.end_time_utc)?;
        o.opt("State", &self.state)?;
        o.opt("Result", &self.result)?;
        o.opt("Reason", &self.reason)?;
        o.opt("TotalSize", &self.total_size)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CdpReplicaTaskSession {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("Name", &["name"]),
            F::new("UID", &["uID", "uid"]),
            F::new("VmDisplayName", &["vmDisplayName"]),
            F::new("Links", &["Link", "links"]),
            F::new("PolicySessionUid", &["policySessionUid"]),
            F::new("CreationTimeUTC", &["creationTimeUTC"]),
            F::new("EndTimeUTC", &["endTimeUTC"]),
            F::new("State", &["state"]),
            F::new("Result", &["result"]),
            F::new("Reason", &["reason"]),
            F::new("TotalSize", &["totalSize"]),
        ];
        crate::runtime::json::object(deserializer, "CdpReplicaTaskSession", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CdpReplicaTaskSession {
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
                4 => out.vm_display_name = o.lenient()?,
                5 => out.links = o.list_of("Link")?,
                6 => out.policy_session_uid = o.lenient()?,
                7 => out.creation_time_utc = o.lenient()?,
                8 => out.end_time_utc = o.lenient()?,
                9 => out.state = o.value()?,
                10 => out.result = o.value()?,
                11 => out.reason = o.lenient()?,
                12 => out.total_size = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CdpReplicaTaskSession {
    const ROOTS: &'static [&'static str] = &["CdpReplicaTaskSession"];
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
            vm_display_name: xml::attr(el, "VmDisplayName")?,
            links: xml::wrapped(el, "Links", "Link")?,
            policy_session_uid: xml::elem_text(el, "PolicySessionUid")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            end_time_utc: xml::elem_text(el, "EndTimeUTC")?,
            state: xml::elem_text(el, "State")?,
            result: xml::elem_text(el, "Result")?,
            reason: xml::elem_text(el, "Reason")?,
            total_size: xml::elem_text(el, "TotalSize")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID", "VmDisplayName"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<crate::runtime::Uid>("PolicySessionUid"),
                    xml::Child::once_text::<crate::runtime::DateTime>("CreationTimeUTC"),
                    xml::Child::once_text::<crate::runtime::DateTime>("EndTimeUTC"),
                    xml::Child::once_text::<super::enums::TaskSessionState>("State"),
                    xml::Child::once_text::<super::enums::SessionResult>("Result"),
                    xml::Child::once_text::<String>("Reason"),
                    xml::Child::once_text::<i64>("TotalSize"),
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
            let at_ = el_.attrs(&["Type", "Href", "Name", "UID", "VmDisplayName"])?;
            out.r#type = xml::attr_value(&at_[0])?;
            out.href = xml::attr_value(&at_[1])?;
            out.name = xml::attr_value(&at_[2])?;
            out.uid = xml::attr_value(&at_[3])?;
            out.vm_display_name = xml::attr_value(&at_[4])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Links"),
            xml::Tag::once("PolicySessionUid"),
            xml::Tag::once("CreationTimeUTC"),
            xml::Tag::once("EndTimeUTC"),
            xml::Tag::once("State"),
            xml::Tag::once("Result"),
            xml::Tag::once("Reason"),
            xml::Tag::once("TotalSize"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.policy_session_uid = el_.text()?,
                2 => out.creation_time_utc = el_.text()?,
                3 => out.end_time_utc = el_.text()?,
                4 => out.state = el_.text()?,
                5 => out.result = el_.text()?,
                6 => out.reason = el_.text()?,
                7 => out.total_size = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CdpReplicaTaskSession {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.attr("VmDisplayName", &self.vm_display_name);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("PolicySessionUid", &self.policy_session_uid);
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("EndTimeUTC", &self.end_time_utc);
        w.elem_text("State", &self.state);
        w.elem_text("Result", &self.result);
        w.elem_text("Reason", &self.reason);
        w.elem_text("TotalSize", &self.total_size);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CdpReplicaTaskSession {
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
