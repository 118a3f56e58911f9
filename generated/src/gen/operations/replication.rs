// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `replication`.

#[allow(unused_imports)]
use super::*;

impl crate::Client {
    /// Returns a resource representation of a collection of all failover plans configured on backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /failoverPlans`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_failover_plans.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_failover_plans_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_failover_plans_entities`]: every one, in full
    /// - [`Self::get_failover_plans_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_failover_plan`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_failover_plan_entities`]: a query, in full"
    )]
    pub async fn get_failover_plans(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /failoverPlans";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/failoverPlans".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_failover_plans`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of all failover plans configured on backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /failoverPlans?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_failover_plans.html>
    ///
    /// # Returns
    ///
    /// [`FailoverPlans`](crate::api::types::FailoverPlans) (`<FailoverPlans>` in XML), on 200 OK. Typed from the conventions: items `<FailoverPlan>` from `GET /failoverPlans/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_failover_plans`]: every one, as references
    /// - [`Self::get_failover_plans_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_failover_plan`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_failover_plan_entities`]: a query, in full"
    )]
    pub async fn get_failover_plans_entities(
        &self,
    ) -> Result<super::types::FailoverPlans, crate::runtime::Error> {
        const OPERATION: &str = "GET /failoverPlans";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/failoverPlans".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of the failover plan having the specified ID.
    ///
    /// `GET /failoverPlans/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_failoverplans_id.html>
    ///
    /// # Arguments
    ///
    /// - `failover_plan_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`FailoverPlan`](crate::api::types::FailoverPlan) (`<FailoverPlan>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_failover_plans`]: every one, as references
    /// - [`Self::get_failover_plans_entities`]: every one, in full
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_failover_plan`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_failover_plan_entities`]: a query, in full"
    )]
    pub async fn get_failover_plans_by_id(
        &self,
        failover_plan_id: impl AsRef<str>,
    ) -> Result<super::types::FailoverPlan, crate::runtime::Error> {
        const OPERATION: &str = "GET /failoverPlans/{ID}";
        let failover_plan_id = crate::runtime::id_segment(failover_plan_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/failoverPlans/{}", failover_plan_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Starts a failover plan having the specified ID.
    ///
    /// `POST /failoverPlans/{ID}?action=start`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_failoverplans_id_start.html>
    ///
    /// # Arguments
    ///
    /// - `failover_plan_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`FailoverPlanManagementSpec`](crate::api::types::FailoverPlanManagementSpec) (`<FailoverPlanManagementSpec>` in XML).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_failover_plans_by_id_start(
        &self,
        failover_plan_id: impl AsRef<str>,
        body: &super::types::FailoverPlanManagementSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /failoverPlans/{ID}";
        let failover_plan_id = crate::runtime::id_segment(failover_plan_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: format!("/failoverPlans/{}", failover_plan_id),
            query: vec![("action", "start".to_string())],
            body: Some(
                crate::runtime::encode(self.format(), "FailoverPlanManagementSpec", body),
            ),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Triggers the undo failover operation for all VMs added to the failover plan having the specified ID.
    ///
    /// `POST /failoverPlans/{ID}?action=undo`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_failoverplans_id_undo.html>
    ///
    /// # Arguments
    ///
    /// - `failover_plan_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_failover_plans_by_id_undo(
        &self,
        failover_plan_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /failoverPlans/{ID}";
        let failover_plan_id = crate::runtime::id_segment(failover_plan_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: format!("/failoverPlans/{}", failover_plan_id),
            query: vec![("action", "undo".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Edits a failover plan having the specified ID.
    ///
    /// `PUT /failoverPlans/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_failoverplans_id.html>
    ///
    /// # Arguments
    ///
    /// - `failover_plan_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`FailoverPlan`](crate::api::types::FailoverPlan) (`<FailoverPlan>` in XML).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn put_failover_plans_by_id(
        &self,
        failover_plan_id: impl AsRef<str>,
        body: &super::types::FailoverPlan,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "PUT /failoverPlans/{ID}";
        let failover_plan_id = crate::runtime::id_segment(failover_plan_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::PUT,
            path: format!("/failoverPlans/{}", failover_plan_id),
            query: vec![],
            body: Some(crate::runtime::encode(self.format(), "FailoverPlan", body)),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a collection of replicas created on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /replicas`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicas.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_replicas_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_replica`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_replica_entities`]: a query, in full"
    )]
    /// - [`Self::get_replicas_entities`]: every one, in full
    /// - [`Self::get_replicas_by_id`]: one, by its id
    pub async fn get_replicas(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /replicas";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/replicas".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_replicas`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of replicas created on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /replicas?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicas.html>
    ///
    /// # Returns
    ///
    /// [`Replicas`](crate::api::types::Replicas) (`<Replicas>` in XML), on 200 OK. Typed from the conventions: items `<Replica>` from `GET /replicas/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_replica`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_replica_entities`]: a query, in full"
    )]
    /// - [`Self::get_replicas`]: every one, as references
    /// - [`Self::get_replicas_by_id`]: one, by its id
    pub async fn get_replicas_entities(
        &self,
    ) -> Result<super::types::Replicas, crate::runtime::Error> {
        const OPERATION: &str = "GET /replicas";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/replicas".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a replica having the specified ID. The replica is created on the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /replicas/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicas_id.html>
    ///
    /// # Arguments
    ///
    /// - `replica_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Replica`](crate::api::types::Replica) (`<Replica>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_replica`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_replica_entities`]: a query, in full"
    )]
    /// - [`Self::get_replicas`]: every one, as references
    /// - [`Self::get_replicas_entities`]: every one, in full
    pub async fn get_replicas_by_id(
        &self,
        replica_id: impl AsRef<str>,
    ) -> Result<super::types::Replica, crate::runtime::Error> {
        const OPERATION: &str = "GET /replicas/{ID}";
        let replica_id = crate::runtime::id_segment(replica_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/replicas/{}", replica_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a collection of restore points of separate vApps replicas.
    ///
    /// `GET /vAppReplicaPoints`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vappreplicapoints.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_v_app_replica_points_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_v_app_replica_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_v_app_replica_point_entities`]: a query, in full"
    )]
    /// - [`Self::get_v_app_replica_points_entities`]: every one, in full
    /// - [`Self::get_v_app_replica_points_by_id`]: one, by its id
    pub async fn get_v_app_replica_points(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /vAppReplicaPoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/vAppReplicaPoints".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_v_app_replica_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a collection of restore points of separate vApps replicas.
    ///
    /// `GET /vAppReplicaPoints?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vappreplicapoints.html>
    ///
    /// # Returns
    ///
    /// [`VAppReplicaPoints`](crate::api::types::VAppReplicaPoints) (`<VAppReplicaPoints>` in XML), on 200 OK. Typed from the conventions: items `<VAppReplicaPoint>` from `GET /vAppReplicaPoints/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_v_app_replica_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_v_app_replica_point_entities`]: a query, in full"
    )]
    /// - [`Self::get_v_app_replica_points`]: every one, as references
    /// - [`Self::get_v_app_replica_points_by_id`]: one, by its id
    pub async fn get_v_app_replica_points_entities(
        &self,
    ) -> Result<super::types::VAppReplicaPoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /vAppReplicaPoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/vAppReplicaPoints".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of the vApp replica restore point having the specified ID.
    ///
    /// `GET /vAppReplicaPoints/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vappreplicapoints_id.html>
    ///
    /// # Arguments
    ///
    /// - `v_app_replica_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`VAppReplicaPoint`](crate::api::types::VAppReplicaPoint) (`<VAppReplicaPoint>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_v_app_replica_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_v_app_replica_point_entities`]: a query, in full"
    )]
    /// - [`Self::get_v_app_replica_points`]: every one, as references
    /// - [`Self::get_v_app_replica_points_entities`]: every one, in full
    pub async fn get_v_app_replica_points_by_id(
        &self,
        v_app_replica_point_id: impl AsRef<str>,
    ) -> Result<super::types::VAppReplicaPoint, crate::runtime::Error> {
        const OPERATION: &str = "GET /vAppReplicaPoints/{ID}";
        let v_app_replica_point_id = crate::runtime::id_segment(
            v_app_replica_point_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/vAppReplicaPoints/{}", v_app_replica_point_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Starts the failover process to the vApp replica restore point having the specified ID.
    ///
    /// `POST /vAppReplicaPoints/{ID}?action=failover`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vappreplicapoints_id_actionfailover.html>
    ///
    /// # Arguments
    ///
    /// - `v_app_replica_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_v_app_replica_points_by_id_failover(
        &self,
        v_app_replica_point_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /vAppReplicaPoints/{ID}";
        let v_app_replica_point_id = crate::runtime::id_segment(
            v_app_replica_point_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: format!("/vAppReplicaPoints/{}", v_app_replica_point_id),
            query: vec![("action", "failover".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a collection of restore points for separate replicated VMs.
    ///
    /// `GET /vmReplicaPoints`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmreplicapoints.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_vm_replica_points_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vm_replica_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vm_replica_point_entities`]: a query, in full"
    )]
    /// - [`Self::get_vm_replica_points_entities`]: every one, in full
    /// - [`Self::get_vm_replica_points_by_id`]: one, by its id
    pub async fn get_vm_replica_points(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /vmReplicaPoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/vmReplicaPoints".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_vm_replica_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of restore points for separate replicated VMs.
    ///
    /// `GET /vmReplicaPoints?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmreplicapoints.html>
    ///
    /// # Returns
    ///
    /// [`VmReplicaPoints`](crate::api::types::VmReplicaPoints) (`<VmReplicaPoints>` in XML), on 200 OK. Typed from the conventions: items `<VmReplicaPoint>` from `GET /vmReplicaPoints/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vm_replica_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vm_replica_point_entities`]: a query, in full"
    )]
    /// - [`Self::get_vm_replica_points`]: every one, as references
    /// - [`Self::get_vm_replica_points_by_id`]: one, by its id
    pub async fn get_vm_replica_points_entities(
        &self,
    ) -> Result<super::types::VmReplicaPoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /vmReplicaPoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/vmReplicaPoints".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a VM replica restore point having the specified ID.
    ///
    /// `GET /vmReplicaPoints/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmreplicapoints_id.html>
    ///
    /// # Arguments
    ///
    /// - `vm_replica_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`VmReplicaPoint`](crate::api::types::VmReplicaPoint) (`<VmReplicaPoint>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vm_replica_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vm_replica_point_entities`]: a query, in full"
    )]
    /// - [`Self::get_vm_replica_points`]: every one, as references
    /// - [`Self::get_vm_replica_points_entities`]: every one, in full
    pub async fn get_vm_replica_points_by_id(
        &self,
        vm_replica_point_id: impl AsRef<str>,
    ) -> Result<super::types::VmReplicaPoint, crate::runtime::Error> {
        const OPERATION: &str = "GET /vmReplicaPoints/{ID}";
        let vm_replica_point_id = crate::runtime::id_segment(
            vm_replica_point_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/vmReplicaPoints/{}", vm_replica_point_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Starts the VM replica failover process.
    ///
    /// `POST /vmReplicaPoints/{ID}?action=failover`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vmreplicapoints_id_actionrestore.html>
    ///
    /// # Arguments
    ///
    /// - `vm_replica_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_vm_replica_points_by_id_failover(
        &self,
        vm_replica_point_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /vmReplicaPoints/{ID}";
        let vm_replica_point_id = crate::runtime::id_segment(
            vm_replica_point_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: format!("/vmReplicaPoints/{}", vm_replica_point_id),
            query: vec![("action", "failover".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a VM replica mount points collection.
    ///
    /// `GET /vmReplicaPoints/{ID}/mounts`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmreplicapoints_id_mountpoints.html>
    ///
    /// # Arguments
    ///
    /// - `vm_replica_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`VmReplicaPointMounts`](crate::api::types::VmReplicaPointMounts) (`<VmReplicaPointMounts>` in XML), on 200 OK.
    pub async fn get_vm_replica_points_by_id_mounts(
        &self,
        vm_replica_point_id: impl AsRef<str>,
    ) -> Result<super::types::VmReplicaPointMounts, crate::runtime::Error> {
        const OPERATION: &str = "GET /vmReplicaPoints/{ID}/mounts";
        let vm_replica_point_id = crate::runtime::id_segment(
            vm_replica_point_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/vmReplicaPoints/{}/mounts", vm_replica_point_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Starts the VM guest OS files restore from the specified VM replica restore point. Disks of the restored VM are mounted to the backup server and the VM guest OS files become available in the C:\\VeeamFLR&lt;vm-name&gt; folder.
    ///
    /// `POST /vmReplicaPoints/{ID}/mounts`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vmreplicapoints_id_mountpoints.html>
    ///
    /// # Arguments
    ///
    /// - `vm_replica_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`PostVmReplicaPointsMountsSpec`](crate::api::types::PostVmReplicaPointsMountsSpec) (`<PostVmReplicaPointsMountsSpec>` in XML).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_vm_replica_points_by_id_mounts(
        &self,
        vm_replica_point_id: impl AsRef<str>,
        body: &super::types::PostVmReplicaPointsMountsSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /vmReplicaPoints/{ID}/mounts";
        let vm_replica_point_id = crate::runtime::id_segment(
            vm_replica_point_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: format!("/vmReplicaPoints/{}/mounts", vm_replica_point_id),
            query: vec![],
            body: Some(
                crate::runtime::encode(
                    self.format(),
                    "PostVmReplicaPointsMountsSpec",
                    body,
                ),
            ),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Deletes a mount point having the specified ID and unmounts the VM replica disks from the backup server.
    ///
    /// `DELETE /vmReplicaPoints/{ID}/mounts/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_vmreplicapoints_id_mountpoints_id.html>
    ///
    /// # Arguments
    ///
    /// - `vm_replica_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `mount_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// `()`: the answer has no body, on 204 No Content.
    ///
    /// The answer's type is not on the page; from 204 No Content.
    pub async fn delete_vm_replica_points_by_id_mounts_by_id(
        &self,
        vm_replica_point_id: impl AsRef<str>,
        mount_id: impl AsRef<str>,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "DELETE /vmReplicaPoints/{ID}/mounts/{ID}";
        let vm_replica_point_id = crate::runtime::id_segment(
            vm_replica_point_id.as_ref(),
        );
        let mount_id = crate::runtime::id_segment(mount_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::DELETE,
            path: format!(
                "/vmReplicaPoints/{}/mounts/{}", vm_replica_point_id, mount_id
            ),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::NO_CONTENT],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }

    /// Returns a resource representation of a mount point having the specified ID.
    ///
    /// `GET /vmReplicaPoints/{ID}/mounts/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmreplicapoints_id_mountpoints_id.html>
    ///
    /// # Arguments
    ///
    /// - `vm_replica_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `mount_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`VmReplicaPointMount`](crate::api::types::VmReplicaPointMount) (`<VmReplicaPointMount>` in XML), on 200 OK.
    pub async fn get_vm_replica_points_by_id_mounts_by_id(
        &self,
        vm_replica_point_id: impl AsRef<str>,
        mount_id: impl AsRef<str>,
    ) -> Result<super::types::VmReplicaPointMount, crate::runtime::Error> {
        const OPERATION: &str = "GET /vmReplicaPoints/{ID}/mounts/{ID}";
        let vm_replica_point_id = crate::runtime::id_segment(
            vm_replica_point_id.as_ref(),
        );
        let mount_id = crate::runtime::id_segment(mount_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!(
                "/vmReplicaPoints/{}/mounts/{}", vm_replica_point_id, mount_id
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a file or folder in the VM replica guest OS.
    ///
    /// `GET /vmReplicaPoints/{ID}/mounts/{ID}/{filepath}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmreplicapoints_id_mountpoints_id_filepath.html>
    ///
    /// # Arguments
    ///
    /// - `vm_replica_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `mount_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `filepath`: the `{filepath}` of the path.
    ///
    /// # Returns
    ///
    /// [`FileSystemEntry`](crate::api::types::FileSystemEntry) (`<FileSystemEntry>` in XML), on 200 OK.
    pub async fn get_vm_replica_points_by_id_mounts_by_id_by_filepath(
        &self,
        vm_replica_point_id: impl AsRef<str>,
        mount_id: impl AsRef<str>,
        filepath: impl AsRef<str>,
    ) -> Result<super::types::FileSystemEntry, crate::runtime::Error> {
        const OPERATION: &str = "GET /vmReplicaPoints/{ID}/mounts/{ID}/{filepath}";
        let vm_replica_point_id = crate::runtime::id_segment(
            vm_replica_point_id.as_ref(),
        );
        let mount_id = crate::runtime::id_segment(mount_id.as_ref());
        let filepath = crate::runtime::path_segment(filepath.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!(
                "/vmReplicaPoints/{}/mounts/{}/{}", vm_replica_point_id, mount_id,
                filepath
            ),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Restores a VM replica guest OS file or folder. The file or folder can be restored to its original location on the VM or can be downloaded to the local machine.
    ///
    /// `POST /vmReplicaPoints/{ID}/mounts/{ID}/{filepath}?action=restore`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vmreplicapoints_id_mountpoints_id_filepath_actionrestore.html>
    ///
    /// # Arguments
    ///
    /// - `vm_replica_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `mount_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `filepath`: the `{filepath}` of the path.
    /// - `body`: the request body, [`FileRestoreSpec`](crate::api::types::FileRestoreSpec) (`<FileRestoreSpec>` in XML).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_vm_replica_points_by_id_mounts_by_id_by_filepath_restore(
        &self,
        vm_replica_point_id: impl AsRef<str>,
        mount_id: impl AsRef<str>,
        filepath: impl AsRef<str>,
        body: &super::types::FileRestoreSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /vmReplicaPoints/{ID}/mounts/{ID}/{filepath}";
        let vm_replica_point_id = crate::runtime::id_segment(
            vm_replica_point_id.as_ref(),
        );
        let mount_id = crate::runtime::id_segment(mount_id.as_ref());
        let filepath = crate::runtime::path_segment(filepath.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: format!(
                "/vmReplicaPoints/{}/mounts/{}/{}", vm_replica_point_id, mount_id,
                filepath
            ),
            query: vec![("action", "restore".to_string())],
            body: Some(crate::runtime::encode(self.format(), "FileRestoreSpec", body)),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
}
