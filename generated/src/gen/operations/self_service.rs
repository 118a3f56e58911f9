// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `self-service`.

#[allow(unused_imports)]
use super::*;

impl crate::Client {
    /// Returns a set of links to vSphere Self-Service Backup Portal resources in Veeam Backup Enterprise Manager REST API.
    ///
    /// `GET /selfService/vSphere`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_selfservice_vsphere.html>
    ///
    /// # Returns
    ///
    /// [`VSphereSelfService`](crate::api::types::VSphereSelfService) (`<VSphereSelfService>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<VSphereSelfService>`; convention: `resource_representations` (<https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>).
    pub async fn get_self_service_v_sphere(
        &self,
    ) -> Result<super::types::VSphereSelfService, crate::runtime::Error> {
        const OPERATION: &str = "GET /selfService/vSphere";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/selfService/vSphere".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a collection of vSphere Self-Service Backup Portal tenant access configurations.
    ///
    /// `GET /selfService/vSphere/Configs`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_selfservice_vsphere_configs.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EntityReferences>`.
    ///
    /// The entities themselves: [`Self::get_self_service_v_sphere_configs_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vsphere_self_service_config`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vsphere_self_service_config_entities`]: a query, in full"
    )]
    /// - [`Self::get_self_service_v_sphere_configs_entities`]: every one, in full
    /// - [`Self::get_self_service_v_sphere_configs_by_id`]: one, by its id
    pub async fn get_self_service_v_sphere_configs(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /selfService/vSphere/Configs";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/selfService/vSphere/Configs".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_self_service_v_sphere_configs`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of vSphere Self-Service Backup Portal tenant access configurations.
    ///
    /// `GET /selfService/vSphere/Configs?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_selfservice_vsphere_configs.html>
    ///
    /// # Returns
    ///
    /// [`VSphereSelfServiceConfigs`](crate::api::types::VSphereSelfServiceConfigs) (`<VSphereSelfServiceConfigs>` in XML), on 200 OK. Typed from the conventions: items `<VSphereSelfServiceConfig>` from `GET /selfService/vSphere/Configs/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vsphere_self_service_config`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vsphere_self_service_config_entities`]: a query, in full"
    )]
    /// - [`Self::get_self_service_v_sphere_configs`]: every one, as references
    /// - [`Self::get_self_service_v_sphere_configs_by_id`]: one, by its id
    pub async fn get_self_service_v_sphere_configs_entities(
        &self,
    ) -> Result<super::types::VSphereSelfServiceConfigs, crate::runtime::Error> {
        const OPERATION: &str = "GET /selfService/vSphere/Configs";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/selfService/vSphere/Configs".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Creates a vSphere Self-Service Backup Portal tenant access configuration.
    ///
    /// `POST /selfService/vSphere/Configs`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_selfservice_vsphere_configs.html>
    ///
    /// # Arguments
    ///
    /// - `body`: the request body, [`VSphereSelfServiceCreateSpec`](crate::api::types::VSphereSelfServiceCreateSpec) (`<VSphereSelfServiceCreateSpec>` in XML). Build it with [`VSphereSelfServiceCreateSpec::builder`](crate::api::types::VSphereSelfServiceCreateSpec::builder).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_self_service_v_sphere_configs(
        &self,
        body: &super::types::VSphereSelfServiceCreateSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /selfService/vSphere/Configs";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: "/selfService/vSphere/Configs".to_string(),
            query: vec![],
            body: Some(
                crate::runtime::encode(
                    self.format(),
                    "VSphereSelfServiceCreateSpec",
                    body,
                ),
            ),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Deletes a vSphere tenant access configuration with the specified ID.
    ///
    /// `DELETE /selfService/vSphere/Configs/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_selfservice_vsphere_configs_id.html>
    ///
    /// # Arguments
    ///
    /// - `config_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn delete_self_service_v_sphere_configs_by_id(
        &self,
        config_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /selfService/vSphere/Configs/{ID}";
        let config_id = crate::runtime::id_segment(config_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::DELETE,
            path: format!("/selfService/vSphere/Configs/{}", config_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a vSphere Self-Service Backup Portal tenant access configuration with the specified ID.
    ///
    /// `GET /selfService/vSphere/Configs/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_selfservice_vsphere_configs_id.html>
    ///
    /// # Arguments
    ///
    /// - `config_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`VSphereSelfServiceConfig`](crate::api::types::VSphereSelfServiceConfig) (`<VSphereSelfServiceConfig>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vsphere_self_service_config`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vsphere_self_service_config_entities`]: a query, in full"
    )]
    /// - [`Self::get_self_service_v_sphere_configs`]: every one, as references
    /// - [`Self::get_self_service_v_sphere_configs_entities`]: every one, in full
    pub async fn get_self_service_v_sphere_configs_by_id(
        &self,
        config_id: impl AsRef<str>,
    ) -> Result<super::types::VSphereSelfServiceConfig, crate::runtime::Error> {
        const OPERATION: &str = "GET /selfService/vSphere/Configs/{ID}";
        let config_id = crate::runtime::id_segment(config_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/selfService/vSphere/Configs/{}", config_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Edits settings of a tenant access configuration with the specified ID.
    ///
    /// `PUT /selfService/vSphere/Configs/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_selfservice_vsphere_configs_id.html>
    ///
    /// # Arguments
    ///
    /// - `config_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`VSphereSelfServiceConfig`](crate::api::types::VSphereSelfServiceConfig) (`<VSphereSelfServiceConfig>` in XML). Build it with [`VSphereSelfServiceConfig::builder`](crate::api::types::VSphereSelfServiceConfig::builder).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn put_self_service_v_sphere_configs_by_id(
        &self,
        config_id: impl AsRef<str>,
        body: &super::types::VSphereSelfServiceConfig,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "PUT /selfService/vSphere/Configs/{ID}";
        let config_id = crate::runtime::id_segment(config_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::PUT,
            path: format!("/selfService/vSphere/Configs/{}", config_id),
            query: vec![],
            body: Some(
                crate::runtime::encode(self.format(), "VSphereSelfServiceConfig", body),
            ),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns job settings applied to backup jobs for the vSphere Self-Service Backup Portal tenant that has individual configuration with the specified ID.
    ///
    /// `GET /selfService/vSphere/Configs/{ID}/backupJobSettings`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_selfservice_vsphere_configs_id_backupjobsettings.html>
    ///
    /// # Arguments
    ///
    /// - `config_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`VSphereSelfServiceConfigJobSettings`](crate::api::types::VSphereSelfServiceConfigJobSettings) (`<VSphereSelfServiceConfigJobSettings>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<VSphereSelfServiceConfigJobSettings>`; convention: `resource_representations` (<https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>).
    pub async fn get_self_service_v_sphere_configs_by_id_backup_job_settings(
        &self,
        config_id: impl AsRef<str>,
    ) -> Result<
        super::types::VSphereSelfServiceConfigJobSettings,
        crate::runtime::Error,
    > {
        const OPERATION: &str = "GET /selfService/vSphere/Configs/{ID}/backupJobSettings";
        let config_id = crate::runtime::id_segment(config_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!(
                "/selfService/vSphere/Configs/{}/backupJobSettings", config_id
            ),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a set of links to resources pertaining support of VMware VMware Cloud Director in Veeam Backup & Replication.
    ///
    /// `GET /vCloud`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vcloud.html>
    ///
    /// # Returns
    ///
    /// [`VCloudService`](crate::api::types::VCloudService) (`<VCloudService>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<VCloudService>`; convention: `resource_representations` (<https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>).
    pub async fn get_v_cloud(
        &self,
    ) -> Result<super::types::VCloudService, crate::runtime::Error> {
        const OPERATION: &str = "GET /vCloud";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/vCloud".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a collection of VMware Cloud Director organization configurations.
    ///
    /// `GET /vCloud/orgConfigs`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vcloud_orgconfigs.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EntityReferences>`.
    ///
    /// The entities themselves: [`Self::get_v_cloud_org_configs_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_v_cloud_organization_config`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_v_cloud_organization_config_entities`]: a query, in full"
    )]
    /// - [`Self::get_v_cloud_org_configs_entities`]: every one, in full
    /// - [`Self::get_v_cloud_org_configs_by_id`]: one, by its id
    pub async fn get_v_cloud_org_configs(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /vCloud/orgConfigs";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/vCloud/orgConfigs".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_v_cloud_org_configs`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of VMware Cloud Director organization configurations.
    ///
    /// `GET /vCloud/orgConfigs?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vcloud_orgconfigs.html>
    ///
    /// # Returns
    ///
    /// [`VCloudOrganizationConfigs`](crate::api::types::VCloudOrganizationConfigs) (`<VCloudOrganizationConfigs>` in XML), on 200 OK. Typed from the conventions: items `<VCloudOrganizationConfig>` from `GET /vCloud/orgConfigs/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_v_cloud_organization_config`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_v_cloud_organization_config_entities`]: a query, in full"
    )]
    /// - [`Self::get_v_cloud_org_configs`]: every one, as references
    /// - [`Self::get_v_cloud_org_configs_by_id`]: one, by its id
    pub async fn get_v_cloud_org_configs_entities(
        &self,
    ) -> Result<super::types::VCloudOrganizationConfigs, crate::runtime::Error> {
        const OPERATION: &str = "GET /vCloud/orgConfigs";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/vCloud/orgConfigs".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Creates a VMware Cloud Director organization configuration.
    ///
    /// `POST /vCloud/orgConfigs`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vcloud_orgconfigs.html>
    ///
    /// # Arguments
    ///
    /// - `body`: the request body, [`VCloudOrganizationConfigCreateSpec`](crate::api::types::VCloudOrganizationConfigCreateSpec) (`<VCloudOrganizationConfigCreateSpec>` in XML). Build it with [`VCloudOrganizationConfigCreateSpec::builder`](crate::api::types::VCloudOrganizationConfigCreateSpec::builder).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_v_cloud_org_configs(
        &self,
        body: &super::types::VCloudOrganizationConfigCreateSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /vCloud/orgConfigs";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: "/vCloud/orgConfigs".to_string(),
            query: vec![],
            body: Some(
                crate::runtime::encode(
                    self.format(),
                    "VCloudOrganizationConfigCreateSpec",
                    body,
                ),
            ),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Deletes a VMware Cloud Director organization configuration with the specified ID.
    ///
    /// `DELETE /vCloud/orgConfigs/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_vcloud_orgconfigs_id.html>
    ///
    /// # Arguments
    ///
    /// - `org_config_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn delete_v_cloud_org_configs_by_id(
        &self,
        org_config_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /vCloud/orgConfigs/{ID}";
        let org_config_id = crate::runtime::id_segment(org_config_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::DELETE,
            path: format!("/vCloud/orgConfigs/{}", org_config_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a VMware Cloud Director organization configuration with the specified ID.
    ///
    /// `GET /vCloud/orgConfigs/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vcloud_orgconfigs_id.html>
    ///
    /// # Arguments
    ///
    /// - `org_config_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`VCloudOrganizationConfig`](crate::api::types::VCloudOrganizationConfig) (`<VCloudOrganizationConfig>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_v_cloud_organization_config`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_v_cloud_organization_config_entities`]: a query, in full"
    )]
    /// - [`Self::get_v_cloud_org_configs`]: every one, as references
    /// - [`Self::get_v_cloud_org_configs_entities`]: every one, in full
    pub async fn get_v_cloud_org_configs_by_id(
        &self,
        org_config_id: impl AsRef<str>,
    ) -> Result<super::types::VCloudOrganizationConfig, crate::runtime::Error> {
        const OPERATION: &str = "GET /vCloud/orgConfigs/{ID}";
        let org_config_id = crate::runtime::id_segment(org_config_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/vCloud/orgConfigs/{}", org_config_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Disables the default VMware Cloud Director organization configuration with the specified ID.
    ///
    /// `POST /vCloud/orgConfigs/{ID}?action=disable`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vcloud_orgconfigs_id.html>
    ///
    /// # Arguments
    ///
    /// - `org_config_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_v_cloud_org_configs_by_id_disable(
        &self,
        org_config_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /vCloud/orgConfigs/{ID}";
        let org_config_id = crate::runtime::id_segment(org_config_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: format!("/vCloud/orgConfigs/{}", org_config_id),
            query: vec![("action", "disable".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Edits settings of a VMware Cloud Director organization configuration with the specified ID.
    ///
    /// `PUT /vCloud/orgConfigs/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_vcloud_orgconfigs_id.html>
    ///
    /// # Arguments
    ///
    /// - `org_config_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`VCloudOrganizationConfig`](crate::api::types::VCloudOrganizationConfig) (`<VCloudOrganizationConfig>` in XML). Build it with [`VCloudOrganizationConfig::builder`](crate::api::types::VCloudOrganizationConfig::builder).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn put_v_cloud_org_configs_by_id(
        &self,
        org_config_id: impl AsRef<str>,
        body: &super::types::VCloudOrganizationConfig,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "PUT /vCloud/orgConfigs/{ID}";
        let org_config_id = crate::runtime::id_segment(org_config_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::PUT,
            path: format!("/vCloud/orgConfigs/{}", org_config_id),
            query: vec![],
            body: Some(
                crate::runtime::encode(self.format(), "VCloudOrganizationConfig", body),
            ),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns job settings applied to backup jobs for the VMware Cloud Director organization that has individual configuration with the specified ID.
    ///
    /// `GET /vCloud/orgConfigs/{ID}/backupJobSettings`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vcloud_orgconfigs_id_backupjobsettings.html>
    ///
    /// # Arguments
    ///
    /// - `org_config_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`VCloudOrganizationConfigBackupJobSettings`](crate::api::types::VCloudOrganizationConfigBackupJobSettings) (`<JobSettings>` in XML), on 200 OK.
    pub async fn get_v_cloud_org_configs_by_id_backup_job_settings(
        &self,
        org_config_id: impl AsRef<str>,
    ) -> Result<
        super::types::VCloudOrganizationConfigBackupJobSettings,
        crate::runtime::Error,
    > {
        const OPERATION: &str = "GET /vCloud/orgConfigs/{ID}/backupJobSettings";
        let org_config_id = crate::runtime::id_segment(org_config_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/vCloud/orgConfigs/{}/backupJobSettings", org_config_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
}
