// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `agents`, `backups`.

#[allow(unused_imports)]
use super::*;

/// '&lt;AgentRestorePoints&gt;' of XML schema type 'AgentRestorePointEntityListType': the '&lt;AgentRestorePoint&gt;' entities of a collection as repeated children; JSON '{"AgentRestorePoints": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<AgentRestorePoints>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AgentRestorePoints {
    /// The 'AgentRestorePoint' entities of the collection.
    ///
    /// repeated XML element `<AgentRestorePoint>`; JSON `"AgentRestorePoints": […]`.
    pub agent_restore_points: crate::runtime::List<AgentRestorePoint>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for AgentRestorePoints {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("AgentRestorePoints", &self.agent_restore_points)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for AgentRestorePoints {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("AgentRestorePoints", &["AgentRestorePoint", "agentRestorePoints"]),
        ];
        crate::runtime::json::object(deserializer, "AgentRestorePoints", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for AgentRestorePoints {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.agent_restore_points = o.vec_of("AgentRestorePoint")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for AgentRestorePoints {
    const ROOTS: &'static [&'static str] = &["AgentRestorePoints"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            agent_restore_points: xml::elems(el, "AgentRestorePoint")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("AgentRestorePoint")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("AgentRestorePoint")])?.is_some() {
            out.agent_restore_points.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for AgentRestorePoints {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("AgentRestorePoint", &self.agent_restore_points);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for AgentRestorePoints {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.agent_restore_points,
            &crate::runtime::unknown::join(path, "AgentRestorePoint"),
            out,
        );
    }
}

/// '&lt;BackupFiles&gt;' of XML schema type 'BackupFileEntityListType': the '&lt;BackupFile&gt;' entities of a collection as repeated children; JSON '{"BackupFiles": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<BackupFiles>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BackupFiles {
    /// The 'BackupFile' entities of the collection.
    ///
    /// repeated XML element `<BackupFile>`; JSON `"BackupFiles": […]`.
    pub backup_files: crate::runtime::List<BackupFile>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for BackupFiles {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("BackupFiles", &self.backup_files)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for BackupFiles {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[F::new("BackupFiles", &["BackupFile", "backupFiles"])];
        crate::runtime::json::object(deserializer, "BackupFiles", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for BackupFiles {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.backup_files = o.vec_of("BackupFile")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for BackupFiles {
    const ROOTS: &'static [&'static str] = &["BackupFiles"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            backup_files: xml::elems(el, "BackupFile")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("BackupFile")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("BackupFile")])?.is_some() {
            out.backup_files.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for BackupFiles {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("BackupFile", &self.backup_files);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for BackupFiles {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.backup_files,
            &crate::runtime::unknown::join(path, "BackupFile"),
            out,
        );
    }
}
