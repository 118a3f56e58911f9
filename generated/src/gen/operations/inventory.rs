// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `inventory`.
#[allow(unused_imports)]
use super::*;
impl crate::Client {
    /// `GET /hierarchyRoots`
    ///
    /// Returns a resource representation of a collection of virtualization hosts added to all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_hierarchy_roots_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_hierarchyroots.html>
    pub async fn get_hierarchy_roots(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /hierarchyRoots";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/hierarchyRoots".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /hierarchyRoots?format=Entity`
    ///
    /// The entity form of [`Self::get_hierarchy_roots`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `HierarchyRoots` (`<HierarchyRoots>` in XML), on 200 OK. Typed from the conventions: items `<HierarchyRoot>` from `GET /hierarchyRoots/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_hierarchyroots.html>
    pub async fn get_hierarchy_roots_entities(
        &self,
    ) -> Result<super::types::HierarchyRoots, crate::runtime::Error> {
        const OPERATION: &str = "GET /hierarchyRoots";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/hierarchyRoots".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /hierarchyRoots/{ID}`
    ///
    /// Returns a resource representation of a virtualization host having the specified ID. The virtualization host is added to the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `HierarchyRoot` (`<HierarchyRoot>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_hierarchyroots_id.html>
    pub async fn get_hierarchy_roots_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::HierarchyRoot, crate::runtime::Error> {
        const OPERATION: &str = "GET /hierarchyRoots/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/hierarchyRoots/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /lookup`
    ///
    /// Returns a resource representation of the Virtual Infrastructure Lookup.
    ///
    /// # Arguments
    ///
    /// - `hierarchy_ref`: the `hierarchyRef` query parameter.
    /// - `host`: the `host` query parameter.
    /// - `name`: the `name` query parameter.
    /// - `r#type`: the `type` query parameter.
    ///
    /// # Returns
    ///
    /// `HierarchyItems` (`<HierarchyItems>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<HierarchyItems>`; convention: `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_lookup.html>
    pub async fn get_lookup(
        &self,
        hierarchy_ref: &str,
        host: &str,
        name: &str,
        r#type: &str,
    ) -> Result<super::types::HierarchyItems, crate::runtime::Error> {
        const OPERATION: &str = "GET /lookup";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/lookup".to_string(),
            query: vec![
                ("hierarchyRef", hierarchy_ref.to_string()), ("host", host.to_string()),
                ("name", name.to_string()), ("type", r#type.to_string())
            ],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /lookupSvc`
    ///
    /// Returns a representation of the /lookupSvc resource. It contains a set of links of lookup queries that are composed for each hierarchy root — VMware and Hyper-V hosts added to backup servers that are managed by Veeam Backup Enterprise Manager. For detail, see Virtual Infrastructure Lookup.
    ///
    /// # Returns
    ///
    /// `LookupSvc` (`<LookupSvc>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from resource page: `<LookupSvc>`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_lookupsvc.html>
    pub async fn get_lookup_svc(
        &self,
    ) -> Result<super::types::LookupSvc, crate::runtime::Error> {
        const OPERATION: &str = "GET /lookupSvc";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/lookupSvc".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /managedServers`
    ///
    /// Returns a resource representation of a collection of all servers connected to backup servers that are managed by Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_managed_servers_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_managedservers.html>
    pub async fn get_managed_servers(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /managedServers";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/managedServers".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /managedServers?format=Entity`
    ///
    /// The entity form of [`Self::get_managed_servers`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `ManagedServers` (`<ManagedServers>` in XML), on 200 OK. Typed from the conventions: items `<ManagedServer>` from `GET /managedServers/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_managedservers.html>
    pub async fn get_managed_servers_entities(
        &self,
    ) -> Result<super::types::ManagedServers, crate::runtime::Error> {
        const OPERATION: &str = "GET /managedServers";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/managedServers".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /managedServers/{ID}`
    ///
    /// Returns a resource representation of the server having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `ManagedServer` (`<ManagedServer>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_managedservers_id.html>
    pub async fn get_managed_servers_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::ManagedServer, crate::runtime::Error> {
        const OPERATION: &str = "GET /managedServers/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/managedServers/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
}
