// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `agents`.
#[allow(unused_imports)]
use super::*;
impl crate::Client {
    /// `GET /agents`
    ///
    /// Returns a set of links to Veeam Agent Management resources.
    ///
    /// # Returns
    ///
    /// `Agents` (`<Agents>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents.html>
    pub async fn get_agents(
        &self,
    ) -> Result<super::types::Agents, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/agents".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /agents/agentRestorePoints`
    ///
    /// Returns a resource representation of a collection of restore points for separate machines in Veeam Agent backups. Backups are created by Veeam Agent managed by Veeam Backup & Replication.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_agents_agent_restore_points_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_agentrestorepoints.html>
    pub async fn get_agents_agent_restore_points(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/agentRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/agents/agentRestorePoints".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /agents/agentRestorePoints?format=Entity`
    ///
    /// The entity form of [`Self::get_agents_agent_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `AgentRestorePoints` (`<AgentRestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<AgentRestorePoint>` from `GET /agents/agentRestorePoints/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_agentrestorepoints.html>
    pub async fn get_agents_agent_restore_points_entities(
        &self,
    ) -> Result<super::types::AgentRestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/agentRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/agents/agentRestorePoints".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /agents/agentRestorePoints/{ID}`
    ///
    /// Returns a resource representation of a restore point having the specified ID. A restore point was created for a machine protected with Veeam Agent managed by Veeam Backup & Replication.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `AgentRestorePoint` (`<AgentRestorePoint>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_agentrestorepoints_id.html>
    pub async fn get_agents_agent_restore_points_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::AgentRestorePoint, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/agentRestorePoints/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/agents/agentRestorePoints/{}", crate ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /agents/agentRestorePoints/{ID}/mounts`
    ///
    /// Returns a resource representation of a collection of mount points created for restore points of Veeam Agent machines.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `AgentRestorePointMounts` (`<AgentRestorePointMounts>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_agentrestorepoints_id_mounts.html>
    pub async fn get_agents_agent_restore_points_by_id_mounts(
        &self,
        id: &str,
    ) -> Result<super::types::AgentRestorePointMounts, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/agentRestorePoints/{ID}/mounts";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/agents/agentRestorePoints/{}/mounts", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /agents/agentRestorePoints/{ID}/mounts`
    ///
    /// Starts the machine guest OS files restore from the specified restore point. Disks of the restored machine are mounted to the backup server and the machine guest OS files become available under the C:\\VeeamFLR&lt;vm-name&gt; folder.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_agents_agentrestorepoints_id_mounts.html>
    pub async fn post_agents_agent_restore_points_by_id_mounts(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /agents/agentRestorePoints/{ID}/mounts";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/agents/agentRestorePoints/{}/mounts", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `DELETE /agents/agentRestorePoints/{ID}/mounts/{ID}`
    ///
    /// Deletes a mount point having the specified ID and unmounts disks of the backed-up machine from the backup server.
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
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_agents_agentrestorepoints_id_mounts_id.html>
    pub async fn delete_agents_agent_restore_points_by_id_mounts_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "DELETE /agents/agentRestorePoints/{ID}/mounts/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!(
                "/agents/agentRestorePoints/{}/mounts/{}", crate
                ::runtime::path_segment(id), crate ::runtime::path_segment(id2)
            ),
            query: vec![],
            body: None,
            expect: &[204],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
    /// `GET /agents/agentRestorePoints/{ID}/mounts/{ID}`
    ///
    /// Returns a resource representation of a mount point having the specified ID. The mount point was created for a restore point of a Veeam Agent machine.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `AgentRestorePointMount` (`<AgentRestorePointMount>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_agentrestorepoints_id_mounts_id.html>
    pub async fn get_agents_agent_restore_points_by_id_mounts_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<super::types::AgentRestorePointMount, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/agentRestorePoints/{ID}/mounts/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/agents/agentRestorePoints/{}/mounts/{}", crate
                ::runtime::path_segment(id), crate ::runtime::path_segment(id2)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}`
    ///
    /// Returns a resource representation of a file or folder in the guest OS.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    /// - `filepath`: the `{filepath}` path parameter.
    ///
    /// # Returns
    ///
    /// `FileSystemEntries` (`<FileSystemEntries>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_agentrestorepoints_id_mounts_id_filepath.html>
    pub async fn get_agents_agent_restore_points_by_id_mounts_by_id_by_filepath(
        &self,
        id: &str,
        id2: &str,
        filepath: &str,
    ) -> Result<super::types::FileSystemEntries, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/agents/agentRestorePoints/{}/mounts/{}/{}", crate
                ::runtime::path_segment(id), crate ::runtime::path_segment(id2), crate
                ::runtime::path_segment(filepath)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}?action=restore`
    ///
    /// Restores a guest OS file or folder. The file or folder can be restored to its original location on the machine or can be downloaded to the local machine.
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
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_agents_agentrestorepoints_id_mounts_id_filepath_actionrestore.html>
    pub async fn post_agents_agent_restore_points_by_id_mounts_by_id_by_filepath_restore(
        &self,
        id: &str,
        id2: &str,
        filepath: &str,
        body: &super::types::FileRestoreSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/agents/agentRestorePoints/{}/mounts/{}/{}", crate
                ::runtime::path_segment(id), crate ::runtime::path_segment(id2), crate
                ::runtime::path_segment(filepath)
            ),
            query: vec![("action", "restore".to_string())],
            body: Some(crate::runtime::encode(self.format(), "FileRestoreSpec", body)),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /agents/backupFiles`
    ///
    /// Returns a resource representation of a collection of backup files created by Veeam Agent managed by Veeam Backup & Replication. Backup files are created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_agents_backup_files_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_backupfiles.html>
    pub async fn get_agents_backup_files(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/backupFiles";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/agents/backupFiles".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /agents/backupFiles?format=Entity`
    ///
    /// The entity form of [`Self::get_agents_backup_files`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `BackupFiles` (`<BackupFiles>` in XML), on 200 OK. Typed from the conventions: items `<BackupFile>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_backupfiles.html>
    pub async fn get_agents_backup_files_entities(
        &self,
    ) -> Result<super::types::BackupFiles, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/backupFiles";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/agents/backupFiles".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /agents/backupSessions`
    ///
    /// Returns a resource representation of a collection of sessions performed for Veeam Agent backup jobs configured in Veeam Backup & Replication on all backup servers connected to Veeam Backup Enterprise Manager. Veeam Agent backup job sessions are also displayed in the representation of the /backupSessions resource collection.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EntityReferences>`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_backupsessions.html>
    pub async fn get_agents_backup_sessions(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/backupSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/agents/backupSessions".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /agents/backups`
    ///
    /// Returns a resource representation of a collection of all Veeam Agent backups on backup servers connected to Veeam Backup Enterprise Manager. The resource representation displays backups that were created by Veeam Agent managed by Veeam Backup & Replication. Backups of this type are also displayed in the representation of the /backups resource collection.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_agents_backups_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_backups.html>
    pub async fn get_agents_backups(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/backups";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/agents/backups".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /agents/backups?format=Entity`
    ///
    /// The entity form of [`Self::get_agents_backups`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `Backups` (`<Backups>` in XML), on 200 OK. Typed from the conventions: items `<Backup>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_backups.html>
    pub async fn get_agents_backups_entities(
        &self,
    ) -> Result<super::types::Backups, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/backups";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/agents/backups".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /agents/discoveredComputers`
    ///
    /// Returns a resource representation of a collection of all protected computers in protection groups configured on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EntityReferences>`.
    ///
    /// The entities themselves: [`Self::get_agents_discovered_computers_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_discoveredcomputers.html>
    pub async fn get_agents_discovered_computers(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/discoveredComputers";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/agents/discoveredComputers".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /agents/discoveredComputers?format=Entity`
    ///
    /// The entity form of [`Self::get_agents_discovered_computers`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `DiscoveredComputers` (`<DiscoveredComputers>` in XML), on 200 OK. Typed from the conventions: items `<DiscoveredComputer>` from `GET /agents/discoveredComputers/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_discoveredcomputers.html>
    pub async fn get_agents_discovered_computers_entities(
        &self,
    ) -> Result<super::types::DiscoveredComputers, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/discoveredComputers";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/agents/discoveredComputers".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /agents/discoveredComputers/{ID}`
    ///
    /// Returns a resource representation of a protected computer having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `DiscoveredComputer` (`<DiscoveredComputer>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_discoveredcomputers_id.html>
    pub async fn get_agents_discovered_computers_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::DiscoveredComputer, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/discoveredComputers/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/agents/discoveredComputers/{}", crate ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /agents/jobs`
    ///
    /// Returns a resource representation of a collection of Veeam Agent backup jobs configured in Veeam Backup & Replication on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_agents_jobs_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_jobs.html>
    pub async fn get_agents_jobs(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/jobs";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/agents/jobs".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /agents/jobs?format=Entity`
    ///
    /// The entity form of [`Self::get_agents_jobs`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `AgentBackupJobs` (`<AgentBackupJobs>` in XML), on 200 OK. Typed from the conventions: items `<AgentBackupJob>` from `GET /agents/jobs/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_jobs.html>
    pub async fn get_agents_jobs_entities(
        &self,
    ) -> Result<super::types::AgentBackupJobs, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/jobs";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/agents/jobs".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /agents/jobs/{ID}`
    ///
    /// Returns a resource representation of the Veeam Agent backup job resource having the specified ID. The Veeam Agent backup job is configured in Veeam Backup & Replication.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `AgentBackupJob` (`<AgentBackupJob>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_jobs_id.html>
    pub async fn get_agents_jobs_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::AgentBackupJob, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/jobs/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/agents/jobs/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /agents/jobs/{ID}?action=retry`
    ///
    /// Retries a failed Veeam Agent backup job having the specified ID. The Veeam Agent backup job is configured in Veeam Backup & Replication. The retry action can be performed only for jobs that have been finished with the Failed status.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_agents_jobs_id_actionretry.html>
    pub async fn post_agents_jobs_by_id_retry(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /agents/jobs/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/agents/jobs/{}", crate ::runtime::path_segment(id)),
            query: vec![("action", "retry".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /agents/jobs/{ID}?action=start`
    ///
    /// Starts a Veeam Agent backup job having the specified ID. The Veeam Agent backup job is configured in Veeam Backup & Replication.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_agents_jobs_id_actionstart.html>
    pub async fn post_agents_jobs_by_id_start(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /agents/jobs/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/agents/jobs/{}", crate ::runtime::path_segment(id)),
            query: vec![("action", "start".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /agents/jobs/{ID}?action=stop`
    ///
    /// Stops a Veeam Agent backup job having the specified ID. The Veeam Agent backup job is configured in Veeam Backup & Replication.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_agents_jobs_id_actionstop.html>
    pub async fn post_agents_jobs_by_id_stop(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /agents/jobs/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/agents/jobs/{}", crate ::runtime::path_segment(id)),
            query: vec![("action", "stop".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /agents/jobs/{ID}?action=toggleScheduleEnabled`
    ///
    /// Disables or enables a Veeam Agent backup job having the specified ID. The Veeam Agent backup job is configured in Veeam Backup & Replication.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_agents_jobs_id_actiontogglescheduleenabled.html>
    pub async fn post_agents_jobs_by_id_toggle_schedule_enabled(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /agents/jobs/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/agents/jobs/{}", crate ::runtime::path_segment(id)),
            query: vec![("action", "toggleScheduleEnabled".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /agents/jobs/{ID}/includes`
    ///
    /// Returns a collection of protected computers and protection groups processed by the Veeam Agent backup job with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_jobs_id_includes.html>
    pub async fn get_agents_jobs_by_id_includes(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/jobs/{ID}/includes";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/agents/jobs/{}/includes", crate ::runtime::path_segment(id)),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /agents/jobs/{ID}/includes/{ID}`
    ///
    /// Returns a representation of a protected computer or a protection group having the specified ID and processed by the Veeam Agent backup job with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `GetAgentsJobsIncludesResponse` (`<GetAgentsJobsIncludesResponse>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_jobs_id_includes_id.html>
    pub async fn get_agents_jobs_by_id_includes_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<super::types::GetAgentsJobsIncludesResponse, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/jobs/{ID}/includes/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/agents/jobs/{}/includes/{}", crate ::runtime::path_segment(id), crate
                ::runtime::path_segment(id2)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /agents/protectionGroups`
    ///
    /// Returns a resource representation of a collection of protection groups configured on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EntityReferences>`.
    ///
    /// The entities themselves: [`Self::get_agents_protection_groups_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_protectiongroups.html>
    pub async fn get_agents_protection_groups(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/protectionGroups";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/agents/protectionGroups".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /agents/protectionGroups?format=Entity`
    ///
    /// The entity form of [`Self::get_agents_protection_groups`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `AgentProtectionGroups` (`<AgentProtectionGroups>` in XML), on 200 OK. Typed from the conventions: items `<AgentProtectionGroup>` from `GET /agents/protectionGroups/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_protectiongroups.html>
    pub async fn get_agents_protection_groups_entities(
        &self,
    ) -> Result<super::types::AgentProtectionGroups, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/protectionGroups";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/agents/protectionGroups".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /agents/protectionGroups/{ID}`
    ///
    /// Returns a resource representation of a protection group having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `AgentProtectionGroup` (`<AgentProtectionGroup>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_protectiongroups_id.html>
    pub async fn get_agents_protection_groups_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::AgentProtectionGroup, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/protectionGroups/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/agents/protectionGroups/{}", crate ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /agents/protectionGroups/{ID}/discoveredComputers`
    ///
    /// Returns a resource representation of the collection of discovered computers in a protection group having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_agents_protection_groups_by_id_discovered_computers_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_protectiongroups_id_discoveredcomputers.html>
    pub async fn get_agents_protection_groups_by_id_discovered_computers(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/protectionGroups/{ID}/discoveredComputers";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/agents/protectionGroups/{}/discoveredComputers", crate
                ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /agents/protectionGroups/{ID}/discoveredComputers?format=Entity`
    ///
    /// The entity form of [`Self::get_agents_protection_groups_by_id_discovered_computers`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `DiscoveredComputers` (`<DiscoveredComputers>` in XML), on 200 OK. Typed from the conventions: items `<DiscoveredComputer>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_protectiongroups_id_discoveredcomputers.html>
    pub async fn get_agents_protection_groups_by_id_discovered_computers_entities(
        &self,
        id: &str,
    ) -> Result<super::types::DiscoveredComputers, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/protectionGroups/{ID}/discoveredComputers";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/agents/protectionGroups/{}/discoveredComputers", crate
                ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /agents/restorePoints`
    ///
    /// Returns a resource representation of a restore points collection for backups created by Veeam Agent managed by Veeam Backup & Replication. Backups are created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_agents_restore_points_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_restorepoints.html>
    pub async fn get_agents_restore_points(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/restorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/agents/restorePoints".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /agents/restorePoints?format=Entity`
    ///
    /// The entity form of [`Self::get_agents_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `AgentRestorePoints` (`<AgentRestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<AgentRestorePoint>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_restorepoints.html>
    pub async fn get_agents_restore_points_entities(
        &self,
    ) -> Result<super::types::AgentRestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/restorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/agents/restorePoints".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
}
