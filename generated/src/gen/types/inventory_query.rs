// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `inventory`, `query`.

#[allow(unused_imports)]
use super::*;

/// Used by GET /hierarchyRoots/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_hierarchyroots_id.html>
///
/// XML root element: `<HierarchyRoot>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HierarchyRoot {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Name of the hierarchy root resource, for example: 172.16.12.21.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the hierarchy root resource, for example: urn:veeam:HierarchyRoot:195c7259-8d89-4f6e-9098-25ee1f432669.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// ID of the hierarchy root resource, for example: 195c7259-8d89-4f6e-9098-25ee1f432669.
    ///
    /// XML element `<HierarchyRootId>`; JSON `"HierarchyRootId"`.
    pub hierarchy_root_id: Option<String>,
    /// Unique ID of the hierarchy root, or virtualization host (for example, vCenter InstanceUUID or DNS name of the Hyper-V host).
    ///
    /// XML element `<UniqueId>`; JSON `"UniqueId"`.
    pub unique_id: Option<String>,
    /// Type of the virtualization host. Possible values:
    ///
    /// - `ESX`
    /// - `VC`
    /// - `ESXi`
    /// - `HvServer`
    /// - `HvCluster`
    /// - `Scvmm`
    /// - `VcdSystem`
    ///
    /// XML element `<HostType>`; JSON `"HostType"`.
    pub host_type: Option<super::enums::HierarchyRootHostType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for HierarchyRoot {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Links", &self.links)?;
        o.opt("HierarchyRootId", &self.hierarchy_root_id)?;
        o.opt("UniqueId", &self.unique_id)?;
        o.opt("HostType", &self.host_type)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for HierarchyRoot {
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
            F::new("HierarchyRootId", &["hierarchyRootId"]),
            F::new("UniqueId", &["uniqueId"]),
            F::new("HostType", &["hostType"]),
        ];
        crate::runtime::json::object(deserializer, "HierarchyRoot", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for HierarchyRoot {
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
                5 => out.hierarchy_root_id = o.lenient()?,
                6 => out.unique_id = o.lenient()?,
                7 => out.host_type = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for HierarchyRoot {
    const ROOTS: &'static [&'static str] = &["HierarchyRoot"];
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
            hierarchy_root_id: xml::elem_text(el, "HierarchyRootId")?,
            unique_id: xml::elem_text(el, "UniqueId")?,
            host_type: xml::elem_text(el, "HostType")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<String>("HierarchyRootId"),
                    xml::Child::once_text::<String>("UniqueId"),
                    xml::Child::once_text::<
                        super::enums::HierarchyRootHostType,
                    >("HostType"),
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
            xml::Tag::once("HierarchyRootId"),
            xml::Tag::once("UniqueId"),
            xml::Tag::once("HostType"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.hierarchy_root_id = el_.text()?,
                2 => out.unique_id = el_.text()?,
                3 => out.host_type = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for HierarchyRoot {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("HierarchyRootId", &self.hierarchy_root_id);
        w.elem_text("UniqueId", &self.unique_id);
        w.elem_text("HostType", &self.host_type);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for HierarchyRoot {
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

/// Used by GET /managedServers/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_managedservers_id.html>
///
/// XML root element: `<ManagedServer>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ManagedServer {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// Full DNS name or IP address of the server connected to Veeam Backup & Replication, for example: 172.16.1.102.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// UID of the server connected to Veeam Backup & Replication, for example: urn:veeam:ManagedServer:15942270-fb56-4dcc-96e9-5f80e4725a15.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Description specified for the server in Veeam Backup & Replication.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    pub description: Option<String>,
    /// Type of the server connected to Veeam Backup & Replication. Possible values:
    ///
    /// - `ESX`
    /// - `VC`
    /// - `Linux`
    /// - `Local`
    /// - `Windows`
    /// - `ESXi`
    /// - `HvServer`
    /// - `HvCluster`
    /// - `Scvmm`
    /// - `BackupServer`
    /// - `SanHost`
    /// - `SmbServer`
    /// - `SmbCluster`
    /// - `VcdSystem`
    /// - `Cloud`
    /// - `AzureWinServer`
    /// - `VmSnapshotStorageHost`
    /// - `ConfigurationService`
    /// - `ExternalInfrastructureProxy`
    /// - `NdmpServer`
    /// - `ExternalInfrastructureServer`
    ///
    /// XML element `<ManagedServerType>`; JSON `"ManagedServerType"`.
    pub managed_server_type: Option<super::enums::ManagedServerManagedServerType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for ManagedServer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Links", &self.links)?;
        o.opt("Description", &self.description)?;
        o.opt("ManagedServerType", &self.managed_server_type)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for ManagedServer {
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
            F::new("ManagedServerType", &["managedServerType"]),
        ];
        crate::runtime::json::object(deserializer, "ManagedServer", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for ManagedServer {
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
                6 => out.managed_server_type = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for ManagedServer {
    const ROOTS: &'static [&'static str] = &["ManagedServer"];
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
            managed_server_type: xml::elem_text(el, "ManagedServerType")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<String>("Description"),
                    xml::Child::once_text::<
                        super::enums::ManagedServerManagedServerType,
                    >("ManagedServerType"),
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
            xml::Tag::once("ManagedServerType"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.description = el_.text()?,
                2 => out.managed_server_type = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for ManagedServer {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("Description", &self.description);
        w.elem_text("ManagedServerType", &self.managed_server_type);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for ManagedServer {
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
