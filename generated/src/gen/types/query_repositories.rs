// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `query`, `repositories`.

#[allow(unused_imports)]
use super::*;

/// Used by GET /repositories/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_repositories_id.html>
///
/// XML root element: `<Repository>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Repository {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Name of the backup repository, for example: Backups Vol2.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the backup repository resource, for example: urn:veeam:Repository:b609c947-dd30-4295-8b57-cc880329dbd6.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Total space available on the backup repository.
    ///
    /// XML element `<Capacity>`; JSON `"Capacity"`.
    pub capacity: Option<i64>,
    /// Free space available on the backup repository.
    ///
    /// XML element `<FreeSpace>`; JSON `"FreeSpace"`.
    pub free_space: Option<i64>,
    /// Type of the backup repository. Possible values:
    ///
    /// - `WindowsLocal`
    /// - `LinuxLocal`
    /// - `CifsShare`
    /// - `DDBoost`
    /// - `Cloud`
    /// - `HPStoreOnce`
    /// - `ExaGrid`
    /// - `Foreign`
    /// - `SanSnapshot`
    /// - `HPStoreOnceIntegration`
    /// - `Extendable`
    /// - `Quantum`
    /// - `Nfs`
    ///
    /// XML element `<Kind>`; JSON `"Kind"`.
    pub kind: Option<super::enums::RepositoryKind>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for Repository {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Links", &self.links)?;
        o.opt("Capacity", &self.capacity)?;
        o.opt("FreeSpace", &self.free_space)?;
        o.opt("Kind", &self.kind)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for Repository {
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
            F::new("Capacity", &["capacity"]),
            F::new("FreeSpace", &["freeSpace"]),
            F::new("Kind", &["kind"]),
        ];
        crate::runtime::json::object(deserializer, "Repository", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for Repository {
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
                5 => out.capacity = o.lenient()?,
                6 => out.free_space = o.lenient()?,
                7 => out.kind = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for Repository {
    const ROOTS: &'static [&'static str] = &["Repository"];
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
            capacity: xml::elem_text(el, "Capacity")?,
            free_space: xml::elem_text(el, "FreeSpace")?,
            kind: xml::elem_text(el, "Kind")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<i64>("Capacity"),
                    xml::Child::once_text::<i64>("FreeSpace"),
                    xml::Child::once_text::<super::enums::RepositoryKind>("Kind"),
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
            xml::Tag::once("Capacity"),
            xml::Tag::once("FreeSpace"),
            xml::Tag::once("Kind"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.capacity = el_.text()?,
                2 => out.free_space = el_.text()?,
                3 => out.kind = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for Repository {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("Capacity", &self.capacity);
        w.elem_text("FreeSpace", &self.free_space);
        w.elem_text("Kind", &self.kind);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for Repository {
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

/// Used by GET /wanAccelerators/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_wanaccelerators_id.html>
///
/// XML root element: `<WanAccelerator>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WanAccelerator {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Name of the WAN accelerator, for example: SourceWanAccelerator.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the WAN accelerator resource, for example: urn:veeam:WanAccelerator:55bd11af-696d-4224-ae9c-0917c851177c.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Name of the WAN accelerator, for example: WAN Accelerator in Columbus.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    pub description: Option<String>,
    /// Defines if the WAN accelerator is out of date.
    ///
    /// XML element `<OutOfDate>`; JSON `"OutOfDate"`.
    pub out_of_date: Option<bool>,
    /// Veeam Backup & Replication version of the WAN accelerator, for example: 11.0.
    ///
    /// XML element `<Version>`; JSON `"Version"`.
    pub version: Option<String>,
    /// Size of the global cache (in GB) specified for the WAN accelerator, for example: 100.
    ///
    /// XML element `<Capacity>`; JSON `"Capacity"`.
    pub capacity: Option<i64>,
    /// Port over which WAN accelerators communicate with each other. By default, port 6165 is used.
    ///
    /// XML element `<TrafficPort>`; JSON `"TrafficPort"`.
    pub traffic_port: Option<i64>,
    /// Number of connections that are used to transmit data between WAN accelerators. Parameter is set in Veeam Backup & Replication, the default value is 5.
    ///
    /// XML element `<ConnectionsCount>`; JSON `"ConnectionsCount"`.
    pub connections_count: Option<i64>,
    /// Path to the folder where service files (for source and target WAN accelerators) and global cache data (for target WAN accelerator) are stored.
    ///
    /// XML element `<CachePath>`; JSON `"CachePath"`.
    pub cache_path: Option<String>,
    /// Defines if the WAN accelerator operates in the high bandwidth mode. This mode applies simplified algorithms for data deduplication and does not use the global cache. It allows Veeam Backup & Replication to transfer incremental backup data more efficiently in case network bandwidth is greater than 100 Mbps.
    ///
    /// XML element `<HighBandwidthModeEnabled>`; JSON `"HighBandwidthModeEnabled"`.
    pub high_bandwidth_mode_enabled: Option<bool>,
    /// UID of the backup server parent to the WAN accelerator.
    ///
    /// XML element `<BackupServerUid>`; JSON `"BackupServerUid"`.
    pub backup_server_uid: Option<crate::runtime::Uid>,
    /// Name of the backup server parent to the WAN accelerator.
    ///
    /// XML element `<BackupServerName>`; JSON `"BackupServerName"`.
    pub backup_server_name: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for WanAccelerator {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Links", &self.links)?;
        o.opt("Description", &self.description)?;
        o.opt("OutOfDate", &self.out_of_date)?;
        o.opt("Version", &self.version)?;
        o.opt("Capacity", &self.capacity)?;
        o.opt("TrafficPort", &self.traffic_port)?;
        o.opt("ConnectionsCount", &self.connections_count)?;
        o.opt("CachePath", &self.cache_path)?;
        o.opt("HighBandwidthModeEnabled", &self.high_bandwidth_mode_enabled)?;
        o.opt("BackupServerUid", &self.backup_server_uid)?;
        o.opt("BackupServerName", &self.backup_server_name)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for WanAccelerator {
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
            F::new("Description", &["description"]),
            F::new("OutOfDate", &["outOfDate"]),
            F::new("Version", &["version"]),
            F::new("Capacity", &["capacity"]),
            F::new("TrafficPort", &["trafficPort"]),
            F::new("ConnectionsCount", &["connectionsCount"]),
            F::new("CachePath", &["cachePath"]),
            F::new("HighBandwidthModeEnabled", &["highBandwidthModeEnabled"]),
            F::new("BackupServerUid", &["backupServerUid"]),
            F::new("BackupServerName", &["backupServerName"]),
        ];
        crate::runtime::json::object(deserializer, "WanAccelerator", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for WanAccelerator {
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
                5 => out.description = o.lenient()?,
                6 => out.out_of_date = o.lenient()?,
                7 => out.version = o.lenient()?,
                8 => out.capacity = o.lenient()?,
                9 => out.traffic_port = o.lenient()?,
                10 => out.connections_count = o.lenient()?,
                11 => out.cache_path = o.lenient()?,
                12 => out.high_bandwidth_mode_enabled = o.lenient()?,
                13 => out.backup_server_uid = o.lenient()?,
                14 => out.backup_server_name = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for WanAccelerator {
    const ROOTS: &'static [&'static str] = &["WanAccelerator"];
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
            description: xml::elem_text(el, "Description")?,
            out_of_date: xml::elem_text(el, "OutOfDate")?,
            version: xml::elem_text(el, "Version")?,
            capacity: xml::elem_text(el, "Capacity")?,
            traffic_port: xml::elem_text(el, "TrafficPort")?,
            connections_count: xml::elem_text(el, "ConnectionsCount")?,
            cache_path: xml::elem_text(el, "CachePath")?,
            high_bandwidth_mode_enabled: xml::elem_text(el, "HighBandwidthModeEnabled")?,
            backup_server_uid: xml::elem_text(el, "BackupServerUid")?,
            backup_server_name: xml::elem_text(el, "BackupServerName")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<String>("Description"),
                    xml::Child::once_text::<bool>("OutOfDate"),
                    xml::Child::once_text::<String>("Version"),
                    xml::Child::once_text::<i64>("Capacity"),
                    xml::Child::once_text::<i64>("TrafficPort"),
                    xml::Child::once_text::<i64>("ConnectionsCount"),
                    xml::Child::once_text::<String>("CachePath"),
                    xml::Child::once_text::<bool>("HighBandwidthModeEnabled"),
                    xml::Child::once_text::<crate::runtime::Uid>("BackupServerUid"),
                    xml::Child::once_text::<String>("BackupServerName"),
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
            xml::Tag::once("Description"),
            xml::Tag::once("OutOfDate"),
            xml::Tag::once("Version"),
            xml::Tag::once("Capacity"),
            xml::Tag::once("TrafficPort"),
            xml::Tag::once("ConnectionsCount"),
            xml::Tag::once("CachePath"),
            xml::Tag::once("HighBandwidthModeEnabled"),
            xml::Tag::once("BackupServerUid"),
            xml::Tag::once("BackupServerName"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.description = el_.text()?,
                2 => out.out_of_date = el_.text()?,
                3 => out.version = el_.text()?,
                4 => out.capacity = el_.text()?,
                5 => out.traffic_port = el_.text()?,
                6 => out.connections_count = el_.text()?,
                7 => out.cache_path = el_.text()?,
                8 => out.high_bandwidth_mode_enabled = el_.text()?,
                9 => out.backup_server_uid = el_.text()?,
                10 => out.backup_server_name = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for WanAccelerator {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("Description", &self.description);
        w.elem_text("OutOfDate", &self.out_of_date);
        w.elem_text("Version", &self.version);
        w.elem_text("Capacity", &self.capacity);
        w.elem_text("TrafficPort", &self.traffic_port);
        w.elem_text("ConnectionsCount", &self.connections_count);
        w.elem_text("CachePath", &self.cache_path);
        w.elem_text("HighBandwidthModeEnabled", &self.high_bandwidth_mode_enabled);
        w.elem_text("BackupServerUid", &self.backup_server_uid);
        w.elem_text("BackupServerName", &self.backup_server_name);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for WanAccelerator {
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
