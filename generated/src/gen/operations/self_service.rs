// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `self-service`.
#[allow(unused_imports)]
use super::*;
impl crate::Client {
    /// `GET /selfService/vSphere`
    ///
    /// Returns a set of links to vSphere Self-Service Backup Portal resources in Veeam Backup Enterprise Manager REST API.
    ///
    /// # Returns
    ///
    /// `VSphereSelfService` (`<VSphereSelfService>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<VSphereSelfService>`; convention: `resource_representations` (<https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_selfservice_vsphere.html>
    pub async fn get_self_service_v_sphere(
        &self,
    ) -> Result<super::types::VSphereSelfService, crate::runtime::Error> {
        const OPERATION: &str = "GET /selfService/vSphere";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/selfService/vSphere".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /selfService/vSphere/Configs`
    ///
    /// Returns a resource representation of a collection of vSphere Self-Service Backup Portal tenant access configurations.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EntityReferences>`.
    ///
    /// The entities themselves: [`Self::get_self_service_v_sphere_configs_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_selfservice_vsphere_configs.html>
    pub async fn get_self_service_v_sphere_configs(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /selfService/vSphere/Configs";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/selfService/vSphere/Configs".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /selfService/vSphere/Configs?format=Entity`
    ///
    /// The entity form of [`Self::get_self_service_v_sphere_configs`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `VSphereSelfServiceConfigs` (`<VSphereSelfServiceConfigs>` in XML), on 200 OK. Typed from the conventions: items `<VSphereSelfServiceConfig>` from `GET /selfService/vSphere/Configs/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_selfservice_vsphere_configs.html>
    pub async fn get_self_service_v_sphere_configs_entities(
        &self,
    ) -> Result<super::types::VSphereSelfServiceConfigs, crate::runtime::Error> {
        const OPERATION: &str = "GET /selfService/vSphere/Configs";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/selfService/vSphere/Configs".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /selfService/vSphere/Configs`
    ///
    /// Creates a vSphere Self-Service Backup Portal tenant access configuration.
    ///
    /// # Arguments
    ///
    /// - `body`: the request body, `<VSphereSelfServiceCreateSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_selfservice_vsphere_configs.html>
    pub async fn post_self_service_v_sphere_configs(
        &self,
        body: &super::types::VSphereSelfServiceCreateSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /selfService/vSphere/Configs";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: "/selfService/vSphere/Configs".to_string(),
            query: vec![],
            body: Some(
                crate::runtime::encode(
                    self.format(),
                    "VSphereSelfServiceCreateSpec",
                    body,
                ),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `DELETE /selfService/vSphere/Configs/{ID}`
    ///
    /// Deletes a vSphere tenant access configuration with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_selfservice_vsphere_configs_id.html>
    pub async fn delete_self_service_v_sphere_configs_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /selfService/vSphere/Configs/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!(
                "/selfService/vSphere/Configs/{}", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /selfService/vSphere/Configs/{ID}`
    ///
    /// Returns a resource representation of a vSphere Self-Service Backup Portal tenant access configuration with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `VSphereSelfServiceConfig` (`<VSphereSelfServiceConfig>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_selfservice_vsphere_configs_id.html>
    pub async fn get_self_service_v_sphere_configs_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::VSphereSelfServiceConfig, crate::runtime::Error> {
        const OPERATION: &str = "GET /selfService/vSphere/Configs/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/selfService/vSphere/Configs/{}", crate ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `PUT /selfService/vSphere/Configs/{ID}`
    ///
    /// Edits settings of a tenant access configuration with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<VSphereSelfServiceConfig>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_selfservice_vsphere_configs_id.html>
    pub async fn put_self_service_v_sphere_configs_by_id(
        &self,
        id: &str,
        body: &super::types::VSphereSelfServiceConfig,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "PUT /selfService/vSphere/Configs/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Put,
            path: format!(
                "/selfService/vSphere/Configs/{}", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: Some(
                crate::runtime::encode(self.format(), "VSphereSelfServiceConfig", body),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /selfService/vSphere/Configs/{ID}/backupJobSettings`
    ///
    /// Returns job settings applied to backup jobs for the vSphere Self-Service Backup Portal tenant that has individual configuration with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `VSphereSelfServiceConfigJobSettings` (`<VSphereSelfServiceConfigJobSettings>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<VSphereSelfServiceConfigJobSettings>`; convention: `resource_representations` (<https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_selfservice_vsphere_configs_id_backupjobsettings.html>
    pub async fn get_self_service_v_sphere_configs_by_id_backup_job_settings(
        &self,
        id: &str,
    ) -> Result<
        super::types::VSphereSelfServiceConfigJobSettings,
        crate::runtime::Error,
    > {
        const OPERATION: &str = "GET /selfService/vSphere/Configs/{ID}/backupJobSettings";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/selfService/vSphere/Configs/{}/backupJobSettings", crate
                ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /vCloud`
    ///
    /// Returns a set of links to resources pertaining support of VMware VMware Cloud Director in Veeam Backup & Replication.
    ///
    /// # Returns
    ///
    /// `VCloudService` (`<VCloudService>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<VCloudService>`; convention: `resource_representations` (<https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vcloud.html>
    pub async fn get_v_cloud(
        &self,
    ) -> Result<super::types::VCloudService, crate::runtime::Error> {
        const OPERATION: &str = "GET /vCloud";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/vCloud".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /vCloud/orgConfigs`
    ///
    /// Returns a resource representation of a collection of VMware Cloud Director organization configurations.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EntityReferences>`.
    ///
    /// The entities themselves: [`Self::get_v_cloud_org_configs_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vcloud_orgconfigs.html>
    pub async fn get_v_cloud_org_configs(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /vCloud/orgConfigs";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/vCloud/orgConfigs".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /vCloud/orgConfigs?format=Entity`
    ///
    /// The entity form of [`Self::get_v_cloud_org_configs`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `VCloudOrganizationConfigs` (`<VCloudOrganizationConfigs>` in XML), on 200 OK. Typed from the conventions: items `<VCloudOrganizationConfig>` from `GET /vCloud/orgConfigs/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vcloud_orgconfigs.html>
    pub async fn get_v_cloud_org_configs_entities(
        &self,
    ) -> Result<super::types::VCloudOrganizationConfigs, crate::runtime::Error> {
        const OPERATION: &str = "GET /vCloud/orgConfigs";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/vCloud/orgConfigs".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /vCloud/orgConfigs`
    ///
    /// Creates a VMware Cloud Director organization configuration.
    ///
    /// # Arguments
    ///
    /// - `body`: the request body, `<VCloudOrganizationConfigCreateSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vcloud_orgconfigs.html>
    pub async fn post_v_cloud_org_configs(
        &self,
        body: &super::types::VCloudOrganizationConfigCreateSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /vCloud/orgConfigs";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: "/vCloud/orgConfigs".to_string(),
            query: vec![],
            body: Some(
                crate::runtime::encode(
                    self.format(),
                    "VCloudOrganizationConfigCreateSpec",
                    body,
                ),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `DELETE /vCloud/orgConfigs/{ID}`
    ///
    /// Deletes a VMware Cloud Director organization configuration with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_vcloud_orgconfigs_id.html>
    pub async fn delete_v_cloud_org_configs_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /vCloud/orgConfigs/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!("/vCloud/orgConfigs/{}", crate ::runtime::path_segment(id)),
            query: vec![],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /vCloud/orgConfigs/{ID}`
    ///
    /// Returns a resource representation of a VMware Cloud Director organization configuration with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `VCloudOrganizationConfig` (`<VCloudOrganizationConfig>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vcloud_orgconfigs_id.html>
    pub async fn get_v_cloud_org_configs_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::VCloudOrganizationConfig, crate::runtime::Error> {
        const OPERATION: &str = "GET /vCloud/orgConfigs/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/vCloud/orgConfigs/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /vCloud/orgConfigs/{ID}?action=disable`
    ///
    /// Disables the default VMware Cloud Director organization configuration with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vcloud_orgconfigs_id.html>
    pub async fn post_v_cloud_org_configs_by_id_disable(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /vCloud/orgConfigs/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/vCloud/orgConfigs/{}", crate ::runtime::path_segment(id)),
            query: vec![("action", "disable".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `PUT /vCloud/orgConfigs/{ID}`
    ///
    /// Edits settings of a VMware Cloud Director organization configuration with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<VCloudOrganizationConfig>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_vcloud_orgconfigs_id.html>
    pub async fn put_v_cloud_org_configs_by_id(
        &self,
        id: &str,
        body: &super::types::VCloudOrganizationConfig,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "PUT /vCloud/orgConfigs/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Put,
            path: format!("/vCloud/orgConfigs/{}", crate ::runtime::path_segment(id)),
            query: vec![],
            body: Some(
                crate::runtime::encode(self.format(), "VCloudOrganizationConfig", body),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /vCloud/orgConfigs/{ID}/backupJobSettings`
    ///
    /// Returns job settings applied to backup jobs for the VMware Cloud Director organization that has individual configuration with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `VCloudOrganizationConfigBackupJobSettings` (`<JobSettings>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vcloud_orgconfigs_id_backupjobsettings.html>
    pub async fn get_v_cloud_org_configs_by_id_backup_job_settings(
        &self,
        id: &str,
    ) -> Result<
        super::types::VCloudOrganizationConfigBackupJobSettings,
        crate::runtime::Error,
    > {
        const OPERATION: &str = "GET /vCloud/orgConfigs/{ID}/backupJobSettings";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/vCloud/orgConfigs/{}/backupJobSettings", crate
                ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
}
