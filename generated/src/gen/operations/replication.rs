// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `replication`.
#[allow(unused_imports)]
use super::*;
impl crate::Client {
    /// `GET /failoverPlans`
    ///
    /// Returns a resource representation of a collection of all failover plans configured on backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_failover_plans_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_failover_plans.html>
    pub async fn get_failover_plans(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /failoverPlans";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/failoverPlans".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /failoverPlans?format=Entity`
    ///
    /// The entity form of [`Self::get_failover_plans`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `FailoverPlans` (`<FailoverPlans>` in XML), on 200 OK. Typed from the conventions: items `<FailoverPlan>` from `GET /failoverPlans/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_failover_plans.html>
    pub async fn get_failover_plans_entities(
        &self,
    ) -> Result<super::types::FailoverPlans, crate::runtime::Error> {
        const OPERATION: &str = "GET /failoverPlans";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/failoverPlans".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /failoverPlans/{ID}`
    ///
    /// Returns a resource representation of the failover plan having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `FailoverPlan` (`<FailoverPlan>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_failoverplans_id.html>
    pub async fn get_failover_plans_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::FailoverPlan, crate::runtime::Error> {
        const OPERATION: &str = "GET /failoverPlans/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/failoverPlans/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /failoverPlans/{ID}?action=start`
    ///
    /// Starts a failover plan having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<FailoverPlanManagementSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_failoverplans_id_start.html>
    pub async fn post_failover_plans_by_id_start(
        &self,
        id: &str,
        body: &super::types::FailoverPlanManagementSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /failoverPlans/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/failoverPlans/{}", crate ::runtime::path_segment(id)),
            query: vec![("action", "start".to_string())],
            body: Some(
                crate::runtime::encode(self.format(), "FailoverPlanManagementSpec", body),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /failoverPlans/{ID}?action=undo`
    ///
    /// Triggers the undo failover operation for all VMs added to the failover plan having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_failoverplans_id_undo.html>
    pub async fn post_failover_plans_by_id_undo(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /failoverPlans/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/failoverPlans/{}", crate ::runtime::path_segment(id)),
            query: vec![("action", "undo".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `PUT /failoverPlans/{ID}`
    ///
    /// Edits a failover plan having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<FailoverPlan>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_failoverplans_id.html>
    pub async fn put_failover_plans_by_id(
        &self,
        id: &str,
        body: &super::types::FailoverPlan,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "PUT /failoverPlans/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Put,
            path: format!("/failoverPlans/{}", crate ::runtime::path_segment(id)),
            query: vec![],
            body: Some(crate::runtime::encode(self.format(), "FailoverPlan", body)),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /replicas`
    ///
    /// Returns a resource representation of a collection of replicas created on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_replicas_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicas.html>
    pub async fn get_replicas(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /replicas";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/replicas".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /replicas?format=Entity`
    ///
    /// The entity form of [`Self::get_replicas`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `Replicas` (`<Replicas>` in XML), on 200 OK. Typed from the conventions: items `<Replica>` from `GET /replicas/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicas.html>
    pub async fn get_replicas_entities(
        &self,
    ) -> Result<super::types::Replicas, crate::runtime::Error> {
        const OPERATION: &str = "GET /replicas";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/replicas".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /replicas/{ID}`
    ///
    /// Returns a resource representation of a replica having the specified ID. The replica is created on the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Replica` (`<Replica>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicas_id.html>
    pub async fn get_replicas_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::Replica, crate::runtime::Error> {
        const OPERATION: &str = "GET /replicas/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/replicas/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /vAppReplicaPoints`
    ///
    /// Returns a collection of restore points of separate vApps replicas.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_v_app_replica_points_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vappreplicapoints.html>
    pub async fn get_v_app_replica_points(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /vAppReplicaPoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/vAppReplicaPoints".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /vAppReplicaPoints?format=Entity`
    ///
    /// The entity form of [`Self::get_v_app_replica_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `VAppReplicaPoints` (`<VAppReplicaPoints>` in XML), on 200 OK. Typed from the conventions: items `<VAppReplicaPoint>` from `GET /vAppReplicaPoints/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vappreplicapoints.html>
    pub async fn get_v_app_replica_points_entities(
        &self,
    ) -> Result<super::types::VAppReplicaPoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /vAppReplicaPoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/vAppReplicaPoints".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /vAppReplicaPoints/{ID}`
    ///
    /// Returns a resource representation of the vApp replica restore point having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `VAppReplicaPoint` (`<VAppReplicaPoint>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vappreplicapoints_id.html>
    pub async fn get_v_app_replica_points_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::VAppReplicaPoint, crate::runtime::Error> {
        const OPERATION: &str = "GET /vAppReplicaPoints/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/vAppReplicaPoints/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /vAppReplicaPoints/{ID}?action=failover`
    ///
    /// Starts the failover process to the vApp replica restore point having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vappreplicapoints_id_actionfailover.html>
    pub async fn post_v_app_replica_points_by_id_failover(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /vAppReplicaPoints/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/vAppReplicaPoints/{}", crate ::runtime::path_segment(id)),
            query: vec![("action", "failover".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /vmReplicaPoints`
    ///
    /// Returns a resource representation of a collection of restore points for separate replicated VMs.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_vm_replica_points_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmreplicapoints.html>
    pub async fn get_vm_replica_points(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /vmReplicaPoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/vmReplicaPoints".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /vmReplicaPoints?format=Entity`
    ///
    /// The entity form of [`Self::get_vm_replica_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `VmReplicaPoints` (`<VmReplicaPoints>` in XML), on 200 OK. Typed from the conventions: items `<VmReplicaPoint>` from `GET /vmReplicaPoints/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmreplicapoints.html>
    pub async fn get_vm_replica_points_entities(
        &self,
    ) -> Result<super::types::VmReplicaPoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /vmReplicaPoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/vmReplicaPoints".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /vmReplicaPoints/{ID}`
    ///
    /// Returns a resource representation of a VM replica restore point having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `VmReplicaPoint` (`<VmReplicaPoint>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmreplicapoints_id.html>
    pub async fn get_vm_replica_points_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::VmReplicaPoint, crate::runtime::Error> {
        const OPERATION: &str = "GET /vmReplicaPoints/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/vmReplicaPoints/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /vmReplicaPoints/{ID}?action=failover`
    ///
    /// Starts the VM replica failover process.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vmreplicapoints_id_actionrestore.html>
    pub async fn post_vm_replica_points_by_id_failover(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /vmReplicaPoints/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/vmReplicaPoints/{}", crate ::runtime::path_segment(id)),
            query: vec![("action", "failover".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /vmReplicaPoints/{ID}/mounts`
    ///
    /// Returns a resource representation of a VM replica mount points collection.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `VmReplicaPointMounts` (`<VmReplicaPointMounts>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmreplicapoints_id_mountpoints.html>
    pub async fn get_vm_replica_points_by_id_mounts(
        &self,
        id: &str,
    ) -> Result<super::types::VmReplicaPointMounts, crate::runtime::Error> {
        const OPERATION: &str = "GET /vmReplicaPoints/{ID}/mounts";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/vmReplicaPoints/{}/mounts", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /vmReplicaPoints/{ID}/mounts`
    ///
    /// Starts the VM guest OS files restore from the specified VM replica restore point. Disks of the restored VM are mounted to the backup server and the VM guest OS files become available in the C:\\VeeamFLR&lt;vm-name&gt; folder.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<PostVmReplicaPointsMountsSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vmreplicapoints_id_mountpoints.html>
    pub async fn post_vm_replica_points_by_id_mounts(
        &self,
        id: &str,
        body: &super::types::PostVmReplicaPointsMountsSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /vmReplicaPoints/{ID}/mounts";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/vmReplicaPoints/{}/mounts", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: Some(
                crate::runtime::encode(
                    self.format(),
                    "PostVmReplicaPointsMountsSpec",
                    body,
                ),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `DELETE /vmReplicaPoints/{ID}/mounts/{ID}`
    ///
    /// Deletes a mount point having the specified ID and unmounts the VM replica disks from the backup server.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `()`: the answer has no body, on 204 No Content.
    ///
    /// The answer's type is not on the page; from 204 No Content.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_vmreplicapoints_id_mountpoints_id.html>
    pub async fn delete_vm_replica_points_by_id_mounts_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "DELETE /vmReplicaPoints/{ID}/mounts/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!(
                "/vmReplicaPoints/{}/mounts/{}", crate ::runtime::path_segment(id), crate
                ::runtime::path_segment(id2)
            ),
            query: vec![],
            body: None,
            expect: &[204],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
    /// `GET /vmReplicaPoints/{ID}/mounts/{ID}`
    ///
    /// Returns a resource representation of a mount point having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `VmReplicaPointMount` (`<VmReplicaPointMount>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmreplicapoints_id_mountpoints_id.html>
    pub async fn get_vm_replica_points_by_id_mounts_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<super::types::VmReplicaPointMount, crate::runtime::Error> {
        const OPERATION: &str = "GET /vmReplicaPoints/{ID}/mounts/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/vmReplicaPoints/{}/mounts/{}", crate ::runtime::path_segment(id), crate
                ::runtime::path_segment(id2)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /vmReplicaPoints/{ID}/mounts/{ID}/{filepath}`
    ///
    /// Returns a resource representation of a file or folder in the VM replica guest OS.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    /// - `filepath`: the `{filepath}` path parameter.
    ///
    /// # Returns
    ///
    /// `FileSystemEntry` (`<FileSystemEntry>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmreplicapoints_id_mountpoints_id_filepath.html>
    pub async fn get_vm_replica_points_by_id_mounts_by_id_by_filepath(
        &self,
        id: &str,
        id2: &str,
        filepath: &str,
    ) -> Result<super::types::FileSystemEntry, crate::runtime::Error> {
        const OPERATION: &str = "GET /vmReplicaPoints/{ID}/mounts/{ID}/{filepath}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/vmReplicaPoints/{}/mounts/{}/{}", crate ::runtime::path_segment(id),
                crate ::runtime::path_segment(id2), crate
                ::runtime::path_segment(filepath)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /vmReplicaPoints/{ID}/mounts/{ID}/{filepath}?action=restore`
    ///
    /// Restores a VM replica guest OS file or folder. The file or folder can be restored to its original location on the VM or can be downloaded to the local machine.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    /// - `filepath`: the `{filepath}` path parameter.
    /// - `body`: the request body, `<FileRestoreSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vmreplicapoints_id_mountpoints_id_filepath_actionrestore.html>
    pub async fn post_vm_replica_points_by_id_mounts_by_id_by_filepath_restore(
        &self,
        id: &str,
        id2: &str,
        filepath: &str,
        body: &super::types::FileRestoreSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /vmReplicaPoints/{ID}/mounts/{ID}/{filepath}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/vmReplicaPoints/{}/mounts/{}/{}", crate ::runtime::path_segment(id),
                crate ::runtime::path_segment(id2), crate
                ::runtime::path_segment(filepath)
            ),
            query: vec![("action", "restore".to_string())],
            body: Some(crate::runtime::encode(self.format(), "FileRestoreSpec", body)),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
}
