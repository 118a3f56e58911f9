// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `repositories`.

#[allow(unused_imports)]
use super::*;

impl crate::Client {
    /// Returns a resource representation of the collection of external backup repositories on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /externalRepositories`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_externalrepositories.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_external_repositories_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_external_repositories_entities`]: every one, in full
    /// - [`Self::get_external_repositories_by_id`]: one, by its id
    pub async fn get_external_repositories(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /externalRepositories";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/externalRepositories".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_external_repositories`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of the collection of external backup repositories on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /externalRepositories?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_externalrepositories.html>
    ///
    /// # Returns
    ///
    /// [`ExternalRepositories`](crate::api::types::ExternalRepositories) (`<ExternalRepositories>` in XML), on 200 OK. Typed from the conventions: items `<ExternalRepository>` from `GET /externalRepositories/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_external_repositories`]: every one, as references
    /// - [`Self::get_external_repositories_by_id`]: one, by its id
    pub async fn get_external_repositories_entities(
        &self,
    ) -> Result<super::types::ExternalRepositories, crate::runtime::Error> {
        const OPERATION: &str = "GET /externalRepositories";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/externalRepositories".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of an external backup repository having the specified ID. The external backup repository is added to the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /externalRepositories/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_externalrepositories_id.html>
    ///
    /// # Arguments
    ///
    /// - `external_repository_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`ExternalRepository`](crate::api::types::ExternalRepository) (`<ExternalRepository>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_external_repositories`]: every one, as references
    /// - [`Self::get_external_repositories_entities`]: every one, in full
    pub async fn get_external_repositories_by_id(
        &self,
        external_repository_id: impl AsRef<str>,
    ) -> Result<super::types::ExternalRepository, crate::runtime::Error> {
        const OPERATION: &str = "GET /externalRepositories/{ID}";
        let external_repository_id = crate::runtime::id_segment(
            external_repository_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/externalRepositories/{}", external_repository_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a collection of all backups on backup servers connected to Veeam Backup Enterprise Manager filtered by an external repository with a specified ID as a target repository. The backups are also represented in the /backups resource collection.
    ///
    /// `GET /externalRepositories/{ID}/backups`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_externalrepositories_id_backups.html>
    ///
    /// # Arguments
    ///
    /// - `external_repository_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_external_repositories_by_id_backups_entities`] (`?format=Entity`).
    ///
    #[cfg_attr(
        any(feature = "agents", feature = "backups", feature = "query"),
        doc = " # See also"
    )]
    ///
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backups`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backups_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backups`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backups_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backups_by_id`]: one, by its id"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_entities`]: a query, in full"
    )]
    pub async fn get_external_repositories_by_id_backups(
        &self,
        external_repository_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /externalRepositories/{ID}/backups";
        let external_repository_id = crate::runtime::id_segment(
            external_repository_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/externalRepositories/{}/backups", external_repository_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_external_repositories_by_id_backups`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of all backups on backup servers connected to Veeam Backup Enterprise Manager filtered by an external repository with a specified ID as a target repository. The backups are also represented in the /backups resource collection.
    ///
    /// `GET /externalRepositories/{ID}/backups?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_externalrepositories_id_backups.html>
    ///
    /// # Arguments
    ///
    /// - `external_repository_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Backups`](crate::api::types::Backups) (`<Backups>` in XML), on 200 OK. Typed from the conventions: items `<Backup>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    #[cfg_attr(
        any(feature = "agents", feature = "backups", feature = "query"),
        doc = " # See also"
    )]
    ///
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backups`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backups_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backups`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backups_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backups_by_id`]: one, by its id"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_entities`]: a query, in full"
    )]
    pub async fn get_external_repositories_by_id_backups_entities(
        &self,
        external_repository_id: impl AsRef<str>,
    ) -> Result<super::types::Backups, crate::runtime::Error> {
        const OPERATION: &str = "GET /externalRepositories/{ID}/backups";
        let external_repository_id = crate::runtime::id_segment(
            external_repository_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/externalRepositories/{}/backups", external_repository_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of the collection of backup repositories created on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /repositories`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_repositories.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_repositories_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_repository`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_repository_entities`]: a query, in full"
    )]
    /// - [`Self::get_repositories_entities`]: every one, in full
    /// - [`Self::get_repositories_by_id`]: one, by its id
    pub async fn get_repositories(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /repositories";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/repositories".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_repositories`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of the collection of backup repositories created on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /repositories?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_repositories.html>
    ///
    /// # Returns
    ///
    /// [`Repositories`](crate::api::types::Repositories) (`<Repositories>` in XML), on 200 OK. Typed from the conventions: items `<Repository>` from `GET /repositories/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_repository`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_repository_entities`]: a query, in full"
    )]
    /// - [`Self::get_repositories`]: every one, as references
    /// - [`Self::get_repositories_by_id`]: one, by its id
    pub async fn get_repositories_entities(
        &self,
    ) -> Result<super::types::Repositories, crate::runtime::Error> {
        const OPERATION: &str = "GET /repositories";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/repositories".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a backup repository having the specified ID. The backup repository is created on the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /repositories/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_repositories_id.html>
    ///
    /// # Arguments
    ///
    /// - `repository_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Repository`](crate::api::types::Repository) (`<Repository>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_repository`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_repository_entities`]: a query, in full"
    )]
    /// - [`Self::get_repositories`]: every one, as references
    /// - [`Self::get_repositories_entities`]: every one, in full
    pub async fn get_repositories_by_id(
        &self,
        repository_id: impl AsRef<str>,
    ) -> Result<super::types::Repository, crate::runtime::Error> {
        const OPERATION: &str = "GET /repositories/{ID}";
        let repository_id = crate::runtime::id_segment(repository_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/repositories/{}", repository_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a collection of WAN accelerators configured on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /wanAccelerators`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_wanaccelerators.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_wan_accelerators_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_wan_accelerator`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_wan_accelerator_entities`]: a query, in full"
    )]
    /// - [`Self::get_wan_accelerators_entities`]: every one, in full
    /// - [`Self::get_wan_accelerators_by_id`]: one, by its id
    pub async fn get_wan_accelerators(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /wanAccelerators";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/wanAccelerators".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_wan_accelerators`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of WAN accelerators configured on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /wanAccelerators?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_wanaccelerators.html>
    ///
    /// # Returns
    ///
    /// [`WanAccelerators`](crate::api::types::WanAccelerators) (`<WanAccelerators>` in XML), on 200 OK. Typed from the conventions: items `<WanAccelerator>` from `GET /wanAccelerators/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_wan_accelerator`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_wan_accelerator_entities`]: a query, in full"
    )]
    /// - [`Self::get_wan_accelerators`]: every one, as references
    /// - [`Self::get_wan_accelerators_by_id`]: one, by its id
    pub async fn get_wan_accelerators_entities(
        &self,
    ) -> Result<super::types::WanAccelerators, crate::runtime::Error> {
        const OPERATION: &str = "GET /wanAccelerators";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/wanAccelerators".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a WAN accelerator having the specified ID.
    ///
    /// `GET /wanAccelerators/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_wanaccelerators_id.html>
    ///
    /// # Arguments
    ///
    /// - `wan_accelerator_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`WanAccelerator`](crate::api::types::WanAccelerator) (`<WanAccelerator>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_wan_accelerator`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_wan_accelerator_entities`]: a query, in full"
    )]
    /// - [`Self::get_wan_accelerators`]: every one, as references
    /// - [`Self::get_wan_accelerators_entities`]: every one, in full
    pub async fn get_wan_accelerators_by_id(
        &self,
        wan_accelerator_id: impl AsRef<str>,
    ) -> Result<super::types::WanAccelerator, crate::runtime::Error> {
        const OPERATION: &str = "GET /wanAccelerators/{ID}";
        let wan_accelerator_id = crate::runtime::id_segment(wan_accelerator_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/wanAccelerators/{}", wan_accelerator_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
}
