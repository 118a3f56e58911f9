// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `inventory`, `query`.
#[allow(unused_imports)]
use super::*;
/// Used by GET /hierarchyRoots/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_hierarchyroots_id.html>
///
/// XML root element: `<HierarchyRoot>`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct HierarchyRoot {
    /// XML attribute `Type`; JSON `"Type"`.
    #[serde(
        rename = "Type",
        alias = "type",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    #[serde(
        rename = "Href",
        alias = "href",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub href: Option<crate::runtime::Url>,
    /// Name of the hierarchy root resource, for example: 172.16.12.21.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    #[serde(
        rename = "Name",
        alias = "name",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub name: Option<String>,
    /// UID of the hierarchy root resource, for example: urn:veeam:HierarchyRoot:195c7259-8d89-4f6e-9098-25ee1f432669.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    #[serde(
        rename = "UID",
        alias = "uID",
        alias = "uid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    #[serde(
        rename = "Links",
        alias = "Link",
        alias = "links",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub links: Option<crate::runtime::List<Link>>,
    /// ID of the hierarchy root resource, for example: 195c7259-8d89-4f6e-9098-25ee1f432669.
    ///
    /// XML element `<HierarchyRootId>`; JSON `"HierarchyRootId"`.
    #[serde(
        rename = "HierarchyRootId",
        alias = "hierarchyRootId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub hierarchy_root_id: Option<String>,
    /// Unique ID of the hierarchy root, or virtualization host (for example, vCenter InstanceUUID or DNS name of the Hyper-V host).
    ///
    /// XML element `<UniqueId>`; JSON `"UniqueId"`.
    #[serde(
        rename = "UniqueId",
        alias = "uniqueId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub unique_id: Option<String>,
    /// Type of the virtualization host. Possible values: • ESX • VC • ESXi • HvServer • HvCluster • Scvmm • VcdSystem
    ///
    /// XML element `<HostType>`; JSON `"HostType"`.
    #[serde(
        rename = "HostType",
        alias = "hostType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub host_type: Option<super::enums::HierarchyRootHostType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for HierarchyRoot {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?.map(Into::into),
            hierarchy_root_id: xml::elem_text(el, "HierarchyRootId")?,
            unique_id: xml::elem_text(el, "UniqueId")?,
            host_type: xml::elem_text(el, "HostType")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &["Links", "HierarchyRootId", "UniqueId", "HostType"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for HierarchyRoot {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_deref());
        w.elem_text("HierarchyRootId", &self.hierarchy_root_id);
        w.elem_text("UniqueId", &self.unique_id);
        w.elem_text("HostType", &self.host_type);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for HierarchyRoot {
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ManagedServer {
    /// XML attribute `Type`; JSON `"Type"`.
    #[serde(
        rename = "Type",
        alias = "type",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    #[serde(
        rename = "Href",
        alias = "href",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub href: Option<crate::runtime::Url>,
    /// Full DNS name or IP address of the server connected to Veeam Backup & Replication, for example: 172.16.1.102.
    ///
    /// XML attribute `Name`; JSON `"Name"`.
    #[serde(
        rename = "Name",
        alias = "name",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub name: Option<String>,
    /// UID of the server connected to Veeam Backup & Replication, for example: urn:veeam:ManagedServer:15942270-fb56-4dcc-96e9-5f80e4725a15.
    ///
    /// XML attribute `UID`; JSON `"UID"`.
    #[serde(
        rename = "UID",
        alias = "uID",
        alias = "uid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    #[serde(
        rename = "Links",
        alias = "Link",
        alias = "links",
        default,
        deserialize_with = "crate::runtime::json::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub links: Option<crate::runtime::List<Link>>,
    /// Description specified for the server in Veeam Backup & Replication.
    ///
    /// XML element `<Description>`; JSON `"Description"`.
    #[serde(
        rename = "Description",
        alias = "description",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::json::lenient_opt"
    )]
    pub description: Option<String>,
    /// Type of the server connected to Veeam Backup & Replication. Possible values: • ESX • VC • Linux • Local • Windows • ESXi • HvServer • HvCluster • Scvmm • BackupServer • SanHost • SmbServer • SmbCluster • VcdSystem • Cloud • AzureWinServer • VmSnapshotStorageHost • ConfigurationService • ExternalInfrastructureProxy • NdmpServer • ExternalInfrastructureServer
    ///
    /// XML element `<ManagedServerType>`; JSON `"ManagedServerType"`.
    #[serde(
        rename = "ManagedServerType",
        alias = "managedServerType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_server_type: Option<super::enums::ManagedServerManagedServerType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    #[serde(flatten)]
    pub unknown: crate::runtime::UnknownMembers,
}
impl crate::runtime::xml::FromXml for ManagedServer {
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            links: xml::wrapped(el, "Links", "Link")?.map(Into::into),
            description: xml::elem_text(el, "Description")?,
            managed_server_type: xml::elem_text(el, "ManagedServerType")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &["Links", "Description", "ManagedServerType"],
                &[],
                false,
            ),
        })
    }
}
impl crate::runtime::xml::ToXml for ManagedServer {
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_deref());
        w.elem_text("Description", &self.description);
        w.elem_text("ManagedServerType", &self.managed_server_type);
        self.unknown.write_xml(w);
    }
}
impl crate::runtime::Members for ManagedServer {
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
    }
}
