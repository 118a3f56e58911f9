// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `nas`, `query`, `sessions`.

#[allow(unused_imports)]
use super::*;

/// Used by GET /backupSessions/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupsessions_id.html>
///
/// XML root element: `<BackupJobSession>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BackupJobSession {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Name of the backup job session resource, for example: exch@2013-08-26 22:28:51.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the backup job session resource, for example: urn:veeam:BackupJobSession:88b395e2-81ff-439c-558c-188d97274c15.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// UID of the backup job parent to the backup job session resource, for example: urn:veeam:Job:dce85686-59c8-42c4-8766-f1c00a5b8067.
    ///
    /// XML element `<JobUid>`; JSON `"JobUid"`.
    pub job_uid: Option<crate::runtime::Uid>,
    /// Name of the backup job parent to the backup job session resource, for example: SQL Backup.
    ///
    /// XML element `<JobName>`; JSON `"JobName"`.
    pub job_name: Option<String>,
    /// Type of the backup job session. Possible values:
    ///
    /// - `Backup` — VM backup job session.
    /// - `BackupCopy` — periodic backup copy job session.
    /// - `ImmediateBackupCopy` — immediate backup copy job session.
    /// - `ImmediateBackupCopyWorker` — child immediate backup copy job session that processes restore points of a specific source backup job.
    /// - `AgentBackup` — Veeam Agent backup job session. Represents a Veeam Agent backup job session container state and progress, contains links for child Veeam Agent backup job sessions.
    /// - `AgentManagement` — Veeam Agent child job session. Represents a Veeam Agent protected machine backup state and backup progress, contains links for restore points and the parent backup job session.
    /// - `NasBackup` — file share backup job session.
    ///
    /// XML element `<JobType>`; JSON `"JobType"`.
    pub job_type: Option<super::enums::BackupJobSessionJobType>,
    /// Date and time when the backup job session was started. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:30.389954Z.
    ///
    /// XML element `<CreationTimeUTC>`; JSON `"CreationTimeUTC"`.
    pub creation_time_utc: Option<crate::runtime::DateTime>,
    /// Date and time when the backup job session was ended. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:31.000000Z.
    ///
    /// XML element `<EndTimeUTC>`; JSON `"EndTimeUTC"`.
    pub end_time_utc: Option<crate::runtime::DateTime>,
    /// State of the backup job session. Possible values:
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
    /// Result of the backup job session. Possible values:
    ///
    /// - `Success`
    /// - `Warning`
    /// - `Failed`
    ///
    /// XML element `<Result>`; JSON `"Result"`.
    pub result: Option<super::enums::SessionResult>,
    /// Progress of the backup job session.
    ///
    /// XML element `<Progress>`; JSON `"Progress"`.
    pub progress: Option<i64>,
    /// Defines whether the backup job session has been retried or not. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<IsRetry>`; JSON `"IsRetry"`.
    pub is_retry: Option<bool>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for BackupJobSession {
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

impl<'de> serde::Deserialize<'de> for BackupJobSession {
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
        crate::runtime::json::object(deserializer, "BackupJobSession", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for BackupJobSession {
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
                7 => out.job_type = o.value()?,
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

impl crate::runtime::xml::FromXml for BackupJobSession {
    const ROOTS: &'static [&'static str] = &["BackupJobSession"];
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
                    xml::Child::once_text::<
                        super::enums::BackupJobSessionJobType,
                    >("JobType"),
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

impl crate::runtime::xml::ToXml for BackupJobSession {
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

impl crate::runtime::Members for BackupJobSession {
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
