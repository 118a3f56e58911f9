// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `cloud`.
#[allow(unused_imports)]
use super::*;
impl crate::Client {
    /// `GET /cloud`
    ///
    /// Returns a set of links to Veeam Cloud Connect resources.
    ///
    /// # Returns
    ///
    /// `CloudConnectService` (`<CloudConnectService>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud.html>
    pub async fn get_cloud(
        &self,
    ) -> Result<super::types::CloudConnectService, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/cloud".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/cloudFailoverPlans`
    ///
    /// Returns a resource representation of a collection of all cloud failover plans configured by tenants on backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cloud_cloud_failover_plans_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoverplans.html>
    pub async fn get_cloud_cloud_failover_plans(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/cloudFailoverPlans";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/cloud/cloudFailoverPlans".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/cloudFailoverPlans?format=Entity`
    ///
    /// The entity form of [`Self::get_cloud_cloud_failover_plans`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `CloudFailoverPlans` (`<CloudFailoverPlans>` in XML), on 200 OK. Typed from the conventions: items `<CloudFailoverPlan>` from `GET /cloud/cloudFailoverPlans/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoverplans.html>
    pub async fn get_cloud_cloud_failover_plans_entities(
        &self,
    ) -> Result<super::types::CloudFailoverPlans, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/cloudFailoverPlans";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/cloud/cloudFailoverPlans".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `DELETE /cloud/cloudFailoverPlans/{ID}`
    ///
    /// Deletes a cloud failover plan that has the specified ID from the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_cloudfailoverplans_id.html>
    pub async fn delete_cloud_cloud_failover_plans_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /cloud/cloudFailoverPlans/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!(
                "/cloud/cloudFailoverPlans/{}", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/cloudFailoverPlans/{ID}`
    ///
    /// Returns a resource representation of the cloud failover plan that has the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `CloudFailoverPlan` (`<CloudFailoverPlan>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoverplans_id.html>
    pub async fn get_cloud_cloud_failover_plans_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::CloudFailoverPlan, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/cloudFailoverPlans/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/cloud/cloudFailoverPlans/{}", crate ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /cloud/cloudFailoverPlans/{ID}?action=start`
    ///
    /// Starts a cloud failover plan that has the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<CloudFailoverPlanManagementSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cloudfailoverplans_id_start.html>
    pub async fn post_cloud_cloud_failover_plans_by_id_start(
        &self,
        id: &str,
        body: &super::types::CloudFailoverPlanManagementSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cloud/cloudFailoverPlans/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/cloud/cloudFailoverPlans/{}", crate ::runtime::path_segment(id)
            ),
            query: vec![("action", "start".to_string())],
            body: Some(
                crate::runtime::encode(
                    self.format(),
                    "CloudFailoverPlanManagementSpec",
                    body,
                ),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /cloud/cloudFailoverPlans/{ID}?action=test`
    ///
    /// Tests a cloud failover plan that has the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cloudfailoverplans_id_test.html>
    pub async fn post_cloud_cloud_failover_plans_by_id_test(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cloud/cloudFailoverPlans/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/cloud/cloudFailoverPlans/{}", crate ::runtime::path_segment(id)
            ),
            query: vec![("action", "test".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /cloud/cloudFailoverPlans/{ID}?action=undo`
    ///
    /// Triggers the undo failover operation for all VMs added to the cloud failover plan that has the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cloudfailoverplans_id_undo.html>
    pub async fn post_cloud_cloud_failover_plans_by_id_undo(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cloud/cloudFailoverPlans/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/cloud/cloudFailoverPlans/{}", crate ::runtime::path_segment(id)
            ),
            query: vec![("action", "undo".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `PUT /cloud/cloudFailoverPlans/{ID}`
    ///
    /// Edits a cloud failover plan that has the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<CloudFailoverPlan>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_cloudfailoverplans_id.html>
    pub async fn put_cloud_cloud_failover_plans_by_id(
        &self,
        id: &str,
        body: &super::types::CloudFailoverPlan,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "PUT /cloud/cloudFailoverPlans/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Put,
            path: format!(
                "/cloud/cloudFailoverPlans/{}", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: Some(crate::runtime::encode(self.format(), "CloudFailoverPlan", body)),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/cloudFailoverPlans/{ID}/includes`
    ///
    /// Returns a list of VMs added to the cloud failover plan that has the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cloud_cloud_failover_plans_by_id_includes_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoverplans_id_includes.html>
    pub async fn get_cloud_cloud_failover_plans_by_id_includes(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/cloudFailoverPlans/{ID}/includes";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/cloud/cloudFailoverPlans/{}/includes", crate
                ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/cloudFailoverPlans/{ID}/includes?format=Entity`
    ///
    /// The entity form of [`Self::get_cloud_cloud_failover_plans_by_id_includes`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `CloudFailoveredVms` (`<CloudFailoveredVms>` in XML), on 200 OK. Typed from the conventions: items `<CloudFailoveredVm>` from `GET /cloud/cloudFailoverPlans/{ID}/includes/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoverplans_id_includes.html>
    pub async fn get_cloud_cloud_failover_plans_by_id_includes_entities(
        &self,
        id: &str,
    ) -> Result<super::types::CloudFailoveredVms, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/cloudFailoverPlans/{ID}/includes";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/cloud/cloudFailoverPlans/{}/includes", crate
                ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/cloudFailoverPlans/{ID}/includes/{ID}`
    ///
    /// Returns a representation of a VM with the specified ID that is added to the cloud failover plan with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `CloudFailoveredVm` (`<CloudFailoveredVm>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoverplans_id_includes_id.html>
    pub async fn get_cloud_cloud_failover_plans_by_id_includes_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<super::types::CloudFailoveredVm, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/cloudFailoverPlans/{ID}/includes/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/cloud/cloudFailoverPlans/{}/includes/{}", crate
                ::runtime::path_segment(id), crate ::runtime::path_segment(id2)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/failoverSessions`
    ///
    /// Returns a collection of cloud failover sessions performed on all backup servers connected to Veeam Backup Enterprise Manager. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cloud_failover_sessions_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoversessions.html>
    pub async fn get_cloud_failover_sessions(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/failoverSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/cloud/failoverSessions".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/failoverSessions?format=Entity`
    ///
    /// The entity form of [`Self::get_cloud_failover_sessions`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `CloudFailoverSessions` (`<CloudFailoverSessions>` in XML), on 200 OK. Typed from the conventions: items `<CloudFailoverSession>` from `GET /cloud/failoverSessions/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoversessions.html>
    pub async fn get_cloud_failover_sessions_entities(
        &self,
    ) -> Result<super::types::CloudFailoverSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/failoverSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/cloud/failoverSessions".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/failoverSessions/{ID}`
    ///
    /// Returns a cloud failover session that has the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `CloudFailoverSession` (`<CloudFailoverSession>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoversessions_id.html>
    pub async fn get_cloud_failover_sessions_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::CloudFailoverSession, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/failoverSessions/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/cloud/failoverSessions/{}", crate ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/gatewayPools`
    ///
    /// Returns a resource representation of a collection of cloud gateway pools configured on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cloud_gateway_pools_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudgatewaypools.html>
    pub async fn get_cloud_gateway_pools(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/gatewayPools";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/cloud/gatewayPools".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/gatewayPools?format=Entity`
    ///
    /// The entity form of [`Self::get_cloud_gateway_pools`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `CloudGatewayPoolEntityListType` (`<CloudGatewayPools>` in XML), on 200 OK. Typed from the conventions: items `<CloudGatewayPool>` from `GET /cloud/gatewayPools/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudgatewaypools.html>
    pub async fn get_cloud_gateway_pools_entities(
        &self,
    ) -> Result<super::types::CloudGatewayPoolEntityListType, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/gatewayPools";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/cloud/gatewayPools".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /cloud/gatewayPools`
    ///
    /// Configures a new cloud gateway pool on the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `body`: the request body, `<CreateCloudGatewayPoolSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cloudgatewaypools.html>
    pub async fn post_cloud_gateway_pools(
        &self,
        body: &super::types::CreateCloudGatewayPoolSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cloud/gatewayPools";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: "/cloud/gatewayPools".to_string(),
            query: vec![],
            body: Some(
                crate::runtime::encode(self.format(), "CreateCloudGatewayPoolSpec", body),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `DELETE /cloud/gatewayPools/{ID}`
    ///
    /// Deletes a cloud gateway pool with the specified ID from the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_cloud_gatewaypools_id.html>
    pub async fn delete_cloud_gateway_pools_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /cloud/gatewayPools/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!("/cloud/gatewayPools/{}", crate ::runtime::path_segment(id)),
            query: vec![],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/gatewayPools/{ID}`
    ///
    /// Returns a resource representation of a cloud gateway pool with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `CloudGatewayPool` (`<CloudGatewayPool>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_gatewaypools_id.html>
    pub async fn get_cloud_gateway_pools_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::CloudGatewayPool, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/gatewayPools/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/cloud/gatewayPools/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `PUT /cloud/gatewayPools/{ID}`
    ///
    /// Edits settings of a cloud gateway pool with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<CloudGatewayPool>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_cloud_gatewaypools_id.html>
    pub async fn put_cloud_gateway_pools_by_id(
        &self,
        id: &str,
        body: &super::types::CloudGatewayPool,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "PUT /cloud/gatewayPools/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Put,
            path: format!("/cloud/gatewayPools/{}", crate ::runtime::path_segment(id)),
            query: vec![],
            body: Some(crate::runtime::encode(self.format(), "CloudGatewayPool", body)),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/gateways`
    ///
    /// Returns a resource representation of a collection of cloud gateways configured on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cloud_gateways_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudgateways.html>
    pub async fn get_cloud_gateways(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/gateways";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/cloud/gateways".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/gateways?format=Entity`
    ///
    /// The entity form of [`Self::get_cloud_gateways`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `CloudGateways` (`<CloudGateways>` in XML), on 200 OK. Typed from the conventions: items `<CloudGateway>` from `GET /cloud/gateways/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudgateways.html>
    pub async fn get_cloud_gateways_entities(
        &self,
    ) -> Result<super::types::CloudGateways, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/gateways";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/cloud/gateways".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /cloud/gateways`
    ///
    /// Configures a new cloud gateway on the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `body`: the request body, `<CreateCloudGatewaySpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_gateways.html>
    pub async fn post_cloud_gateways(
        &self,
        body: &super::types::CreateCloudGatewaySpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cloud/gateways";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: "/cloud/gateways".to_string(),
            query: vec![],
            body: Some(
                crate::runtime::encode(self.format(), "CreateCloudGatewaySpec", body),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `DELETE /cloud/gateways/{ID}`
    ///
    /// Deletes a cloud gateway having the specified ID from the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_cloudgateways_id.html>
    pub async fn delete_cloud_gateways_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /cloud/gateways/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!("/cloud/gateways/{}", crate ::runtime::path_segment(id)),
            query: vec![],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/gateways/{ID}`
    ///
    /// Returns a resource representation of a cloud gateway having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `CloudGateway` (`<CloudGateway>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudgateways_id.html>
    pub async fn get_cloud_gateways_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::CloudGateway, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/gateways/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/cloud/gateways/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `PUT /cloud/gateways/{ID}`
    ///
    /// Edits settings of a cloud gateway with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<CloudGateway>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_cloudgateways_id.html>
    pub async fn put_cloud_gateways_by_id(
        &self,
        id: &str,
        body: &super::types::CloudGateway,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "PUT /cloud/gateways/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Put,
            path: format!("/cloud/gateways/{}", crate ::runtime::path_segment(id)),
            query: vec![],
            body: Some(crate::runtime::encode(self.format(), "CloudGateway", body)),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/hardwarePlans`
    ///
    /// Returns a resource representation of a collection of hardware plans configured on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cloud_hardware_plans_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_hardwareplans.html>
    pub async fn get_cloud_hardware_plans(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/hardwarePlans";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/cloud/hardwarePlans".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/hardwarePlans?format=Entity`
    ///
    /// The entity form of [`Self::get_cloud_hardware_plans`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `CloudHardwarePlans` (`<CloudHardwarePlans>` in XML), on 200 OK. Typed from the conventions: items `<CloudHardwarePlan>` from `GET /cloud/hardwarePlans/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_hardwareplans.html>
    pub async fn get_cloud_hardware_plans_entities(
        &self,
    ) -> Result<super::types::CloudHardwarePlans, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/hardwarePlans";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/cloud/hardwarePlans".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /cloud/hardwarePlans`
    ///
    /// Configures a new hardware plan on the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `body`: the request body, `<CloudHardwarePlanCreateSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_hardwareplans.html>
    pub async fn post_cloud_hardware_plans(
        &self,
        body: &super::types::CloudHardwarePlanCreateSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cloud/hardwarePlans";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: "/cloud/hardwarePlans".to_string(),
            query: vec![],
            body: Some(
                crate::runtime::encode(
                    self.format(),
                    "CloudHardwarePlanCreateSpec",
                    body,
                ),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `DELETE /cloud/hardwarePlans/{ID}`
    ///
    /// Deletes a hardware plan that has the specified ID from the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_hardwareplans_id.html>
    pub async fn delete_cloud_hardware_plans_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /cloud/hardwarePlans/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!("/cloud/hardwarePlans/{}", crate ::runtime::path_segment(id)),
            query: vec![],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/hardwarePlans/{ID}`
    ///
    /// Returns a resource representation of a hardware plan that has the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `CloudHardwarePlan` (`<CloudHardwarePlan>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_hardwareplans_id.html>
    pub async fn get_cloud_hardware_plans_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::CloudHardwarePlan, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/hardwarePlans/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/cloud/hardwarePlans/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `PUT /cloud/hardwarePlans/{ID}`
    ///
    /// Edits settings of a hardware plan with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<CloudHardwarePlan>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_hardwareplans_id.html>
    pub async fn put_cloud_hardware_plans_by_id(
        &self,
        id: &str,
        body: &super::types::CloudHardwarePlan,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "PUT /cloud/hardwarePlans/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Put,
            path: format!("/cloud/hardwarePlans/{}", crate ::runtime::path_segment(id)),
            query: vec![],
            body: Some(crate::runtime::encode(self.format(), "CloudHardwarePlan", body)),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/hardwarePlans/{ID}/tenants`
    ///
    /// Returns a resource representation of a collection of tenant accounts that are subscribed to the hardware plan with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `CloudTenants` (`<CloudTenants>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_hardwareplans_id_tenants.html>
    pub async fn get_cloud_hardware_plans_by_id_tenants(
        &self,
        id: &str,
    ) -> Result<super::types::CloudTenants, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/hardwarePlans/{ID}/tenants";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/cloud/hardwarePlans/{}/tenants", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/publicIpAddresses`
    ///
    /// Returns a resource representation of a collection of public IP addresses. Public IP addresses are allocated in the service provider's network infrastructure and added to pools of public IP addresses on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cloud_public_ip_addresses_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_publicipaddresses.html>
    pub async fn get_cloud_public_ip_addresses(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/publicIpAddresses";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/cloud/publicIpAddresses".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/publicIpAddresses?format=Entity`
    ///
    /// The entity form of [`Self::get_cloud_public_ip_addresses`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `CloudPublicIpAddresses` (`<CloudPublicIpAddresses>` in XML), on 200 OK. Typed from the conventions: items `<CloudPublicIpAddress>` from `GET /cloud/publicIpAddresses/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_publicipaddresses.html>
    pub async fn get_cloud_public_ip_addresses_entities(
        &self,
    ) -> Result<super::types::CloudPublicIpAddresses, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/publicIpAddresses";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/cloud/publicIpAddresses".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /cloud/publicIpAddresses`
    ///
    /// Adds one or several public IP addresses to the pool of public IP addresses configured on the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `body`: the request body, `<CloudPublicIpAddressCreateSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_publicipaddresses.html>
    pub async fn post_cloud_public_ip_addresses(
        &self,
        body: &super::types::CloudPublicIpAddressCreateSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cloud/publicIpAddresses";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: "/cloud/publicIpAddresses".to_string(),
            query: vec![],
            body: Some(
                crate::runtime::encode(
                    self.format(),
                    "CloudPublicIpAddressCreateSpec",
                    body,
                ),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `DELETE /cloud/publicIpAddresses/{ID}`
    ///
    /// Deletes a public IP address with the specified ID from the pool of public IP addresses configured on the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_publicipaddresses_id.html>
    pub async fn delete_cloud_public_ip_addresses_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /cloud/publicIpAddresses/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!(
                "/cloud/publicIpAddresses/{}", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/publicIpAddresses/{ID}`
    ///
    /// Returns a resource representation of a public IP address that has the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `CloudPublicIpAddress` (`<CloudPublicIpAddress>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_publicipaddresses_id.html>
    pub async fn get_cloud_public_ip_addresses_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::CloudPublicIpAddress, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/publicIpAddresses/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/cloud/publicIpAddresses/{}", crate ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `PUT /cloud/publicIpAddresses/{ID}`
    ///
    /// Edits settings of a public IP address resource with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<CloudPublicIpAddress>` in XML.
    ///
    /// # Returns
    ///
    /// `Some(Task)` (`<Task>` in XML), or `None` when the body is empty, on 204 No Content.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_publicipaddresses_id.html>
    pub async fn put_cloud_public_ip_addresses_by_id(
        &self,
        id: &str,
        body: &super::types::CloudPublicIpAddress,
    ) -> Result<Option<super::types::Task>, crate::runtime::Error> {
        const OPERATION: &str = "PUT /cloud/publicIpAddresses/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Put,
            path: format!(
                "/cloud/publicIpAddresses/{}", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: Some(
                crate::runtime::encode(self.format(), "CloudPublicIpAddress", body),
            ),
            expect: &[204],
        };
        let response = self.send(request).await?;
        if response.body.iter().all(u8::is_ascii_whitespace) {
            Ok(None)
        } else {
            response.decode(OPERATION, self.format()).map(Some)
        }
    }
    /// `GET /cloud/replicas`
    ///
    /// Returns a resource representation of a collection of replicas created by tenants whose accounts are created on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cloud_replicas_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudreplicas.html>
    pub async fn get_cloud_replicas(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/replicas";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/cloud/replicas".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/replicas?format=Entity`
    ///
    /// The entity form of [`Self::get_cloud_replicas`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `CloudReplicas` (`<CloudReplicas>` in XML), on 200 OK. Typed from the conventions: items `<CloudReplica>` from `GET /cloud/replicas/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudreplicas.html>
    pub async fn get_cloud_replicas_entities(
        &self,
    ) -> Result<super::types::CloudReplicas, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/replicas";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/cloud/replicas".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/replicas/{ID}`
    ///
    /// Returns a resource representation of a cloud replica that has the specified ID. The replica is created by the tenant whose account is created on the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `CloudReplica` (`<CloudReplica>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudreplicas_id.html>
    pub async fn get_cloud_replicas_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::CloudReplica, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/replicas/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/cloud/replicas/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/replicas/{ID}/vmReplicaPoints`
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs in a cloud replica with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cloud_replicas_by_id_vm_replica_points_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudreplicas_id_vmreplicapoints.html>
    pub async fn get_cloud_replicas_by_id_vm_replica_points(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/replicas/{ID}/vmReplicaPoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/cloud/replicas/{}/vmReplicaPoints", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/replicas/{ID}/vmReplicaPoints?format=Entity`
    ///
    /// The entity form of [`Self::get_cloud_replicas_by_id_vm_replica_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `VmReplicaPoints` (`<VmReplicaPoints>` in XML), on 200 OK. Typed from the conventions: items `<VmReplicaPoint>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudreplicas_id_vmreplicapoints.html>
    pub async fn get_cloud_replicas_by_id_vm_replica_points_entities(
        &self,
        id: &str,
    ) -> Result<super::types::VmReplicaPoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/replicas/{ID}/vmReplicaPoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/cloud/replicas/{}/vmReplicaPoints", crate ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/tenants`
    ///
    /// Returns a resource representation of a collection of tenant accounts created on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cloud_tenants_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants.html>
    pub async fn get_cloud_tenants(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/tenants";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/cloud/tenants".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/tenants?format=Entity`
    ///
    /// The entity form of [`Self::get_cloud_tenants`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `CloudTenants` (`<CloudTenants>` in XML), on 200 OK. Typed from the conventions: items `<CloudTenant>` from `GET /cloud/tenants/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants.html>
    pub async fn get_cloud_tenants_entities(
        &self,
    ) -> Result<super::types::CloudTenants, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/tenants";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/cloud/tenants".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /cloud/tenants`
    ///
    /// Creates a new tenant account on the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `body`: the request body, `<CreateCloudTenantSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_tenants.html>
    pub async fn post_cloud_tenants(
        &self,
        body: &super::types::CreateCloudTenantSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cloud/tenants";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: "/cloud/tenants".to_string(),
            query: vec![],
            body: Some(
                crate::runtime::encode(self.format(), "CreateCloudTenantSpec", body),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `DELETE /cloud/tenants/{ID}`
    ///
    /// Deletes a tenant account with the specified ID from the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_tenants_id.html>
    pub async fn delete_cloud_tenants_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /cloud/tenants/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!("/cloud/tenants/{}", crate ::runtime::path_segment(id)),
            query: vec![],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/tenants/{ID}`
    ///
    /// Returns a resource representation of a tenant account with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `CloudTenant` (`<CloudTenant>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id.html>
    pub async fn get_cloud_tenants_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::CloudTenant, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/tenants/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/cloud/tenants/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `PUT /cloud/tenants/{ID}`
    ///
    /// Edits settings of a tenant account with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<CloudTenant>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_tenants_id.html>
    pub async fn put_cloud_tenants_by_id(
        &self,
        id: &str,
        body: &super::types::CloudTenant,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "PUT /cloud/tenants/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Put,
            path: format!("/cloud/tenants/{}", crate ::runtime::path_segment(id)),
            query: vec![],
            body: Some(crate::runtime::encode(self.format(), "CloudTenant", body)),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/tenants/{ID}/computeResources`
    ///
    /// Returns a collection of hardware plans to which the tenant account with the specified ID is subscribed.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `CloudTenantComputeResources` (`<CloudTenantComputeResources>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<CloudTenantComputeResources>`; convention: `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id_computeresources.html>
    pub async fn get_cloud_tenants_by_id_compute_resources(
        &self,
        id: &str,
    ) -> Result<super::types::CloudTenantComputeResources, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/tenants/{ID}/computeResources";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/cloud/tenants/{}/computeResources", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /cloud/tenants/{ID}/computeResources`
    ///
    /// Subscribes a tenant account with the specified ID to the hardware plan.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<CloudTenantComputeResourceCreateSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_tenants_id_computeresources.html>
    pub async fn post_cloud_tenants_by_id_compute_resources(
        &self,
        id: &str,
        body: &super::types::CloudTenantComputeResourceCreateSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cloud/tenants/{ID}/computeResources";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/cloud/tenants/{}/computeResources", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: Some(
                crate::runtime::encode(
                    self.format(),
                    "CloudTenantComputeResourceCreateSpec",
                    body,
                ),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `DELETE /cloud/tenants/{ID}/computeResources/{ID}`
    ///
    /// Unsubscribes a tenant account that has the specified ID from a hardware plan with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_tenants_id_computeresources_id.html>
    pub async fn delete_cloud_tenants_by_id_compute_resources_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /cloud/tenants/{ID}/computeResources/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!(
                "/cloud/tenants/{}/computeResources/{}", crate
                ::runtime::path_segment(id), crate ::runtime::path_segment(id2)
            ),
            query: vec![],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/tenants/{ID}/computeResources/{ID}`
    ///
    /// Returns a hardware plan with the specified ID to which the tenant account with the specified ID is subscribed.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `CloudTenantComputeResource` (`<CloudTenantComputeResource>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id_computeresources_id.html>
    pub async fn get_cloud_tenants_by_id_compute_resources_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<super::types::CloudTenantComputeResource, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/tenants/{ID}/computeResources/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/cloud/tenants/{}/computeResources/{}", crate
                ::runtime::path_segment(id), crate ::runtime::path_segment(id2)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/tenants/{ID}/freelicenseCounters`
    ///
    /// Represents the following license counters that do not consume a Veeam Cloud Connect license installed on the service provider backup server:
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `CloudTenantFreeLicenseCounters` (`<CloudTenantFreeLicenseCounters>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_tenants_id_freelicensecounters.html>
    pub async fn get_cloud_tenants_by_id_freelicense_counters(
        &self,
        id: &str,
    ) -> Result<super::types::CloudTenantFreeLicenseCounters, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/tenants/{ID}/freelicenseCounters";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/cloud/tenants/{}/freelicenseCounters", crate
                ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/tenants/{ID}/gatewayPools`
    ///
    /// Returns a list of cloud gateway pools assigned to the tenant account with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EntityReferences>`.
    ///
    /// The entities themselves: [`Self::get_cloud_tenants_by_id_gateway_pools_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_tenants_id_gatewaypools.html>
    pub async fn get_cloud_tenants_by_id_gateway_pools(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/tenants/{ID}/gatewayPools";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/cloud/tenants/{}/gatewayPools", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/tenants/{ID}/gatewayPools?format=Entity`
    ///
    /// The entity form of [`Self::get_cloud_tenants_by_id_gateway_pools`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `CloudGatewayPoolEntityListType` (`<CloudGatewayPools>` in XML), on 200 OK. Typed from the conventions: items `<CloudGatewayPool>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_tenants_id_gatewaypools.html>
    pub async fn get_cloud_tenants_by_id_gateway_pools_entities(
        &self,
        id: &str,
    ) -> Result<super::types::CloudGatewayPoolEntityListType, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/tenants/{ID}/gatewayPools";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/cloud/tenants/{}/gatewayPools", crate ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/tenants/{ID}/resources`
    ///
    /// Returns a collection of storage quotas assigned to the tenant account with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `CloudTenantResources` (`<CloudTenantResources>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<CloudTenantResources>`; convention: `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id_resources.html>
    pub async fn get_cloud_tenants_by_id_resources(
        &self,
        id: &str,
    ) -> Result<super::types::CloudTenantResources, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/tenants/{ID}/resources";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/cloud/tenants/{}/resources", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /cloud/tenants/{ID}/resources`
    ///
    /// Creates a storage quota on the cloud repository for a tenant account with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<CreateCloudTenantResourceSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_tenants_id_resources.html>
    pub async fn post_cloud_tenants_by_id_resources(
        &self,
        id: &str,
        body: &super::types::CreateCloudTenantResourceSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cloud/tenants/{ID}/resources";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/cloud/tenants/{}/resources", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: Some(
                crate::runtime::encode(
                    self.format(),
                    "CreateCloudTenantResourceSpec",
                    body,
                ),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `DELETE /cloud/tenants/{ID}/resources/{ID}`
    ///
    /// Deletes a storage quota with the specified ID for the tenant account with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_tenants_id_resources_id.html>
    pub async fn delete_cloud_tenants_by_id_resources_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /cloud/tenants/{ID}/resources/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!(
                "/cloud/tenants/{}/resources/{}", crate ::runtime::path_segment(id),
                crate ::runtime::path_segment(id2)
            ),
            query: vec![],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/tenants/{ID}/resources/{ID}`
    ///
    /// Returns a resource of a storage quota assigned to the tenant account with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `CloudTenantResource` (`<CloudTenantResource>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id_resources_id.html>
    pub async fn get_cloud_tenants_by_id_resources_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<super::types::CloudTenantResource, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/tenants/{ID}/resources/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/cloud/tenants/{}/resources/{}", crate ::runtime::path_segment(id),
                crate ::runtime::path_segment(id2)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/tenants/{ID}/subtenants`
    ///
    /// Returns a list of subtenant accounts created for the tenant account with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `CloudSubtenants` (`<CloudSubtenants>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<CloudSubtenants>`; convention: `resource_representations` (<https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id_subtenants.html>
    pub async fn get_cloud_tenants_by_id_subtenants(
        &self,
        id: &str,
    ) -> Result<super::types::CloudSubtenants, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/tenants/{ID}/subtenants";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/cloud/tenants/{}/subtenants", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /cloud/tenants/{ID}/subtenants`
    ///
    /// Creates a subtenant account for a tenant account with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<CloudSubtenantCreateSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_tenants_id_subtenants.html>
    pub async fn post_cloud_tenants_by_id_subtenants(
        &self,
        id: &str,
        body: &super::types::CloudSubtenantCreateSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cloud/tenants/{ID}/subtenants";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/cloud/tenants/{}/subtenants", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: Some(
                crate::runtime::encode(self.format(), "CloudSubtenantCreateSpec", body),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `DELETE /cloud/tenants/{ID}/subtenants/{ID}`
    ///
    /// Deletes a subtenant account with the specified ID for the tenant account with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_tenants_id_subtenants_id.html>
    pub async fn delete_cloud_tenants_by_id_subtenants_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /cloud/tenants/{ID}/subtenants/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!(
                "/cloud/tenants/{}/subtenants/{}", crate ::runtime::path_segment(id),
                crate ::runtime::path_segment(id2)
            ),
            query: vec![],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/tenants/{ID}/subtenants/{ID}`
    ///
    /// Returns a resource representation of the subtenat account with the specified ID created for the tenant account with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `CloudSubtenant` (`<CloudSubtenant>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id_subtenants_id.html>
    pub async fn get_cloud_tenants_by_id_subtenants_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<super::types::CloudSubtenant, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/tenants/{ID}/subtenants/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/cloud/tenants/{}/subtenants/{}", crate ::runtime::path_segment(id),
                crate ::runtime::path_segment(id2)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `PUT /cloud/tenants/{ID}/subtenants/{ID}`
    ///
    /// Edits settings of a subtenant account with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    /// - `body`: the request body, `<CloudSubtenant>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_tenants_id_subtenants_id.html>
    pub async fn put_cloud_tenants_by_id_subtenants_by_id(
        &self,
        id: &str,
        id2: &str,
        body: &super::types::CloudSubtenant,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "PUT /cloud/tenants/{ID}/subtenants/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Put,
            path: format!(
                "/cloud/tenants/{}/subtenants/{}", crate ::runtime::path_segment(id),
                crate ::runtime::path_segment(id2)
            ),
            query: vec![],
            body: Some(crate::runtime::encode(self.format(), "CloudSubtenant", body)),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/tenants/{ID}/vCloudComputeResources`
    ///
    /// Returns a list of organization vDCs for the VMware Cloud Director tenant account with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `CloudTenantVCloudComputeResource` (`<CloudTenantVCloudComputeResource>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_tenants_id_vcloudcomputeresources.html>
    pub async fn get_cloud_tenants_by_id_v_cloud_compute_resources(
        &self,
        id: &str,
    ) -> Result<super::types::CloudTenantVCloudComputeResource, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/tenants/{ID}/vCloudComputeResources";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/cloud/tenants/{}/vCloudComputeResources", crate
                ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /cloud/tenants/{ID}/vCloudComputeResources`
    ///
    /// Assigns an organization VDC to a VMware Cloud Director tenant account with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<CloudTenantVCloudComputeResourceCreateSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cloud_tenants_id_vcloudcomputeresources.html>
    pub async fn post_cloud_tenants_by_id_v_cloud_compute_resources(
        &self,
        id: &str,
        body: &super::types::CloudTenantVCloudComputeResourceCreateSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cloud/tenants/{ID}/vCloudComputeResources";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/cloud/tenants/{}/vCloudComputeResources", crate
                ::runtime::path_segment(id)
            ),
            query: vec![],
            body: Some(
                crate::runtime::encode(
                    self.format(),
                    "CloudTenantVCloudComputeResourceCreateSpec",
                    body,
                ),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `DELETE /cloud/tenants/{ID}/vCloudComputeResources/{ID}`
    ///
    /// Removes an organization VDC with the specified ID from the VMware Cloud Director tenant account that has the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_cloud_tenants_id_vcloudcomputeresources_id.html>
    pub async fn delete_cloud_tenants_by_id_v_cloud_compute_resources_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /cloud/tenants/{ID}/vCloudComputeResources/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!(
                "/cloud/tenants/{}/vCloudComputeResources/{}", crate
                ::runtime::path_segment(id), crate ::runtime::path_segment(id2)
            ),
            query: vec![],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/tenants/{ID}/vCloudComputeResources/{ID}`
    ///
    /// Returns an organization VDC with the specified ID that is assigned to a VMware Cloud Director tenant account with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `CloudTenantVCloudComputeResource` (`<CloudTenantVCloudComputeResource>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_tenants_id_vcloudcomputeresources_id.html>
    pub async fn get_cloud_tenants_by_id_v_cloud_compute_resources_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<super::types::CloudTenantVCloudComputeResource, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/tenants/{ID}/vCloudComputeResources/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/cloud/tenants/{}/vCloudComputeResources/{}", crate
                ::runtime::path_segment(id), crate ::runtime::path_segment(id2)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/vlans`
    ///
    /// Returns a resource representation of a collection of all virtual switches on which VLAN ranges for Veeam Cloud Connect Replication are reserved. VLANs are used for providing networking capabilities to tenant VM replicas. Virtual switches are configured on virtualization hosts that are used as a replication target and connected to backup servers managed by Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cloud_vlans_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vlans.html>
    pub async fn get_cloud_vlans(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/vlans";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/cloud/vlans".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/vlans?format=Entity`
    ///
    /// The entity form of [`Self::get_cloud_vlans`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `VlanConfigurations` (`<VlanConfigurations>` in XML), on 200 OK. Typed from the conventions: items `<VlanConfiguration>` from `GET /cloud/vlans/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vlans.html>
    pub async fn get_cloud_vlans_entities(
        &self,
    ) -> Result<super::types::VlanConfigurations, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/vlans";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/cloud/vlans".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `DELETE /cloud/vlans/{ID}`
    ///
    /// Deletes VLAN ranges that are reserved for Veeam Cloud Connect Replication from the virtual switch with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_vlans_id.html>
    pub async fn delete_cloud_vlans_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /cloud/vlans/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!("/cloud/vlans/{}", crate ::runtime::path_segment(id)),
            query: vec![],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/vlans/{ID}`
    ///
    /// Returns a virtual switch with the specified ID on which VLAN ranges for Veeam Cloud Connect Replication are reserved. VLANs are used for providing networking capabilities to tenant VM replicas. The virtual switch is configured on the virtualization host that is used as a replication target and connected to the backup server managed by Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `VlanConfiguration` (`<VlanConfiguration>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vlans_id.html>
    pub async fn get_cloud_vlans_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::VlanConfiguration, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/vlans/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/cloud/vlans/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `PUT /cloud/vlans/{ID}`
    ///
    /// Edits VLAN ranges that are reserved for Veeam Cloud Connect Replication on the virtual switch with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<VlanConfiguration>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_vlans_id.html>
    pub async fn put_cloud_vlans_by_id(
        &self,
        id: &str,
        body: &super::types::VlanConfiguration,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "PUT /cloud/vlans/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Put,
            path: format!("/cloud/vlans/{}", crate ::runtime::path_segment(id)),
            query: vec![],
            body: Some(crate::runtime::encode(self.format(), "VlanConfiguration", body)),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/vmReplicaPoints`
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs that are replicated with tenant replication jobs.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cloud_vm_replica_points_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudvmreplicapoints.html>
    pub async fn get_cloud_vm_replica_points(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/vmReplicaPoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/cloud/vmReplicaPoints".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/vmReplicaPoints?format=Entity`
    ///
    /// The entity form of [`Self::get_cloud_vm_replica_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `CloudVmReplicaPoints` (`<CloudVmReplicaPoints>` in XML), on 200 OK. Typed from the conventions: items `<CloudVmReplicaPoint>` from `GET /cloud/vmReplicaPoints/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudvmreplicapoints.html>
    pub async fn get_cloud_vm_replica_points_entities(
        &self,
    ) -> Result<super::types::CloudVmReplicaPoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/vmReplicaPoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/cloud/vmReplicaPoints".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cloud/vmReplicaPoints/{ID}`
    ///
    /// Returns a resource representation of a VM replica restore point that has the specified ID. VM is replicated with the tenant replication job.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `CloudVmReplicaPoint` (`<CloudVmReplicaPoint>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudvmreplicapoints_id.html>
    pub async fn get_cloud_vm_replica_points_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::CloudVmReplicaPoint, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/vmReplicaPoints/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/cloud/vmReplicaPoints/{}", crate ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
}
