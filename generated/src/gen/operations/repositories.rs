// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `repositories`.
#[allow(unused_imports)]
use super::*;
impl crate::Client {
    /// `GET /externalRepositories`
    ///
    /// Returns a resource representation of the collection of external backup repositories on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_external_repositories_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_externalrepositories.html>
    pub async fn get_external_repositories(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /externalRepositories";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/externalRepositories".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /externalRepositories?format=Entity`
    ///
    /// The entity form of [`Self::get_external_repositories`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `ExternalRepositories` (`<ExternalRepositories>` in XML), on 200 OK. Typed from the conventions: items `<ExternalRepository>` from `GET /externalRepositories/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_externalrepositories.html>
    pub async fn get_external_repositories_entities(
        &self,
    ) -> Result<super::types::ExternalRepositories, crate::runtime::Error> {
        const OPERATION: &str = "GET /externalRepositories";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/externalRepositories".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /externalRepositories/{ID}`
    ///
    /// Returns a resource representation of an external backup repository having the specified ID. The external backup repository is added to the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `ExternalRepository` (`<ExternalRepository>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_externalrepositories_id.html>
    pub async fn get_external_repositories_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::ExternalRepository, crate::runtime::Error> {
        const OPERATION: &str = "GET /externalRepositories/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/externalRepositories/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /externalRepositories/{ID}/backups`
    ///
    /// Returns a resource representation of a collection of all backups on backup servers connected to Veeam Backup Enterprise Manager filtered by an external repository with a specified ID as a target repository. The backups are also represented in the /backups resource collection.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_external_repositories_by_id_backups_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_externalrepositories_id_backups.html>
    pub async fn get_external_repositories_by_id_backups(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /externalRepositories/{ID}/backups";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/externalRepositories/{}/backups", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /externalRepositories/{ID}/backups?format=Entity`
    ///
    /// The entity form of [`Self::get_external_repositories_by_id_backups`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Backups` (`<Backups>` in XML), on 200 OK. Typed from the conventions: items `<Backup>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_externalrepositories_id_backups.html>
    pub async fn get_external_repositories_by_id_backups_entities(
        &self,
        id: &str,
    ) -> Result<super::types::Backups, crate::runtime::Error> {
        const OPERATION: &str = "GET /externalRepositories/{ID}/backups";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/externalRepositories/{}/backups", crate ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /repositories`
    ///
    /// Returns a resource representation of the collection of backup repositories created on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_repositories_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_repositories.html>
    pub async fn get_repositories(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /repositories";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/repositories".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /repositories?format=Entity`
    ///
    /// The entity form of [`Self::get_repositories`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `Repositories` (`<Repositories>` in XML), on 200 OK. Typed from the conventions: items `<Repository>` from `GET /repositories/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_repositories.html>
    pub async fn get_repositories_entities(
        &self,
    ) -> Result<super::types::Repositories, crate::runtime::Error> {
        const OPERATION: &str = "GET /repositories";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/repositories".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /repositories/{ID}`
    ///
    /// Returns a resource representation of a backup repository having the specified ID. The backup repository is created on the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Repository` (`<Repository>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_repositories_id.html>
    pub async fn get_repositories_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::Repository, crate::runtime::Error> {
        const OPERATION: &str = "GET /repositories/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/repositories/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /wanAccelerators`
    ///
    /// Returns a resource representation of a collection of WAN accelerators configured on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_wan_accelerators_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_wanaccelerators.html>
    pub async fn get_wan_accelerators(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /wanAccelerators";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/wanAccelerators".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /wanAccelerators?format=Entity`
    ///
    /// The entity form of [`Self::get_wan_accelerators`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `WanAccelerators` (`<WanAccelerators>` in XML), on 200 OK. Typed from the conventions: items `<WanAccelerator>` from `GET /wanAccelerators/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_wanaccelerators.html>
    pub async fn get_wan_accelerators_entities(
        &self,
    ) -> Result<super::types::WanAccelerators, crate::runtime::Error> {
        const OPERATION: &str = "GET /wanAccelerators";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/wanAccelerators".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /wanAccelerators/{ID}`
    ///
    /// Returns a resource representation of a WAN accelerator having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `WanAccelerator` (`<WanAccelerator>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_wanaccelerators_id.html>
    pub async fn get_wan_accelerators_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::WanAccelerator, crate::runtime::Error> {
        const OPERATION: &str = "GET /wanAccelerators/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/wanAccelerators/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
}
