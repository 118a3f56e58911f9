// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `sessions`.

#[allow(unused_imports)]
use super::*;

/// '&lt;BackupTaskSessions&gt;' of XML schema type 'BackupTaskSessionEntityListType': the '&lt;BackupTaskSession&gt;' entities of a collection as repeated children; JSON '{"BackupTaskSessions": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<BackupTaskSessions>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BackupTaskSessions {
    /// The 'BackupTaskSession' entities of the collection.
    ///
    /// repeated XML element `<BackupTaskSession>`; JSON `"BackupTaskSessions": […]`.
    pub backup_task_sessions: crate::runtime::List<BackupTaskSession>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for BackupTaskSessions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("BackupTaskSessions", &self.backup_task_sessions)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for BackupTaskSessions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("BackupTaskSessions", &["BackupTaskSession", "backupTaskSessions"]),
        ];
        crate::runtime::json::object(deserializer, "BackupTaskSessions", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for BackupTaskSessions {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.backup_task_sessions = o.vec_of("BackupTaskSession")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for BackupTaskSessions {
    const ROOTS: &'static [&'static str] = &["BackupTaskSessions"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            backup_task_sessions: xml::elems(el, "BackupTaskSession")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("BackupTaskSession")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("BackupTaskSession")])?.is_some() {
            out.backup_task_sessions.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for BackupTaskSessions {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("BackupTaskSession", &self.backup_task_sessions);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for BackupTaskSessions {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.backup_task_sessions,
            &crate::runtime::unknown::join(path, "BackupTaskSession"),
            out,
        );
    }
}

/// '&lt;ReplicaJobSessions&gt;' of XML schema type 'ReplicaJobSessionEntityListType': the '&lt;ReplicaJobSession&gt;' entities of a collection as repeated children; JSON '{"ReplicaJobSessions": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<ReplicaJobSessions>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReplicaJobSessions {
    /// The 'ReplicaJobSession' entities of the collection.
    ///
    /// repeated XML element `<ReplicaJobSession>`; JSON `"ReplicaJobSessions": […]`.
    pub replica_job_sessions: crate::runtime::List<ReplicaJobSession>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for ReplicaJobSessions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("ReplicaJobSessions", &self.replica_job_sessions)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for ReplicaJobSessions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("ReplicaJobSessions", &["ReplicaJobSession", "replicaJobSessions"]),
        ];
        crate::runtime::json::object(deserializer, "ReplicaJobSessions", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for ReplicaJobSessions {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.replica_job_sessions = o.vec_of("ReplicaJobSession")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for ReplicaJobSessions {
    const ROOTS: &'static [&'static str] = &["ReplicaJobSessions"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            replica_job_sessions: xml::elems(el, "ReplicaJobSession")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("ReplicaJobSession")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("ReplicaJobSession")])?.is_some() {
            out.replica_job_sessions.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for ReplicaJobSessions {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("ReplicaJobSession", &self.replica_job_sessions);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for ReplicaJobSessions {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.replica_job_sessions,
            &crate::runtime::unknown::join(path, "ReplicaJobSession"),
            out,
        );
    }
}

/// '&lt;ReplicaTaskSessions&gt;' of XML schema type 'ReplicaTaskSessionEntityListType': the '&lt;ReplicaTaskSession&gt;' entities of a collection as repeated children; JSON '{"ReplicaTaskSessions": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<ReplicaTaskSessions>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReplicaTaskSessions {
    /// The 'ReplicaTaskSession' entities of the collection.
    ///
    /// repeated XML element `<ReplicaTaskSession>`; JSON `"ReplicaTaskSessions": […]`.
    pub replica_task_sessions: crate::runtime::List<ReplicaTaskSession>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for ReplicaTaskSessions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("ReplicaTaskSessions", &self.replica_task_sessions)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for ReplicaTaskSessions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("ReplicaTaskSessions", &["ReplicaTaskSession", "replicaTaskSessions"]),
        ];
        crate::runtime::json::object(deserializer, "ReplicaTaskSessions", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for ReplicaTaskSessions {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.replica_task_sessions = o.vec_of("ReplicaTaskSession")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for ReplicaTaskSessions {
    const ROOTS: &'static [&'static str] = &["ReplicaTaskSessions"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            replica_task_sessions: xml::elems(el, "ReplicaTaskSession")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("ReplicaTaskSession")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("ReplicaTaskSession")])?.is_some() {
            out.replica_task_sessions.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for ReplicaTaskSessions {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("ReplicaTaskSession", &self.replica_task_sessions);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for ReplicaTaskSessions {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.replica_task_sessions,
            &crate::runtime::unknown::join(path, "ReplicaTaskSession"),
            out,
        );
    }
}

/// '&lt;RestoreSessions&gt;' of XML schema type 'RestoreSessionEntityListType': the '&lt;RestoreSession&gt;' entities of a collection as repeated children; JSON '{"RestoreSessions": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<RestoreSessions>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RestoreSessions {
    /// The 'RestoreSession' entities of the collection.
    ///
    /// repeated XML element `<RestoreSession>`; JSON `"RestoreSessions": […]`.
    pub restore_sessions: crate::runtime::List<RestoreSession>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for RestoreSessions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("RestoreSessions", &self.restore_sessions)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for RestoreSessions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("RestoreSessions", &["RestoreSession", "restoreSessions"]),
        ];
        crate::runtime::json::object(deserializer, "RestoreSessions", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for RestoreSessions {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.restore_sessions = o.vec_of("RestoreSession")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for RestoreSessions {
    const ROOTS: &'static [&'static str] = &["RestoreSessions"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            restore_sessions: xml::elems(el, "RestoreSession")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("RestoreSession")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("RestoreSession")])?.is_some() {
            out.restore_sessions.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for RestoreSessions {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("RestoreSession", &self.restore_sessions);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for RestoreSessions {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.restore_sessions,
            &crate::runtime::unknown::join(path, "RestoreSession"),
            out,
        );
    }
}

/// Used by GET /systemSessions/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_systemsessions_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SessionResultInfoType {
    /// Result of the session. Possible values:
    ///
    /// - `Success`
    /// - `Warning`
    /// - `Failed`
    ///
    /// XML element `<Result>`; JSON `"Result"`.
    pub result: Option<super::enums::SessionResult>,
    /// Message with result details.
    ///
    /// XML element `<Message>`; JSON `"Message"`.
    pub message: Option<String>,
    /// Defines whether the session was canceled or not. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<IsCanceled>`; JSON `"IsCanceled"`.
    pub is_canceled: Option<bool>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for SessionResultInfoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Result", &self.result)?;
        o.opt("Message", &self.message)?;
        o.opt("IsCanceled", &self.is_canceled)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for SessionResultInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Result", &["result"]),
            F::new("Message", &["message"]),
            F::new("IsCanceled", &["isCanceled"]),
        ];
        crate::runtime::json::object(deserializer, "SessionResultInfoType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for SessionResultInfoType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.result = o.value()?,
                1 => out.message = o.lenient()?,
                2 => out.is_canceled = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for SessionResultInfoType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            result: xml::elem_text(el, "Result")?,
            message: xml::elem_text(el, "Message")?,
            is_canceled: xml::elem_text(el, "IsCanceled")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<super::enums::SessionResult>("Result"),
                    xml::Child::once_text::<String>("Message"),
                    xml::Child::once_text::<bool>("IsCanceled"),
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
            xml::Tag::once("Result"),
            xml::Tag::once("Message"),
            xml::Tag::once("IsCanceled"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.result = el_.text()?,
                1 => out.message = el_.text()?,
                2 => out.is_canceled = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for SessionResultInfoType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Result", &self.result);
        w.elem_text("Message", &self.message);
        w.elem_text("IsCanceled", &self.is_canceled);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for SessionResultInfoType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /systemSessions/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_systemsessions_id.html>
///
/// XML root element: `<SystemSession>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SystemSession {
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// Name of the system session resource, for example: Collect Job @2023-01-27 17:05:52.069837.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the system session resource, for example: urn:veeam:SystemSession:00057ade-8f1a-4b54-a265-391441981e25.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Type of the system session. Possible values:
    ///
    /// - `CatalogConsolidation`
    /// - `CatalogCrawlJob`
    /// - `CatalogReplicationJob`
    /// - `CollectJob`
    /// - `SecurityScopesRebuild`
    /// - `VcPluginJob`
    /// - `LicAutoUpdate`
    /// - `DatabaseMaintenance`
    /// - `HistoryCollectJob`
    /// - `LicenseRevoke`
    /// - `SyncCheckForProductUpdatesOption`
    /// - `LogExport`
    ///
    /// XML element `<SessionType>`; JSON `"SessionType"`.
    pub session_type: Option<super::enums::SystemSessionSessionType>,
    /// Date and time when the system session was launched. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:30.389954Z.
    ///
    /// XML element `<CreationTimeUTC>`; JSON `"CreationTimeUTC"`.
    pub creation_time_utc: Option<crate::runtime::DateTime>,
    /// Date and time when the system session was completed. The parameter accepts only UTC-formatted DateTime values, for example: 2025-08-14T12:31:31.000000Z.
    ///
    /// XML element `<EndTimeUTC>`; JSON `"EndTimeUTC"`.
    pub end_time_utc: Option<crate::runtime::DateTime>,
    /// State of the system session. Possible values:
    ///
    /// - `InProgress`
    /// - `CompletedSuccessfully`
    /// - `CompletedWarning`
    /// - `Failed`
    ///
    /// XML element `<State>`; JSON `"State"`.
    pub state: Option<super::enums::SystemSessionState>,
    /// Result of the system session. For details, see Session Result.
    ///
    /// XML element `<Result>`; JSON `"Result"`.
    pub result: Option<SessionResultInfoType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for SystemSession {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Href", &self.href)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Links", &self.links)?;
        o.opt("SessionType", &self.session_type)?;
        o.opt("CreationTimeUTC", &self.creation_time_utc)?;
        o.opt("EndTimeUTC", &self.end_time_utc)?;
        o.opt("State", &self.state)?;
        o.opt("Result", &self.result)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for SystemSession {
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
            F::new("SessionType", &["sessionType"]),
            F::new("CreationTimeUTC", &["creationTimeUTC"]),
            F::new("EndTimeUTC", &["endTimeUTC"]),
            F::new("State", &["state"]),
            F::new("Result", &["result"]),
        ];
        crate::runtime::json::object(deserializer, "SystemSession", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for SystemSession {
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
                5 => out.session_type = o.value()?,
                6 => out.creation_time_utc = o.lenient()?,
                7 => out.end_time_utc = o.lenient()?,
                8 => out.state = o.value()?,
                9 => out.result = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for SystemSession {
    const ROOTS: &'static [&'static str] = &["SystemSession"];
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
            session_type: xml::elem_text(el, "SessionType")?,
            creation_time_utc: xml::elem_text(el, "CreationTimeUTC")?,
            end_time_utc: xml::elem_text(el, "EndTimeUTC")?,
            state: xml::elem_text(el, "State")?,
            result: xml::elem(el, "Result")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href", "Type", "Name", "UID"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<
                        super::enums::SystemSessionSessionType,
                    >("SessionType"),
                    xml::Child::once_text::<crate::runtime::DateTime>("CreationTimeUTC"),
                    xml::Child::once_text::<crate::runtime::DateTime>("EndTimeUTC"),
                    xml::Child::once_text::<super::enums::SystemSessionState>("State"),
                    xml::Child::once("Result"),
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
            xml::Tag::once("SessionType"),
            xml::Tag::once("CreationTimeUTC"),
            xml::Tag::once("EndTimeUTC"),
            xml::Tag::once("State"),
            xml::Tag::once("Result"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.session_type = el_.text()?,
                2 => out.creation_time_utc = el_.text()?,
                3 => out.end_time_utc = el_.text()?,
                4 => out.state = el_.text()?,
                5 => out.result = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for SystemSession {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("SessionType", &self.session_type);
        w.elem_text("CreationTimeUTC", &self.creation_time_utc);
        w.elem_text("EndTimeUTC", &self.end_time_utc);
        w.elem_text("State", &self.state);
        w.elem("Result", &self.result);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for SystemSession {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.result,
            &crate::runtime::unknown::join(path, "Result"),
            out,
        );
    }
}

/// '&lt;SystemSessionEvents&gt;' of XML schema type 'SystemSessionEventResourceType': no page spells out its members. Typed from the conventions of resource\_representations (see <https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>) (every entity carries 'Href', 'Type' and 'Links') and the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); what else the server sends is not described here.
///
/// XML root element: `<SystemSessionEvents>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SystemSessionEvents {
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

impl serde::Serialize for SystemSessionEvents {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Links", &self.links)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for SystemSessionEvents {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("Links", &["Link", "links"]),
        ];
        crate::runtime::json::object(deserializer, "SystemSessionEvents", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for SystemSessionEvents {
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

impl crate::runtime::xml::FromXml for SystemSessionEvents {
    const ROOTS: &'static [&'static str] = &["SystemSessionEvents"];
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

impl crate::runtime::xml::ToXml for SystemSessionEvents {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.wrapped("Links", "Link", self.links.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for SystemSessionEvents {
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

/// '&lt;SystemSessions&gt;' of XML schema type 'SystemSessionEntityListType': the '&lt;SystemSession&gt;' entities of a collection as repeated children; JSON '{"SystemSessions": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<SystemSessions>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SystemSessions {
    /// The 'SystemSession' entities of the collection.
    ///
    /// repeated XML element `<SystemSession>`; JSON `"SystemSessions": […]`.
    pub system_sessions: crate::runtime::List<SystemSession>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for SystemSessions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("SystemSessions", &self.system_sessions)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for SystemSessions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("SystemSessions", &["SystemSession", "systemSessions"]),
        ];
        crate::runtime::json::object(deserializer, "SystemSessions", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for SystemSessions {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.system_sessions = o.vec_of("SystemSession")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for SystemSessions {
    const ROOTS: &'static [&'static str] = &["SystemSessions"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            system_sessions: xml::elems(el, "SystemSession")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("SystemSession")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("SystemSession")])?.is_some() {
            out.system_sessions.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for SystemSessions {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("SystemSession", &self.system_sessions);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for SystemSessions {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.system_sessions,
            &crate::runtime::unknown::join(path, "SystemSession"),
            out,
        );
    }
}

/// Used by POST /agents/agentRestorePoints/{ID}/mounts.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_agents_agentrestorepoints_id_mounts.html>
///
/// XML root element: `<Tasks>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Tasks {
    /// repeated XML element `<Task>`; JSON `"Tasks": […]`.
    pub tasks: crate::runtime::List<Task>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for Tasks {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("Tasks", &self.tasks)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for Tasks {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[F::new("Tasks", &["Task", "tasks"])];
        crate::runtime::json::object(deserializer, "Tasks", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for Tasks {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.tasks = o.vec_of("Task")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for Tasks {
    const ROOTS: &'static [&'static str] = &["Tasks"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            tasks: xml::elems(el, "Task")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("Task")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("Task")])?.is_some() {
            out.tasks.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for Tasks {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("Task", &self.tasks);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for Tasks {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.tasks,
            &crate::runtime::unknown::join(path, "Task"),
            out,
        );
    }
}
