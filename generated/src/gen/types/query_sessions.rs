// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `query`, `sessions`.

#[allow(unused_imports)]
use super::*;

/// Used by GET /backupTaskSessions/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backuptasksessions_id.html>
///
/// XML root element: `<BackupTaskSession>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BackupTaskSession {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Name of the backup task session, for example: dc-hv@2013-08-25 05:01:09.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the backup task session.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML attribute `VmDisplayName`; JSON `"VmDisplayName"`.
    pub vm_display_name: Option<String>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// UID of the backup job session parent to the backup task session resource.
    ///
    /// XML element `<JobSessionUid>`; JSON `"JobSessionUid"`.
    pub job_session_uid: Option<crate::runtime::Uid>,
    /// Date and time when the backup task session was started. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:30.389954Z.
    ///
    /// XML element `<CreationTimeUTC>`; JSON `"CreationTimeUTC"`.
    pub creation_time_utc: Option<crate::runtime::DateTime>,
    /// Date and time when the backup task session was ended. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:31.000000Z.
    ///
    /// XML element `<EndTimeUTC>`; JSON `"EndTimeUTC"`.
    pub end_time_utc: Option<crate::runtime::DateTime>,
    /// State of the backup task session. Possible values:
    ///
    /// - `InProgress`
    /// - `Pending`
    /// - `Completed`
    ///
    /// XML element `<State>`; JSON `"State"`.
    pub state: Option<super::enums::TaskSessionState>,
    /// Result of the backup task session. Possible values:
    ///
    /// - `Success`
    /// - `Warning`
    /// - `Failed`
    ///
    /// XML element `<Result>`; JSON `"Result"`.
    pub result: Option<super::enums::SessionResult>,
    /// Reason for which the backup task session has been completed with the Warning or Failed result.
    ///
    /// XML element `<Reason>`; JSON `"Reason"`.
    pub reason: Option<String>,
    /// Size of all restore points produced by the backup job.
    ///
    /// XML element `<TotalSize>`; JSON `"TotalSize"`.
    pub total_size: Option<i64>,
    /// UID of the VM that is processed in the backup task session.
    ///
    /// XML element `<VmUid>`; JSON `"VmUid"`.
    pub vm_uid: Option<crate::runtime::Uid>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for BackupTaskSession {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("VmDisplayName", &self.vm_display_name)?;
        o.opt("Links", &self.links)?;
        o.opt("JobSessionUid", &self.job_session_uid)?;
        o.opt("CreationTimeUTC", &self.creation_time_utc)?;
        o.opt("EndTimeUTC", &self.end_time_utc)?;
        o.opt("State", &self.state)?;
        o.opt("Result", &self.result)?;
        o.opt("Reason", &self.reason)?;
        o.opt("TotalSize", &self.total_size)?;
        o.opt("VmUid", &self.vm_uid)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for BackupTaskSession {
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
            F::new("JobSessionUid", &["jobSessionUid"]),
            F::new("CreationTimeUTC", &["creationTimeUTC"]),
            F::new("EndTimeUTC", &["endTimeUTC"]),
            F::new("State", &["state"]),
            F::new("Result", &["result"]),
            F::new("Reason", &["reason"]),
            F::new("TotalSize", &["totalSize"]),
            F::new("VmUid", &["vmUid"]),
        ];
        crate::runtime::json::object(deserializer, "BackupTaskSession", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for BackupTaskSession {
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
                6 => out.job_session_uid = o.lenient()?,
                7 => out.creation_time_utc = o.lenient()?,
                8 => out.end_time_utc = o.lenient()?,
                9 => out.state = o.value()?,
                10 => out.result = o.value()?,
                11 => out.reason = o.lenient()?,
                12 => out.total_size = o.lenient()?,
                13 => out.vm_uid = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for BackupTaskSession {
    const ROOTS: &'static [&'static str] = &["BackupTaskSession"];
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
            job_session_uid: xml::elem_text(el, "JobSessionUid")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            end_time_utc: xml::elem_text(el, "EndTimeUTC")?,
            state: xml::elem_text(el, "State")?,
            result: xml::elem_text(el, "Result")?,
            reason: xml::elem_text(el, "Reason")?,
            total_size: xml::elem_text(el, "TotalSize")?,
            vm_uid: xml::elem_text(el, "VmUid")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID", "VmDisplayName"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<crate::runtime::Uid>("JobSessionUid"),
                    xml::Child::once_text::<crate::runtime::DateTime>("CreationTimeUTC"),
                    xml::Child::once_text::<crate::runtime::DateTime>("EndTimeUTC"),
                    xml::Child::once_text::<super::enums::TaskSessionState>("State"),
                    xml::Child::once_text::<super::enums::SessionResult>("Result"),
                    xml::Child::once_text::<String>("Reason"),
                    xml::Child::once_text::<i64>("TotalSize"),
                    xml::Child::once_text::<crate::runtime::Uid>("VmUid"),
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
            xml::Tag::once("JobSessionUid"),
            xml::Tag::once("CreationTimeUTC"),
            xml::Tag::once("EndTimeUTC"),
            xml::Tag::once("State"),
            xml::Tag::once("Result"),
            xml::Tag::once("Reason"),
            xml::Tag::once("TotalSize"),
            xml::Tag::once("VmUid"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.job_session_uid = el_.text()?,
                2 => out.creation_time_utc = el_.text()?,
                3 => out.end_time_utc = el_.text()?,
                4 => out.state = el_.text()?,
                5 => out.result = el_.text()?,
                6 => out.reason = el_.text()?,
                7 => out.total_size = el_.text()?,
                8 => out.vm_uid = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for BackupTaskSession {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.attr("VmDisplayName", &self.vm_display_name);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("JobSessionUid", &self.job_session_uid);
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("EndTimeUTC", &self.end_time_utc);
        w.elem_text("State", &self.state);
        w.elem_text("Result", &self.result);
        w.elem_text("Reason", &self.reason);
        w.elem_text("TotalSize", &self.total_size);
        w.elem_text("VmUid", &self.vm_uid);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for BackupTaskSession {
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

/// Used by GET /replicaSessions/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicasessions_id.html>
///
/// XML root element: `<ReplicaJobSession>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReplicaJobSession {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Name of the replication job session resource, for example: exch@2013-08-26 22:28:51.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the replication job session resource, for example: urn:veeam:ReplicaJobSession:88b395e2-81ff-439c-558c-188d97274c15.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// UID of the replication job parent to the replication job session resource, for example: urn:veeam:Job:dce85686-59c8-42c4-8766-f1c00a5b8067.
    ///
    /// XML element `<JobUid>`; JSON `"JobUid"`.
    pub job_uid: Option<crate::runtime::Uid>,
    /// Name of the replication job parent to the replication job session resource, for example: SQL Replica.
    ///
    /// XML element `<JobName>`; JSON `"JobName"`.
    pub job_name: Option<String>,
    /// Type of the replication job session. Possible values: Replica.
    ///
    /// XML element `<JobType>`; JSON `"JobType"`.
    pub job_type: Option<String>,
    /// Date and time when the replication job session was started. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:30.389954Z.
    ///
    /// XML element `<CreationTimeUTC>`; JSON `"CreationTimeUTC"`.
    pub creation_time_utc: Option<crate::runtime::DateTime>,
    /// Date and time when the replication job session was ended. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:31.000000Z.
    ///
    /// XML element `<EndTimeUTC>`; JSON `"EndTimeUTC"`.
    pub end_time_utc: Option<crate::runtime::DateTime>,
    /// State of the replication job session. Possible values:
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
    /// Result of the replication job session. Possible values:
    ///
    /// - `Success`
    /// - `Warning`
    /// - `Failed`
    ///
    /// XML element `<Result>`; JSON `"Result"`.
    pub result: Option<super::enums::SessionResult>,
    /// Progress of the replication job session (between 1 and 100).
    ///
    /// XML element `<Progress>`; JSON `"Progress"`.
    pub progress: Option<i64>,
    /// Defines whether the replication job session has been retried or not. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<IsRetry>`; JSON `"IsRetry"`.
    pub is_retry: Option<bool>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for ReplicaJobSession {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Links", &self.links)?;
        o.opt("JobUid", &self.job_uid)?;
        o.opt("JobName", &self.job_name)?;
        o.opt("JobType", &self.job_type)?;
        o.opt("CreationTimeUTC", &self.creation_time_utc)?;
        o.opt("EndTimeUTC", &self.end_time_utc)?;
        o.opt("State", &self.state)?;
        o.opt("Result", &self.result)?;
        o.opt("Progress", &self.progress)?;
        o.opt("IsRetry", &self.is_retry)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for ReplicaJobSession {
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
            F::new("JobUid", &["jobUid"]),
            F::new("JobName", &["jobName"]),
            F::new("JobType", &["jobType"]),
            F::new("CreationTimeUTC", &["creationTimeUTC"]),
            F::new("EndTimeUTC", &["endTimeUTC"]),
            F::new("State", &["state"]),
            F::new("Result", &["result"]),
            F::new("Progress", &["progress"]),
            F::new("IsRetry", &["isRetry"]),
        ];
        crate::runtime::json::object(deserializer, "ReplicaJobSession", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for ReplicaJobSession {
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
                5 => out.job_uid = o.lenient()?,
                6 => out.job_name = o.lenient()?,
                7 => out.job_type = o.lenient()?,
                8 => out.creation_time_utc = o.lenient()?,
                9 => out.end_time_utc = o.lenient()?,
                10 => out.state = o.value()?,
                11 => out.result = o.value()?,
                12 => out.progress = o.lenient()?,
                13 => out.is_retry = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for ReplicaJobSession {
    const ROOTS: &'static [&'static str] = &["ReplicaJobSession"];
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
            job_uid: xml::elem_text(el, "JobUid")?,
            job_name: xml::elem_text(el, "JobName")?,
            job_type: xml::elem_text(el, "JobType")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            end_time_utc: xml::elem_text(el, "EndTimeUTC")?,
            state: xml::elem_text(el, "State")?,
            result: xml::elem_text(el, "Result")?,
            progress: xml::elem_text(el, "Progress")?,
            is_retry: xml::elem_text(el, "IsRetry")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<crate::runtime::Uid>("JobUid"),
                    xml::Child::once_text::<String>("JobName"),
                    xml::Child::once_text::<String>("JobType"),
                    xml::Child::once_text::<crate::runtime::DateTime>("CreationTimeUTC"),
                    xml::Child::once_text::<crate::runtime::DateTime>("EndTimeUTC"),
                    xml::Child::once_text::<super::enums::SessionState>("State"),
                    xml::Child::once_text::<super::enums::SessionResult>("Result"),
                    xml::Child::once_text::<i64>("Progress"),
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
            xml::Tag::once("JobUid"),
            xml::Tag::once("JobName"),
            xml::Tag::once("JobType"),
            xml::Tag::once("CreationTimeUTC"),
            xml::Tag::once("EndTimeUTC"),
            xml::Tag::once("State"),
            xml::Tag::once("Result"),
            xml::Tag::once("Progress"),
            xml::Tag::once("IsRetry"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.job_uid = el_.text()?,
                2 => out.job_name = el_.text()?,
                3 => out.job_type = el_.text()?,
                4 => out.creation_time_utc = el_.text()?,
                5 => out.end_time_utc = el_.text()?,
                6 => out.state = el_.text()?,
                7 => out.result = el_.text()?,
                8 => out.progress = el_.text()?,
                9 => out.is_retry = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for ReplicaJobSession {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("JobUid", &self.job_uid);
        w.elem_text("JobName", &self.job_name);
        w.elem_text("JobType", &self.job_type);
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("EndTimeUTC", &self.end_time_utc);
        w.elem_text("State", &self.state);
        w.elem_text("Result", &self.result);
        w.elem_text("Progress", &self.progress);
        w.elem_text("IsRetry", &self.is_retry);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for ReplicaJobSession {
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

/// Used by GET /replicaTaskSessions/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicatasksessions_id.html>
///
/// XML root element: `<ReplicaTaskSession>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReplicaTaskSession {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Name of the replication task session, for example: dc-hv@2013-08-25 05:01:09.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the replication task session.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML attribute `VmDisplayName`; JSON `"VmDisplayName"`.
    pub vm_display_name: Option<String>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// UID of the replication job session parent to the replication task session resource.
    ///
    /// XML element `<JobSessionUid>`; JSON `"JobSessionUid"`.
    pub job_session_uid: Option<crate::runtime::Uid>,
    /// Date and time when the replication task session was started. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:30.389954Z.
    ///
    /// XML element `<CreationTimeUTC>`; JSON `"CreationTimeUTC"`.
    pub creation_time_utc: Option<crate::runtime::DateTime>,
    /// Date and time when the replication task session was ended. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:31.000000Z.
    ///
    /// XML element `<EndTimeUTC>`; JSON `"EndTimeUTC"`.
    pub end_time_utc: Option<crate::runtime::DateTime>,
    /// State of the replication task session. Possible values:
    ///
    /// - `InProgress`
    /// - `Pending`
    /// - `Completed`
    ///
    /// XML element `<State>`; JSON `"State"`.
    pub state: Option<super::enums::TaskSessionState>,
    /// Result of the replication task session. Possible values:
    ///
    /// - `Success`
    /// - `Warning`
    /// - `Failed`
    ///
    /// XML element `<Result>`; JSON `"Result"`.
    pub result: Option<super::enums::SessionResult>,
    /// Reason for which the replication task session has been completed with the Warning or Failed result.
    ///
    /// XML element `<Reason>`; JSON `"Reason"`.
    pub reason: Option<String>,
    /// Size of all restore points produced by the replication job.
    ///
    /// XML element `<TotalSize>`; JSON `"TotalSize"`.
    pub total_size: Option<i64>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for ReplicaTaskSession {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("VmDisplayName", &self.vm_display_name)?;
        o.opt("Links", &self.links)?;
        o.opt("JobSessionUid", &self.job_session_uid)?;
        o.opt("CreationTimeUTC", &self.creation_time_utc)?;
        o.opt("EndTimeUTC", &self.end_time_utc)?;
        o.opt("State", &self.state)?;
        o.opt("Result", &self.result)?;
        o.opt("Reason", &self.reason)?;
        o.opt("TotalSize", &self.total_size)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for ReplicaTaskSession {
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
            F::new("JobSessionUid", &["jobSessionUid"]),
            F::new("CreationTimeUTC", &["creationTimeUTC"]),
            F::new("EndTimeUTC", &["endTimeUTC"]),
            F::new("State", &["state"]),
            F::new("Result", &["result"]),
            F::new("Reason", &["reason"]),
            F::new("TotalSize", &["totalSize"]),
        ];
        crate::runtime::json::object(deserializer, "ReplicaTaskSession", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for ReplicaTaskSession {
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
                6 => out.job_session_uid = o.lenient()?,
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

impl crate::runtime::xml::FromXml for ReplicaTaskSession {
    const ROOTS: &'static [&'static str] = &["ReplicaTaskSession"];
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
            job_session_uid: xml::elem_text(el, "JobSessionUid")?,
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
                    xml::Child::once_text::<crate::runtime::Uid>("JobSessionUid"),
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
            xml::Tag::once("JobSessionUid"),
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
                1 => out.job_session_uid = el_.text()?,
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

impl crate::runtime::xml::ToXml for ReplicaTaskSession {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.attr("VmDisplayName", &self.vm_display_name);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("JobSessionUid", &self.job_session_uid);
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("EndTimeUTC", &self.end_time_utc);
        w.elem_text("State", &self.state);
        w.elem_text("Result", &self.result);
        w.elem_text("Reason", &self.reason);
        w.elem_text("TotalSize", &self.total_size);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for ReplicaTaskSession {
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

/// Used by GET /restoreSessions/{ID}, POST /catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/{filepath}?action=restore.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restoresessions_id.html>
///
/// XML root element: `<RestoreSession>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RestoreSession {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Name of the restore session resource, for example: sql02@2013-08-26 11:28:33.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the restore session resource, for example: urn:veeam:RestoreSession:ed8e95ca-6ec5-4a2d-978b-e1108c4130b6.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML attribute `VmDisplayName`; JSON `"VmDisplayName"`.
    pub vm_display_name: Option<String>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Type of the restore session. Possible values:
    ///
    /// - `FileLevelRestore`
    /// - `RestoreVm`
    ///
    /// XML element `<JobType>`; JSON `"JobType"`.
    pub job_type: Option<super::enums::RestoreSessionJobType>,
    /// Date and time when the restore session was started. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:30.389954Z.
    ///
    /// XML element `<CreationTimeUTC>`; JSON `"CreationTimeUTC"`.
    pub creation_time_utc: Option<crate::runtime::DateTime>,
    /// Date and time when the restore session was ended. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:31.000000Z.
    ///
    /// XML element `<EndTimeUTC>`; JSON `"EndTimeUTC"`.
    pub end_time_utc: Option<crate::runtime::DateTime>,
    /// State of the restore session. Possible values:
    ///
    /// - `Starting`
    /// - `Stopping`
    /// - `Working`
    /// - `Stopped`
    ///
    /// XML element `<State>`; JSON `"State"`.
    pub state: Option<super::enums::RestoreSessionState>,
    /// Result of the restore session. Possible values:
    ///
    /// - `Success`
    /// - `Warning`
    /// - `Failed`
    ///
    /// XML element `<Result>`; JSON `"Result"`.
    pub result: Option<super::enums::SessionResult>,
    /// Progress of the replication job session (between 1 and 100).
    ///
    /// XML element `<Progress>`; JSON `"Progress"`.
    pub progress: Option<i64>,
    /// Reference to the restored object.
    ///
    /// XML element `<RestoredObjRef>`; JSON `"RestoredObjRef"`.
    pub restored_obj_ref: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for RestoreSession {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("VmDisplayName", &self.vm_display_name)?;
        o.opt("Links", &self.links)?;
        o.opt("JobType", &self.job_type)?;
        o.opt("CreationTimeUTC", &self.creation_time_utc)?;
        o.opt("EndTimeUTC", &self.end_time_utc)?;
        o.opt("State", &self.state)?;
        o.opt("Result", &self.result)?;
        o.opt("Progress", &self.progress)?;
        o.opt("RestoredObjRef", &self.restored_obj_ref)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for RestoreSession {
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
            F::new("JobType", &["jobType"]),
            F::new("CreationTimeUTC", &["creationTimeUTC"]),
            F::new("EndTimeUTC", &["endTimeUTC"]),
            F::new("State", &["state"]),
            F::new("Result", &["result"]),
            F::new("Progress", &["progress"]),
            F::new("RestoredObjRef", &["restoredObjRef"]),
        ];
        crate::runtime::json::object(deserializer, "RestoreSession", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for RestoreSession {
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
                6 => out.job_type = o.value()?,
                7 => out.creation_time_utc = o.lenient()?,
                8 => out.end_time_utc = o.lenient()?,
                9 => out.state = o.value()?,
                10 => out.result = o.value()?,
                11 => out.progress = o.lenient()?,
                12 => out.restored_obj_ref = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for RestoreSession {
    const ROOTS: &'static [&'static str] = &["RestoreSession"];
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
            job_type: xml::elem_text(el, "JobType")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            end_time_utc: xml::elem_text(el, "EndTimeUTC")?,
            state: xml::elem_text(el, "State")?,
            result: xml::elem_text(el, "Result")?,
            progress: xml::elem_text(el, "Progress")?,
            restored_obj_ref: xml::elem_text(el, "RestoredObjRef")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID", "VmDisplayName"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<
                        super::enums::RestoreSessionJobType,
                    >("JobType"),
                    xml::Child::once_text::<crate::runtime::DateTime>("CreationTimeUTC"),
                    xml::Child::once_text::<crate::runtime::DateTime>("EndTimeUTC"),
                    xml::Child::once_text::<super::enums::RestoreSessionState>("State"),
                    xml::Child::once_text::<super::enums::SessionResult>("Result"),
                    xml::Child::once_text::<i64>("Progress"),
                    xml::Child::once_text::<String>("RestoredObjRef"),
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
            xml::Tag::once("JobType"),
            xml::Tag::once("CreationTimeUTC"),
            xml::Tag::once("EndTimeUTC"),
            xml::Tag::once("State"),
            xml::Tag::once("Result"),
            xml::Tag::once("Progress"),
            xml::Tag::once("RestoredObjRef"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.job_type = el_.text()?,
                2 => out.creation_time_utc = el_.text()?,
                3 => out.end_time_utc = el_.text()?,
                4 => out.state = el_.text()?,
                5 => out.result = el_.text()?,
                6 => out.progress = el_.text()?,
                7 => out.restored_obj_ref = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for RestoreSession {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.attr("VmDisplayName", &self.vm_display_name);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("JobType", &self.job_type);
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("EndTimeUTC", &self.end_time_utc);
        w.elem_text("State", &self.state);
        w.elem_text("Result", &self.result);
        w.elem_text("Progress", &self.progress);
        w.elem_text("RestoredObjRef", &self.restored_obj_ref);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for RestoreSession {
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
