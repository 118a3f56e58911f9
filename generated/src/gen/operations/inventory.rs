// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `inventory`.

#[allow(unused_imports)]
use super::*;

impl crate::Client {
    /// Returns a resource representation of a collection of virtualization hosts added to all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /hierarchyRoots`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_hierarchyroots.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_hierarchy_roots_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_hierarchy_roots_entities`]: every one, in full
    /// - [`Self::get_hierarchy_roots_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_hierarchy_root`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_hierarchy_root_entities`]: a query, in full"
    )]
    pub async fn get_hierarchy_roots(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /hierarchyRoots";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/hierarchyRoots".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_hierarchy_roots`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of virtualization hosts added to all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /hierarchyRoots?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_hierarchyroots.html>
    ///
    /// # Returns
    ///
    /// [`HierarchyRoots`](crate::api::types::HierarchyRoots) (`<HierarchyRoots>` in XML), on 200 OK. Typed from the conventions: items `<HierarchyRoot>` from `GET /hierarchyRoots/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_hierarchy_roots`]: every one, as references
    /// - [`Self::get_hierarchy_roots_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_hierarchy_root`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_hierarchy_root_entities`]: a query, in full"
    )]
    pub async fn get_hierarchy_roots_entities(
        &self,
    ) -> Result<super::types::HierarchyRoots, crate::runtime::Error> {
        const OPERATION: &str = "GET /hierarchyRoots";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/hierarchyRoots".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a virtualization host having the specified ID. The virtualization host is added to the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /hierarchyRoots/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_hierarchyroots_id.html>
    ///
    /// # Arguments
    ///
    /// - `hierarchy_root_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`HierarchyRoot`](crate::api::types::HierarchyRoot) (`<HierarchyRoot>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_hierarchy_roots`]: every one, as references
    /// - [`Self::get_hierarchy_roots_entities`]: every one, in full
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_hierarchy_root`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_hierarchy_root_entities`]: a query, in full"
    )]
    pub async fn get_hierarchy_roots_by_id(
        &self,
        hierarchy_root_id: impl AsRef<str>,
    ) -> Result<super::types::HierarchyRoot, crate::runtime::Error> {
        const OPERATION: &str = "GET /hierarchyRoots/{ID}";
        let hierarchy_root_id = crate::runtime::id_segment(hierarchy_root_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/hierarchyRoots/{}", hierarchy_root_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of the Virtual Infrastructure Lookup.
    ///
    /// `GET /lookup`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_lookup.html>
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
    /// [`HierarchyItems`](crate::api::types::HierarchyItems) (`<HierarchyItems>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<HierarchyItems>`; convention: `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
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
            method: crate::runtime::Method::GET,
            path: "/lookup".to_string(),
            query: vec![
                ("hierarchyRef", hierarchy_ref.to_string()), ("host", host.to_string()),
                ("name", name.to_string()), ("type", r#type.to_string())
            ],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a representation of the /lookupSvc resource. It contains a set of links of lookup queries that are composed for each hierarchy root — VMware and Hyper-V hosts added to backup servers that are managed by Veeam Backup Enterprise Manager. For detail, see Virtual Infrastructure Lookup.
    ///
    /// `GET /lookupSvc`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_lookupsvc.html>
    ///
    /// # Returns
    ///
    /// [`LookupSvc`](crate::api::types::LookupSvc) (`<LookupSvc>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from resource page: `<LookupSvc>`.
    pub async fn get_lookup_svc(
        &self,
    ) -> Result<super::types::LookupSvc, crate::runtime::Error> {
        const OPERATION: &str = "GET /lookupSvc";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/lookupSvc".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a collection of all servers connected to backup servers that are managed by Veeam Backup Enterprise Manager.
    ///
    /// `GET /managedServers`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_managedservers.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_managed_servers_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_managed_servers_entities`]: every one, in full
    /// - [`Self::get_managed_servers_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_managed_server`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_managed_server_entities`]: a query, in full"
    )]
    pub async fn get_managed_servers(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /managedServers";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/managedServers".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_managed_servers`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of all servers connected to backup servers that are managed by Veeam Backup Enterprise Manager.
    ///
    /// `GET /managedServers?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_managedservers.html>
    ///
    /// # Returns
    ///
    /// [`ManagedServers`](crate::api::types::ManagedServers) (`<ManagedServers>` in XML), on 200 OK. Typed from the conventions: items `<ManagedServer>` from `GET /managedServers/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_managed_servers`]: every one, as references
    /// - [`Self::get_managed_servers_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_managed_server`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_managed_server_entities`]: a query, in full"
    )]
    pub async fn get_managed_servers_entities(
        &self,
    ) -> Result<super::types::ManagedServers, crate::runtime::Error> {
        const OPERATION: &str = "GET /managedServers";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/managedServers".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of the server having the specified ID.
    ///
    /// `GET /managedServers/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_managedservers_id.html>
    ///
    /// # Arguments
    ///
    /// - `managed_server_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`ManagedServer`](crate::api::types::ManagedServer) (`<ManagedServer>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_managed_servers`]: every one, as references
    /// - [`Self::get_managed_servers_entities`]: every one, in full
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_managed_server`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_managed_server_entities`]: a query, in full"
    )]
    pub async fn get_managed_servers_by_id(
        &self,
        managed_server_id: impl AsRef<str>,
    ) -> Result<super::types::ManagedServer, crate::runtime::Error> {
        const OPERATION: &str = "GET /managedServers/{ID}";
        let managed_server_id = crate::runtime::id_segment(managed_server_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/managedServers/{}", managed_server_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
}
