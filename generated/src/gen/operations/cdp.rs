// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `cdp`.
#[allow(unused_imports)]
use super::*;
impl crate::Client {
    /// `GET /cdpPolicies`
    ///
    /// Returns a collection of all CDP policies created on all backup servers that are connected to Veeam Backup Enterprise Manager. The collection includes CDP policies for VMware vSphere and VMware Cloud Director.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cdp_policies_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdppolicies.html>
    pub async fn get_cdp_policies(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpPolicies";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/cdpPolicies".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cdpPolicies?format=Entity`
    ///
    /// The entity form of [`Self::get_cdp_policies`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `CdpPolicies` (`<CdpPolicies>` in XML), on 200 OK. Typed from the conventions: items `<CdpPolicy>` from `GET /cdpPolicies/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdppolicies.html>
    pub async fn get_cdp_policies_entities(
        &self,
    ) -> Result<super::types::CdpPolicies, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpPolicies";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/cdpPolicies".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cdpPolicies/{ID}`
    ///
    /// Returns a resource representation of the CDP policy resource having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `CdpPolicy` (`<CdpPolicy>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdppolicies_id.html>
    pub async fn get_cdp_policies_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::CdpPolicy, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpPolicies/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/cdpPolicies/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /cdpPolicies/{ID}?action=disable`
    ///
    /// Disables a CDP policy having the specified ID. A disabled CDP policy remains in the list of created CDP policies on the backup server but does not run.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cdppolicies_id_actiondisable.html>
    pub async fn post_cdp_policies_by_id_disable(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cdpPolicies/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/cdpPolicies/{}", crate ::runtime::path_segment(id)),
            query: vec![("action", "disable".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /cdpPolicies/{ID}?action=enable`
    ///
    /// Enables a disabled CDP policy having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cdppolicies_id_actionenable.html>
    pub async fn post_cdp_policies_by_id_enable(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cdpPolicies/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/cdpPolicies/{}", crate ::runtime::path_segment(id)),
            query: vec![("action", "enable".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `PUT /cdpPolicies/{ID}`
    ///
    /// Edits a CDP policy having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<CdpPolicy>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_cdppolicies_id.html>
    pub async fn put_cdp_policies_by_id(
        &self,
        id: &str,
        body: &super::types::CdpPolicy,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "PUT /cdpPolicies/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Put,
            path: format!("/cdpPolicies/{}", crate ::runtime::path_segment(id)),
            query: vec![],
            body: Some(crate::runtime::encode(self.format(), "CdpPolicy", body)),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cdpPolicies/{ID}/cdpReplicaSessions`
    ///
    /// Returns a collection of all CDP replication sessions of the CDP policy with the specified ID.
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
    /// The entities themselves: [`Self::get_cdp_policies_by_id_cdp_replica_sessions_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdppolicy_cdpreplicasessions.html>
    pub async fn get_cdp_policies_by_id_cdp_replica_sessions(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpPolicies/{ID}/cdpReplicaSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/cdpPolicies/{}/cdpReplicaSessions", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cdpPolicies/{ID}/cdpReplicaSessions?format=Entity`
    ///
    /// The entity form of [`Self::get_cdp_policies_by_id_cdp_replica_sessions`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `CdpReplicaSessions` (`<CdpReplicaSessions>` in XML), on 200 OK. Typed from the conventions: items `<CdpReplicaSession>` from the reference items' `Type` in the example of get_cdppolicy_cdpreplicasessions.md; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdppolicy_cdpreplicasessions.html>
    pub async fn get_cdp_policies_by_id_cdp_replica_sessions_entities(
        &self,
        id: &str,
    ) -> Result<super::types::CdpReplicaSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpPolicies/{ID}/cdpReplicaSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/cdpPolicies/{}/cdpReplicaSessions", crate ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cdpPolicies/{ID}/includes`
    ///
    /// Returns a collection of VMs and VM containers processed by the CDP policy having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cdp_policies_by_id_includes_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdppolicies_id_includes.html>
    pub async fn get_cdp_policies_by_id_includes(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpPolicies/{ID}/includes";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/cdpPolicies/{}/includes", crate ::runtime::path_segment(id)),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cdpPolicies/{ID}/includes?format=Entity`
    ///
    /// The entity form of [`Self::get_cdp_policies_by_id_includes`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `ObjectsInJob` (`<ObjectsInJob>` in XML), on 200 OK. Typed from the conventions: items `<ObjectInJob>` from `GET /cdpPolicies/{ID}/includes/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdppolicies_id_includes.html>
    pub async fn get_cdp_policies_by_id_includes_entities(
        &self,
        id: &str,
    ) -> Result<super::types::ObjectsInJob, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpPolicies/{ID}/includes";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/cdpPolicies/{}/includes", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /cdpPolicies/{ID}/includes`
    ///
    /// Adds a VM or a VM container to the CDP policy having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<CreateObjectInJobSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cdppolicies_id_includes.html>
    pub async fn post_cdp_policies_by_id_includes(
        &self,
        id: &str,
        body: &super::types::CreateObjectInJobSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cdpPolicies/{ID}/includes";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/cdpPolicies/{}/includes", crate ::runtime::path_segment(id)),
            query: vec![],
            body: Some(
                crate::runtime::encode(self.format(), "CreateObjectInJobSpec", body),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `DELETE /cdpPolicies/{ID}/includes/{ID}`
    ///
    /// Deletes a VM or a VM container that has the specified ID and is processed by the CDP policy with the specified ID.
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
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_cdppolicies_id_includes_id.html>
    pub async fn delete_cdp_policies_by_id_includes_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /cdpPolicies/{ID}/includes/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!(
                "/cdpPolicies/{}/includes/{}", crate ::runtime::path_segment(id), crate
                ::runtime::path_segment(id2)
            ),
            query: vec![],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cdpPolicies/{ID}/includes/{ID}`
    ///
    /// Returns a representation of a VM or a VM container having the specified ID and processed by the CDP policy having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `ObjectInJob` (`<ObjectInJob>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdppolicies_id_includes_id.html>
    pub async fn get_cdp_policies_by_id_includes_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<super::types::ObjectInJob, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpPolicies/{ID}/includes/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/cdpPolicies/{}/includes/{}", crate ::runtime::path_segment(id), crate
                ::runtime::path_segment(id2)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cdpReplica/vApps`
    ///
    /// Returns a collection of all vApps that are replicated by CDP policies for VMware Cloud Director.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cdp_replica_v_apps_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicas_id_vapps.html>
    pub async fn get_cdp_replica_v_apps(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplica/vApps";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/cdpReplica/vApps".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cdpReplica/vApps?format=Entity`
    ///
    /// The entity form of [`Self::get_cdp_replica_v_apps`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `VAppCdpReplicas` (`<VAppCdpReplicas>` in XML), on 200 OK. Typed from the conventions: items `<VAppCdpReplica>` from `GET /cdpReplica/vApps/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicas_id_vapps.html>
    pub async fn get_cdp_replica_v_apps_entities(
        &self,
    ) -> Result<super::types::VAppCdpReplicas, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplica/vApps";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/cdpReplica/vApps".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cdpReplica/vApps/{ID}`
    ///
    /// Returns a resource representation of a vApp having the specified ID and replicated by a CDP policy for VMware Cloud Director.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `VAppCdpReplica` (`<VAppCdpReplica>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplica_vapps_id.html>
    pub async fn get_cdp_replica_v_apps_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::VAppCdpReplica, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplica/vApps/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/cdpReplica/vApps/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /cdpReplica/vApps/{ID}?action=failover`
    ///
    /// Starts the failover process of the specified vApp to its CDP replica.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<CdpFailoverStartSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cdpreplicavapp_id_actionfailover.html>
    pub async fn post_cdp_replica_v_apps_by_id_failover(
        &self,
        id: &str,
        body: &super::types::CdpFailoverStartSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cdpReplica/vApps/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/cdpReplica/vApps/{}", crate ::runtime::path_segment(id)),
            query: vec![("action", "failover".to_string())],
            body: Some(
                crate::runtime::encode(self.format(), "CdpFailoverStartSpec", body),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /cdpReplica/vApps/{ID}?action=intervals`
    ///
    /// Returns a collection of available intervals for the specified vApp replicated by a CDP policy for VMware Cloud Director.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<PostCdpReplicaVAppsIntervalsSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `CdpReplicaIntervals` (`<CdpReplicaIntervals>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cdpreplicavapp_id_actionintervals.html>
    pub async fn post_cdp_replica_v_apps_by_id_intervals(
        &self,
        id: &str,
        body: &super::types::PostCdpReplicaVAppsIntervalsSpec,
    ) -> Result<super::types::CdpReplicaIntervals, crate::runtime::Error> {
        const OPERATION: &str = "POST /cdpReplica/vApps/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/cdpReplica/vApps/{}", crate ::runtime::path_segment(id)),
            query: vec![("action", "intervals".to_string())],
            body: Some(
                crate::runtime::encode(
                    self.format(),
                    "PostCdpReplicaVAppsIntervalsSpec",
                    body,
                ),
            ),
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cdpReplica/vApps/{ID}/vms`
    ///
    /// Returns a resource representation of a collection of VMs contained in a vApp having the specified ID
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `VAppCdpReplicaVms` (`<VAppCdpReplicaVms>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplica_vapps_id_vms.html>
    pub async fn get_cdp_replica_v_apps_by_id_vms(
        &self,
        id: &str,
    ) -> Result<super::types::VAppCdpReplicaVms, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplica/vApps/{ID}/vms";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/cdpReplica/vApps/{}/vms", crate ::runtime::path_segment(id)),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cdpReplica/vApps/{ID}/vms/{ID}`
    ///
    /// Returns a resource representation of a VM with the specified ID that is contained in a vApp having the specified vApp ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `VAppCdpReplicaVm` (`<VAppCdpReplicaVm>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplica_vapps_id_vms_id.html>
    pub async fn get_cdp_replica_v_apps_by_id_vms_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<super::types::VAppCdpReplicaVm, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplica/vApps/{ID}/vms/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/cdpReplica/vApps/{}/vms/{}", crate ::runtime::path_segment(id), crate
                ::runtime::path_segment(id2)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cdpReplicaSessions`
    ///
    /// Returns a collection of all CDP replication sessions performed on all backup servers connected to Veeam Backup Enterprise Manager. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cdp_replica_sessions_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicasessions.html>
    pub async fn get_cdp_replica_sessions(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplicaSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/cdpReplicaSessions".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cdpReplicaSessions?format=Entity`
    ///
    /// The entity form of [`Self::get_cdp_replica_sessions`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `CdpReplicaSessions` (`<CdpReplicaSessions>` in XML), on 200 OK. Typed from the conventions: items `<CdpReplicaSession>` from `GET /cdpReplicaSessions/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicasessions.html>
    pub async fn get_cdp_replica_sessions_entities(
        &self,
    ) -> Result<super::types::CdpReplicaSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplicaSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/cdpReplicaSessions".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cdpReplicaSessions/{ID}`
    ///
    /// Returns a resource representation of a CDP replication session having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `CdpReplicaSession` (`<CdpReplicaSession>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicasessions_id.html>
    pub async fn get_cdp_replica_sessions_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::CdpReplicaSession, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplicaSessions/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/cdpReplicaSessions/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cdpReplicaSessions/{ID}/cdpReplicaTaskSessions`
    ///
    /// Returns a collection of CDP replication task sessions of the CDP replication session that has the specified ID. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cdp_replica_sessions_by_id_cdp_replica_task_sessions_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicasessions_id_cdpreplicatasksessions.html>
    pub async fn get_cdp_replica_sessions_by_id_cdp_replica_task_sessions(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplicaSessions/{ID}/cdpReplicaTaskSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/cdpReplicaSessions/{}/cdpReplicaTaskSessions", crate
                ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cdpReplicaSessions/{ID}/cdpReplicaTaskSessions?format=Entity`
    ///
    /// The entity form of [`Self::get_cdp_replica_sessions_by_id_cdp_replica_task_sessions`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `CdpReplicaTaskSessions` (`<CdpReplicaTaskSessions>` in XML), on 200 OK. Typed from the conventions: items `<CdpReplicaTaskSession>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicasessions_id_cdpreplicatasksessions.html>
    pub async fn get_cdp_replica_sessions_by_id_cdp_replica_task_sessions_entities(
        &self,
        id: &str,
    ) -> Result<super::types::CdpReplicaTaskSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplicaSessions/{ID}/cdpReplicaTaskSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/cdpReplicaSessions/{}/cdpReplicaTaskSessions", crate
                ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cdpReplicaTaskSessions`
    ///
    /// Returns a collection of CDP replication task sessions that run on backup servers connected to Veeam Backup Enterprise Manager. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cdp_replica_task_sessions_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicatasksessions.html>
    pub async fn get_cdp_replica_task_sessions(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplicaTaskSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/cdpReplicaTaskSessions".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cdpReplicaTaskSessions?format=Entity`
    ///
    /// The entity form of [`Self::get_cdp_replica_task_sessions`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `CdpReplicaTaskSessions` (`<CdpReplicaTaskSessions>` in XML), on 200 OK. Typed from the conventions: items `<CdpReplicaTaskSession>` from `GET /cdpReplicaTaskSessions/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicatasksessions.html>
    pub async fn get_cdp_replica_task_sessions_entities(
        &self,
    ) -> Result<super::types::CdpReplicaTaskSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplicaTaskSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/cdpReplicaTaskSessions".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cdpReplicaTaskSessions/{ID}`
    ///
    /// Returns a resource representation of a CDP replication task session having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `CdpReplicaTaskSession` (`<CdpReplicaTaskSession>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicatasksessions_id.html>
    pub async fn get_cdp_replica_task_sessions_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::CdpReplicaTaskSession, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplicaTaskSessions/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/cdpReplicaTaskSessions/{}", crate ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cdpReplicas`
    ///
    /// Returns a collection of CDP replicas created by all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cdp_replicas_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicas.html>
    pub async fn get_cdp_replicas(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplicas";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/cdpReplicas".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cdpReplicas?format=Entity`
    ///
    /// The entity form of [`Self::get_cdp_replicas`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `CdpReplicas` (`<CdpReplicas>` in XML), on 200 OK. Typed from the conventions: items `<CdpReplica>` from `GET /cdpReplicas/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicas.html>
    pub async fn get_cdp_replicas_entities(
        &self,
    ) -> Result<super::types::CdpReplicas, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplicas";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/cdpReplicas".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cdpReplicas/{ID}`
    ///
    /// Returns a resource representation of a CDP replica having the specified ID. The CDP replica is created by the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `CdpReplica` (`<CdpReplica>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicas_id.html>
    pub async fn get_cdp_replicas_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::CdpReplica, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplicas/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/cdpReplicas/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cdpReplicas/{ID}/vms`
    ///
    /// Returns a collection of VMs that are included in the CDP replica having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_cdp_replicas_by_id_vms_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicas_id_vms.html>
    pub async fn get_cdp_replicas_by_id_vms(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplicas/{ID}/vms";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/cdpReplicas/{}/vms", crate ::runtime::path_segment(id)),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cdpReplicas/{ID}/vms?format=Entity`
    ///
    /// The entity form of [`Self::get_cdp_replicas_by_id_vms`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `CdpReplicaVms` (`<CdpReplicaVms>` in XML), on 200 OK. Typed from the conventions: items `<CdpReplicaVm>` from `GET /cdpReplicas/{ID}/vms/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicas_id_vms.html>
    pub async fn get_cdp_replicas_by_id_vms_entities(
        &self,
        id: &str,
    ) -> Result<super::types::CdpReplicaVms, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplicas/{ID}/vms";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/cdpReplicas/{}/vms", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /cdpReplicas/{ID}/vms/{ID}`
    ///
    /// Returns a resource representation of a VM having the specified ID and included in the CDP replica with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `CdpReplicaVm` (`<CdpReplicaVm>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cdpreplicas_id_vms_id.html>
    pub async fn get_cdp_replicas_by_id_vms_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<super::types::CdpReplicaVm, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplicas/{ID}/vms/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/cdpReplicas/{}/vms/{}", crate ::runtime::path_segment(id), crate
                ::runtime::path_segment(id2)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /cdpReplicas/{ID}/vms/{ID}?action=failover`
    ///
    /// Starts the failover process of the specified VM to its CDP replica.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    /// - `body`: the request body, `<CdpFailoverStartSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cdpreplicavm_id_actionfailover.html>
    pub async fn post_cdp_replicas_by_id_vms_by_id_failover(
        &self,
        id: &str,
        id2: &str,
        body: &super::types::CdpFailoverStartSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /cdpReplicas/{ID}/vms/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/cdpReplicas/{}/vms/{}", crate ::runtime::path_segment(id), crate
                ::runtime::path_segment(id2)
            ),
            query: vec![("action", "failover".to_string())],
            body: Some(
                crate::runtime::encode(self.format(), "CdpFailoverStartSpec", body),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /cdpReplicas/{ID}/vms/{ID}?action=intervals`
    ///
    /// Returns a collection of available intervals for the specified VM included in the specified CDP replica.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    /// - `body`: the request body, `<PostCdpReplicasVmsIntervalsSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `CdpReplicaIntervals` (`<CdpReplicaIntervals>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cdpreplicavm_id_actionintervals.html>
    pub async fn post_cdp_replicas_by_id_vms_by_id_intervals(
        &self,
        id: &str,
        id2: &str,
        body: &super::types::PostCdpReplicasVmsIntervalsSpec,
    ) -> Result<super::types::CdpReplicaIntervals, crate::runtime::Error> {
        const OPERATION: &str = "POST /cdpReplicas/{ID}/vms/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/cdpReplicas/{}/vms/{}", crate ::runtime::path_segment(id), crate
                ::runtime::path_segment(id2)
            ),
            query: vec![("action", "intervals".to_string())],
            body: Some(
                crate::runtime::encode(
                    self.format(),
                    "PostCdpReplicasVmsIntervalsSpec",
                    body,
                ),
            ),
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
}
