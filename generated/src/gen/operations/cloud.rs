// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `cloud`.

#[allow(unused_imports)]
use super::*;

impl crate::Client {
    /// Returns a set of links to Veeam Cloud Connect resources.
    ///
    /// `GET /cloud`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud.html>
    ///
    /// # Returns
    ///
    /// [`CloudConnectService`](crate::api::types::CloudConnectService) (`<CloudConnectService>` in XML), on 200 OK.
    pub async fn get_cloud(
        &self,
    ) -> Result<super::types::CloudConnectService, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/cloud".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a collection of all cloud failover plans configured by tenants on backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cloud/cloudFailoverPlans`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoverplans.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cloud_cloud_failover_plans_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_cloud_failover_plans_entities`]: every one, in full
    /// - [`Self::get_cloud_cloud_failover_plans_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_failover_plan`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_failover_plan_entities`]: a query, in full"
    )]
    pub async fn get_cloud_cloud_failover_plans(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/cloudFailoverPlans";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/cloud/cloudFailoverPlans".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_cloud_cloud_failover_plans`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of all cloud failover plans configured by tenants on backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cloud/cloudFailoverPlans?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoverplans.html>
    ///
    /// # Returns
    ///
    /// [`CloudFailoverPlans`](crate::api::types::CloudFailoverPlans) (`<CloudFailoverPlans>` in XML), on 200 OK. Typed from the conventions: items `<CloudFailoverPlan>` from `GET /cloud/cloudFailoverPlans/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_cloud_failover_plans`]: every one, as references
    /// - [`Self::get_cloud_cloud_failover_plans_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_failover_plan`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_failover_plan_entities`]: a query, in full"
    )]
    pub async fn get_cloud_cloud_failover_plans_entities(
        &self,
    ) -> Result<super::types::CloudFailoverPlans, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/cloudFailoverPlans";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/cloud/cloudFailoverPlans".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Deletes a cloud failover plan that has the specified ID from the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `DELETE /cloud/cloudFailoverPlans/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_cloudfailoverplans_id.html>
    ///
    /// # Arguments
    ///
    /// - `cloud_failover_plan_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn delete_cloud_cloud_failover_plans_by_id(
        &self,
        cloud_failover_plan_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /cloud/cloudFailoverPlans/{ID}";
        let cloud_failover_plan_id = crate::runtime::id_segment(
            cloud_failover_plan_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::DELETE,
            path: format!("/cloud/cloudFailoverPlans/{}", cloud_failover_plan_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of the cloud failover plan that has the specified ID.
    ///
    /// `GET /cloud/cloudFailoverPlans/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoverplans_id.html>
    ///
    /// # Arguments
    ///
    /// - `cloud_failover_plan_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`CloudFailoverPlan`](crate::api::types::CloudFailoverPlan) (`<CloudFailoverPlan>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_cloud_failover_plans`]: every one, as references
    /// - [`Self::get_cloud_cloud_failover_plans_entities`]: every one, in full
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_failover_plan`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_failover_plan_entities`]: a query, in full"
    )]
    pub async fn get_cloud_cloud_failover_plans_by_id(
        &self,
        cloud_failover_plan_id: impl AsRef<str>,
    ) -> Result<super::types::CloudFailoverPlan, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/cloudFailoverPlans/{ID}";
        let cloud_failover_plan_id = crate::runtime::id_segment(
            cloud_failover_plan_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cloud/cloudFailoverPlans/{}", cloud_failover_plan_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Starts a cloud failover plan that has the specified ID.
    ///
    /// `POST /cloud/cloudFailoverPlans/{ID}?action=start`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cloudfailoverplans_id_start.html>
    ///
    /// # Arguments
    ///
    /// - `cloud_failover_plan_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`CloudFailoverPlanManagementSpec`](crate::api::types::CloudFailoverPlanManagementSpec) (`<CloudFailoverPlanManagementSpec>` in XML).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_cloud_cloud_failover_plans_by_id_start(
        &self,
        cloud_failover_plan_id: impl AsRef<str>,
        body: &super::types::CloudFailoverPlanManagementSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cloud/cloudFailoverPlans/{ID}";
        let cloud_failover_plan_id = crate::runtime::id_segment(
            cloud_failover_plan_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: format!("/cloud/cloudFailoverPlans/{}", cloud_failover_plan_id),
            query: vec![("action", "start".to_string())],
            body: Some(
                crate::runtime::encode(
                    self.format(),
                    "CloudFailoverPlanManagementSpec",
                    body,
                ),
            ),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Tests a cloud failover plan that has the specified ID.
    ///
    /// `POST /cloud/cloudFailoverPlans/{ID}?action=test`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cloudfailoverplans_id_test.html>
    ///
    /// # Arguments
    ///
    /// - `cloud_failover_plan_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_cloud_cloud_failover_plans_by_id_test(
        &self,
        cloud_failover_plan_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cloud/cloudFailoverPlans/{ID}";
        let cloud_failover_plan_id = crate::runtime::id_segment(
            cloud_failover_plan_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: format!("/cloud/cloudFailoverPlans/{}", cloud_failover_plan_id),
            query: vec![("action", "test".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Triggers the undo failover operation for all VMs added to the cloud failover plan that has the specified ID.
    ///
    /// `POST /cloud/cloudFailoverPlans/{ID}?action=undo`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cloudfailoverplans_id_undo.html>
    ///
    /// # Arguments
    ///
    /// - `cloud_failover_plan_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_cloud_cloud_failover_plans_by_id_undo(
        &self,
        cloud_failover_plan_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cloud/cloudFailoverPlans/{ID}";
        let cloud_failover_plan_id = crate::runtime::id_segment(
            cloud_failover_plan_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: format!("/cloud/cloudFailoverPlans/{}", cloud_failover_plan_id),
            query: vec![("action", "undo".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Edits a cloud failover plan that has the specified ID.
    ///
    /// `PUT /cloud/cloudFailoverPlans/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_cloudfailoverplans_id.html>
    ///
    /// # Arguments
    ///
    /// - `cloud_failover_plan_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`CloudFailoverPlan`](crate::api::types::CloudFailoverPlan) (`<CloudFailoverPlan>` in XML).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn put_cloud_cloud_failover_plans_by_id(
        &self,
        cloud_failover_plan_id: impl AsRef<str>,
        body: &super::types::CloudFailoverPlan,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "PUT /cloud/cloudFailoverPlans/{ID}";
        let cloud_failover_plan_id = crate::runtime::id_segment(
            cloud_failover_plan_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::PUT,
            path: format!("/cloud/cloudFailoverPlans/{}", cloud_failover_plan_id),
            query: vec![],
            body: Some(crate::runtime::encode(self.format(), "CloudFailoverPlan", body)),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a list of VMs added to the cloud failover plan that has the specified ID.
    ///
    /// `GET /cloud/cloudFailoverPlans/{ID}/includes`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoverplans_id_includes.html>
    ///
    /// # Arguments
    ///
    /// - `cloud_failover_plan_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cloud_cloud_failover_plans_by_id_includes_entities`] (`?format=Entity`).
    pub async fn get_cloud_cloud_failover_plans_by_id_includes(
        &self,
        cloud_failover_plan_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/cloudFailoverPlans/{ID}/includes";
        let cloud_failover_plan_id = crate::runtime::id_segment(
            cloud_failover_plan_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!(
                "/cloud/cloudFailoverPlans/{}/includes", cloud_failover_plan_id
            ),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_cloud_cloud_failover_plans_by_id_includes`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a list of VMs added to the cloud failover plan that has the specified ID.
    ///
    /// `GET /cloud/cloudFailoverPlans/{ID}/includes?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoverplans_id_includes.html>
    ///
    /// # Arguments
    ///
    /// - `cloud_failover_plan_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`CloudFailoveredVms`](crate::api::types::CloudFailoveredVms) (`<CloudFailoveredVms>` in XML), on 200 OK. Typed from the conventions: items `<CloudFailoveredVm>` from `GET /cloud/cloudFailoverPlans/{ID}/includes/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    pub async fn get_cloud_cloud_failover_plans_by_id_includes_entities(
        &self,
        cloud_failover_plan_id: impl AsRef<str>,
    ) -> Result<super::types::CloudFailoveredVms, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/cloudFailoverPlans/{ID}/includes";
        let cloud_failover_plan_id = crate::runtime::id_segment(
            cloud_failover_plan_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!(
                "/cloud/cloudFailoverPlans/{}/includes", cloud_failover_plan_id
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a representation of a VM with the specified ID that is added to the cloud failover plan with the specified ID.
    ///
    /// `GET /cloud/cloudFailoverPlans/{ID}/includes/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoverplans_id_includes_id.html>
    ///
    /// # Arguments
    ///
    /// - `cloud_failover_plan_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `include_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`CloudFailoveredVm`](crate::api::types::CloudFailoveredVm) (`<CloudFailoveredVm>` in XML), on 200 OK.
    pub async fn get_cloud_cloud_failover_plans_by_id_includes_by_id(
        &self,
        cloud_failover_plan_id: impl AsRef<str>,
        include_id: impl AsRef<str>,
    ) -> Result<super::types::CloudFailoveredVm, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/cloudFailoverPlans/{ID}/includes/{ID}";
        let cloud_failover_plan_id = crate::runtime::id_segment(
            cloud_failover_plan_id.as_ref(),
        );
        let include_id = crate::runtime::id_segment(include_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!(
                "/cloud/cloudFailoverPlans/{}/includes/{}", cloud_failover_plan_id,
                include_id
            ),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a collection of cloud failover sessions performed on all backup servers connected to Veeam Backup Enterprise Manager. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// `GET /cloud/failoverSessions`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoversessions.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cloud_failover_sessions_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_failover_sessions_entities`]: every one, in full
    /// - [`Self::get_cloud_failover_sessions_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_failover_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_failover_session_entities`]: a query, in full"
    )]
    pub async fn get_cloud_failover_sessions(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/failoverSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/cloud/failoverSessions".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_cloud_failover_sessions`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a collection of cloud failover sessions performed on all backup servers connected to Veeam Backup Enterprise Manager. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// `GET /cloud/failoverSessions?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoversessions.html>
    ///
    /// # Returns
    ///
    /// [`CloudFailoverSessions`](crate::api::types::CloudFailoverSessions) (`<CloudFailoverSessions>` in XML), on 200 OK. Typed from the conventions: items `<CloudFailoverSession>` from `GET /cloud/failoverSessions/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_failover_sessions`]: every one, as references
    /// - [`Self::get_cloud_failover_sessions_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_failover_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_failover_session_entities`]: a query, in full"
    )]
    pub async fn get_cloud_failover_sessions_entities(
        &self,
    ) -> Result<super::types::CloudFailoverSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/failoverSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/cloud/failoverSessions".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a cloud failover session that has the specified ID.
    ///
    /// `GET /cloud/failoverSessions/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudfailoversessions_id.html>
    ///
    /// # Arguments
    ///
    /// - `failover_session_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`CloudFailoverSession`](crate::api::types::CloudFailoverSession) (`<CloudFailoverSession>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_failover_sessions`]: every one, as references
    /// - [`Self::get_cloud_failover_sessions_entities`]: every one, in full
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_failover_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_failover_session_entities`]: a query, in full"
    )]
    pub async fn get_cloud_failover_sessions_by_id(
        &self,
        failover_session_id: impl AsRef<str>,
    ) -> Result<super::types::CloudFailoverSession, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/failoverSessions/{ID}";
        let failover_session_id = crate::runtime::id_segment(
            failover_session_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cloud/failoverSessions/{}", failover_session_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a collection of cloud gateway pools configured on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cloud/gatewayPools`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudgatewaypools.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cloud_gateway_pools_entities`] (`?format=Entity`).
    pub async fn get_cloud_gateway_pools(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/gatewayPools";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/cloud/gatewayPools".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_cloud_gateway_pools`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of cloud gateway pools configured on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cloud/gatewayPools?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudgatewaypools.html>
    ///
    /// # Returns
    ///
    /// [`CloudGatewayPoolEntityListType`](crate::api::types::CloudGatewayPoolEntityListType) (`<CloudGatewayPools>` in XML), on 200 OK. Typed from the conventions: items `<CloudGatewayPool>` from `GET /cloud/gatewayPools/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    pub async fn get_cloud_gateway_pools_entities(
        &self,
    ) -> Result<super::types::CloudGatewayPoolEntityListType, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/gatewayPools";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/cloud/gatewayPools".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Configures a new cloud gateway pool on the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `POST /cloud/gatewayPools`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cloudgatewaypools.html>
    ///
    /// # Arguments
    ///
    /// - `body`: the request body, [`CreateCloudGatewayPoolSpec`](crate::api::types::CreateCloudGatewayPoolSpec) (`<CreateCloudGatewayPoolSpec>` in XML). Build it with [`CreateCloudGatewayPoolSpec::builder`](crate::api::types::CreateCloudGatewayPoolSpec::builder).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_cloud_gateway_pools(
        &self,
        body: &super::types::CreateCloudGatewayPoolSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cloud/gatewayPools";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: "/cloud/gatewayPools".to_string(),
            query: vec![],
            body: Some(
                crate::runtime::encode(self.format(), "CreateCloudGatewayPoolSpec", body),
            ),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Deletes a cloud gateway pool with the specified ID from the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `DELETE /cloud/gatewayPools/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_cloud_gatewaypools_id.html>
    ///
    /// # Arguments
    ///
    /// - `gateway_pool_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn delete_cloud_gateway_pools_by_id(
        &self,
        gateway_pool_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /cloud/gatewayPools/{ID}";
        let gateway_pool_id = crate::runtime::id_segment(gateway_pool_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::DELETE,
            path: format!("/cloud/gatewayPools/{}", gateway_pool_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a cloud gateway pool with the specified ID.
    ///
    /// `GET /cloud/gatewayPools/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_gatewaypools_id.html>
    ///
    /// # Arguments
    ///
    /// - `gateway_pool_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`CloudGatewayPool`](crate::api::types::CloudGatewayPool) (`<CloudGatewayPool>` in XML), on 200 OK.
    ///
    #[cfg_attr(feature = "query", doc = " # See also")]
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_gateway_pool`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_gateway_pool_entities`]: a query, in full"
    )]
    pub async fn get_cloud_gateway_pools_by_id(
        &self,
        gateway_pool_id: impl AsRef<str>,
    ) -> Result<super::types::CloudGatewayPool, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/gatewayPools/{ID}";
        let gateway_pool_id = crate::runtime::id_segment(gateway_pool_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cloud/gatewayPools/{}", gateway_pool_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Edits settings of a cloud gateway pool with the specified ID.
    ///
    /// `PUT /cloud/gatewayPools/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_cloud_gatewaypools_id.html>
    ///
    /// # Arguments
    ///
    /// - `gateway_pool_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`CloudGatewayPool`](crate::api::types::CloudGatewayPool) (`<CloudGatewayPool>` in XML).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn put_cloud_gateway_pools_by_id(
        &self,
        gateway_pool_id: impl AsRef<str>,
        body: &super::types::CloudGatewayPool,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "PUT /cloud/gatewayPools/{ID}";
        let gateway_pool_id = crate::runtime::id_segment(gateway_pool_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::PUT,
            path: format!("/cloud/gatewayPools/{}", gateway_pool_id),
            query: vec![],
            body: Some(crate::runtime::encode(self.format(), "CloudGatewayPool", body)),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a collection of cloud gateways configured on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cloud/gateways`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudgateways.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cloud_gateways_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_gateways_entities`]: every one, in full
    /// - [`Self::get_cloud_gateways_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_gateway`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_gateway_entities`]: a query, in full"
    )]
    pub async fn get_cloud_gateways(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/gateways";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/cloud/gateways".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_cloud_gateways`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of cloud gateways configured on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cloud/gateways?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudgateways.html>
    ///
    /// # Returns
    ///
    /// [`CloudGateways`](crate::api::types::CloudGateways) (`<CloudGateways>` in XML), on 200 OK. Typed from the conventions: items `<CloudGateway>` from `GET /cloud/gateways/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_gateways`]: every one, as references
    /// - [`Self::get_cloud_gateways_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_gateway`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_gateway_entities`]: a query, in full"
    )]
    pub async fn get_cloud_gateways_entities(
        &self,
    ) -> Result<super::types::CloudGateways, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/gateways";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/cloud/gateways".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Configures a new cloud gateway on the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `POST /cloud/gateways`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_gateways.html>
    ///
    /// # Arguments
    ///
    /// - `body`: the request body, [`CreateCloudGatewaySpec`](crate::api::types::CreateCloudGatewaySpec) (`<CreateCloudGatewaySpec>` in XML). Build it with [`CreateCloudGatewaySpec::builder`](crate::api::types::CreateCloudGatewaySpec::builder).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_cloud_gateways(
        &self,
        body: &super::types::CreateCloudGatewaySpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cloud/gateways";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: "/cloud/gateways".to_string(),
            query: vec![],
            body: Some(
                crate::runtime::encode(self.format(), "CreateCloudGatewaySpec", body),
            ),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Deletes a cloud gateway having the specified ID from the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `DELETE /cloud/gateways/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_cloudgateways_id.html>
    ///
    /// # Arguments
    ///
    /// - `gateway_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn delete_cloud_gateways_by_id(
        &self,
        gateway_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /cloud/gateways/{ID}";
        let gateway_id = crate::runtime::id_segment(gateway_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::DELETE,
            path: format!("/cloud/gateways/{}", gateway_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a cloud gateway having the specified ID.
    ///
    /// `GET /cloud/gateways/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudgateways_id.html>
    ///
    /// # Arguments
    ///
    /// - `gateway_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`CloudGateway`](crate::api::types::CloudGateway) (`<CloudGateway>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_gateways`]: every one, as references
    /// - [`Self::get_cloud_gateways_entities`]: every one, in full
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_gateway`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_gateway_entities`]: a query, in full"
    )]
    pub async fn get_cloud_gateways_by_id(
        &self,
        gateway_id: impl AsRef<str>,
    ) -> Result<super::types::CloudGateway, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/gateways/{ID}";
        let gateway_id = crate::runtime::id_segment(gateway_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cloud/gateways/{}", gateway_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Edits settings of a cloud gateway with the specified ID.
    ///
    /// `PUT /cloud/gateways/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_cloudgateways_id.html>
    ///
    /// # Arguments
    ///
    /// - `gateway_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`CloudGateway`](crate::api::types::CloudGateway) (`<CloudGateway>` in XML). Build it with [`CloudGateway::builder`](crate::api::types::CloudGateway::builder).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn put_cloud_gateways_by_id(
        &self,
        gateway_id: impl AsRef<str>,
        body: &super::types::CloudGateway,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "PUT /cloud/gateways/{ID}";
        let gateway_id = crate::runtime::id_segment(gateway_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::PUT,
            path: format!("/cloud/gateways/{}", gateway_id),
            query: vec![],
            body: Some(crate::runtime::encode(self.format(), "CloudGateway", body)),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a collection of hardware plans configured on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cloud/hardwarePlans`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_hardwareplans.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cloud_hardware_plans_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_hardware_plans_entities`]: every one, in full
    /// - [`Self::get_cloud_hardware_plans_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_hardware_plan`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_hardware_plan_entities`]: a query, in full"
    )]
    pub async fn get_cloud_hardware_plans(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/hardwarePlans";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/cloud/hardwarePlans".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_cloud_hardware_plans`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of hardware plans configured on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cloud/hardwarePlans?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_hardwareplans.html>
    ///
    /// # Returns
    ///
    /// [`CloudHardwarePlans`](crate::api::types::CloudHardwarePlans) (`<CloudHardwarePlans>` in XML), on 200 OK. Typed from the conventions: items `<CloudHardwarePlan>` from `GET /cloud/hardwarePlans/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_hardware_plans`]: every one, as references
    /// - [`Self::get_cloud_hardware_plans_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_hardware_plan`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_hardware_plan_entities`]: a query, in full"
    )]
    pub async fn get_cloud_hardware_plans_entities(
        &self,
    ) -> Result<super::types::CloudHardwarePlans, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/hardwarePlans";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/cloud/hardwarePlans".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Configures a new hardware plan on the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `POST /cloud/hardwarePlans`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_hardwareplans.html>
    ///
    /// # Arguments
    ///
    /// - `body`: the request body, [`CloudHardwarePlanCreateSpec`](crate::api::types::CloudHardwarePlanCreateSpec) (`<CloudHardwarePlanCreateSpec>` in XML). Build it with [`CloudHardwarePlanCreateSpec::builder`](crate::api::types::CloudHardwarePlanCreateSpec::builder).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_cloud_hardware_plans(
        &self,
        body: &super::types::CloudHardwarePlanCreateSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cloud/hardwarePlans";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: "/cloud/hardwarePlans".to_string(),
            query: vec![],
            body: Some(
                crate::runtime::encode(
                    self.format(),
                    "CloudHardwarePlanCreateSpec",
                    body,
                ),
            ),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Deletes a hardware plan that has the specified ID from the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `DELETE /cloud/hardwarePlans/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_hardwareplans_id.html>
    ///
    /// # Arguments
    ///
    /// - `hardware_plan_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn delete_cloud_hardware_plans_by_id(
        &self,
        hardware_plan_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /cloud/hardwarePlans/{ID}";
        let hardware_plan_id = crate::runtime::id_segment(hardware_plan_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::DELETE,
            path: format!("/cloud/hardwarePlans/{}", hardware_plan_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a hardware plan that has the specified ID.
    ///
    /// `GET /cloud/hardwarePlans/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_hardwareplans_id.html>
    ///
    /// # Arguments
    ///
    /// - `hardware_plan_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`CloudHardwarePlan`](crate::api::types::CloudHardwarePlan) (`<CloudHardwarePlan>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_hardware_plans`]: every one, as references
    /// - [`Self::get_cloud_hardware_plans_entities`]: every one, in full
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_hardware_plan`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_hardware_plan_entities`]: a query, in full"
    )]
    pub async fn get_cloud_hardware_plans_by_id(
        &self,
        hardware_plan_id: impl AsRef<str>,
    ) -> Result<super::types::CloudHardwarePlan, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/hardwarePlans/{ID}";
        let hardware_plan_id = crate::runtime::id_segment(hardware_plan_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cloud/hardwarePlans/{}", hardware_plan_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Edits settings of a hardware plan with the specified ID.
    ///
    /// `PUT /cloud/hardwarePlans/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_hardwareplans_id.html>
    ///
    /// # Arguments
    ///
    /// - `hardware_plan_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`CloudHardwarePlan`](crate::api::types::CloudHardwarePlan) (`<CloudHardwarePlan>` in XML). Build it with [`CloudHardwarePlan::builder`](crate::api::types::CloudHardwarePlan::builder).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn put_cloud_hardware_plans_by_id(
        &self,
        hardware_plan_id: impl AsRef<str>,
        body: &super::types::CloudHardwarePlan,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "PUT /cloud/hardwarePlans/{ID}";
        let hardware_plan_id = crate::runtime::id_segment(hardware_plan_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::PUT,
            path: format!("/cloud/hardwarePlans/{}", hardware_plan_id),
            query: vec![],
            body: Some(crate::runtime::encode(self.format(), "CloudHardwarePlan", body)),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a collection of tenant accounts that are subscribed to the hardware plan with the specified ID.
    ///
    /// `GET /cloud/hardwarePlans/{ID}/tenants`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_hardwareplans_id_tenants.html>
    ///
    /// # Arguments
    ///
    /// - `hardware_plan_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`CloudTenants`](crate::api::types::CloudTenants) (`<CloudTenants>` in XML), on 200 OK.
    pub async fn get_cloud_hardware_plans_by_id_tenants(
        &self,
        hardware_plan_id: impl AsRef<str>,
    ) -> Result<super::types::CloudTenants, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/hardwarePlans/{ID}/tenants";
        let hardware_plan_id = crate::runtime::id_segment(hardware_plan_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cloud/hardwarePlans/{}/tenants", hardware_plan_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a collection of public IP addresses. Public IP addresses are allocated in the service provider's network infrastructure and added to pools of public IP addresses on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cloud/publicIpAddresses`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_publicipaddresses.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cloud_public_ip_addresses_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_public_ip_addresses_entities`]: every one, in full
    /// - [`Self::get_cloud_public_ip_addresses_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_public_ip_address`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_public_ip_address_entities`]: a query, in full"
    )]
    pub async fn get_cloud_public_ip_addresses(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/publicIpAddresses";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/cloud/publicIpAddresses".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_cloud_public_ip_addresses`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of public IP addresses. Public IP addresses are allocated in the service provider's network infrastructure and added to pools of public IP addresses on backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cloud/publicIpAddresses?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_publicipaddresses.html>
    ///
    /// # Returns
    ///
    /// [`CloudPublicIpAddresses`](crate::api::types::CloudPublicIpAddresses) (`<CloudPublicIpAddresses>` in XML), on 200 OK. Typed from the conventions: items `<CloudPublicIpAddress>` from `GET /cloud/publicIpAddresses/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_public_ip_addresses`]: every one, as references
    /// - [`Self::get_cloud_public_ip_addresses_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_public_ip_address`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_public_ip_address_entities`]: a query, in full"
    )]
    pub async fn get_cloud_public_ip_addresses_entities(
        &self,
    ) -> Result<super::types::CloudPublicIpAddresses, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/publicIpAddresses";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/cloud/publicIpAddresses".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Adds one or several public IP addresses to the pool of public IP addresses configured on the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `POST /cloud/publicIpAddresses`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_publicipaddresses.html>
    ///
    /// # Arguments
    ///
    /// - `body`: the request body, [`CloudPublicIpAddressCreateSpec`](crate::api::types::CloudPublicIpAddressCreateSpec) (`<CloudPublicIpAddressCreateSpec>` in XML). Build it with [`CloudPublicIpAddressCreateSpec::builder`](crate::api::types::CloudPublicIpAddressCreateSpec::builder).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_cloud_public_ip_addresses(
        &self,
        body: &super::types::CloudPublicIpAddressCreateSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cloud/publicIpAddresses";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: "/cloud/publicIpAddresses".to_string(),
            query: vec![],
            body: Some(
                crate::runtime::encode(
                    self.format(),
                    "CloudPublicIpAddressCreateSpec",
                    body,
                ),
            ),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Deletes a public IP address with the specified ID from the pool of public IP addresses configured on the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `DELETE /cloud/publicIpAddresses/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_publicipaddresses_id.html>
    ///
    /// # Arguments
    ///
    /// - `public_ip_address_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn delete_cloud_public_ip_addresses_by_id(
        &self,
        public_ip_address_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /cloud/publicIpAddresses/{ID}";
        let public_ip_address_id = crate::runtime::id_segment(
            public_ip_address_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::DELETE,
            path: format!("/cloud/publicIpAddresses/{}", public_ip_address_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a public IP address that has the specified ID.
    ///
    /// `GET /cloud/publicIpAddresses/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_publicipaddresses_id.html>
    ///
    /// # Arguments
    ///
    /// - `public_ip_address_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`CloudPublicIpAddress`](crate::api::types::CloudPublicIpAddress) (`<CloudPublicIpAddress>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_public_ip_addresses`]: every one, as references
    /// - [`Self::get_cloud_public_ip_addresses_entities`]: every one, in full
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_public_ip_address`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_public_ip_address_entities`]: a query, in full"
    )]
    pub async fn get_cloud_public_ip_addresses_by_id(
        &self,
        public_ip_address_id: impl AsRef<str>,
    ) -> Result<super::types::CloudPublicIpAddress, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/publicIpAddresses/{ID}";
        let public_ip_address_id = crate::runtime::id_segment(
            public_ip_address_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cloud/publicIpAddresses/{}", public_ip_address_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Edits settings of a public IP address resource with the specified ID.
    ///
    /// `PUT /cloud/publicIpAddresses/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_publicipaddresses_id.html>
    ///
    /// # Arguments
    ///
    /// - `public_ip_address_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`CloudPublicIpAddress`](crate::api::types::CloudPublicIpAddress) (`<CloudPublicIpAddress>` in XML).
    ///
    /// # Returns
    ///
    /// `Some(`[`Task`](crate::api::types::Task)`)` (`<Task>` in XML), or `None` when the body is empty, on 204 No Content.
    pub async fn put_cloud_public_ip_addresses_by_id(
        &self,
        public_ip_address_id: impl AsRef<str>,
        body: &super::types::CloudPublicIpAddress,
    ) -> Result<Option<super::types::Task>, crate::runtime::Error> {
        const OPERATION: &str = "PUT /cloud/publicIpAddresses/{ID}";
        let public_ip_address_id = crate::runtime::id_segment(
            public_ip_address_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::PUT,
            path: format!("/cloud/publicIpAddresses/{}", public_ip_address_id),
            query: vec![],
            body: Some(
                crate::runtime::encode(self.format(), "CloudPublicIpAddress", body),
            ),
            expect: &[crate::runtime::StatusCode::NO_CONTENT],
        };
        let response = self.send(request).await?;
        if response.body.iter().all(u8::is_ascii_whitespace) {
            Ok(None)
        } else {
            response.decode(OPERATION, self.format()).map(Some)
        }
    }

    /// Returns a resource representation of a collection of replicas created by tenants whose accounts are created on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cloud/replicas`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudreplicas.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cloud_replicas_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_replicas_entities`]: every one, in full
    /// - [`Self::get_cloud_replicas_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_replica`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_replica_entities`]: a query, in full"
    )]
    pub async fn get_cloud_replicas(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/replicas";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/cloud/replicas".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_cloud_replicas`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of replicas created by tenants whose accounts are created on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cloud/replicas?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudreplicas.html>
    ///
    /// # Returns
    ///
    /// [`CloudReplicas`](crate::api::types::CloudReplicas) (`<CloudReplicas>` in XML), on 200 OK. Typed from the conventions: items `<CloudReplica>` from `GET /cloud/replicas/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_replicas`]: every one, as references
    /// - [`Self::get_cloud_replicas_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_replica`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_replica_entities`]: a query, in full"
    )]
    pub async fn get_cloud_replicas_entities(
        &self,
    ) -> Result<super::types::CloudReplicas, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/replicas";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/cloud/replicas".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a cloud replica that has the specified ID. The replica is created by the tenant whose account is created on the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cloud/replicas/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudreplicas_id.html>
    ///
    /// # Arguments
    ///
    /// - `replica_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`CloudReplica`](crate::api::types::CloudReplica) (`<CloudReplica>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_replicas`]: every one, as references
    /// - [`Self::get_cloud_replicas_entities`]: every one, in full
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_replica`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_replica_entities`]: a query, in full"
    )]
    pub async fn get_cloud_replicas_by_id(
        &self,
        replica_id: impl AsRef<str>,
    ) -> Result<super::types::CloudReplica, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/replicas/{ID}";
        let replica_id = crate::runtime::id_segment(replica_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cloud/replicas/{}", replica_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a collection of restore points for separate VMs in a cloud replica with the specified ID.
    ///
    /// `GET /cloud/replicas/{ID}/vmReplicaPoints`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudreplicas_id_vmreplicapoints.html>
    ///
    /// # Arguments
    ///
    /// - `replica_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cloud_replicas_by_id_vm_replica_points_entities`] (`?format=Entity`).
    ///
    #[cfg_attr(any(feature = "query", feature = "replication"), doc = " # See also")]
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vm_replica_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vm_replica_point_entities`]: a query, in full"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_vm_replica_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_vm_replica_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_vm_replica_points_by_id`]: one, by its id"
    )]
    pub async fn get_cloud_replicas_by_id_vm_replica_points(
        &self,
        replica_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/replicas/{ID}/vmReplicaPoints";
        let replica_id = crate::runtime::id_segment(replica_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cloud/replicas/{}/vmReplicaPoints", replica_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_cloud_replicas_by_id_vm_replica_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs in a cloud replica with the specified ID.
    ///
    /// `GET /cloud/replicas/{ID}/vmReplicaPoints?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudreplicas_id_vmreplicapoints.html>
    ///
    /// # Arguments
    ///
    /// - `replica_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`VmReplicaPoints`](crate::api::types::VmReplicaPoints) (`<VmReplicaPoints>` in XML), on 200 OK. Typed from the conventions: items `<VmReplicaPoint>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    #[cfg_attr(any(feature = "query", feature = "replication"), doc = " # See also")]
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vm_replica_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vm_replica_point_entities`]: a query, in full"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_vm_replica_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_vm_replica_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "replication",
        doc = " - [`Self::get_vm_replica_points_by_id`]: one, by its id"
    )]
    pub async fn get_cloud_replicas_by_id_vm_replica_points_entities(
        &self,
        replica_id: impl AsRef<str>,
    ) -> Result<super::types::VmReplicaPoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/replicas/{ID}/vmReplicaPoints";
        let replica_id = crate::runtime::id_segment(replica_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cloud/replicas/{}/vmReplicaPoints", replica_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a collection of tenant accounts created on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cloud/tenants`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cloud_tenants_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_tenants_entities`]: every one, in full
    /// - [`Self::get_cloud_tenants_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_tenant`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_tenant_entities`]: a query, in full"
    )]
    pub async fn get_cloud_tenants(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/tenants";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/cloud/tenants".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_cloud_tenants`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of tenant accounts created on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cloud/tenants?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants.html>
    ///
    /// # Returns
    ///
    /// [`CloudTenants`](crate::api::types::CloudTenants) (`<CloudTenants>` in XML), on 200 OK. Typed from the conventions: items `<CloudTenant>` from `GET /cloud/tenants/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_tenants`]: every one, as references
    /// - [`Self::get_cloud_tenants_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_tenant`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_tenant_entities`]: a query, in full"
    )]
    pub async fn get_cloud_tenants_entities(
        &self,
    ) -> Result<super::types::CloudTenants, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/tenants";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/cloud/tenants".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Creates a new tenant account on the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `POST /cloud/tenants`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_tenants.html>
    ///
    /// # Arguments
    ///
    /// - `body`: the request body, [`CreateCloudTenantSpec`](crate::api::types::CreateCloudTenantSpec) (`<CreateCloudTenantSpec>` in XML). Build it with [`CreateCloudTenantSpec::builder`](crate::api::types::CreateCloudTenantSpec::builder).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_cloud_tenants(
        &self,
        body: &super::types::CreateCloudTenantSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cloud/tenants";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: "/cloud/tenants".to_string(),
            query: vec![],
            body: Some(
                crate::runtime::encode(self.format(), "CreateCloudTenantSpec", body),
            ),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Deletes a tenant account with the specified ID from the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `DELETE /cloud/tenants/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_tenants_id.html>
    ///
    /// # Arguments
    ///
    /// - `tenant_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn delete_cloud_tenants_by_id(
        &self,
        tenant_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /cloud/tenants/{ID}";
        let tenant_id = crate::runtime::id_segment(tenant_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::DELETE,
            path: format!("/cloud/tenants/{}", tenant_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a tenant account with the specified ID.
    ///
    /// `GET /cloud/tenants/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id.html>
    ///
    /// # Arguments
    ///
    /// - `tenant_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`CloudTenant`](crate::api::types::CloudTenant) (`<CloudTenant>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_tenants`]: every one, as references
    /// - [`Self::get_cloud_tenants_entities`]: every one, in full
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_tenant`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_tenant_entities`]: a query, in full"
    )]
    pub async fn get_cloud_tenants_by_id(
        &self,
        tenant_id: impl AsRef<str>,
    ) -> Result<super::types::CloudTenant, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/tenants/{ID}";
        let tenant_id = crate::runtime::id_segment(tenant_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cloud/tenants/{}", tenant_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Edits settings of a tenant account with the specified ID.
    ///
    /// `PUT /cloud/tenants/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_tenants_id.html>
    ///
    /// # Arguments
    ///
    /// - `tenant_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`CloudTenant`](crate::api::types::CloudTenant) (`<CloudTenant>` in XML).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn put_cloud_tenants_by_id(
        &self,
        tenant_id: impl AsRef<str>,
        body: &super::types::CloudTenant,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "PUT /cloud/tenants/{ID}";
        let tenant_id = crate::runtime::id_segment(tenant_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::PUT,
            path: format!("/cloud/tenants/{}", tenant_id),
            query: vec![],
            body: Some(crate::runtime::encode(self.format(), "CloudTenant", body)),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a collection of hardware plans to which the tenant account with the specified ID is subscribed.
    ///
    /// `GET /cloud/tenants/{ID}/computeResources`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id_computeresources.html>
    ///
    /// # Arguments
    ///
    /// - `tenant_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`CloudTenantComputeResources`](crate::api::types::CloudTenantComputeResources) (`<CloudTenantComputeResources>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<CloudTenantComputeResources>`; convention: `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
    pub async fn get_cloud_tenants_by_id_compute_resources(
        &self,
        tenant_id: impl AsRef<str>,
    ) -> Result<super::types::CloudTenantComputeResources, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/tenants/{ID}/computeResources";
        let tenant_id = crate::runtime::id_segment(tenant_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cloud/tenants/{}/computeResources", tenant_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Subscribes a tenant account with the specified ID to the hardware plan.
    ///
    /// `POST /cloud/tenants/{ID}/computeResources`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_tenants_id_computeresources.html>
    ///
    /// # Arguments
    ///
    /// - `tenant_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`CloudTenantComputeResourceCreateSpec`](crate::api::types::CloudTenantComputeResourceCreateSpec) (`<CloudTenantComputeResourceCreateSpec>` in XML). Build it with [`CloudTenantComputeResourceCreateSpec::builder`](crate::api::types::CloudTenantComputeResourceCreateSpec::builder).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_cloud_tenants_by_id_compute_resources(
        &self,
        tenant_id: impl AsRef<str>,
        body: &super::types::CloudTenantComputeResourceCreateSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cloud/tenants/{ID}/computeResources";
        let tenant_id = crate::runtime::id_segment(tenant_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: format!("/cloud/tenants/{}/computeResources", tenant_id),
            query: vec![],
            body: Some(
                crate::runtime::encode(
                    self.format(),
                    "CloudTenantComputeResourceCreateSpec",
                    body,
                ),
            ),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Unsubscribes a tenant account that has the specified ID from a hardware plan with the specified ID.
    ///
    /// `DELETE /cloud/tenants/{ID}/computeResources/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_tenants_id_computeresources_id.html>
    ///
    /// # Arguments
    ///
    /// - `tenant_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `compute_resource_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn delete_cloud_tenants_by_id_compute_resources_by_id(
        &self,
        tenant_id: impl AsRef<str>,
        compute_resource_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /cloud/tenants/{ID}/computeResources/{ID}";
        let tenant_id = crate::runtime::id_segment(tenant_id.as_ref());
        let compute_resource_id = crate::runtime::id_segment(
            compute_resource_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::DELETE,
            path: format!(
                "/cloud/tenants/{}/computeResources/{}", tenant_id, compute_resource_id
            ),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a hardware plan with the specified ID to which the tenant account with the specified ID is subscribed.
    ///
    /// `GET /cloud/tenants/{ID}/computeResources/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id_computeresources_id.html>
    ///
    /// # Arguments
    ///
    /// - `tenant_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `compute_resource_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`CloudTenantComputeResource`](crate::api::types::CloudTenantComputeResource) (`<CloudTenantComputeResource>` in XML), on 200 OK.
    pub async fn get_cloud_tenants_by_id_compute_resources_by_id(
        &self,
        tenant_id: impl AsRef<str>,
        compute_resource_id: impl AsRef<str>,
    ) -> Result<super::types::CloudTenantComputeResource, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/tenants/{ID}/computeResources/{ID}";
        let tenant_id = crate::runtime::id_segment(tenant_id.as_ref());
        let compute_resource_id = crate::runtime::id_segment(
            compute_resource_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!(
                "/cloud/tenants/{}/computeResources/{}", tenant_id, compute_resource_id
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Represents the following license counters that do not consume a Veeam Cloud Connect license installed on the service provider backup server:
    ///
    /// `GET /cloud/tenants/{ID}/freelicenseCounters`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_tenants_id_freelicensecounters.html>
    ///
    /// # Arguments
    ///
    /// - `tenant_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`CloudTenantFreeLicenseCounters`](crate::api::types::CloudTenantFreeLicenseCounters) (`<CloudTenantFreeLicenseCounters>` in XML), on 200 OK.
    pub async fn get_cloud_tenants_by_id_freelicense_counters(
        &self,
        tenant_id: impl AsRef<str>,
    ) -> Result<super::types::CloudTenantFreeLicenseCounters, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/tenants/{ID}/freelicenseCounters";
        let tenant_id = crate::runtime::id_segment(tenant_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cloud/tenants/{}/freelicenseCounters", tenant_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a list of cloud gateway pools assigned to the tenant account with the specified ID.
    ///
    /// `GET /cloud/tenants/{ID}/gatewayPools`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_tenants_id_gatewaypools.html>
    ///
    /// # Arguments
    ///
    /// - `tenant_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EntityReferences>`.
    ///
    /// The entities themselves: [`Self::get_cloud_tenants_by_id_gateway_pools_entities`] (`?format=Entity`).
    pub async fn get_cloud_tenants_by_id_gateway_pools(
        &self,
        tenant_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/tenants/{ID}/gatewayPools";
        let tenant_id = crate::runtime::id_segment(tenant_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cloud/tenants/{}/gatewayPools", tenant_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_cloud_tenants_by_id_gateway_pools`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a list of cloud gateway pools assigned to the tenant account with the specified ID.
    ///
    /// `GET /cloud/tenants/{ID}/gatewayPools?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_tenants_id_gatewaypools.html>
    ///
    /// # Arguments
    ///
    /// - `tenant_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`CloudGatewayPoolEntityListType`](crate::api::types::CloudGatewayPoolEntityListType) (`<CloudGatewayPools>` in XML), on 200 OK. Typed from the conventions: items `<CloudGatewayPool>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    pub async fn get_cloud_tenants_by_id_gateway_pools_entities(
        &self,
        tenant_id: impl AsRef<str>,
    ) -> Result<super::types::CloudGatewayPoolEntityListType, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/tenants/{ID}/gatewayPools";
        let tenant_id = crate::runtime::id_segment(tenant_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cloud/tenants/{}/gatewayPools", tenant_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a collection of storage quotas assigned to the tenant account with the specified ID.
    ///
    /// `GET /cloud/tenants/{ID}/resources`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id_resources.html>
    ///
    /// # Arguments
    ///
    /// - `tenant_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`CloudTenantResources`](crate::api::types::CloudTenantResources) (`<CloudTenantResources>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<CloudTenantResources>`; convention: `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
    pub async fn get_cloud_tenants_by_id_resources(
        &self,
        tenant_id: impl AsRef<str>,
    ) -> Result<super::types::CloudTenantResources, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/tenants/{ID}/resources";
        let tenant_id = crate::runtime::id_segment(tenant_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cloud/tenants/{}/resources", tenant_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Creates a storage quota on the cloud repository for a tenant account with the specified ID.
    ///
    /// `POST /cloud/tenants/{ID}/resources`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_tenants_id_resources.html>
    ///
    /// # Arguments
    ///
    /// - `tenant_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`CreateCloudTenantResourceSpec`](crate::api::types::CreateCloudTenantResourceSpec) (`<CreateCloudTenantResourceSpec>` in XML). Build it with [`CreateCloudTenantResourceSpec::builder`](crate::api::types::CreateCloudTenantResourceSpec::builder).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_cloud_tenants_by_id_resources(
        &self,
        tenant_id: impl AsRef<str>,
        body: &super::types::CreateCloudTenantResourceSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cloud/tenants/{ID}/resources";
        let tenant_id = crate::runtime::id_segment(tenant_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: format!("/cloud/tenants/{}/resources", tenant_id),
            query: vec![],
            body: Some(
                crate::runtime::encode(
                    self.format(),
                    "CreateCloudTenantResourceSpec",
                    body,
                ),
            ),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Deletes a storage quota with the specified ID for the tenant account with the specified ID.
    ///
    /// `DELETE /cloud/tenants/{ID}/resources/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_tenants_id_resources_id.html>
    ///
    /// # Arguments
    ///
    /// - `tenant_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `resource_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn delete_cloud_tenants_by_id_resources_by_id(
        &self,
        tenant_id: impl AsRef<str>,
        resource_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /cloud/tenants/{ID}/resources/{ID}";
        let tenant_id = crate::runtime::id_segment(tenant_id.as_ref());
        let resource_id = crate::runtime::id_segment(resource_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::DELETE,
            path: format!("/cloud/tenants/{}/resources/{}", tenant_id, resource_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource of a storage quota assigned to the tenant account with the specified ID.
    ///
    /// `GET /cloud/tenants/{ID}/resources/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id_resources_id.html>
    ///
    /// # Arguments
    ///
    /// - `tenant_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `resource_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`CloudTenantResource`](crate::api::types::CloudTenantResource) (`<CloudTenantResource>` in XML), on 200 OK.
    pub async fn get_cloud_tenants_by_id_resources_by_id(
        &self,
        tenant_id: impl AsRef<str>,
        resource_id: impl AsRef<str>,
    ) -> Result<super::types::CloudTenantResource, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/tenants/{ID}/resources/{ID}";
        let tenant_id = crate::runtime::id_segment(tenant_id.as_ref());
        let resource_id = crate::runtime::id_segment(resource_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cloud/tenants/{}/resources/{}", tenant_id, resource_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a list of subtenant accounts created for the tenant account with the specified ID.
    ///
    /// `GET /cloud/tenants/{ID}/subtenants`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id_subtenants.html>
    ///
    /// # Arguments
    ///
    /// - `tenant_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`CloudSubtenants`](crate::api::types::CloudSubtenants) (`<CloudSubtenants>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<CloudSubtenants>`; convention: `resource_representations` (<https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>).
    pub async fn get_cloud_tenants_by_id_subtenants(
        &self,
        tenant_id: impl AsRef<str>,
    ) -> Result<super::types::CloudSubtenants, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/tenants/{ID}/subtenants";
        let tenant_id = crate::runtime::id_segment(tenant_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cloud/tenants/{}/subtenants", tenant_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Creates a subtenant account for a tenant account with the specified ID.
    ///
    /// `POST /cloud/tenants/{ID}/subtenants`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_tenants_id_subtenants.html>
    ///
    /// # Arguments
    ///
    /// - `tenant_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`CloudSubtenantCreateSpec`](crate::api::types::CloudSubtenantCreateSpec) (`<CloudSubtenantCreateSpec>` in XML). Build it with [`CloudSubtenantCreateSpec::builder`](crate::api::types::CloudSubtenantCreateSpec::builder).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_cloud_tenants_by_id_subtenants(
        &self,
        tenant_id: impl AsRef<str>,
        body: &super::types::CloudSubtenantCreateSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cloud/tenants/{ID}/subtenants";
        let tenant_id = crate::runtime::id_segment(tenant_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: format!("/cloud/tenants/{}/subtenants", tenant_id),
            query: vec![],
            body: Some(
                crate::runtime::encode(self.format(), "CloudSubtenantCreateSpec", body),
            ),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Deletes a subtenant account with the specified ID for the tenant account with the specified ID.
    ///
    /// `DELETE /cloud/tenants/{ID}/subtenants/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_tenants_id_subtenants_id.html>
    ///
    /// # Arguments
    ///
    /// - `tenant_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `subtenant_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn delete_cloud_tenants_by_id_subtenants_by_id(
        &self,
        tenant_id: impl AsRef<str>,
        subtenant_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /cloud/tenants/{ID}/subtenants/{ID}";
        let tenant_id = crate::runtime::id_segment(tenant_id.as_ref());
        let subtenant_id = crate::runtime::id_segment(subtenant_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::DELETE,
            path: format!("/cloud/tenants/{}/subtenants/{}", tenant_id, subtenant_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of the subtenat account with the specified ID created for the tenant account with the specified ID.
    ///
    /// `GET /cloud/tenants/{ID}/subtenants/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tenants_id_subtenants_id.html>
    ///
    /// # Arguments
    ///
    /// - `tenant_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `subtenant_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`CloudSubtenant`](crate::api::types::CloudSubtenant) (`<CloudSubtenant>` in XML), on 200 OK.
    ///
    #[cfg_attr(feature = "query", doc = " # See also")]
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_subtenant`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_subtenant_entities`]: a query, in full"
    )]
    pub async fn get_cloud_tenants_by_id_subtenants_by_id(
        &self,
        tenant_id: impl AsRef<str>,
        subtenant_id: impl AsRef<str>,
    ) -> Result<super::types::CloudSubtenant, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/tenants/{ID}/subtenants/{ID}";
        let tenant_id = crate::runtime::id_segment(tenant_id.as_ref());
        let subtenant_id = crate::runtime::id_segment(subtenant_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cloud/tenants/{}/subtenants/{}", tenant_id, subtenant_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Edits settings of a subtenant account with the specified ID.
    ///
    /// `PUT /cloud/tenants/{ID}/subtenants/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_tenants_id_subtenants_id.html>
    ///
    /// # Arguments
    ///
    /// - `tenant_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `subtenant_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`CloudSubtenant`](crate::api::types::CloudSubtenant) (`<CloudSubtenant>` in XML).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn put_cloud_tenants_by_id_subtenants_by_id(
        &self,
        tenant_id: impl AsRef<str>,
        subtenant_id: impl AsRef<str>,
        body: &super::types::CloudSubtenant,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "PUT /cloud/tenants/{ID}/subtenants/{ID}";
        let tenant_id = crate::runtime::id_segment(tenant_id.as_ref());
        let subtenant_id = crate::runtime::id_segment(subtenant_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::PUT,
            path: format!("/cloud/tenants/{}/subtenants/{}", tenant_id, subtenant_id),
            query: vec![],
            body: Some(crate::runtime::encode(self.format(), "CloudSubtenant", body)),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a list of organization vDCs for the VMware Cloud Director tenant account with the specified ID.
    ///
    /// `GET /cloud/tenants/{ID}/vCloudComputeResources`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_tenants_id_vcloudcomputeresources.html>
    ///
    /// # Arguments
    ///
    /// - `tenant_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`CloudTenantVCloudComputeResource`](crate::api::types::CloudTenantVCloudComputeResource) (`<CloudTenantVCloudComputeResource>` in XML), on 200 OK.
    pub async fn get_cloud_tenants_by_id_v_cloud_compute_resources(
        &self,
        tenant_id: impl AsRef<str>,
    ) -> Result<super::types::CloudTenantVCloudComputeResource, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/tenants/{ID}/vCloudComputeResources";
        let tenant_id = crate::runtime::id_segment(tenant_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cloud/tenants/{}/vCloudComputeResources", tenant_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Assigns an organization VDC to a VMware Cloud Director tenant account with the specified ID.
    ///
    /// `POST /cloud/tenants/{ID}/vCloudComputeResources`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cloud_tenants_id_vcloudcomputeresources.html>
    ///
    /// # Arguments
    ///
    /// - `tenant_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`CloudTenantVCloudComputeResourceCreateSpec`](crate::api::types::CloudTenantVCloudComputeResourceCreateSpec) (`<CloudTenantVCloudComputeResourceCreateSpec>` in XML). Build it with [`CloudTenantVCloudComputeResourceCreateSpec::builder`](crate::api::types::CloudTenantVCloudComputeResourceCreateSpec::builder).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_cloud_tenants_by_id_v_cloud_compute_resources(
        &self,
        tenant_id: impl AsRef<str>,
        body: &super::types::CloudTenantVCloudComputeResourceCreateSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cloud/tenants/{ID}/vCloudComputeResources";
        let tenant_id = crate::runtime::id_segment(tenant_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: format!("/cloud/tenants/{}/vCloudComputeResources", tenant_id),
            query: vec![],
            body: Some(
                crate::runtime::encode(
                    self.format(),
                    "CloudTenantVCloudComputeResourceCreateSpec",
                    body,
                ),
            ),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Removes an organization VDC with the specified ID from the VMware Cloud Director tenant account that has the specified ID.
    ///
    /// `DELETE /cloud/tenants/{ID}/vCloudComputeResources/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_cloud_tenants_id_vcloudcomputeresources_id.html>
    ///
    /// # Arguments
    ///
    /// - `tenant_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `v_cloud_compute_resource_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn delete_cloud_tenants_by_id_v_cloud_compute_resources_by_id(
        &self,
        tenant_id: impl AsRef<str>,
        v_cloud_compute_resource_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /cloud/tenants/{ID}/vCloudComputeResources/{ID}";
        let tenant_id = crate::runtime::id_segment(tenant_id.as_ref());
        let v_cloud_compute_resource_id = crate::runtime::id_segment(
            v_cloud_compute_resource_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::DELETE,
            path: format!(
                "/cloud/tenants/{}/vCloudComputeResources/{}", tenant_id,
                v_cloud_compute_resource_id
            ),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns an organization VDC with the specified ID that is assigned to a VMware Cloud Director tenant account with the specified ID.
    ///
    /// `GET /cloud/tenants/{ID}/vCloudComputeResources/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_tenants_id_vcloudcomputeresources_id.html>
    ///
    /// # Arguments
    ///
    /// - `tenant_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `v_cloud_compute_resource_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`CloudTenantVCloudComputeResource`](crate::api::types::CloudTenantVCloudComputeResource) (`<CloudTenantVCloudComputeResource>` in XML), on 200 OK.
    pub async fn get_cloud_tenants_by_id_v_cloud_compute_resources_by_id(
        &self,
        tenant_id: impl AsRef<str>,
        v_cloud_compute_resource_id: impl AsRef<str>,
    ) -> Result<super::types::CloudTenantVCloudComputeResource, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/tenants/{ID}/vCloudComputeResources/{ID}";
        let tenant_id = crate::runtime::id_segment(tenant_id.as_ref());
        let v_cloud_compute_resource_id = crate::runtime::id_segment(
            v_cloud_compute_resource_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!(
                "/cloud/tenants/{}/vCloudComputeResources/{}", tenant_id,
                v_cloud_compute_resource_id
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a collection of all virtual switches on which VLAN ranges for Veeam Cloud Connect Replication are reserved. VLANs are used for providing networking capabilities to tenant VM replicas. Virtual switches are configured on virtualization hosts that are used as a replication target and connected to backup servers managed by Veeam Backup Enterprise Manager.
    ///
    /// `GET /cloud/vlans`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vlans.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cloud_vlans_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_vlans_entities`]: every one, in full
    /// - [`Self::get_cloud_vlans_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vlan_configuration`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vlan_configuration_entities`]: a query, in full"
    )]
    pub async fn get_cloud_vlans(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/vlans";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/cloud/vlans".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_cloud_vlans`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of all virtual switches on which VLAN ranges for Veeam Cloud Connect Replication are reserved. VLANs are used for providing networking capabilities to tenant VM replicas. Virtual switches are configured on virtualization hosts that are used as a replication target and connected to backup servers managed by Veeam Backup Enterprise Manager.
    ///
    /// `GET /cloud/vlans?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vlans.html>
    ///
    /// # Returns
    ///
    /// [`VlanConfigurations`](crate::api::types::VlanConfigurations) (`<VlanConfigurations>` in XML), on 200 OK. Typed from the conventions: items `<VlanConfiguration>` from `GET /cloud/vlans/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_vlans`]: every one, as references
    /// - [`Self::get_cloud_vlans_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vlan_configuration`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vlan_configuration_entities`]: a query, in full"
    )]
    pub async fn get_cloud_vlans_entities(
        &self,
    ) -> Result<super::types::VlanConfigurations, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/vlans";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/cloud/vlans".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Deletes VLAN ranges that are reserved for Veeam Cloud Connect Replication from the virtual switch with the specified ID.
    ///
    /// `DELETE /cloud/vlans/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_vlans_id.html>
    ///
    /// # Arguments
    ///
    /// - `vlan_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn delete_cloud_vlans_by_id(
        &self,
        vlan_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /cloud/vlans/{ID}";
        let vlan_id = crate::runtime::id_segment(vlan_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::DELETE,
            path: format!("/cloud/vlans/{}", vlan_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a virtual switch with the specified ID on which VLAN ranges for Veeam Cloud Connect Replication are reserved. VLANs are used for providing networking capabilities to tenant VM replicas. The virtual switch is configured on the virtualization host that is used as a replication target and connected to the backup server managed by Veeam Backup Enterprise Manager.
    ///
    /// `GET /cloud/vlans/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vlans_id.html>
    ///
    /// # Arguments
    ///
    /// - `vlan_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`VlanConfiguration`](crate::api::types::VlanConfiguration) (`<VlanConfiguration>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_vlans`]: every one, as references
    /// - [`Self::get_cloud_vlans_entities`]: every one, in full
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vlan_configuration`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vlan_configuration_entities`]: a query, in full"
    )]
    pub async fn get_cloud_vlans_by_id(
        &self,
        vlan_id: impl AsRef<str>,
    ) -> Result<super::types::VlanConfiguration, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/vlans/{ID}";
        let vlan_id = crate::runtime::id_segment(vlan_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cloud/vlans/{}", vlan_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Edits VLAN ranges that are reserved for Veeam Cloud Connect Replication on the virtual switch with the specified ID.
    ///
    /// `PUT /cloud/vlans/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_vlans_id.html>
    ///
    /// # Arguments
    ///
    /// - `vlan_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`VlanConfiguration`](crate::api::types::VlanConfiguration) (`<VlanConfiguration>` in XML).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn put_cloud_vlans_by_id(
        &self,
        vlan_id: impl AsRef<str>,
        body: &super::types::VlanConfiguration,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "PUT /cloud/vlans/{ID}";
        let vlan_id = crate::runtime::id_segment(vlan_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::PUT,
            path: format!("/cloud/vlans/{}", vlan_id),
            query: vec![],
            body: Some(crate::runtime::encode(self.format(), "VlanConfiguration", body)),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a collection of restore points for separate VMs that are replicated with tenant replication jobs.
    ///
    /// `GET /cloud/vmReplicaPoints`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudvmreplicapoints.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cloud_vm_replica_points_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_vm_replica_points_entities`]: every one, in full
    /// - [`Self::get_cloud_vm_replica_points_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_vm_replica_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_vm_replica_point_entities`]: a query, in full"
    )]
    pub async fn get_cloud_vm_replica_points(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/vmReplicaPoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/cloud/vmReplicaPoints".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_cloud_vm_replica_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs that are replicated with tenant replication jobs.
    ///
    /// `GET /cloud/vmReplicaPoints?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudvmreplicapoints.html>
    ///
    /// # Returns
    ///
    /// [`CloudVmReplicaPoints`](crate::api::types::CloudVmReplicaPoints) (`<CloudVmReplicaPoints>` in XML), on 200 OK. Typed from the conventions: items `<CloudVmReplicaPoint>` from `GET /cloud/vmReplicaPoints/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_vm_replica_points`]: every one, as references
    /// - [`Self::get_cloud_vm_replica_points_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_vm_replica_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_vm_replica_point_entities`]: a query, in full"
    )]
    pub async fn get_cloud_vm_replica_points_entities(
        &self,
    ) -> Result<super::types::CloudVmReplicaPoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/vmReplicaPoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/cloud/vmReplicaPoints".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a VM replica restore point that has the specified ID. VM is replicated with the tenant replication job.
    ///
    /// `GET /cloud/vmReplicaPoints/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloudvmreplicapoints_id.html>
    ///
    /// # Arguments
    ///
    /// - `vm_replica_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`CloudVmReplicaPoint`](crate::api::types::CloudVmReplicaPoint) (`<CloudVmReplicaPoint>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_vm_replica_points`]: every one, as references
    /// - [`Self::get_cloud_vm_replica_points_entities`]: every one, in full
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_vm_replica_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cloud_vm_replica_point_entities`]: a query, in full"
    )]
    pub async fn get_cloud_vm_replica_points_by_id(
        &self,
        vm_replica_point_id: impl AsRef<str>,
    ) -> Result<super::types::CloudVmReplicaPoint, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/vmReplicaPoints/{ID}";
        let vm_replica_point_id = crate::runtime::id_segment(
            vm_replica_point_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cloud/vmReplicaPoints/{}", vm_replica_point_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
}
