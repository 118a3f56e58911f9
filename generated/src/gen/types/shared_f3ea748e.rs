// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `agents`, `backup-servers`, `backups`, `cdp`, `cloud`, `inventory`, `jobs`, `nas`, `query`, `replication`, `repositories`, `restore`, `security`, `self-service`, `sessions`.

#[allow(unused_imports)]
use super::*;

/// Used by GET /agents/discoveredComputers, GET /backupFiles/{ID}/restorePoints, GET /backupFiles/{ID}/vmRestorePoints, GET /backupSessions/{ID}/agentManagementSessions, GET /backups/{ID}/restorePoints, GET /cdpPolicies/{ID}/cdpReplicaSessions, GET /nas/jobs/{ID}/backupSessions, GET /replicaSessions, GET /selfService/vSphere/Configs, GET /vCloud/orgConfigs.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_discoveredcomputers.html>
///
/// XML root element: `<EntityReferences>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntityReferences {
    /// repeated XML element `<Ref>`; JSON `"Refs": […]`.
    pub refs: crate::runtime::List<Ref>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for EntityReferences {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("Refs", &self.refs)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for EntityReferences {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[F::new("Refs", &["Ref", "refs"])];
        crate::runtime::json::object(deserializer, "EntityReferences", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for EntityReferences {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.refs = o.vec_of("Ref")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for EntityReferences {
    const ROOTS: &'static [&'static str] = &[
        "EntityReferences",
        "CredentialsInfoList",
        "PasswordKeyInfoList",
        "ObjectsInJob",
        "LinkedBackupRepositoryResourceObjects",
        "LinkedJobResourceObjects",
        "NASObjects",
        "QueryResult",
        "SystemSessions",
    ];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            refs: xml::elems(el, "Ref")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("Ref")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("Ref")])?.is_some() {
            out.refs.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for EntityReferences {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("Ref", &self.refs);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for EntityReferences {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.refs,
            &crate::runtime::unknown::join(path, "Ref"),
            out,
        );
    }
}
