// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `cdp`.

#[allow(unused_imports)]
use super::*;

impl crate::Client {
    /// Returns a collection of all CDP policies created on all backup servers that are connected to Veeam Backup Enterprise Manager. The collection includes CDP policies for VMware vSphere and VMware Cloud Director.
    ///
    /// `GET /cdpPolicies`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdppolicies.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cdp_policies_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_policies_entities`]: every one, in full
    /// - [`Self::get_cdp_policies_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cdp_policy`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cdp_policy_entities`]: a query, in full"
    )]
    pub async fn get_cdp_policies(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpPolicies";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/cdpPolicies".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_cdp_policies`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a collection of all CDP policies created on all backup servers that are connected to Veeam Backup Enterprise Manager. The collection includes CDP policies for VMware vSphere and VMware Cloud Director.
    ///
    /// `GET /cdpPolicies?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdppolicies.html>
    ///
    /// # Returns
    ///
    /// [`CdpPolicies`](crate::api::types::CdpPolicies) (`<CdpPolicies>` in XML), on 200 OK. Typed from the conventions: items `<CdpPolicy>` from `GET /cdpPolicies/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_policies`]: every one, as references
    /// - [`Self::get_cdp_policies_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cdp_policy`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cdp_policy_entities`]: a query, in full"
    )]
    pub async fn get_cdp_policies_entities(
        &self,
    ) -> Result<super::types::CdpPolicies, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpPolicies";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/cdpPolicies".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of the CDP policy resource having the specified ID.
    ///
    /// `GET /cdpPolicies/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdppolicies_id.html>
    ///
    /// # Arguments
    ///
    /// - `cdp_policy_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`CdpPolicy`](crate::api::types::CdpPolicy) (`<CdpPolicy>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_policies`]: every one, as references
    /// - [`Self::get_cdp_policies_entities`]: every one, in full
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cdp_policy`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cdp_policy_entities`]: a query, in full"
    )]
    pub async fn get_cdp_policies_by_id(
        &self,
        cdp_policy_id: impl AsRef<str>,
    ) -> Result<super::types::CdpPolicy, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpPolicies/{ID}";
        let cdp_policy_id = crate::runtime::id_segment(cdp_policy_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cdpPolicies/{}", cdp_policy_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Disables a CDP policy having the specified ID. A disabled CDP policy remains in the list of created CDP policies on the backup server but does not run.
    ///
    /// `POST /cdpPolicies/{ID}?action=disable`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cdppolicies_id_actiondisable.html>
    ///
    /// # Arguments
    ///
    /// - `cdp_policy_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_cdp_policies_by_id_disable(
        &self,
        cdp_policy_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cdpPolicies/{ID}";
        let cdp_policy_id = crate::runtime::id_segment(cdp_policy_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: format!("/cdpPolicies/{}", cdp_policy_id),
            query: vec![("action", "disable".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Enables a disabled CDP policy having the specified ID.
    ///
    /// `POST /cdpPolicies/{ID}?action=enable`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cdppolicies_id_actionenable.html>
    ///
    /// # Arguments
    ///
    /// - `cdp_policy_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_cdp_policies_by_id_enable(
        &self,
        cdp_policy_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cdpPolicies/{ID}";
        let cdp_policy_id = crate::runtime::id_segment(cdp_policy_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: format!("/cdpPolicies/{}", cdp_policy_id),
            query: vec![("action", "enable".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Edits a CDP policy having the specified ID.
    ///
    /// `PUT /cdpPolicies/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_cdppolicies_id.html>
    ///
    /// # Arguments
    ///
    /// - `cdp_policy_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`CdpPolicy`](crate::api::types::CdpPolicy) (`<CdpPolicy>` in XML).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn put_cdp_policies_by_id(
        &self,
        cdp_policy_id: impl AsRef<str>,
        body: &super::types::CdpPolicy,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "PUT /cdpPolicies/{ID}";
        let cdp_policy_id = crate::runtime::id_segment(cdp_policy_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::PUT,
            path: format!("/cdpPolicies/{}", cdp_policy_id),
            query: vec![],
            body: Some(crate::runtime::encode(self.format(), "CdpPolicy", body)),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a collection of all CDP replication sessions of the CDP policy with the specified ID.
    ///
    /// `GET /cdpPolicies/{ID}/cdpReplicaSessions`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdppolicy_cdpreplicasessions.html>
    ///
    /// # Arguments
    ///
    /// - `cdp_policy_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EntityReferences>`.
    ///
    /// The entities themselves: [`Self::get_cdp_policies_by_id_cdp_replica_sessions_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_replica_sessions`]: every one, as references
    /// - [`Self::get_cdp_replica_sessions_entities`]: every one, in full
    /// - [`Self::get_cdp_replica_sessions_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cdp_replica_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cdp_replica_session_entities`]: a query, in full"
    )]
    pub async fn get_cdp_policies_by_id_cdp_replica_sessions(
        &self,
        cdp_policy_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpPolicies/{ID}/cdpReplicaSessions";
        let cdp_policy_id = crate::runtime::id_segment(cdp_policy_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cdpPolicies/{}/cdpReplicaSessions", cdp_policy_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_cdp_policies_by_id_cdp_replica_sessions`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a collection of all CDP replication sessions of the CDP policy with the specified ID.
    ///
    /// `GET /cdpPolicies/{ID}/cdpReplicaSessions?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdppolicy_cdpreplicasessions.html>
    ///
    /// # Arguments
    ///
    /// - `cdp_policy_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`CdpReplicaSessions`](crate::api::types::CdpReplicaSessions) (`<CdpReplicaSessions>` in XML), on 200 OK. Typed from the conventions: items `<CdpReplicaSession>` from the reference items' `Type` in the example of get_cdppolicy_cdpreplicasessions.md; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_replica_sessions`]: every one, as references
    /// - [`Self::get_cdp_replica_sessions_entities`]: every one, in full
    /// - [`Self::get_cdp_replica_sessions_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cdp_replica_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cdp_replica_session_entities`]: a query, in full"
    )]
    pub async fn get_cdp_policies_by_id_cdp_replica_sessions_entities(
        &self,
        cdp_policy_id: impl AsRef<str>,
    ) -> Result<super::types::CdpReplicaSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpPolicies/{ID}/cdpReplicaSessions";
        let cdp_policy_id = crate::runtime::id_segment(cdp_policy_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cdpPolicies/{}/cdpReplicaSessions", cdp_policy_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a collection of VMs and VM containers processed by the CDP policy having the specified ID.
    ///
    /// `GET /cdpPolicies/{ID}/includes`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdppolicies_id_includes.html>
    ///
    /// # Arguments
    ///
    /// - `cdp_policy_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cdp_policies_by_id_includes_entities`] (`?format=Entity`).
    ///
    #[cfg_attr(feature = "query", doc = " # See also")]
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_object_in_job`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_object_in_job_entities`]: a query, in full"
    )]
    pub async fn get_cdp_policies_by_id_includes(
        &self,
        cdp_policy_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpPolicies/{ID}/includes";
        let cdp_policy_id = crate::runtime::id_segment(cdp_policy_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cdpPolicies/{}/includes", cdp_policy_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_cdp_policies_by_id_includes`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a collection of VMs and VM containers processed by the CDP policy having the specified ID.
    ///
    /// `GET /cdpPolicies/{ID}/includes?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdppolicies_id_includes.html>
    ///
    /// # Arguments
    ///
    /// - `cdp_policy_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`ObjectsInJob`](crate::api::types::ObjectsInJob) (`<ObjectsInJob>` in XML), on 200 OK. Typed from the conventions: items `<ObjectInJob>` from `GET /cdpPolicies/{ID}/includes/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    #[cfg_attr(feature = "query", doc = " # See also")]
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_object_in_job`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_object_in_job_entities`]: a query, in full"
    )]
    pub async fn get_cdp_policies_by_id_includes_entities(
        &self,
        cdp_policy_id: impl AsRef<str>,
    ) -> Result<super::types::ObjectsInJob, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpPolicies/{ID}/includes";
        let cdp_policy_id = crate::runtime::id_segment(cdp_policy_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cdpPolicies/{}/includes", cdp_policy_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Adds a VM or a VM container to the CDP policy having the specified ID.
    ///
    /// `POST /cdpPolicies/{ID}/includes`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cdppolicies_id_includes.html>
    ///
    /// # Arguments
    ///
    /// - `cdp_policy_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`CreateObjectInJobSpec`](crate::api::types::CreateObjectInJobSpec) (`<CreateObjectInJobSpec>` in XML). Build it with [`CreateObjectInJobSpec::builder`](crate::api::types::CreateObjectInJobSpec::builder).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_cdp_policies_by_id_includes(
        &self,
        cdp_policy_id: impl AsRef<str>,
        body: &super::types::CreateObjectInJobSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cdpPolicies/{ID}/includes";
        let cdp_policy_id = crate::runtime::id_segment(cdp_policy_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: format!("/cdpPolicies/{}/includes", cdp_policy_id),
            query: vec![],
            body: Some(
                crate::runtime::encode(self.format(), "CreateObjectInJobSpec", body),
            ),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Deletes a VM or a VM container that has the specified ID and is processed by the CDP policy with the specified ID.
    ///
    /// `DELETE /cdpPolicies/{ID}/includes/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_cdppolicies_id_includes_id.html>
    ///
    /// # Arguments
    ///
    /// - `cdp_policy_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `include_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn delete_cdp_policies_by_id_includes_by_id(
        &self,
        cdp_policy_id: impl AsRef<str>,
        include_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /cdpPolicies/{ID}/includes/{ID}";
        let cdp_policy_id = crate::runtime::id_segment(cdp_policy_id.as_ref());
        let include_id = crate::runtime::id_segment(include_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::DELETE,
            path: format!("/cdpPolicies/{}/includes/{}", cdp_policy_id, include_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a representation of a VM or a VM container having the specified ID and processed by the CDP policy having the specified ID.
    ///
    /// `GET /cdpPolicies/{ID}/includes/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdppolicies_id_includes_id.html>
    ///
    /// # Arguments
    ///
    /// - `cdp_policy_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `include_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`ObjectInJob`](crate::api::types::ObjectInJob) (`<ObjectInJob>` in XML), on 200 OK.
    pub async fn get_cdp_policies_by_id_includes_by_id(
        &self,
        cdp_policy_id: impl AsRef<str>,
        include_id: impl AsRef<str>,
    ) -> Result<super::types::ObjectInJob, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpPolicies/{ID}/includes/{ID}";
        let cdp_policy_id = crate::runtime::id_segment(cdp_policy_id.as_ref());
        let include_id = crate::runtime::id_segment(include_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cdpPolicies/{}/includes/{}", cdp_policy_id, include_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a collection of all vApps that are replicated by CDP policies for VMware Cloud Director.
    ///
    /// `GET /cdpReplica/vApps`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicas_id_vapps.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cdp_replica_v_apps_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_replica_v_apps_entities`]: every one, in full
    /// - [`Self::get_cdp_replica_v_apps_by_id`]: one, by its id
    pub async fn get_cdp_replica_v_apps(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplica/vApps";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/cdpReplica/vApps".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_cdp_replica_v_apps`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a collection of all vApps that are replicated by CDP policies for VMware Cloud Director.
    ///
    /// `GET /cdpReplica/vApps?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicas_id_vapps.html>
    ///
    /// # Returns
    ///
    /// [`VAppCdpReplicas`](crate::api::types::VAppCdpReplicas) (`<VAppCdpReplicas>` in XML), on 200 OK. Typed from the conventions: items `<VAppCdpReplica>` from `GET /cdpReplica/vApps/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_replica_v_apps`]: every one, as references
    /// - [`Self::get_cdp_replica_v_apps_by_id`]: one, by its id
    pub async fn get_cdp_replica_v_apps_entities(
        &self,
    ) -> Result<super::types::VAppCdpReplicas, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplica/vApps";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/cdpReplica/vApps".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a vApp having the specified ID and replicated by a CDP policy for VMware Cloud Director.
    ///
    /// `GET /cdpReplica/vApps/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplica_vapps_id.html>
    ///
    /// # Arguments
    ///
    /// - `v_app_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`VAppCdpReplica`](crate::api::types::VAppCdpReplica) (`<VAppCdpReplica>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_replica_v_apps`]: every one, as references
    /// - [`Self::get_cdp_replica_v_apps_entities`]: every one, in full
    pub async fn get_cdp_replica_v_apps_by_id(
        &self,
        v_app_id: impl AsRef<str>,
    ) -> Result<super::types::VAppCdpReplica, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplica/vApps/{ID}";
        let v_app_id = crate::runtime::id_segment(v_app_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cdpReplica/vApps/{}", v_app_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Starts the failover process of the specified vApp to its CDP replica.
    ///
    /// `POST /cdpReplica/vApps/{ID}?action=failover`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cdpreplicavapp_id_actionfailover.html>
    ///
    /// # Arguments
    ///
    /// - `v_app_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`CdpFailoverStartSpec`](crate::api::types::CdpFailoverStartSpec) (`<CdpFailoverStartSpec>` in XML). Build it with [`CdpFailoverStartSpec::builder`](crate::api::types::CdpFailoverStartSpec::builder).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_cdp_replica_v_apps_by_id_failover(
        &self,
        v_app_id: impl AsRef<str>,
        body: &super::types::CdpFailoverStartSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cdpReplica/vApps/{ID}";
        let v_app_id = crate::runtime::id_segment(v_app_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: format!("/cdpReplica/vApps/{}", v_app_id),
            query: vec![("action", "failover".to_string())],
            body: Some(
                crate::runtime::encode(self.format(), "CdpFailoverStartSpec", body),
            ),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a collection of available intervals for the specified vApp replicated by a CDP policy for VMware Cloud Director.
    ///
    /// `POST /cdpReplica/vApps/{ID}?action=intervals`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cdpreplicavapp_id_actionintervals.html>
    ///
    /// # Arguments
    ///
    /// - `v_app_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`PostCdpReplicaVAppsIntervalsSpec`](crate::api::types::PostCdpReplicaVAppsIntervalsSpec) (`<PostCdpReplicaVAppsIntervalsSpec>` in XML). Build it with [`PostCdpReplicaVAppsIntervalsSpec::builder`](crate::api::types::PostCdpReplicaVAppsIntervalsSpec::builder).
    ///
    /// # Returns
    ///
    /// [`CdpReplicaIntervals`](crate::api::types::CdpReplicaIntervals) (`<CdpReplicaIntervals>` in XML), on 200 OK.
    pub async fn post_cdp_replica_v_apps_by_id_intervals(
        &self,
        v_app_id: impl AsRef<str>,
        body: &super::types::PostCdpReplicaVAppsIntervalsSpec,
    ) -> Result<super::types::CdpReplicaIntervals, crate::runtime::Error> {
        const OPERATION: &str = "POST /cdpReplica/vApps/{ID}";
        let v_app_id = crate::runtime::id_segment(v_app_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: format!("/cdpReplica/vApps/{}", v_app_id),
            query: vec![("action", "intervals".to_string())],
            body: Some(
                crate::runtime::encode(
                    self.format(),
                    "PostCdpReplicaVAppsIntervalsSpec",
                    body,
                ),
            ),
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a collection of VMs contained in a vApp having the specified ID
    ///
    /// `GET /cdpReplica/vApps/{ID}/vms`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplica_vapps_id_vms.html>
    ///
    /// # Arguments
    ///
    /// - `v_app_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`VAppCdpReplicaVms`](crate::api::types::VAppCdpReplicaVms) (`<VAppCdpReplicaVms>` in XML), on 200 OK.
    pub async fn get_cdp_replica_v_apps_by_id_vms(
        &self,
        v_app_id: impl AsRef<str>,
    ) -> Result<super::types::VAppCdpReplicaVms, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplica/vApps/{ID}/vms";
        let v_app_id = crate::runtime::id_segment(v_app_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cdpReplica/vApps/{}/vms", v_app_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a VM with the specified ID that is contained in a vApp having the specified vApp ID.
    ///
    /// `GET /cdpReplica/vApps/{ID}/vms/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplica_vapps_id_vms_id.html>
    ///
    /// # Arguments
    ///
    /// - `v_app_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `vm_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`VAppCdpReplicaVm`](crate::api::types::VAppCdpReplicaVm) (`<VAppCdpReplicaVm>` in XML), on 200 OK.
    pub async fn get_cdp_replica_v_apps_by_id_vms_by_id(
        &self,
        v_app_id: impl AsRef<str>,
        vm_id: impl AsRef<str>,
    ) -> Result<super::types::VAppCdpReplicaVm, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplica/vApps/{ID}/vms/{ID}";
        let v_app_id = crate::runtime::id_segment(v_app_id.as_ref());
        let vm_id = crate::runtime::id_segment(vm_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cdpReplica/vApps/{}/vms/{}", v_app_id, vm_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a collection of all CDP replication sessions performed on all backup servers connected to Veeam Backup Enterprise Manager. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// `GET /cdpReplicaSessions`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicasessions.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cdp_replica_sessions_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_replica_sessions_entities`]: every one, in full
    /// - [`Self::get_cdp_replica_sessions_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cdp_replica_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cdp_replica_session_entities`]: a query, in full"
    )]
    pub async fn get_cdp_replica_sessions(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplicaSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/cdpReplicaSessions".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_cdp_replica_sessions`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a collection of all CDP replication sessions performed on all backup servers connected to Veeam Backup Enterprise Manager. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// `GET /cdpReplicaSessions?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicasessions.html>
    ///
    /// # Returns
    ///
    /// [`CdpReplicaSessions`](crate::api::types::CdpReplicaSessions) (`<CdpReplicaSessions>` in XML), on 200 OK. Typed from the conventions: items `<CdpReplicaSession>` from `GET /cdpReplicaSessions/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_replica_sessions`]: every one, as references
    /// - [`Self::get_cdp_replica_sessions_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cdp_replica_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cdp_replica_session_entities`]: a query, in full"
    )]
    pub async fn get_cdp_replica_sessions_entities(
        &self,
    ) -> Result<super::types::CdpReplicaSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplicaSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/cdpReplicaSessions".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a CDP replication session having the specified ID.
    ///
    /// `GET /cdpReplicaSessions/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicasessions_id.html>
    ///
    /// # Arguments
    ///
    /// - `cdp_replica_session_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`CdpReplicaSession`](crate::api::types::CdpReplicaSession) (`<CdpReplicaSession>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_replica_sessions`]: every one, as references
    /// - [`Self::get_cdp_replica_sessions_entities`]: every one, in full
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cdp_replica_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cdp_replica_session_entities`]: a query, in full"
    )]
    pub async fn get_cdp_replica_sessions_by_id(
        &self,
        cdp_replica_session_id: impl AsRef<str>,
    ) -> Result<super::types::CdpReplicaSession, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplicaSessions/{ID}";
        let cdp_replica_session_id = crate::runtime::id_segment(
            cdp_replica_session_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cdpReplicaSessions/{}", cdp_replica_session_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a collection of CDP replication task sessions of the CDP replication session that has the specified ID. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// `GET /cdpReplicaSessions/{ID}/cdpReplicaTaskSessions`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicasessions_id_cdpreplicatasksessions.html>
    ///
    /// # Arguments
    ///
    /// - `cdp_replica_session_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cdp_replica_sessions_by_id_cdp_replica_task_sessions_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_replica_task_sessions`]: every one, as references
    /// - [`Self::get_cdp_replica_task_sessions_entities`]: every one, in full
    /// - [`Self::get_cdp_replica_task_sessions_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cdp_replica_task_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cdp_replica_task_session_entities`]: a query, in full"
    )]
    pub async fn get_cdp_replica_sessions_by_id_cdp_replica_task_sessions(
        &self,
        cdp_replica_session_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplicaSessions/{ID}/cdpReplicaTaskSessions";
        let cdp_replica_session_id = crate::runtime::id_segment(
            cdp_replica_session_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!(
                "/cdpReplicaSessions/{}/cdpReplicaTaskSessions", cdp_replica_session_id
            ),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_cdp_replica_sessions_by_id_cdp_replica_task_sessions`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a collection of CDP replication task sessions of the CDP replication session that has the specified ID. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// `GET /cdpReplicaSessions/{ID}/cdpReplicaTaskSessions?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicasessions_id_cdpreplicatasksessions.html>
    ///
    /// # Arguments
    ///
    /// - `cdp_replica_session_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`CdpReplicaTaskSessions`](crate::api::types::CdpReplicaTaskSessions) (`<CdpReplicaTaskSessions>` in XML), on 200 OK. Typed from the conventions: items `<CdpReplicaTaskSession>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_replica_task_sessions`]: every one, as references
    /// - [`Self::get_cdp_replica_task_sessions_entities`]: every one, in full
    /// - [`Self::get_cdp_replica_task_sessions_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cdp_replica_task_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cdp_replica_task_session_entities`]: a query, in full"
    )]
    pub async fn get_cdp_replica_sessions_by_id_cdp_replica_task_sessions_entities(
        &self,
        cdp_replica_session_id: impl AsRef<str>,
    ) -> Result<super::types::CdpReplicaTaskSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplicaSessions/{ID}/cdpReplicaTaskSessions";
        let cdp_replica_session_id = crate::runtime::id_segment(
            cdp_replica_session_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!(
                "/cdpReplicaSessions/{}/cdpReplicaTaskSessions", cdp_replica_session_id
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a collection of CDP replication task sessions that run on backup servers connected to Veeam Backup Enterprise Manager. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// `GET /cdpReplicaTaskSessions`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicatasksessions.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cdp_replica_task_sessions_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_replica_task_sessions_entities`]: every one, in full
    /// - [`Self::get_cdp_replica_task_sessions_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cdp_replica_task_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cdp_replica_task_session_entities`]: a query, in full"
    )]
    pub async fn get_cdp_replica_task_sessions(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplicaTaskSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/cdpReplicaTaskSessions".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_cdp_replica_task_sessions`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a collection of CDP replication task sessions that run on backup servers connected to Veeam Backup Enterprise Manager. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// `GET /cdpReplicaTaskSessions?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicatasksessions.html>
    ///
    /// # Returns
    ///
    /// [`CdpReplicaTaskSessions`](crate::api::types::CdpReplicaTaskSessions) (`<CdpReplicaTaskSessions>` in XML), on 200 OK. Typed from the conventions: items `<CdpReplicaTaskSession>` from `GET /cdpReplicaTaskSessions/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_replica_task_sessions`]: every one, as references
    /// - [`Self::get_cdp_replica_task_sessions_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cdp_replica_task_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cdp_replica_task_session_entities`]: a query, in full"
    )]
    pub async fn get_cdp_replica_task_sessions_entities(
        &self,
    ) -> Result<super::types::CdpReplicaTaskSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplicaTaskSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/cdpReplicaTaskSessions".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a CDP replication task session having the specified ID.
    ///
    /// `GET /cdpReplicaTaskSessions/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicatasksessions_id.html>
    ///
    /// # Arguments
    ///
    /// - `cdp_replica_task_session_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`CdpReplicaTaskSession`](crate::api::types::CdpReplicaTaskSession) (`<CdpReplicaTaskSession>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_replica_task_sessions`]: every one, as references
    /// - [`Self::get_cdp_replica_task_sessions_entities`]: every one, in full
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cdp_replica_task_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cdp_replica_task_session_entities`]: a query, in full"
    )]
    pub async fn get_cdp_replica_task_sessions_by_id(
        &self,
        cdp_replica_task_session_id: impl AsRef<str>,
    ) -> Result<super::types::CdpReplicaTaskSession, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplicaTaskSessions/{ID}";
        let cdp_replica_task_session_id = crate::runtime::id_segment(
            cdp_replica_task_session_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cdpReplicaTaskSessions/{}", cdp_replica_task_session_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a collection of CDP replicas created by all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cdpReplicas`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicas.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cdp_replicas_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_replicas_entities`]: every one, in full
    /// - [`Self::get_cdp_replicas_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cdp_replica`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cdp_replica_entities`]: a query, in full"
    )]
    pub async fn get_cdp_replicas(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplicas";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/cdpReplicas".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_cdp_replicas`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a collection of CDP replicas created by all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cdpReplicas?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicas.html>
    ///
    /// # Returns
    ///
    /// [`CdpReplicas`](crate::api::types::CdpReplicas) (`<CdpReplicas>` in XML), on 200 OK. Typed from the conventions: items `<CdpReplica>` from `GET /cdpReplicas/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_replicas`]: every one, as references
    /// - [`Self::get_cdp_replicas_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cdp_replica`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cdp_replica_entities`]: a query, in full"
    )]
    pub async fn get_cdp_replicas_entities(
        &self,
    ) -> Result<super::types::CdpReplicas, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplicas";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/cdpReplicas".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a CDP replica having the specified ID. The CDP replica is created by the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /cdpReplicas/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicas_id.html>
    ///
    /// # Arguments
    ///
    /// - `cdp_replica_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`CdpReplica`](crate::api::types::CdpReplica) (`<CdpReplica>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_replicas`]: every one, as references
    /// - [`Self::get_cdp_replicas_entities`]: every one, in full
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cdp_replica`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_cdp_replica_entities`]: a query, in full"
    )]
    pub async fn get_cdp_replicas_by_id(
        &self,
        cdp_replica_id: impl AsRef<str>,
    ) -> Result<super::types::CdpReplica, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplicas/{ID}";
        let cdp_replica_id = crate::runtime::id_segment(cdp_replica_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cdpReplicas/{}", cdp_replica_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a collection of VMs that are included in the CDP replica having the specified ID.
    ///
    /// `GET /cdpReplicas/{ID}/vms`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicas_id_vms.html>
    ///
    /// # Arguments
    ///
    /// - `cdp_replica_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cdp_replicas_by_id_vms_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_replicas_by_id_vms_by_id`]: one, by its id
    pub async fn get_cdp_replicas_by_id_vms(
        &self,
        cdp_replica_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplicas/{ID}/vms";
        let cdp_replica_id = crate::runtime::id_segment(cdp_replica_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cdpReplicas/{}/vms", cdp_replica_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_cdp_replicas_by_id_vms`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a collection of VMs that are included in the CDP replica having the specified ID.
    ///
    /// `GET /cdpReplicas/{ID}/vms?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicas_id_vms.html>
    ///
    /// # Arguments
    ///
    /// - `cdp_replica_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`CdpReplicaVms`](crate::api::types::CdpReplicaVms) (`<CdpReplicaVms>` in XML), on 200 OK. Typed from the conventions: items `<CdpReplicaVm>` from `GET /cdpReplicas/{ID}/vms/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_replicas_by_id_vms_by_id`]: one, by its id
    pub async fn get_cdp_replicas_by_id_vms_entities(
        &self,
        cdp_replica_id: impl AsRef<str>,
    ) -> Result<super::types::CdpReplicaVms, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplicas/{ID}/vms";
        let cdp_replica_id = crate::runtime::id_segment(cdp_replica_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cdpReplicas/{}/vms", cdp_replica_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a VM having the specified ID and included in the CDP replica with the specified ID.
    ///
    /// `GET /cdpReplicas/{ID}/vms/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicas_id_vms_id.html>
    ///
    /// # Arguments
    ///
    /// - `cdp_replica_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `vm_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`CdpReplicaVm`](crate::api::types::CdpReplicaVm) (`<CdpReplicaVm>` in XML), on 200 OK.
    pub async fn get_cdp_replicas_by_id_vms_by_id(
        &self,
        cdp_replica_id: impl AsRef<str>,
        vm_id: impl AsRef<str>,
    ) -> Result<super::types::CdpReplicaVm, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplicas/{ID}/vms/{ID}";
        let cdp_replica_id = crate::runtime::id_segment(cdp_replica_id.as_ref());
        let vm_id = crate::runtime::id_segment(vm_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/cdpReplicas/{}/vms/{}", cdp_replica_id, vm_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Starts the failover process of the specified VM to its CDP replica.
    ///
    /// `POST /cdpReplicas/{ID}/vms/{ID}?action=failover`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cdpreplicavm_id_actionfailover.html>
    ///
    /// # Arguments
    ///
    /// - `cdp_replica_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `vm_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`CdpFailoverStartSpec`](crate::api::types::CdpFailoverStartSpec) (`<CdpFailoverStartSpec>` in XML). Build it with [`CdpFailoverStartSpec::builder`](crate::api::types::CdpFailoverStartSpec::builder).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_cdp_replicas_by_id_vms_by_id_failover(
        &self,
        cdp_replica_id: impl AsRef<str>,
        vm_id: impl AsRef<str>,
        body: &super::types::CdpFailoverStartSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cdpReplicas/{ID}/vms/{ID}";
        let cdp_replica_id = crate::runtime::id_segment(cdp_replica_id.as_ref());
        let vm_id = crate::runtime::id_segment(vm_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: format!("/cdpReplicas/{}/vms/{}", cdp_replica_id, vm_id),
            query: vec![("action", "failover".to_string())],
            body: Some(
                crate::runtime::encode(self.format(), "CdpFailoverStartSpec", body),
            ),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a collection of available intervals for the specified VM included in the specified CDP replica.
    ///
    /// `POST /cdpReplicas/{ID}/vms/{ID}?action=intervals`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cdpreplicavm_id_actionintervals.html>
    ///
    /// # Arguments
    ///
    /// - `cdp_replica_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `vm_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`PostCdpReplicasVmsIntervalsSpec`](crate::api::types::PostCdpReplicasVmsIntervalsSpec) (`<PostCdpReplicasVmsIntervalsSpec>` in XML). Build it with [`PostCdpReplicasVmsIntervalsSpec::builder`](crate::api::types::PostCdpReplicasVmsIntervalsSpec::builder).
    ///
    /// # Returns
    ///
    /// [`CdpReplicaIntervals`](crate::api::types::CdpReplicaIntervals) (`<CdpReplicaIntervals>` in XML), on 200 OK.
    pub async fn post_cdp_replicas_by_id_vms_by_id_intervals(
        &self,
        cdp_replica_id: impl AsRef<str>,
        vm_id: impl AsRef<str>,
        body: &super::types::PostCdpReplicasVmsIntervalsSpec,
    ) -> Result<super::types::CdpReplicaIntervals, crate::runtime::Error> {
        const OPERATION: &str = "POST /cdpReplicas/{ID}/vms/{ID}";
        let cdp_replica_id = crate::runtime::id_segment(cdp_replica_id.as_ref());
        let vm_id = crate::runtime::id_segment(vm_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: format!("/cdpReplicas/{}/vms/{}", cdp_replica_id, vm_id),
            query: vec![("action", "intervals".to_string())],
            body: Some(
                crate::runtime::encode(
                    self.format(),
                    "PostCdpReplicasVmsIntervalsSpec",
                    body,
                ),
            ),
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
}
