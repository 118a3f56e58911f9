// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `agents`.

#[allow(unused_imports)]
use super::*;

/// '&lt;AgentBackupJobs&gt;' of XML schema type 'AgentBackupJobEntityListType': the '&lt;AgentBackupJob&gt;' entities of a collection as repeated children; JSON '{"AgentBackupJobs": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<AgentBackupJobs>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AgentBackupJobs {
    /// The 'AgentBackupJob' entities of the collection.
    ///
    /// repeated XML element `<AgentBackupJob>`; JSON `"AgentBackupJobs": […]`.
    pub agent_backup_jobs: crate::runtime::List<AgentBackupJob>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for AgentBackupJobs {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("AgentBackupJobs", &self.agent_backup_jobs)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for AgentBackupJobs {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("AgentBackupJobs", &["AgentBackupJob", "agentBackupJobs"]),
        ];
        crate::runtime::json::object(deserializer, "AgentBackupJobs", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for AgentBackupJobs {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.agent_backup_jobs = o.vec_of("AgentBackupJob")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for AgentBackupJobs {
    const ROOTS: &'static [&'static str] = &["AgentBackupJobs"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            agent_backup_jobs: xml::elems(el, "AgentBackupJob")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("AgentBackupJob")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("AgentBackupJob")])?.is_some() {
            out.agent_backup_jobs.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for AgentBackupJobs {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("AgentBackupJob", &self.agent_backup_jobs);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for AgentBackupJobs {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.agent_backup_jobs,
            &crate::runtime::unknown::join(path, "AgentBackupJob"),
            out,
        );
    }
}

/// '&lt;AgentProtectionGroups&gt;' of XML schema type 'AgentProtectionGroupEntityListType': the '&lt;AgentProtectionGroup&gt;' entities of a collection as repeated children; JSON '{"AgentProtectionGroups": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<AgentProtectionGroups>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AgentProtectionGroups {
    /// The 'AgentProtectionGroup' entities of the collection.
    ///
    /// repeated XML element `<AgentProtectionGroup>`; JSON `"AgentProtectionGroups": […]`.
    pub agent_protection_groups: crate::runtime::List<AgentProtectionGroup>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for AgentProtectionGroups {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("AgentProtectionGroups", &self.agent_protection_groups)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for AgentProtectionGroups {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new(
                "AgentProtectionGroups",
                &["AgentProtectionGroup", "agentProtectionGroups"],
            ),
        ];
        crate::runtime::json::object(deserializer, "AgentProtectionGroups", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for AgentProtectionGroups {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.agent_protection_groups = o.vec_of("AgentProtectionGroup")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for AgentProtectionGroups {
    const ROOTS: &'static [&'static str] = &["AgentProtectionGroups"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            agent_protection_groups: xml::elems(el, "AgentProtectionGroup")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("AgentProtectionGroup")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("AgentProtectionGroup")])?.is_some() {
            out.agent_protection_groups.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for AgentProtectionGroups {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("AgentProtectionGroup", &self.agent_protection_groups);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for AgentProtectionGroups {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.agent_protection_groups,
            &crate::runtime::unknown::join(path, "AgentProtectionGroup"),
            out,
        );
    }
}

/// Used by GET /agents/agentRestorePoints/{ID}/mounts/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_agentrestorepoints_id_mounts_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AgentRestorePointMount {
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Collection of DirectoryEntry resources that represent guest OS files and folders in the machine file system hierarchy. For details, see Directory Entries.
    ///
    /// XML element `<FSRoots>`; JSON `"FSRoots"`.
    pub fs_roots: Option<DirectoryEntryListType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for AgentRestorePointMount {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Href", &self.href)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Links", &self.links)?;
        o.opt("FSRoots", &self.fs_roots)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for AgentRestorePointMount {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Href", &["href"]),
            F::new("Type", &["type"]),
            F::new("Links", &["Link", "links"]),
            F::new("FSRoots", &["fSRoots", "fsRoots"]),
        ];
        crate::runtime::json::object(deserializer, "AgentRestorePointMount", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for AgentRestorePointMount {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.href = o.lenient()?,
                1 => out.r#type = o.lenient()?,
                2 => out.links = o.list_of("Link")?,
                3 => out.fs_roots = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for AgentRestorePointMount {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            links: xml::wrapped(el, "Links", "Link")?,
            fs_roots: xml::elem(el, "FSRoots")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href", "Type"],
                &[xml::Child::once("Links"), xml::Child::once("FSRoots")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        {
            let at_ = el_.attrs(&["Href", "Type"])?;
            out.href = xml::attr_value(&at_[0])?;
            out.r#type = xml::attr_value(&at_[1])?;
        }
        const TAGS: &[xml::Tag] = &[xml::Tag::once("Links"), xml::Tag::once("FSRoots")];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.fs_roots = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for AgentRestorePointMount {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem("FSRoots", &self.fs_roots);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for AgentRestorePointMount {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.fs_roots,
            &crate::runtime::unknown::join(path, "FSRoots"),
            out,
        );
    }
}

/// Used by GET /agents/agentRestorePoints/{ID}/mounts.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_agentrestorepoints_id_mounts.html>
///
/// XML root element: `<AgentRestorePointMounts>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AgentRestorePointMounts {
    /// repeated XML element `<AgentRestorePointMount>`; JSON `"AgentRestorePointMounts": […]`.
    pub agent_restore_point_mounts: crate::runtime::List<AgentRestorePointMount>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for AgentRestorePointMounts {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("AgentRestorePointMounts", &self.agent_restore_point_mounts)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for AgentRestorePointMounts {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new(
                "AgentRestorePointMounts",
                &["AgentRestorePointMount", "agentRestorePointMounts"],
            ),
        ];
        crate::runtime::json::object(deserializer, "AgentRestorePointMounts", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for AgentRestorePointMounts {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.agent_restore_point_mounts = o.vec_of("AgentRestorePointMount")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for AgentRestorePointMounts {
    const ROOTS: &'static [&'static str] = &["AgentRestorePointMounts"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            agent_restore_point_mounts: xml::elems(el, "AgentRestorePointMount")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("AgentRestorePointMount")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("AgentRestorePointMount")])?.is_some() {
            out.agent_restore_point_mounts.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for AgentRestorePointMounts {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("AgentRestorePointMount", &self.agent_restore_point_mounts);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for AgentRestorePointMounts {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.agent_restore_point_mounts,
            &crate::runtime::unknown::join(path, "AgentRestorePointMount"),
            out,
        );
    }
}

/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/agents.html>
///
/// XML root element: `<Agents>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Agents {
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for Agents {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Href", &self.href)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Links", &self.links)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for Agents {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Href", &["href"]),
            F::new("Type", &["type"]),
            F::new("Links", &["Link", "links"]),
        ];
        crate::runtime::json::object(deserializer, "Agents", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for Agents {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.href = o.lenient()?,
                1 => out.r#type = o.lenient()?,
                2 => out.links = o.list_of("Link")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for Agents {
    const ROOTS: &'static [&'static str] = &["Agents"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            href: xml::attr(el, "Href")?,
            r#type: xml::attr(el, "Type")?,
            links: xml::wrapped(el, "Links", "Link")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Href", "Type"],
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
            let at_ = el_.attrs(&["Href", "Type"])?;
            out.href = xml::attr_value(&at_[0])?;
            out.r#type = xml::attr_value(&at_[1])?;
        }
        while el_.next_child(&[xml::Tag::once("Links")])?.is_some() {
            out.links = Some(el_.wrapped("Link")?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for Agents {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Href", &self.href);
        w.attr("Type", &self.r#type);
        w.wrapped("Links", "Link", self.links.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for Agents {
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

/// '&lt;DiscoveredComputers&gt;' of XML schema type 'DiscoveredComputerEntityListType': the '&lt;DiscoveredComputer&gt;' entities of a collection as repeated children; JSON '{"DiscoveredComputers": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<DiscoveredComputers>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DiscoveredComputers {
    /// The 'DiscoveredComputer' entities of the collection.
    ///
    /// repeated XML element `<DiscoveredComputer>`; JSON `"DiscoveredComputers": […]`.
    pub discovered_computers: crate::runtime::List<DiscoveredComputer>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for DiscoveredComputers {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("DiscoveredComputers", &self.discovered_computers)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for DiscoveredComputers {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("DiscoveredComputers", &["DiscoveredComputer", "discoveredComputers"]),
        ];
        crate::runtime::json::object(deserializer, "DiscoveredComputers", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for DiscoveredComputers {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.discovered_computers = o.vec_of("DiscoveredComputer")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for DiscoveredComputers {
    const ROOTS: &'static [&'static str] = &["DiscoveredComputers"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            discovered_computers: xml::elems(el, "DiscoveredComputer")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("DiscoveredComputer")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("DiscoveredComputer")])?.is_some() {
            out.discovered_computers.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for DiscoveredComputers {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("DiscoveredComputer", &self.discovered_computers);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for DiscoveredComputers {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.discovered_computers,
            &crate::runtime::unknown::join(path, "DiscoveredComputer"),
            out,
        );
    }
}

/// Used by GET /agents/jobs/{ID}/includes/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_jobs_id_includes_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAgentsJobsIncludesResponse {
    /// Name of the protected computer or protection group, for example: DC-SRV.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// ID of the protected computer or protection group, for example: e310aa12-eff2-41f4-97c8-631b677fc17f.
    ///
    /// XML element `<ObjectInJobId>`; JSON `"ObjectInJobId"`.
    pub object_in_job_id: Option<String>,
    /// Display name of the protected computer or protection group, for example: DC-SRV.
    ///
    /// XML element `<DisplayName>`; JSON `"DisplayName"`.
    pub display_name: Option<String>,
    /// Options for application-aware image processing. For details, see Guest Processing Options.
    ///
    /// XML element `<GuestProcessingOptions>`; JSON `"GuestProcessingOptions"`.
    pub guest_processing_options: Option<GuestProcessingOptionsType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for GetAgentsJobsIncludesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Name", &self.name)?;
        o.opt("ObjectInJobId", &self.object_in_job_id)?;
        o.opt("DisplayName", &self.display_name)?;
        o.opt("GuestProcessingOptions", &self.guest_processing_options)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for GetAgentsJobsIncludesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Name", &["name"]),
            F::new("ObjectInJobId", &["objectInJobId"]),
            F::new("DisplayName", &["displayName"]),
            F::new("GuestProcessingOptions", &["guestProcessingOptions"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "GetAgentsJobsIncludesResponse",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for GetAgentsJobsIncludesResponse {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.name = o.lenient()?,
                1 => out.object_in_job_id = o.lenient()?,
                2 => out.display_name = o.lenient()?,
                3 => out.guest_processing_options = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for GetAgentsJobsIncludesResponse {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            name: xml::attr(el, "Name")?,
            object_in_job_id: xml::elem_text(el, "ObjectInJobId")?,
            display_name: xml::elem_text(el, "DisplayName")?,
            guest_processing_options: xml::elem(el, "GuestProcessingOptions")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Name"],
                &[
                    xml::Child::once_text::<String>("ObjectInJobId"),
                    xml::Child::once_text::<String>("DisplayName"),
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
        {
            let at_ = el_.attrs(&["Name"])?;
            out.name = xml::attr_value(&at_[0])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("ObjectInJobId"),
            xml::Tag::once("DisplayName"),
            xml::Tag::once("GuestProcessingOptions"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.object_in_job_id = el_.text()?,
                1 => out.display_name = el_.text()?,
                2 => out.guest_processing_options = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for GetAgentsJobsIncludesResponse {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Name", &self.name);
        w.elem_text("ObjectInJobId", &self.object_in_job_id);
        w.elem_text("DisplayName", &self.display_name);
        w.elem("GuestProcessingOptions", &self.guest_processing_options);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for GetAgentsJobsIncludesResponse {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.guest_processing_options,
            &crate::runtime::unknown::join(path, "GuestProcessingOptions"),
            out,
        );
    }
}
