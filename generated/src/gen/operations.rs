// @generated — do not edit; run `cargo xtask codegen`
//! One method per documented operation.
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
    /// `GET /backupFiles`
    ///
    /// Returns a resource representation of a collection of backup files created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_backup_files_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupfiles.html>
    pub async fn get_backup_files(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupFiles";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/backupFiles".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backupFiles?format=Entity`
    ///
    /// The entity form of [`Self::get_backup_files`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `BackupFiles` (`<BackupFiles>` in XML), on 200 OK. Typed from the conventions: items `<BackupFile>` from `GET /backupFiles/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupfiles.html>
    pub async fn get_backup_files_entities(
        &self,
    ) -> Result<super::types::BackupFiles, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupFiles";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/backupFiles".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backupFiles/{ID}`
    ///
    /// Returns a resource representation of a backup file with the specified ID. The backup file is created on or imported to the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `BackupFile` (`<BackupFile>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupfiles_id.html>
    pub async fn get_backup_files_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::BackupFile, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupFiles/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/backupFiles/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backupFiles/{ID}/restorePoints`
    ///
    /// Returns a collection of restore points for a backup file with the specified ID. The backup file was created on or imported to the backup server connected to Veeam Backup Enterprise Manager.
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
    /// The entities themselves: [`Self::get_backup_files_by_id_restore_points_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupfiles_id_restorepoints.html>
    pub async fn get_backup_files_by_id_restore_points(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupFiles/{ID}/restorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/backupFiles/{}/restorePoints", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backupFiles/{ID}/restorePoints?format=Entity`
    ///
    /// The entity form of [`Self::get_backup_files_by_id_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `RestorePoints` (`<RestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<RestorePoint>` from the reference items' `Type` in the example of get_backupfiles_id_restorepoints.md; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupfiles_id_restorepoints.html>
    pub async fn get_backup_files_by_id_restore_points_entities(
        &self,
        id: &str,
    ) -> Result<super::types::RestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupFiles/{ID}/restorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/backupFiles/{}/restorePoints", crate ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backupFiles/{ID}/vmRestorePoints`
    ///
    /// Returns a collection of restore points for separate VMs in a backup file with the specified ID. The backup file was created on or imported to the backup server connected to Veeam Backup Enterprise Manager.
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
    /// The entities themselves: [`Self::get_backup_files_by_id_vm_restore_points_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupfiles_id_vmrestorepoints.html>
    pub async fn get_backup_files_by_id_vm_restore_points(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupFiles/{ID}/vmRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/backupFiles/{}/vmRestorePoints", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backupFiles/{ID}/vmRestorePoints?format=Entity`
    ///
    /// The entity form of [`Self::get_backup_files_by_id_vm_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `VmRestorePoints` (`<VmRestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<VmRestorePoint>` from the reference items' `Type` in the example of get_backupfiles_id_vmrestorepoints.md; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupfiles_id_vmrestorepoints.html>
    pub async fn get_backup_files_by_id_vm_restore_points_entities(
        &self,
        id: &str,
    ) -> Result<super::types::VmRestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupFiles/{ID}/vmRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/backupFiles/{}/vmRestorePoints", crate ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backupServers`
    ///
    /// Returns a resource representation of a collection of all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_backup_servers_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers.html>
    pub async fn get_backup_servers(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupServers";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/backupServers".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backupServers?format=Entity`
    ///
    /// The entity form of [`Self::get_backup_servers`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `BackupServers` (`<BackupServers>` in XML), on 200 OK. Typed from the conventions: items `<BackupServer>` from `GET /backupServers/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers.html>
    pub async fn get_backup_servers_entities(
        &self,
    ) -> Result<super::types::BackupServers, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupServers";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/backupServers".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /backupServers?action=create`
    ///
    /// Connects a backup server to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `body`: the request body, `<BackupServerSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// The answer's type is not on the page; from convention: 202 Accepted answers a Task (`format` (<https://helpcenter.veeam.com/docs/vbr/em_rest/format.html>)).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_backupservers.html>
    pub async fn post_backup_servers_create(
        &self,
        body: &super::types::BackupServerSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /backupServers";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: "/backupServers".to_string(),
            query: vec![("action", "create".to_string())],
            body: Some(crate::runtime::encode(self.format(), "BackupServerSpec", body)),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `DELETE /backupServers/{ID}`
    ///
    /// Deletes a backup server having the specified ID from Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `()`: the answer has no body, on 204 No Content.
    ///
    /// The answer's type is not on the page; from 204 No Content.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_backupservers_id.html>
    pub async fn delete_backup_servers_by_id(
        &self,
        id: &str,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "DELETE /backupServers/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!("/backupServers/{}", crate ::runtime::path_segment(id)),
            query: vec![],
            body: None,
            expect: &[204],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
    /// `GET /backupServers/{ID}`
    ///
    /// Returns a resource representation of the backup server having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `BackupServer` (`<BackupServer>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id.html>
    pub async fn get_backup_servers_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::BackupServer, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupServers/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/backupServers/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /backupServers/{ID}?action=collect`
    ///
    /// Collects data from the backup server added to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_backupservers_id_collect.html>
    pub async fn post_backup_servers_by_id_collect(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /backupServers/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/backupServers/{}", crate ::runtime::path_segment(id)),
            query: vec![("action", "collect".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /backupServers/{ID}?action=quickbackup`
    ///
    /// Creates a quick backup of a VM on a backup server added to Veeam Backup Enterprise Manager. Quick backup is an incremental backup of a VM processed by a backup job. To create quick backups for multiple VMs, use separate requests for each VM.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<QuickBackupStartupSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_backupservers_id_quickbackup.html>
    pub async fn post_backup_servers_by_id_quickbackup(
        &self,
        id: &str,
        body: &super::types::QuickBackupStartupSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /backupServers/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/backupServers/{}", crate ::runtime::path_segment(id)),
            query: vec![("action", "quickbackup".to_string())],
            body: Some(
                crate::runtime::encode(self.format(), "QuickBackupStartupSpec", body),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /backupServers/{ID}?action=veeamzip`
    ///
    /// Creates a VeeamZIP file for one or several VMs on the backup server added to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<VeeamZipStartupSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_backupservers_id_zip.html>
    pub async fn post_backup_servers_by_id_veeamzip(
        &self,
        id: &str,
        body: &super::types::VeeamZipStartupSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /backupServers/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/backupServers/{}", crate ::runtime::path_segment(id)),
            query: vec![("action", "veeamzip".to_string())],
            body: Some(
                crate::runtime::encode(self.format(), "VeeamZipStartupSpec", body),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `PUT /backupServers/{ID}`
    ///
    /// Edits settings of a backup server with the specified ID added to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<BackupServerSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `()`: the answer has no body, on 204 No Content.
    ///
    /// The answer's type is not on the page; from 204 No Content.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_backupservers_id.html>
    pub async fn put_backup_servers_by_id(
        &self,
        id: &str,
        body: &super::types::BackupServerSpec,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "PUT /backupServers/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Put,
            path: format!("/backupServers/{}", crate ::runtime::path_segment(id)),
            query: vec![],
            body: Some(crate::runtime::encode(self.format(), "BackupServerSpec", body)),
            expect: &[204],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
    /// `GET /backupServers/{ID}/credentials`
    ///
    /// Returns a resource representation of the credentials collection created on the backup server with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_backup_servers_by_id_credentials_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id_creds.html>
    pub async fn get_backup_servers_by_id_credentials(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupServers/{ID}/credentials";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/backupServers/{}/credentials", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backupServers/{ID}/credentials?format=Entity`
    ///
    /// The entity form of [`Self::get_backup_servers_by_id_credentials`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `CredentialsInfoList` (`<CredentialsInfoList>` in XML), on 200 OK. Typed from the conventions: items `<CredentialsInfo>` from `GET /backupServers/{ID}/credentials/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id_creds.html>
    pub async fn get_backup_servers_by_id_credentials_entities(
        &self,
        id: &str,
    ) -> Result<super::types::CredentialsInfoList, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupServers/{ID}/credentials";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/backupServers/{}/credentials", crate ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /backupServers/{ID}/credentials?action=create`
    ///
    /// Creates new credentials on the backup server having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<CredentialsInfoSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Some(CredentialsInfo)` (`<CredentialsInfo>` in XML), or `None` when the body is empty, on 201 Created.
    ///
    /// The answer's type is not on the page; from convention: 201 Created answers the created resource, as `GET /backupServers/{ID}/credentials/{ID}` does; the page says the body is `None.`, so an empty body is `None`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_backupservers_id_creds.html>
    pub async fn post_backup_servers_by_id_credentials_create(
        &self,
        id: &str,
        body: &super::types::CredentialsInfoSpec,
    ) -> Result<Option<super::types::CredentialsInfo>, crate::runtime::Error> {
        const OPERATION: &str = "POST /backupServers/{ID}/credentials";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/backupServers/{}/credentials", crate ::runtime::path_segment(id)
            ),
            query: vec![("action", "create".to_string())],
            body: Some(
                crate::runtime::encode(self.format(), "CredentialsInfoSpec", body),
            ),
            expect: &[201],
        };
        let response = self.send(request).await?;
        if response.body.iter().all(u8::is_ascii_whitespace) {
            Ok(None)
        } else {
            response.decode(OPERATION, self.format()).map(Some)
        }
    }
    /// `DELETE /backupServers/{ID}/credentials/{ID}`
    ///
    /// Deletes a credentials record having the specified ID from the backup server with the specified ID.
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
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_backupservers_id_creds_id.html>
    pub async fn delete_backup_servers_by_id_credentials_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "DELETE /backupServers/{ID}/credentials/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!(
                "/backupServers/{}/credentials/{}", crate ::runtime::path_segment(id),
                crate ::runtime::path_segment(id2)
            ),
            query: vec![],
            body: None,
            expect: &[204],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
    /// `GET /backupServers/{ID}/credentials/{ID}`
    ///
    /// Returns a resource representation of a credentials record with the specified ID created on the backup server with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `CredentialsInfo` (`<CredentialsInfo>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id_creds_id.html>
    pub async fn get_backup_servers_by_id_credentials_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<super::types::CredentialsInfo, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupServers/{ID}/credentials/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/backupServers/{}/credentials/{}", crate ::runtime::path_segment(id),
                crate ::runtime::path_segment(id2)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `PUT /backupServers/{ID}/credentials/{ID}`
    ///
    /// Edits a credentials record having specified ID on the backup server with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    /// - `body`: the request body, `<CredentialsInfo>` in XML.
    ///
    /// # Returns
    ///
    /// `()`: the answer has no body, on 204 No Content.
    ///
    /// The answer's type is not on the page; from 204 No Content.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_backupservers_id_creds_id.html>
    pub async fn put_backup_servers_by_id_credentials_by_id(
        &self,
        id: &str,
        id2: &str,
        body: &super::types::CredentialsInfo,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "PUT /backupServers/{ID}/credentials/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Put,
            path: format!(
                "/backupServers/{}/credentials/{}", crate ::runtime::path_segment(id),
                crate ::runtime::path_segment(id2)
            ),
            query: vec![],
            body: Some(crate::runtime::encode(self.format(), "CredentialsInfo", body)),
            expect: &[204],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
    /// `GET /backupServers/{ID}/externalRepositories`
    ///
    /// Returns a resource representation of the collection of external backup repositories on a backup server having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_backup_servers_by_id_external_repositories_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id_externalrepositories.html>
    pub async fn get_backup_servers_by_id_external_repositories(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupServers/{ID}/externalRepositories";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/backupServers/{}/externalRepositories", crate
                ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backupServers/{ID}/externalRepositories?format=Entity`
    ///
    /// The entity form of [`Self::get_backup_servers_by_id_external_repositories`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `ExternalRepositories` (`<ExternalRepositories>` in XML), on 200 OK. Typed from the conventions: items `<ExternalRepository>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id_externalrepositories.html>
    pub async fn get_backup_servers_by_id_external_repositories_entities(
        &self,
        id: &str,
    ) -> Result<super::types::ExternalRepositories, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupServers/{ID}/externalRepositories";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/backupServers/{}/externalRepositories", crate
                ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backupServers/{ID}/passwords`
    ///
    /// Returns a resource representation of the passwords collection created on the backup server with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_backup_servers_by_id_passwords_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id_passwords.html>
    pub async fn get_backup_servers_by_id_passwords(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupServers/{ID}/passwords";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/backupServers/{}/passwords", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backupServers/{ID}/passwords?format=Entity`
    ///
    /// The entity form of [`Self::get_backup_servers_by_id_passwords`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `PasswordKeyInfoList` (`<PasswordKeyInfoList>` in XML), on 200 OK. Typed from the conventions: items `<PasswordKeyInfo>` from `GET /backupServers/{ID}/passwords/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id_passwords.html>
    pub async fn get_backup_servers_by_id_passwords_entities(
        &self,
        id: &str,
    ) -> Result<super::types::PasswordKeyInfoList, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupServers/{ID}/passwords";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/backupServers/{}/passwords", crate ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /backupServers/{ID}/passwords?action=create`
    ///
    /// Creates a new password on the backup server having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<PasswordKeyInfoSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// The answer's type is not on the page; from convention: 202 Accepted answers a Task (`format` (<https://helpcenter.veeam.com/docs/vbr/em_rest/format.html>)).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_backupservers_id_passwords.html>
    pub async fn post_backup_servers_by_id_passwords_create(
        &self,
        id: &str,
        body: &super::types::PasswordKeyInfoSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /backupServers/{ID}/passwords";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/backupServers/{}/passwords", crate ::runtime::path_segment(id)
            ),
            query: vec![("action", "create".to_string())],
            body: Some(
                crate::runtime::encode(self.format(), "PasswordKeyInfoSpec", body),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `DELETE /backupServers/{ID}/passwords/{ID}`
    ///
    /// Deletes a password having the specified ID from the backup server with the specified ID.
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
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_backupservers_id_passwords_id.html>
    pub async fn delete_backup_servers_by_id_passwords_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "DELETE /backupServers/{ID}/passwords/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!(
                "/backupServers/{}/passwords/{}", crate ::runtime::path_segment(id),
                crate ::runtime::path_segment(id2)
            ),
            query: vec![],
            body: None,
            expect: &[204],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
    /// `GET /backupServers/{ID}/passwords/{ID}`
    ///
    /// Returns a resource representation of a password with the specified ID created on the backup server with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `PasswordKeyInfo` (`<PasswordKeyInfo>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id_passwords_id.html>
    pub async fn get_backup_servers_by_id_passwords_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<super::types::PasswordKeyInfo, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupServers/{ID}/passwords/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/backupServers/{}/passwords/{}", crate ::runtime::path_segment(id),
                crate ::runtime::path_segment(id2)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `PUT /backupServers/{ID}/passwords/{ID}`
    ///
    /// Edits parameters for a password having the specified ID on the backup server with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    /// - `body`: the request body, `<PasswordKeyInfoSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `()`: the answer has no body, on 204 No Content.
    ///
    /// The answer's type is not on the page; from 204 No Content.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_backupservers_id_passwords_id.html>
    pub async fn put_backup_servers_by_id_passwords_by_id(
        &self,
        id: &str,
        id2: &str,
        body: &super::types::PasswordKeyInfoSpec,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "PUT /backupServers/{ID}/passwords/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Put,
            path: format!(
                "/backupServers/{}/passwords/{}", crate ::runtime::path_segment(id),
                crate ::runtime::path_segment(id2)
            ),
            query: vec![],
            body: Some(
                crate::runtime::encode(self.format(), "PasswordKeyInfoSpec", body),
            ),
            expect: &[204],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
    /// `GET /backupSessions`
    ///
    /// Returns a resource representation of a collection of all backup job sessions performed on all backup servers connected to Veeam Backup Enterprise Manager. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_backup_sessions_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupsessions.html>
    pub async fn get_backup_sessions(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/backupSessions".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backupSessions?format=Entity`
    ///
    /// The entity form of [`Self::get_backup_sessions`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `BackupJobSessions` (`<BackupJobSessions>` in XML), on 200 OK. Typed from the conventions: items `<BackupJobSession>` from `GET /backupSessions/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupsessions.html>
    pub async fn get_backup_sessions_entities(
        &self,
    ) -> Result<super::types::BackupJobSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/backupSessions".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backupSessions/{ID}`
    ///
    /// Returns a resource representation of a backup job session having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `BackupJobSession` (`<BackupJobSession>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupsessions_id.html>
    pub async fn get_backup_sessions_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::BackupJobSession, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupSessions/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/backupSessions/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /backupSessions/{ID}?action=stop`
    ///
    /// Stops the job session having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_backupsessions_id_stop.html>
    pub async fn post_backup_sessions_by_id_stop(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /backupSessions/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/backupSessions/{}", crate ::runtime::path_segment(id)),
            query: vec![("action", "stop".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backupSessions/{ID}/agentManagementSessions`
    ///
    /// Returns a resource representation of a collection of all AgentManagement job sessions performed during the AgentBackup backup session with a specified ID. Note, the request only returns the sessions that has been created for the last 30 days.
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
    /// The entities themselves: [`Self::get_backup_sessions_by_id_agent_management_sessions_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupsessions_id_agentmanagementsessions.html>
    pub async fn get_backup_sessions_by_id_agent_management_sessions(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupSessions/{ID}/agentManagementSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/backupSessions/{}/agentManagementSessions", crate
                ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backupSessions/{ID}/agentManagementSessions?format=Entity`
    ///
    /// The entity form of [`Self::get_backup_sessions_by_id_agent_management_sessions`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `BackupJobSessions` (`<BackupJobSessions>` in XML), on 200 OK. Typed from the conventions: items `<BackupJobSession>` from the reference items' `Type` in the example of get_backupsessions_id_agentmanagementsessions.md; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupsessions_id_agentmanagementsessions.html>
    pub async fn get_backup_sessions_by_id_agent_management_sessions_entities(
        &self,
        id: &str,
    ) -> Result<super::types::BackupJobSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupSessions/{ID}/agentManagementSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/backupSessions/{}/agentManagementSessions", crate
                ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backupSessions/{ID}/taskSessions`
    ///
    /// Returns a resource representation of a collection of all task sessions performed with the Backup and Agent type backup job sessions with a specified ID. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from resource page: `<EntityReferences>`.
    ///
    /// The entities themselves: [`Self::get_backup_sessions_by_id_task_sessions_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupsessions_id_tasksessions.html>
    pub async fn get_backup_sessions_by_id_task_sessions(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupSessions/{ID}/taskSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/backupSessions/{}/taskSessions", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backupSessions/{ID}/taskSessions?format=Entity`
    ///
    /// The entity form of [`Self::get_backup_sessions_by_id_task_sessions`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `BackupTaskSessions` (`<BackupTaskSessions>` in XML), on 200 OK. Typed from the conventions: items `<BackupTaskSession>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupsessions_id_tasksessions.html>
    pub async fn get_backup_sessions_by_id_task_sessions_entities(
        &self,
        id: &str,
    ) -> Result<super::types::BackupTaskSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupSessions/{ID}/taskSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/backupSessions/{}/taskSessions", crate ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backupTaskSessions`
    ///
    /// Returns a resource representation of a collection of backup task sessions that are performed on all backup servers connected to Veeam Backup Enterprise Manager. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_backup_task_sessions_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backuptasksessions.html>
    pub async fn get_backup_task_sessions(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupTaskSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/backupTaskSessions".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backupTaskSessions?format=Entity`
    ///
    /// The entity form of [`Self::get_backup_task_sessions`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `BackupTaskSessions` (`<BackupTaskSessions>` in XML), on 200 OK. Typed from the conventions: items `<BackupTaskSession>` from `GET /backupTaskSessions/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backuptasksessions.html>
    pub async fn get_backup_task_sessions_entities(
        &self,
    ) -> Result<super::types::BackupTaskSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupTaskSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/backupTaskSessions".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backupTaskSessions/{ID}`
    ///
    /// Returns a resource representation of a task having the specified ID. The parent backup job for the task is created and run on the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `BackupTaskSession` (`<BackupTaskSession>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backuptasksessions_id.html>
    pub async fn get_backup_task_sessions_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::BackupTaskSession, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupTaskSessions/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/backupTaskSessions/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backups`
    ///
    /// Returns a resource representation of a collection of all backups created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_backups_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backups.html>
    pub async fn get_backups(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backups";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/backups".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backups?format=Entity`
    ///
    /// The entity form of [`Self::get_backups`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `Backups` (`<Backups>` in XML), on 200 OK. Typed from the conventions: items `<Backup>` from `GET /backups/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backups.html>
    pub async fn get_backups_entities(
        &self,
    ) -> Result<super::types::Backups, crate::runtime::Error> {
        const OPERATION: &str = "GET /backups";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/backups".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backups/{ID}`
    ///
    /// Returns a resource representation of a backup having the specified ID. The backup is created on or imported to the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Backup` (`<Backup>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backups_id.html>
    pub async fn get_backups_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::Backup, crate::runtime::Error> {
        const OPERATION: &str = "GET /backups/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/backups/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backups/{ID}/childbackups`
    ///
    /// Returns a resource representation of a collection of all ChildBackup resources of a ParentBackup backup type having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backups_id_childbackups.html>
    pub async fn get_backups_by_id_childbackups(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backups/{ID}/childbackups";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/backups/{}/childbackups", crate ::runtime::path_segment(id)),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backups/{ID}/restorePoints`
    ///
    /// Returns a resource representation of a collection of restore points of Standard and ChildBackup backups having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_backups_by_id_restore_points_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backups_id_restorepoints.html>
    pub async fn get_backups_by_id_restore_points(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backups/{ID}/restorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/backups/{}/restorePoints", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backups/{ID}/restorePoints?format=Entity`
    ///
    /// The entity form of [`Self::get_backups_by_id_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `RestorePoints` (`<RestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<RestorePoint>` from the reference items' `Type` in the example of get_backups_id_restorepoints.cell-text.txt; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backups_id_restorepoints.html>
    pub async fn get_backups_by_id_restore_points_entities(
        &self,
        id: &str,
    ) -> Result<super::types::RestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /backups/{ID}/restorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/backups/{}/restorePoints", crate ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /catalog/vms`
    ///
    /// Returns a resource representation of a VM collection whose guest OS files have been indexed during backup.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_catalog_vms_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms.html>
    pub async fn get_catalog_vms(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /catalog/vms";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/catalog/vms".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /catalog/vms?format=Entity`
    ///
    /// The entity form of [`Self::get_catalog_vms`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `CatalogVms` (`<CatalogVms>` in XML), on 200 OK. Typed from the conventions: items `<CatalogVm>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms.html>
    pub async fn get_catalog_vms_entities(
        &self,
    ) -> Result<super::types::CatalogVms, crate::runtime::Error> {
        const OPERATION: &str = "GET /catalog/vms";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/catalog/vms".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /catalog/vms/{vmname}`
    ///
    /// Returns a resource representation of a VM having the specified name whose guest OS files have been indexed during backup.
    ///
    /// # Arguments
    ///
    /// - `vmname`: the `{vmname}` path parameter.
    ///
    /// # Returns
    ///
    /// `Ref` (`<EntityRef>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EntityRef>`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms_vmname.html>
    pub async fn get_catalog_vms_by_vmname(
        &self,
        vmname: &str,
    ) -> Result<super::types::Ref, crate::runtime::Error> {
        const OPERATION: &str = "GET /catalog/vms/{vmname}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/catalog/vms/{}", crate ::runtime::path_segment(vmname)),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /catalog/vms/{vmname}/vmRestorePoints`
    ///
    /// Returns a resource representation of a collection of restore points for a VM whose guest OS files have been indexed during backup.
    ///
    /// # Arguments
    ///
    /// - `vmname`: the `{vmname}` path parameter.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_catalog_vms_by_vmname_vm_restore_points_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms_vmname_vmrestorepoints.html>
    pub async fn get_catalog_vms_by_vmname_vm_restore_points(
        &self,
        vmname: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /catalog/vms/{vmname}/vmRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/catalog/vms/{}/vmRestorePoints", crate ::runtime::path_segment(vmname)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /catalog/vms/{vmname}/vmRestorePoints?format=Entity`
    ///
    /// The entity form of [`Self::get_catalog_vms_by_vmname_vm_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `vmname`: the `{vmname}` path parameter.
    ///
    /// # Returns
    ///
    /// `VmRestorePoints` (`<VmRestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<VmRestorePoint>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms_vmname_vmrestorepoints.html>
    pub async fn get_catalog_vms_by_vmname_vm_restore_points_entities(
        &self,
        vmname: &str,
    ) -> Result<super::types::VmRestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /catalog/vms/{vmname}/vmRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/catalog/vms/{}/vmRestorePoints", crate ::runtime::path_segment(vmname)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /catalog/vms/{vmname}/vmRestorePoints/{ID}`
    ///
    /// Returns a VM restore point having the specified ID. The restore point is created for a VM having the specified name; guest OS files of the VM have been indexed during backup.
    ///
    /// # Arguments
    ///
    /// - `vmname`: the `{vmname}` path parameter.
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Ref` (`<EntityRef>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EntityRef>`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms_vmname_vmrestorepoints_id.html>
    pub async fn get_catalog_vms_by_vmname_vm_restore_points_by_id(
        &self,
        vmname: &str,
        id: &str,
    ) -> Result<super::types::Ref, crate::runtime::Error> {
        const OPERATION: &str = "GET /catalog/vms/{vmname}/vmRestorePoints/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/catalog/vms/{}/vmRestorePoints/{}", crate
                ::runtime::path_segment(vmname), crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /catalog/vms/{vmname}/vmRestorePoints/{ID}?action=browse`
    ///
    /// Starts the guest OS file restore process of the VM from the specified restore point. The VM disks are mounted to the backup server and VM guest OS files become available for restore.
    ///
    /// # Arguments
    ///
    /// - `vmname`: the `{vmname}` path parameter.
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_catalog_vms_vmname_vmrestorepoints_id_actoinbrowse.html>
    pub async fn post_catalog_vms_by_vmname_vm_restore_points_by_id_browse(
        &self,
        vmname: &str,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /catalog/vms/{vmname}/vmRestorePoints/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/catalog/vms/{}/vmRestorePoints/{}", crate
                ::runtime::path_segment(vmname), crate ::runtime::path_segment(id)
            ),
            query: vec![("action", "browse".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/`
    ///
    /// Returns a resource representation of the hierarchy of the VM guest OS file system within a VM backup.
    ///
    /// # Arguments
    ///
    /// - `vmname`: the `{vmname}` path parameter.
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `FileSystemEntry` (`<FileSystemEntry>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms_vmname_vmrestorepoints_id_guestfs.html>
    pub async fn get_catalog_vms_by_vmname_vm_restore_points_by_id_guestfs(
        &self,
        vmname: &str,
        id: &str,
    ) -> Result<super::types::FileSystemEntry, crate::runtime::Error> {
        const OPERATION: &str = "GET /catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/catalog/vms/{}/vmRestorePoints/{}/guestfs/", crate
                ::runtime::path_segment(vmname), crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/{filepath}`
    ///
    /// Returns a resource representation of a file or folder in the VM guest OS.
    ///
    /// # Arguments
    ///
    /// - `vmname`: the `{vmname}` path parameter.
    /// - `id`: the `{ID}` path parameter.
    /// - `filepath`: the `{filepath}` path parameter.
    ///
    /// # Returns
    ///
    /// `FileSystemEntries` (`<FileSystemEntries>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms_vmname_vmrestorepoints_id_guestfs_filepath.html>
    pub async fn get_catalog_vms_by_vmname_vm_restore_points_by_id_guestfs_by_filepath(
        &self,
        vmname: &str,
        id: &str,
        filepath: &str,
    ) -> Result<super::types::FileSystemEntries, crate::runtime::Error> {
        const OPERATION: &str = "GET /catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/{filepath}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/catalog/vms/{}/vmRestorePoints/{}/guestfs/{}", crate
                ::runtime::path_segment(vmname), crate ::runtime::path_segment(id), crate
                ::runtime::path_segment(filepath)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/{filepath}?action=restore`
    ///
    /// Starts restore of the specified VM guest OS file or folder from the specified restore point. The file or folder is restored to its original location.
    ///
    /// # Arguments
    ///
    /// - `vmname`: the `{vmname}` path parameter.
    /// - `id`: the `{ID}` path parameter.
    /// - `filepath`: the `{filepath}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_catalog_vms_vmname_vmrestorepoints_id_guestfs_filepath.html>
    pub async fn post_catalog_vms_by_vmname_vm_restore_points_by_id_guestfs_by_filepath_restore(
        &self,
        vmname: &str,
        id: &str,
        filepath: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/{filepath}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/catalog/vms/{}/vmRestorePoints/{}/guestfs/{}", crate
                ::runtime::path_segment(vmname), crate ::runtime::path_segment(id), crate
                ::runtime::path_segment(filepath)
            ),
            query: vec![("action", "restore".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
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
    /// `GET /hierarchyRoots`
    ///
    /// Returns a resource representation of a collection of virtualization hosts added to all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_hierarchy_roots_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_hierarchyroots.html>
    pub async fn get_hierarchy_roots(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /hierarchyRoots";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/hierarchyRoots".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /hierarchyRoots?format=Entity`
    ///
    /// The entity form of [`Self::get_hierarchy_roots`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `HierarchyRoots` (`<HierarchyRoots>` in XML), on 200 OK. Typed from the conventions: items `<HierarchyRoot>` from `GET /hierarchyRoots/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_hierarchyroots.html>
    pub async fn get_hierarchy_roots_entities(
        &self,
    ) -> Result<super::types::HierarchyRoots, crate::runtime::Error> {
        const OPERATION: &str = "GET /hierarchyRoots";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/hierarchyRoots".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /hierarchyRoots/{ID}`
    ///
    /// Returns a resource representation of a virtualization host having the specified ID. The virtualization host is added to the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `HierarchyRoot` (`<HierarchyRoot>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_hierarchyroots_id.html>
    pub async fn get_hierarchy_roots_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::HierarchyRoot, crate::runtime::Error> {
        const OPERATION: &str = "GET /hierarchyRoots/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/hierarchyRoots/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /jobs`
    ///
    /// Returns a resource representation of a collection of jobs created on all backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_jobs_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_jobs.html>
    pub async fn get_jobs(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /jobs";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/jobs".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /jobs?format=Entity`
    ///
    /// The entity form of [`Self::get_jobs`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `Jobs` (`<Jobs>` in XML), on 200 OK. Typed from the conventions: items `<Job>` from `GET /jobs/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_jobs.html>
    pub async fn get_jobs_entities(
        &self,
    ) -> Result<super::types::Jobs, crate::runtime::Error> {
        const OPERATION: &str = "GET /jobs";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/jobs".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `DELETE /jobs/{ID}`
    ///
    /// Deletes a job having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_jobs_id.html>
    pub async fn delete_jobs_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /jobs/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!("/jobs/{}", crate ::runtime::path_segment(id)),
            query: vec![],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /jobs/{ID}`
    ///
    /// Returns a resource representation of the job resource having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Job` (`<Job>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_jobs_id.html>
    pub async fn get_jobs_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::Job, crate::runtime::Error> {
        const OPERATION: &str = "GET /jobs/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/jobs/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /jobs/{ID}?action=clone`
    ///
    /// Creates a copy of the job having the specified ID. The cloned job is registered on the same backup server where the initial job is created.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<JobCloneSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_jobs_id_actionclone.html>
    pub async fn post_jobs_by_id_clone(
        &self,
        id: &str,
        body: &super::types::JobCloneSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /jobs/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/jobs/{}", crate ::runtime::path_segment(id)),
            query: vec![("action", "clone".to_string())],
            body: Some(crate::runtime::encode(self.format(), "JobCloneSpec", body)),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /jobs/{ID}?action=retry`
    ///
    /// Retries a failed job having the specified ID. The retry action can be performed only for jobs that have been finished with the Failed status.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_jobs_id_actionretry.html>
    pub async fn post_jobs_by_id_retry(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /jobs/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/jobs/{}", crate ::runtime::path_segment(id)),
            query: vec![("action", "retry".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /jobs/{ID}?action=start`
    ///
    /// Starts a job having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_jobs_id_actionstart.html>
    pub async fn post_jobs_by_id_start(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /jobs/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/jobs/{}", crate ::runtime::path_segment(id)),
            query: vec![("action", "start".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /jobs/{ID}?action=stop`
    ///
    /// Stops the job having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_jobs_id_actionstop.html>
    pub async fn post_jobs_by_id_stop(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /jobs/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/jobs/{}", crate ::runtime::path_segment(id)),
            query: vec![("action", "stop".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /jobs/{ID}?action=sync`
    ///
    /// Starts a backup copy job having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_jobs_id_actionsync.html>
    pub async fn post_jobs_by_id_sync(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /jobs/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/jobs/{}", crate ::runtime::path_segment(id)),
            query: vec![("action", "sync".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /jobs/{ID}?action=toggleScheduleEnabled`
    ///
    /// Disables or enables a job having the specified ID. A disabled job remains in the list of created jobs on the backup server but does not run according to specified job scheduling settings. To enable a job, you need to perform the Disable operation once again.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_jobs_id_actiontogglescheduleenabled.html>
    pub async fn post_jobs_by_id_toggle_schedule_enabled(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /jobs/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/jobs/{}", crate ::runtime::path_segment(id)),
            query: vec![("action", "toggleScheduleEnabled".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `PUT /jobs/{ID}?action=edit`
    ///
    /// Edits a job having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<Job>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_jobs_id_actionedit.html>
    pub async fn put_jobs_by_id_edit(
        &self,
        id: &str,
        body: &super::types::Job,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "PUT /jobs/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Put,
            path: format!("/jobs/{}", crate ::runtime::path_segment(id)),
            query: vec![("action", "edit".to_string())],
            body: Some(crate::runtime::encode(self.format(), "Job", body)),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /jobs/{ID}/includes`
    ///
    /// Returns a list of VMs and VM containers processed by the job with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_jobs_by_id_includes_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_jobs_id_includes.html>
    pub async fn get_jobs_by_id_includes(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /jobs/{ID}/includes";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/jobs/{}/includes", crate ::runtime::path_segment(id)),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /jobs/{ID}/includes?format=Entity`
    ///
    /// The entity form of [`Self::get_jobs_by_id_includes`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `ObjectsInJob` (`<ObjectsInJob>` in XML), on 200 OK. Typed from the conventions: items `<ObjectInJob>` from `GET /jobs/{ID}/includes/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_jobs_id_includes.html>
    pub async fn get_jobs_by_id_includes_entities(
        &self,
        id: &str,
    ) -> Result<super::types::ObjectsInJob, crate::runtime::Error> {
        const OPERATION: &str = "GET /jobs/{ID}/includes";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/jobs/{}/includes", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /jobs/{ID}/includes`
    ///
    /// Adds a VM or VM container to the job.
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
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_jobs_id_includes.html>
    pub async fn post_jobs_by_id_includes(
        &self,
        id: &str,
        body: &super::types::CreateObjectInJobSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /jobs/{ID}/includes";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/jobs/{}/includes", crate ::runtime::path_segment(id)),
            query: vec![],
            body: Some(
                crate::runtime::encode(self.format(), "CreateObjectInJobSpec", body),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `DELETE /jobs/{ID}/includes/{ID}`
    ///
    /// Deletes a VM or a VM container that has the specified ID and is processed by the job with the specified ID.
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
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_jobs_id_includes_id.html>
    pub async fn delete_jobs_by_id_includes_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /jobs/{ID}/includes/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!(
                "/jobs/{}/includes/{}", crate ::runtime::path_segment(id), crate
                ::runtime::path_segment(id2)
            ),
            query: vec![],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /jobs/{ID}/includes/{ID}`
    ///
    /// Returns a representation of a VM or a VM container having the specified ID and processed by the job having the specified ID.
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
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_jobs_id_includes_id.html>
    pub async fn get_jobs_by_id_includes_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<super::types::ObjectInJob, crate::runtime::Error> {
        const OPERATION: &str = "GET /jobs/{ID}/includes/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/jobs/{}/includes/{}", crate ::runtime::path_segment(id), crate
                ::runtime::path_segment(id2)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /jobs/{ID}/linkedBackupRepositories`
    ///
    /// Returns a list of backup repositories linked to the backup copy job with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_jobs_id_linked_repositories.html>
    pub async fn get_jobs_by_id_linked_backup_repositories(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /jobs/{ID}/linkedBackupRepositories";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/jobs/{}/linkedBackupRepositories", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /jobs/{ID}/linkedBackupRepositories`
    ///
    /// Adds a backup repository to a backup copy job with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<PostJobsLinkedBackupRepositoriesSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_jobs_id_linked_repositories.html>
    pub async fn post_jobs_by_id_linked_backup_repositories(
        &self,
        id: &str,
        body: &super::types::PostJobsLinkedBackupRepositoriesSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /jobs/{ID}/linkedBackupRepositories";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/jobs/{}/linkedBackupRepositories", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: Some(
                crate::runtime::encode(
                    self.format(),
                    "PostJobsLinkedBackupRepositoriesSpec",
                    body,
                ),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `DELETE /jobs/{ID}/linkedBackupRepositories/{ID}`
    ///
    /// Deletes a specific backup repository linked to a backup copy job with the specified ID.
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
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_jobs_id_linked_repositories.html>
    pub async fn delete_jobs_by_id_linked_backup_repositories_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /jobs/{ID}/linkedBackupRepositories/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!(
                "/jobs/{}/linkedBackupRepositories/{}", crate
                ::runtime::path_segment(id), crate ::runtime::path_segment(id2)
            ),
            query: vec![],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /jobs/{ID}/linkedJobs`
    ///
    /// Returns a list of backup jobs linked to the backup copy job with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_jobs_id_linked_jobs.html>
    pub async fn get_jobs_by_id_linked_jobs(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /jobs/{ID}/linkedJobs";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/jobs/{}/linkedJobs", crate ::runtime::path_segment(id)),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /jobs/{ID}/linkedJobs`
    ///
    /// Adds a backup job to a backup copy job with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<PostJobsLinkedJobsSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_jobs_id_linked_jobs.html>
    pub async fn post_jobs_by_id_linked_jobs(
        &self,
        id: &str,
        body: &super::types::PostJobsLinkedJobsSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /jobs/{ID}/linkedJobs";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/jobs/{}/linkedJobs", crate ::runtime::path_segment(id)),
            query: vec![],
            body: Some(
                crate::runtime::encode(self.format(), "PostJobsLinkedJobsSpec", body),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `DELETE /jobs/{ID}/linkedJobs/{ID}`
    ///
    /// Deletes a specific backup job linked to a backup copy job with the specified ID.
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
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_jobs_id_linked_jobs.html>
    pub async fn delete_jobs_by_id_linked_jobs_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /jobs/{ID}/linkedJobs/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!(
                "/jobs/{}/linkedJobs/{}", crate ::runtime::path_segment(id), crate
                ::runtime::path_segment(id2)
            ),
            query: vec![],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /logonSessions`
    ///
    /// Returns a collection of currently existing login sessions for Veeam Backup Enterprise Manager REST API.
    ///
    /// # Returns
    ///
    /// `LogonSessions` (`<LogonSessions>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<LogonSessions>`; convention: `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_loginsessions.html>
    pub async fn get_logon_sessions(
        &self,
    ) -> Result<super::types::LogonSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /logonSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/logonSessions".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `DELETE /logonSessions/{ID}`
    ///
    /// Deletes a logon session having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `()`: the answer has no body, on 204 No Content.
    ///
    /// The answer's type is not on the page; from 204 No Content.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_loginsessions_id.html>
    pub async fn delete_logon_sessions_by_id(
        &self,
        id: &str,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "DELETE /logonSessions/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!("/logonSessions/{}", crate ::runtime::path_segment(id)),
            query: vec![],
            body: None,
            expect: &[204],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
    /// `GET /logonSessions/{ID}`
    ///
    /// Returns a currently existing logon session having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `LogonSession` (`<LogonSession>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_loginsessions_id.html>
    pub async fn get_logon_sessions_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::LogonSession, crate::runtime::Error> {
        const OPERATION: &str = "GET /logonSessions/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/logonSessions/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /lookup`
    ///
    /// Returns a resource representation of the Virtual Infrastructure Lookup.
    ///
    /// # Arguments
    ///
    /// - `hierarchy_ref`: the `hierarchyRef` query parameter.
    /// - `host`: the `host` query parameter.
    /// - `name`: the `name` query parameter.
    /// - `r#type`: the `type` query parameter.
    ///
    /// # Returns
    ///
    /// `HierarchyItems` (`<HierarchyItems>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<HierarchyItems>`; convention: `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_lookup.html>
    pub async fn get_lookup(
        &self,
        hierarchy_ref: &str,
        host: &str,
        name: &str,
        r#type: &str,
    ) -> Result<super::types::HierarchyItems, crate::runtime::Error> {
        const OPERATION: &str = "GET /lookup";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/lookup".to_string(),
            query: vec![
                ("hierarchyRef", hierarchy_ref.to_string()), ("host", host.to_string()),
                ("name", name.to_string()), ("type", r#type.to_string())
            ],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /lookupSvc`
    ///
    /// Returns a representation of the /lookupSvc resource. It contains a set of links of lookup queries that are composed for each hierarchy root — VMware and Hyper-V hosts added to backup servers that are managed by Veeam Backup Enterprise Manager. For detail, see Virtual Infrastructure Lookup.
    ///
    /// # Returns
    ///
    /// `LookupSvc` (`<LookupSvc>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from resource page: `<LookupSvc>`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_lookupsvc.html>
    pub async fn get_lookup_svc(
        &self,
    ) -> Result<super::types::LookupSvc, crate::runtime::Error> {
        const OPERATION: &str = "GET /lookupSvc";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/lookupSvc".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /managedServers`
    ///
    /// Returns a resource representation of a collection of all servers connected to backup servers that are managed by Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_managed_servers_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_managedservers.html>
    pub async fn get_managed_servers(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /managedServers";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/managedServers".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /managedServers?format=Entity`
    ///
    /// The entity form of [`Self::get_managed_servers`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `ManagedServers` (`<ManagedServers>` in XML), on 200 OK. Typed from the conventions: items `<ManagedServer>` from `GET /managedServers/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_managedservers.html>
    pub async fn get_managed_servers_entities(
        &self,
    ) -> Result<super::types::ManagedServers, crate::runtime::Error> {
        const OPERATION: &str = "GET /managedServers";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/managedServers".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /managedServers/{ID}`
    ///
    /// Returns a resource representation of the server having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `ManagedServer` (`<ManagedServer>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_managedservers_id.html>
    pub async fn get_managed_servers_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::ManagedServer, crate::runtime::Error> {
        const OPERATION: &str = "GET /managedServers/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/managedServers/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /nas`
    ///
    /// Returns a set of links to NAS backup resources.
    ///
    /// # Returns
    ///
    /// `NASService` (`<NASService>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<NASService>`; convention: `resource_representations` (<https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas.html>
    pub async fn get_nas(
        &self,
    ) -> Result<super::types::NasService, crate::runtime::Error> {
        const OPERATION: &str = "GET /nas";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/nas".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /nas/backupSessions`
    ///
    /// Returns a resource representation of a collection of sessions performed for file share backup jobs configured in Veeam Backup & Replication on all backup servers connected to Veeam Backup Enterprise Manager. File share backup job sessions are also displayed in the representation of the /backupSessions resource collection.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EntityReferences>`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_backupsessions.html>
    pub async fn get_nas_backup_sessions(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /nas/backupSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/nas/backupSessions".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /nas/fileServers`
    ///
    /// Returns a resource representation of a collection of file shares added on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_nas_file_servers_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_fileservers.html>
    pub async fn get_nas_file_servers(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /nas/fileServers";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/nas/fileServers".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /nas/fileServers?format=Entity`
    ///
    /// The entity form of [`Self::get_nas_file_servers`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `FileServers` (`<FileServers>` in XML), on 200 OK. Typed from the conventions: items `<FileServer>` from `GET /nas/fileServers/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_fileservers.html>
    pub async fn get_nas_file_servers_entities(
        &self,
    ) -> Result<super::types::FileServers, crate::runtime::Error> {
        const OPERATION: &str = "GET /nas/fileServers";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/nas/fileServers".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /nas/fileServers/{ID}`
    ///
    /// Returns a resource representation of the file share with the specified ID. The file share is added on a backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `FileServer` (`<FileServer>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_fileservers_id.html>
    pub async fn get_nas_file_servers_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::FileServer, crate::runtime::Error> {
        const OPERATION: &str = "GET /nas/fileServers/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/nas/fileServers/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /nas/jobs`
    ///
    /// Returns a resource representation of a collection of file share backup jobs created on all backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_nas_jobs_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs.html>
    pub async fn get_nas_jobs(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /nas/jobs";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/nas/jobs".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /nas/jobs?format=Entity`
    ///
    /// The entity form of [`Self::get_nas_jobs`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `NASJobs` (`<NASJobs>` in XML), on 200 OK. Typed from the conventions: items `<NASJob>` from `GET /nas/jobs/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs.html>
    pub async fn get_nas_jobs_entities(
        &self,
    ) -> Result<super::types::NasJobs, crate::runtime::Error> {
        const OPERATION: &str = "GET /nas/jobs";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/nas/jobs".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /nas/jobs/{ID}`
    ///
    /// Returns a resource representation of the file share backup job resource having the specified ID. The file share backup job is configured in Veeam Backup & Replication.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `NASJob` (`<NASJob>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs_id.html>
    pub async fn get_nas_jobs_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::NasJob, crate::runtime::Error> {
        const OPERATION: &str = "GET /nas/jobs/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/nas/jobs/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /nas/jobs/{ID}/backupSessions`
    ///
    /// Returns a resource representation of a collection of sessions performed for the file share backup job with the specified ID. File share backup job sessions are also displayed in the representation of the /backupSessions resource collection.
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
    /// The entities themselves: [`Self::get_nas_jobs_by_id_backup_sessions_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs_id_backupsessions.html>
    pub async fn get_nas_jobs_by_id_backup_sessions(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /nas/jobs/{ID}/backupSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/nas/jobs/{}/backupSessions", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /nas/jobs/{ID}/backupSessions?format=Entity`
    ///
    /// The entity form of [`Self::get_nas_jobs_by_id_backup_sessions`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `BackupJobSessions` (`<BackupJobSessions>` in XML), on 200 OK. Typed from the conventions: items `<BackupJobSession>` from the reference items' `Type` in the example of get_nas_jobs_id_backupsessions.md; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs_id_backupsessions.html>
    pub async fn get_nas_jobs_by_id_backup_sessions_entities(
        &self,
        id: &str,
    ) -> Result<super::types::BackupJobSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /nas/jobs/{ID}/backupSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/nas/jobs/{}/backupSessions", crate ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /nas/jobs/{ID}/includes`
    ///
    /// Returns a list of files and folders processed by file share backup job having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_nas_jobs_by_id_includes_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs_id_includes.html>
    pub async fn get_nas_jobs_by_id_includes(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /nas/jobs/{ID}/includes";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/nas/jobs/{}/includes", crate ::runtime::path_segment(id)),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /nas/jobs/{ID}/includes?format=Entity`
    ///
    /// The entity form of [`Self::get_nas_jobs_by_id_includes`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `NASObjects` (`<NASObjects>` in XML), on 200 OK. Typed from the conventions: items `<NASObject>` from `GET /nas/jobs/{ID}/includes/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs_id_includes.html>
    pub async fn get_nas_jobs_by_id_includes_entities(
        &self,
        id: &str,
    ) -> Result<super::types::NasObjects, crate::runtime::Error> {
        const OPERATION: &str = "GET /nas/jobs/{ID}/includes";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/nas/jobs/{}/includes", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /nas/jobs/{ID}/includes/{ID}`
    ///
    /// Returns a representation of a file or folder having the specified ID and processed by the file share backup job having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `NASObject` (`<NASObject>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs_id_includes_id.html>
    pub async fn get_nas_jobs_by_id_includes_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<super::types::NasObject, crate::runtime::Error> {
        const OPERATION: &str = "GET /nas/jobs/{ID}/includes/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/nas/jobs/{}/includes/{}", crate ::runtime::path_segment(id), crate
                ::runtime::path_segment(id2)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /nas/jobs/{ID}/retry`
    ///
    /// Retries a failed file share backup job having the specified ID. The file share backup job is configured in Veeam Backup & Replication. The retry action can be performed only for jobs that have been finished with the Failed status.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_nas_jobs_id_actionretry.html>
    pub async fn post_nas_jobs_by_id_retry(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /nas/jobs/{ID}/retry";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/nas/jobs/{}/retry", crate ::runtime::path_segment(id)),
            query: vec![],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /nas/jobs/{ID}/start`
    ///
    /// Starts a file share backup job having the specified ID. The file share backup job is configured in Veeam Backup & Replication.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_nas_jobs_id_actionstart.html>
    pub async fn post_nas_jobs_by_id_start(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /nas/jobs/{ID}/start";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/nas/jobs/{}/start", crate ::runtime::path_segment(id)),
            query: vec![],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /nas/jobs/{ID}/stop`
    ///
    /// Stops a file share backup job having the specified ID. The file share backup job is configured in Veeam Backup & Replication.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_nas_jobs_id_actionstop.html>
    pub async fn post_nas_jobs_by_id_stop(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /nas/jobs/{ID}/stop";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/nas/jobs/{}/stop", crate ::runtime::path_segment(id)),
            query: vec![],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /nas/jobs/{ID}/toggleScheduleEnabled`
    ///
    /// Disables or enables a file share backup job having the specified ID. The file share backup job is configured in Veeam Backup & Replication.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_nas_jobs_id_actiontogglescheduleenabled.html>
    pub async fn post_nas_jobs_by_id_toggle_schedule_enabled(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /nas/jobs/{ID}/toggleScheduleEnabled";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/nas/jobs/{}/toggleScheduleEnabled", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /query?type=AgentBackupJob`
    ///
    /// Returns a resource representation of a collection of Veeam Agent backup jobs configured in Veeam Backup & Replication on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/jobs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `AgentBackupJob`, in no other format. Its filter and sort fields must be ones [`query_types::AGENT_BACKUP_JOB`](super::query_types::AGENT_BACKUP_JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_agent_backup_job_all`].
    ///
    /// The entities themselves: [`Self::get_query_agent_backup_job_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentbackupjob.html>
    pub async fn get_query_agent_backup_job(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::AGENT_BACKUP_JOB,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=AgentBackupJob`
    ///
    /// Returns a resource representation of a collection of Veeam Agent backup jobs configured in Veeam Backup & Replication on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/jobs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `AgentBackupJob`, in no other format. Its filter and sort fields must be ones [`query_types::AGENT_BACKUP_JOB`](super::query_types::AGENT_BACKUP_JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_agent_backup_job`].
    ///
    /// The entities themselves: [`Self::get_query_agent_backup_job_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentbackupjob.html>
    pub fn get_query_agent_backup_job_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::AGENT_BACKUP_JOB,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=AgentBackupJob&format=Entities`
    ///
    /// Returns a resource representation of a collection of Veeam Agent backup jobs configured in Veeam Backup & Replication on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/jobs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `AgentBackupJob`, in no other format. Its filter and sort fields must be ones [`query_types::AGENT_BACKUP_JOB`](super::query_types::AGENT_BACKUP_JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`AgentBackupJob`](super::types::AgentBackupJob) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_agent_backup_job_entities_all`].
    ///
    /// The entity type from the items of `GET /agents/jobs?format=Entity` (`AgentBackupJobs`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentbackupjob.html>
    pub async fn get_query_agent_backup_job_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::AgentBackupJob>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::AGENT_BACKUP_JOB,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=AgentBackupJob&format=Entities`
    ///
    /// Returns a resource representation of a collection of Veeam Agent backup jobs configured in Veeam Backup & Replication on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/jobs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `AgentBackupJob`, in no other format. Its filter and sort fields must be ones [`query_types::AGENT_BACKUP_JOB`](super::query_types::AGENT_BACKUP_JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`AgentBackupJob`](super::types::AgentBackupJob) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_agent_backup_job_entities`].
    ///
    /// The entity type from the items of `GET /agents/jobs?format=Entity` (`AgentBackupJobs`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentbackupjob.html>
    pub fn get_query_agent_backup_job_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::AgentBackupJob, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::AGENT_BACKUP_JOB,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=AgentProtectionGroup`
    ///
    /// Returns a resource representation of a collection of protection groups configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/protectionGroups.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `AgentProtectionGroup`, in no other format. Its filter and sort fields must be ones [`query_types::AGENT_PROTECTION_GROUP`](super::query_types::AGENT_PROTECTION_GROUP) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_agent_protection_group_all`].
    ///
    /// The entities themselves: [`Self::get_query_agent_protection_group_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentprotectiongroup.html>
    pub async fn get_query_agent_protection_group(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::AGENT_PROTECTION_GROUP,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=AgentProtectionGroup`
    ///
    /// Returns a resource representation of a collection of protection groups configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/protectionGroups.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `AgentProtectionGroup`, in no other format. Its filter and sort fields must be ones [`query_types::AGENT_PROTECTION_GROUP`](super::query_types::AGENT_PROTECTION_GROUP) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_agent_protection_group`].
    ///
    /// The entities themselves: [`Self::get_query_agent_protection_group_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentprotectiongroup.html>
    pub fn get_query_agent_protection_group_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::AGENT_PROTECTION_GROUP,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=AgentProtectionGroup&format=Entities`
    ///
    /// Returns a resource representation of a collection of protection groups configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/protectionGroups.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `AgentProtectionGroup`, in no other format. Its filter and sort fields must be ones [`query_types::AGENT_PROTECTION_GROUP`](super::query_types::AGENT_PROTECTION_GROUP) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`AgentProtectionGroup`](super::types::AgentProtectionGroup) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_agent_protection_group_entities_all`].
    ///
    /// The entity type from the items of `GET /agents/protectionGroups?format=Entity` (`AgentProtectionGroups`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentprotectiongroup.html>
    pub async fn get_query_agent_protection_group_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::AgentProtectionGroup>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::AGENT_PROTECTION_GROUP,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=AgentProtectionGroup&format=Entities`
    ///
    /// Returns a resource representation of a collection of protection groups configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/protectionGroups.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `AgentProtectionGroup`, in no other format. Its filter and sort fields must be ones [`query_types::AGENT_PROTECTION_GROUP`](super::query_types::AGENT_PROTECTION_GROUP) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`AgentProtectionGroup`](super::types::AgentProtectionGroup) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_agent_protection_group_entities`].
    ///
    /// The entity type from the items of `GET /agents/protectionGroups?format=Entity` (`AgentProtectionGroups`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentprotectiongroup.html>
    pub fn get_query_agent_protection_group_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::AgentProtectionGroup, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::AGENT_PROTECTION_GROUP,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=AgentRestorePoint`
    ///
    /// Returns a resource representation of a collection of restore points for separate machines in Veeam Agent backups. For details, see /agents/agentRestorePoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `AgentRestorePoint`, in no other format. Its filter and sort fields must be ones [`query_types::AGENT_RESTORE_POINT`](super::query_types::AGENT_RESTORE_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_agent_restore_point_all`].
    ///
    /// The entities themselves: [`Self::get_query_agent_restore_point_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentrestorepoint.html>
    pub async fn get_query_agent_restore_point(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::AGENT_RESTORE_POINT,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=AgentRestorePoint`
    ///
    /// Returns a resource representation of a collection of restore points for separate machines in Veeam Agent backups. For details, see /agents/agentRestorePoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `AgentRestorePoint`, in no other format. Its filter and sort fields must be ones [`query_types::AGENT_RESTORE_POINT`](super::query_types::AGENT_RESTORE_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_agent_restore_point`].
    ///
    /// The entities themselves: [`Self::get_query_agent_restore_point_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentrestorepoint.html>
    pub fn get_query_agent_restore_point_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::AGENT_RESTORE_POINT,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=AgentRestorePoint&format=Entities`
    ///
    /// Returns a resource representation of a collection of restore points for separate machines in Veeam Agent backups. For details, see /agents/agentRestorePoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `AgentRestorePoint`, in no other format. Its filter and sort fields must be ones [`query_types::AGENT_RESTORE_POINT`](super::query_types::AGENT_RESTORE_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`AgentRestorePoint`](super::types::AgentRestorePoint) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_agent_restore_point_entities_all`].
    ///
    /// The entity type from the items of `GET /agents/agentRestorePoints?format=Entity` (`AgentRestorePoints`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentrestorepoint.html>
    pub async fn get_query_agent_restore_point_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::AgentRestorePoint>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::AGENT_RESTORE_POINT,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=AgentRestorePoint&format=Entities`
    ///
    /// Returns a resource representation of a collection of restore points for separate machines in Veeam Agent backups. For details, see /agents/agentRestorePoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `AgentRestorePoint`, in no other format. Its filter and sort fields must be ones [`query_types::AGENT_RESTORE_POINT`](super::query_types::AGENT_RESTORE_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`AgentRestorePoint`](super::types::AgentRestorePoint) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_agent_restore_point_entities`].
    ///
    /// The entity type from the items of `GET /agents/agentRestorePoints?format=Entity` (`AgentRestorePoints`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentrestorepoint.html>
    pub fn get_query_agent_restore_point_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::AgentRestorePoint, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::AGENT_RESTORE_POINT,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=Backup`
    ///
    /// Returns a resource representation of a collection of backups created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /backups.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Backup`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP`](super::query_types::BACKUP) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_backup_all`].
    ///
    /// The entities themselves: [`Self::get_query_backup_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backup.html>
    pub async fn get_query_backup(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::BACKUP,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=Backup`
    ///
    /// Returns a resource representation of a collection of backups created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /backups.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Backup`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP`](super::query_types::BACKUP) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_backup`].
    ///
    /// The entities themselves: [`Self::get_query_backup_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backup.html>
    pub fn get_query_backup_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::BACKUP,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=Backup&format=Entities`
    ///
    /// Returns a resource representation of a collection of backups created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /backups.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Backup`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP`](super::query_types::BACKUP) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`Backup`](super::types::Backup) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_backup_entities_all`].
    ///
    /// The entity type from the items of `GET /backups?format=Entity` (`Backups`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backup.html>
    pub async fn get_query_backup_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Backup>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::BACKUP,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=Backup&format=Entities`
    ///
    /// Returns a resource representation of a collection of backups created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /backups.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Backup`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP`](super::query_types::BACKUP) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`Backup`](super::types::Backup) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_backup_entities`].
    ///
    /// The entity type from the items of `GET /backups?format=Entity` (`Backups`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backup.html>
    pub fn get_query_backup_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Backup, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::BACKUP,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=BackupFile`
    ///
    /// Returns a resource representation of a collection of backup files created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupFiles.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `BackupFile`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP_FILE`](super::query_types::BACKUP_FILE) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_backup_file_all`].
    ///
    /// The entities themselves: [`Self::get_query_backup_file_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupfile.html>
    pub async fn get_query_backup_file(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::BACKUP_FILE,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=BackupFile`
    ///
    /// Returns a resource representation of a collection of backup files created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupFiles.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `BackupFile`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP_FILE`](super::query_types::BACKUP_FILE) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_backup_file`].
    ///
    /// The entities themselves: [`Self::get_query_backup_file_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupfile.html>
    pub fn get_query_backup_file_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::BACKUP_FILE,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=BackupFile&format=Entities`
    ///
    /// Returns a resource representation of a collection of backup files created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupFiles.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `BackupFile`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP_FILE`](super::query_types::BACKUP_FILE) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`BackupFile`](super::types::BackupFile) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_backup_file_entities_all`].
    ///
    /// The entity type from the items of `GET /backupFiles?format=Entity` (`BackupFiles`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupfile.html>
    pub async fn get_query_backup_file_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::BackupFile>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::BACKUP_FILE,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=BackupFile&format=Entities`
    ///
    /// Returns a resource representation of a collection of backup files created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupFiles.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `BackupFile`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP_FILE`](super::query_types::BACKUP_FILE) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`BackupFile`](super::types::BackupFile) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_backup_file_entities`].
    ///
    /// The entity type from the items of `GET /backupFiles?format=Entity` (`BackupFiles`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupfile.html>
    pub fn get_query_backup_file_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::BackupFile, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::BACKUP_FILE,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=BackupJobSession`
    ///
    /// Returns a resource representation of a collection of backup job sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `BackupJobSession`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP_JOB_SESSION`](super::query_types::BACKUP_JOB_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_backup_job_session_all`].
    ///
    /// The entities themselves: [`Self::get_query_backup_job_session_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupjobsession.html>
    pub async fn get_query_backup_job_session(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::BACKUP_JOB_SESSION,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=BackupJobSession`
    ///
    /// Returns a resource representation of a collection of backup job sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `BackupJobSession`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP_JOB_SESSION`](super::query_types::BACKUP_JOB_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_backup_job_session`].
    ///
    /// The entities themselves: [`Self::get_query_backup_job_session_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupjobsession.html>
    pub fn get_query_backup_job_session_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::BACKUP_JOB_SESSION,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=BackupJobSession&format=Entities`
    ///
    /// Returns a resource representation of a collection of backup job sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `BackupJobSession`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP_JOB_SESSION`](super::query_types::BACKUP_JOB_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`BackupJobSession`](super::types::BackupJobSession) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_backup_job_session_entities_all`].
    ///
    /// The entity type from the items of `GET /backupSessions?format=Entity` (`BackupJobSessions`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupjobsession.html>
    pub async fn get_query_backup_job_session_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::BackupJobSession>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::BACKUP_JOB_SESSION,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=BackupJobSession&format=Entities`
    ///
    /// Returns a resource representation of a collection of backup job sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `BackupJobSession`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP_JOB_SESSION`](super::query_types::BACKUP_JOB_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`BackupJobSession`](super::types::BackupJobSession) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_backup_job_session_entities`].
    ///
    /// The entity type from the items of `GET /backupSessions?format=Entity` (`BackupJobSessions`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupjobsession.html>
    pub fn get_query_backup_job_session_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::BackupJobSession, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::BACKUP_JOB_SESSION,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=BackupServer`
    ///
    /// Returns a resource representation of a collection of backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `BackupServer`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP_SERVER`](super::query_types::BACKUP_SERVER) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_backup_server_all`].
    ///
    /// The entities themselves: [`Self::get_query_backup_server_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupserver.html>
    pub async fn get_query_backup_server(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::BACKUP_SERVER,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=BackupServer`
    ///
    /// Returns a resource representation of a collection of backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `BackupServer`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP_SERVER`](super::query_types::BACKUP_SERVER) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_backup_server`].
    ///
    /// The entities themselves: [`Self::get_query_backup_server_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupserver.html>
    pub fn get_query_backup_server_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::BACKUP_SERVER,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=BackupServer&format=Entities`
    ///
    /// Returns a resource representation of a collection of backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `BackupServer`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP_SERVER`](super::query_types::BACKUP_SERVER) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`BackupServer`](super::types::BackupServer) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_backup_server_entities_all`].
    ///
    /// The entity type from the items of `GET /backupServers?format=Entity` (`BackupServers`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupserver.html>
    pub async fn get_query_backup_server_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::BackupServer>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::BACKUP_SERVER,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=BackupServer&format=Entities`
    ///
    /// Returns a resource representation of a collection of backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `BackupServer`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP_SERVER`](super::query_types::BACKUP_SERVER) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`BackupServer`](super::types::BackupServer) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_backup_server_entities`].
    ///
    /// The entity type from the items of `GET /backupServers?format=Entity` (`BackupServers`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupserver.html>
    pub fn get_query_backup_server_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::BackupServer, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::BACKUP_SERVER,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=BackupTaskSession`
    ///
    /// Returns a resource representation of a collection of backup task sessions that are performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupTaskSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `BackupTaskSession`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP_TASK_SESSION`](super::query_types::BACKUP_TASK_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_backup_task_session_all`].
    ///
    /// The entities themselves: [`Self::get_query_backup_task_session_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backuptasksession.html>
    pub async fn get_query_backup_task_session(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::BACKUP_TASK_SESSION,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=BackupTaskSession`
    ///
    /// Returns a resource representation of a collection of backup task sessions that are performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupTaskSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `BackupTaskSession`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP_TASK_SESSION`](super::query_types::BACKUP_TASK_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_backup_task_session`].
    ///
    /// The entities themselves: [`Self::get_query_backup_task_session_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backuptasksession.html>
    pub fn get_query_backup_task_session_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::BACKUP_TASK_SESSION,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=BackupTaskSession&format=Entities`
    ///
    /// Returns a resource representation of a collection of backup task sessions that are performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupTaskSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `BackupTaskSession`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP_TASK_SESSION`](super::query_types::BACKUP_TASK_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`BackupTaskSession`](super::types::BackupTaskSession) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_backup_task_session_entities_all`].
    ///
    /// The entity type from the items of `GET /backupTaskSessions?format=Entity` (`BackupTaskSessions`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backuptasksession.html>
    pub async fn get_query_backup_task_session_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::BackupTaskSession>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::BACKUP_TASK_SESSION,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=BackupTaskSession&format=Entities`
    ///
    /// Returns a resource representation of a collection of backup task sessions that are performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupTaskSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `BackupTaskSession`, in no other format. Its filter and sort fields must be ones [`query_types::BACKUP_TASK_SESSION`](super::query_types::BACKUP_TASK_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`BackupTaskSession`](super::types::BackupTaskSession) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_backup_task_session_entities`].
    ///
    /// The entity type from the items of `GET /backupTaskSessions?format=Entity` (`BackupTaskSessions`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backuptasksession.html>
    pub fn get_query_backup_task_session_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::BackupTaskSession, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::BACKUP_TASK_SESSION,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=CdpPolicy`
    ///
    /// Returns a collection of CDP policies created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /cdpPolicies.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CdpPolicy`, in no other format. Its filter and sort fields must be ones [`query_types::CDP_POLICY`](super::query_types::CDP_POLICY) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cdp_policy_all`].
    ///
    /// The entities themselves: [`Self::get_query_cdp_policy_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdppolicy.html>
    pub async fn get_query_cdp_policy(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::CDP_POLICY,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=CdpPolicy`
    ///
    /// Returns a collection of CDP policies created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /cdpPolicies.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CdpPolicy`, in no other format. Its filter and sort fields must be ones [`query_types::CDP_POLICY`](super::query_types::CDP_POLICY) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cdp_policy`].
    ///
    /// The entities themselves: [`Self::get_query_cdp_policy_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdppolicy.html>
    pub fn get_query_cdp_policy_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CDP_POLICY,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=CdpPolicy&format=Entities`
    ///
    /// Returns a collection of CDP policies created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /cdpPolicies.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CdpPolicy`, in no other format. Its filter and sort fields must be ones [`query_types::CDP_POLICY`](super::query_types::CDP_POLICY) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`CdpPolicy`](super::types::CdpPolicy) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cdp_policy_entities_all`].
    ///
    /// The entity type from the items of `GET /cdpPolicies?format=Entity` (`CdpPolicies`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdppolicy.html>
    pub async fn get_query_cdp_policy_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::CdpPolicy>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::CDP_POLICY,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=CdpPolicy&format=Entities`
    ///
    /// Returns a collection of CDP policies created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /cdpPolicies.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CdpPolicy`, in no other format. Its filter and sort fields must be ones [`query_types::CDP_POLICY`](super::query_types::CDP_POLICY) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`CdpPolicy`](super::types::CdpPolicy) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cdp_policy_entities`].
    ///
    /// The entity type from the items of `GET /cdpPolicies?format=Entity` (`CdpPolicies`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdppolicy.html>
    pub fn get_query_cdp_policy_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::CdpPolicy, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CDP_POLICY,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=CdpReplica`
    ///
    /// Returns a collection of CDP replicas created by backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicas.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CdpReplica`, in no other format. Its filter and sort fields must be ones [`query_types::CDP_REPLICA`](super::query_types::CDP_REPLICA) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cdp_replica_all`].
    ///
    /// The entities themselves: [`Self::get_query_cdp_replica_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplica.html>
    pub async fn get_query_cdp_replica(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::CDP_REPLICA,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=CdpReplica`
    ///
    /// Returns a collection of CDP replicas created by backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicas.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CdpReplica`, in no other format. Its filter and sort fields must be ones [`query_types::CDP_REPLICA`](super::query_types::CDP_REPLICA) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cdp_replica`].
    ///
    /// The entities themselves: [`Self::get_query_cdp_replica_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplica.html>
    pub fn get_query_cdp_replica_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CDP_REPLICA,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=CdpReplica&format=Entities`
    ///
    /// Returns a collection of CDP replicas created by backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicas.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CdpReplica`, in no other format. Its filter and sort fields must be ones [`query_types::CDP_REPLICA`](super::query_types::CDP_REPLICA) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`CdpReplica`](super::types::CdpReplica) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cdp_replica_entities_all`].
    ///
    /// The entity type from the items of `GET /cdpReplicas?format=Entity` (`CdpReplicas`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplica.html>
    pub async fn get_query_cdp_replica_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::CdpReplica>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::CDP_REPLICA,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=CdpReplica&format=Entities`
    ///
    /// Returns a collection of CDP replicas created by backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicas.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CdpReplica`, in no other format. Its filter and sort fields must be ones [`query_types::CDP_REPLICA`](super::query_types::CDP_REPLICA) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`CdpReplica`](super::types::CdpReplica) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cdp_replica_entities`].
    ///
    /// The entity type from the items of `GET /cdpReplicas?format=Entity` (`CdpReplicas`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplica.html>
    pub fn get_query_cdp_replica_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::CdpReplica, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CDP_REPLICA,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=CdpReplicaSession`
    ///
    /// Returns a collection of CDP replication sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicaSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CdpReplicaSession`, in no other format. Its filter and sort fields must be ones [`query_types::CDP_REPLICA_SESSION`](super::query_types::CDP_REPLICA_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cdp_replica_session_all`].
    ///
    /// The entities themselves: [`Self::get_query_cdp_replica_session_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicasession.html>
    pub async fn get_query_cdp_replica_session(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::CDP_REPLICA_SESSION,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=CdpReplicaSession`
    ///
    /// Returns a collection of CDP replication sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicaSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CdpReplicaSession`, in no other format. Its filter and sort fields must be ones [`query_types::CDP_REPLICA_SESSION`](super::query_types::CDP_REPLICA_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cdp_replica_session`].
    ///
    /// The entities themselves: [`Self::get_query_cdp_replica_session_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicasession.html>
    pub fn get_query_cdp_replica_session_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CDP_REPLICA_SESSION,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=CdpReplicaSession&format=Entities`
    ///
    /// Returns a collection of CDP replication sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicaSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CdpReplicaSession`, in no other format. Its filter and sort fields must be ones [`query_types::CDP_REPLICA_SESSION`](super::query_types::CDP_REPLICA_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`CdpReplicaSession`](super::types::CdpReplicaSession) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cdp_replica_session_entities_all`].
    ///
    /// The entity type from the items of `GET /cdpReplicaSessions?format=Entity` (`CdpReplicaSessions`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicasession.html>
    pub async fn get_query_cdp_replica_session_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::CdpReplicaSession>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::CDP_REPLICA_SESSION,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=CdpReplicaSession&format=Entities`
    ///
    /// Returns a collection of CDP replication sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicaSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CdpReplicaSession`, in no other format. Its filter and sort fields must be ones [`query_types::CDP_REPLICA_SESSION`](super::query_types::CDP_REPLICA_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`CdpReplicaSession`](super::types::CdpReplicaSession) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cdp_replica_session_entities`].
    ///
    /// The entity type from the items of `GET /cdpReplicaSessions?format=Entity` (`CdpReplicaSessions`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicasession.html>
    pub fn get_query_cdp_replica_session_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::CdpReplicaSession, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CDP_REPLICA_SESSION,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=CdpReplicaTaskSession`
    ///
    /// Returns a collection of CDP replication task sessions that run on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicaTaskSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CdpReplicaTaskSession`, in no other format. Its filter and sort fields must be ones [`query_types::CDP_REPLICA_TASK_SESSION`](super::query_types::CDP_REPLICA_TASK_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cdp_replica_task_session_all`].
    ///
    /// The entities themselves: [`Self::get_query_cdp_replica_task_session_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicatasksession.html>
    pub async fn get_query_cdp_replica_task_session(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::CDP_REPLICA_TASK_SESSION,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=CdpReplicaTaskSession`
    ///
    /// Returns a collection of CDP replication task sessions that run on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicaTaskSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CdpReplicaTaskSession`, in no other format. Its filter and sort fields must be ones [`query_types::CDP_REPLICA_TASK_SESSION`](super::query_types::CDP_REPLICA_TASK_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cdp_replica_task_session`].
    ///
    /// The entities themselves: [`Self::get_query_cdp_replica_task_session_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicatasksession.html>
    pub fn get_query_cdp_replica_task_session_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CDP_REPLICA_TASK_SESSION,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=CdpReplicaTaskSession&format=Entities`
    ///
    /// Returns a collection of CDP replication task sessions that run on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicaTaskSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CdpReplicaTaskSession`, in no other format. Its filter and sort fields must be ones [`query_types::CDP_REPLICA_TASK_SESSION`](super::query_types::CDP_REPLICA_TASK_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`CdpReplicaTaskSession`](super::types::CdpReplicaTaskSession) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cdp_replica_task_session_entities_all`].
    ///
    /// The entity type from the items of `GET /cdpReplicaTaskSessions?format=Entity` (`CdpReplicaTaskSessions`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicatasksession.html>
    pub async fn get_query_cdp_replica_task_session_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::CdpReplicaTaskSession>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::CDP_REPLICA_TASK_SESSION,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=CdpReplicaTaskSession&format=Entities`
    ///
    /// Returns a collection of CDP replication task sessions that run on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicaTaskSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CdpReplicaTaskSession`, in no other format. Its filter and sort fields must be ones [`query_types::CDP_REPLICA_TASK_SESSION`](super::query_types::CDP_REPLICA_TASK_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`CdpReplicaTaskSession`](super::types::CdpReplicaTaskSession) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cdp_replica_task_session_entities`].
    ///
    /// The entity type from the items of `GET /cdpReplicaTaskSessions?format=Entity` (`CdpReplicaTaskSessions`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicatasksession.html>
    pub fn get_query_cdp_replica_task_session_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::CdpReplicaTaskSession, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CDP_REPLICA_TASK_SESSION,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=CloudFailoverPlan`
    ///
    /// Returns a resource representation of a collection of cloud failover plans configured by tenants on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /cloud/cloudFailoverPlans.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudFailoverPlan`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_FAILOVER_PLAN`](super::query_types::CLOUD_FAILOVER_PLAN) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_failover_plan_all`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_failover_plan_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoverplan.html>
    pub async fn get_query_cloud_failover_plan(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::CLOUD_FAILOVER_PLAN,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudFailoverPlan`
    ///
    /// Returns a resource representation of a collection of cloud failover plans configured by tenants on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /cloud/cloudFailoverPlans.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudFailoverPlan`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_FAILOVER_PLAN`](super::query_types::CLOUD_FAILOVER_PLAN) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_failover_plan`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_failover_plan_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoverplan.html>
    pub fn get_query_cloud_failover_plan_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_FAILOVER_PLAN,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=CloudFailoverPlan&format=Entities`
    ///
    /// Returns a resource representation of a collection of cloud failover plans configured by tenants on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /cloud/cloudFailoverPlans.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudFailoverPlan`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_FAILOVER_PLAN`](super::query_types::CLOUD_FAILOVER_PLAN) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`CloudFailoverPlan`](super::types::CloudFailoverPlan) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_failover_plan_entities_all`].
    ///
    /// The entity type from the items of `GET /cloud/cloudFailoverPlans?format=Entity` (`CloudFailoverPlans`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoverplan.html>
    pub async fn get_query_cloud_failover_plan_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::CloudFailoverPlan>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::CLOUD_FAILOVER_PLAN,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudFailoverPlan&format=Entities`
    ///
    /// Returns a resource representation of a collection of cloud failover plans configured by tenants on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /cloud/cloudFailoverPlans.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudFailoverPlan`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_FAILOVER_PLAN`](super::query_types::CLOUD_FAILOVER_PLAN) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`CloudFailoverPlan`](super::types::CloudFailoverPlan) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_failover_plan_entities`].
    ///
    /// The entity type from the items of `GET /cloud/cloudFailoverPlans?format=Entity` (`CloudFailoverPlans`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoverplan.html>
    pub fn get_query_cloud_failover_plan_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::CloudFailoverPlan, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_FAILOVER_PLAN,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=CloudFailoverSession`
    ///
    /// Returns a collection of cloud failover sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/failoverSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudFailoverSession`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_FAILOVER_SESSION`](super::query_types::CLOUD_FAILOVER_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_failover_session_all`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_failover_session_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoversession.html>
    pub async fn get_query_cloud_failover_session(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::CLOUD_FAILOVER_SESSION,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudFailoverSession`
    ///
    /// Returns a collection of cloud failover sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/failoverSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudFailoverSession`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_FAILOVER_SESSION`](super::query_types::CLOUD_FAILOVER_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_failover_session`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_failover_session_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoversession.html>
    pub fn get_query_cloud_failover_session_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_FAILOVER_SESSION,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=CloudFailoverSession&format=Entities`
    ///
    /// Returns a collection of cloud failover sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/failoverSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudFailoverSession`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_FAILOVER_SESSION`](super::query_types::CLOUD_FAILOVER_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`CloudFailoverSession`](super::types::CloudFailoverSession) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_failover_session_entities_all`].
    ///
    /// The entity type from the items of `GET /cloud/failoverSessions?format=Entity` (`CloudFailoverSessions`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoversession.html>
    pub async fn get_query_cloud_failover_session_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::CloudFailoverSession>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::CLOUD_FAILOVER_SESSION,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudFailoverSession&format=Entities`
    ///
    /// Returns a collection of cloud failover sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/failoverSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudFailoverSession`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_FAILOVER_SESSION`](super::query_types::CLOUD_FAILOVER_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`CloudFailoverSession`](super::types::CloudFailoverSession) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_failover_session_entities`].
    ///
    /// The entity type from the items of `GET /cloud/failoverSessions?format=Entity` (`CloudFailoverSessions`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoversession.html>
    pub fn get_query_cloud_failover_session_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::CloudFailoverSession, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_FAILOVER_SESSION,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=CloudGateway`
    ///
    /// Returns a resource representation of a collection of cloud gateways configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/gateways.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudGateway`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_GATEWAY`](super::query_types::CLOUD_GATEWAY) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_gateway_all`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_gateway_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgateway.html>
    pub async fn get_query_cloud_gateway(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::CLOUD_GATEWAY,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudGateway`
    ///
    /// Returns a resource representation of a collection of cloud gateways configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/gateways.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudGateway`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_GATEWAY`](super::query_types::CLOUD_GATEWAY) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_gateway`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_gateway_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgateway.html>
    pub fn get_query_cloud_gateway_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_GATEWAY,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=CloudGateway&format=Entities`
    ///
    /// Returns a resource representation of a collection of cloud gateways configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/gateways.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudGateway`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_GATEWAY`](super::query_types::CLOUD_GATEWAY) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`CloudGateway`](super::types::CloudGateway) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_gateway_entities_all`].
    ///
    /// The entity type from the items of `GET /cloud/gateways?format=Entity` (`CloudGateways`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgateway.html>
    pub async fn get_query_cloud_gateway_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::CloudGateway>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::CLOUD_GATEWAY,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudGateway&format=Entities`
    ///
    /// Returns a resource representation of a collection of cloud gateways configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/gateways.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudGateway`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_GATEWAY`](super::query_types::CLOUD_GATEWAY) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`CloudGateway`](super::types::CloudGateway) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_gateway_entities`].
    ///
    /// The entity type from the items of `GET /cloud/gateways?format=Entity` (`CloudGateways`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgateway.html>
    pub fn get_query_cloud_gateway_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::CloudGateway, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_GATEWAY,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=CloudGatewayPool`
    ///
    /// Returns a resource representation of a collection of cloud gateway pools configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/gatewayPools.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudGatewayPool`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_GATEWAY_POOL`](super::query_types::CLOUD_GATEWAY_POOL) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_gateway_pool_all`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_gateway_pool_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgatewaypool.html>
    pub async fn get_query_cloud_gateway_pool(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::CLOUD_GATEWAY_POOL,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudGatewayPool`
    ///
    /// Returns a resource representation of a collection of cloud gateway pools configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/gatewayPools.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudGatewayPool`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_GATEWAY_POOL`](super::query_types::CLOUD_GATEWAY_POOL) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_gateway_pool`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_gateway_pool_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgatewaypool.html>
    pub fn get_query_cloud_gateway_pool_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_GATEWAY_POOL,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=CloudGatewayPool&format=Entities`
    ///
    /// Returns a resource representation of a collection of cloud gateway pools configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/gatewayPools.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudGatewayPool`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_GATEWAY_POOL`](super::query_types::CLOUD_GATEWAY_POOL) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`CloudGatewayPool`](super::types::CloudGatewayPool) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_gateway_pool_entities_all`].
    ///
    /// The entity type from the type whose root is the query type `CloudGatewayPool`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgatewaypool.html>
    pub async fn get_query_cloud_gateway_pool_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::CloudGatewayPool>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::CLOUD_GATEWAY_POOL,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudGatewayPool&format=Entities`
    ///
    /// Returns a resource representation of a collection of cloud gateway pools configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/gatewayPools.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudGatewayPool`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_GATEWAY_POOL`](super::query_types::CLOUD_GATEWAY_POOL) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`CloudGatewayPool`](super::types::CloudGatewayPool) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_gateway_pool_entities`].
    ///
    /// The entity type from the type whose root is the query type `CloudGatewayPool`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgatewaypool.html>
    pub fn get_query_cloud_gateway_pool_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::CloudGatewayPool, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_GATEWAY_POOL,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=CloudHardwarePlan`
    ///
    /// Returns a resource representation of a collection of hardware plans configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/hardwarePlans.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudHardwarePlan`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_HARDWARE_PLAN`](super::query_types::CLOUD_HARDWARE_PLAN) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_hardware_plan_all`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_hardware_plan_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudhardwareplan.html>
    pub async fn get_query_cloud_hardware_plan(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::CLOUD_HARDWARE_PLAN,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudHardwarePlan`
    ///
    /// Returns a resource representation of a collection of hardware plans configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/hardwarePlans.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudHardwarePlan`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_HARDWARE_PLAN`](super::query_types::CLOUD_HARDWARE_PLAN) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_hardware_plan`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_hardware_plan_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudhardwareplan.html>
    pub fn get_query_cloud_hardware_plan_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_HARDWARE_PLAN,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=CloudHardwarePlan&format=Entities`
    ///
    /// Returns a resource representation of a collection of hardware plans configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/hardwarePlans.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudHardwarePlan`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_HARDWARE_PLAN`](super::query_types::CLOUD_HARDWARE_PLAN) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`CloudHardwarePlan`](super::types::CloudHardwarePlan) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_hardware_plan_entities_all`].
    ///
    /// The entity type from the items of `GET /cloud/hardwarePlans?format=Entity` (`CloudHardwarePlans`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudhardwareplan.html>
    pub async fn get_query_cloud_hardware_plan_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::CloudHardwarePlan>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::CLOUD_HARDWARE_PLAN,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudHardwarePlan&format=Entities`
    ///
    /// Returns a resource representation of a collection of hardware plans configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/hardwarePlans.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudHardwarePlan`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_HARDWARE_PLAN`](super::query_types::CLOUD_HARDWARE_PLAN) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`CloudHardwarePlan`](super::types::CloudHardwarePlan) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_hardware_plan_entities`].
    ///
    /// The entity type from the items of `GET /cloud/hardwarePlans?format=Entity` (`CloudHardwarePlans`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudhardwareplan.html>
    pub fn get_query_cloud_hardware_plan_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::CloudHardwarePlan, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_HARDWARE_PLAN,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=CloudPublicIpAddress`
    ///
    /// Returns a resource representation of a collection of public IP addresses allocated in the service provider's network infrastructure and specified in Veeam Backup & Replication settings on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/publicIpAddresses.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudPublicIpAddress`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_PUBLIC_IP_ADDRESS`](super::query_types::CLOUD_PUBLIC_IP_ADDRESS) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_public_ip_address_all`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_public_ip_address_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudpublicipaddress.html>
    pub async fn get_query_cloud_public_ip_address(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::CLOUD_PUBLIC_IP_ADDRESS,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudPublicIpAddress`
    ///
    /// Returns a resource representation of a collection of public IP addresses allocated in the service provider's network infrastructure and specified in Veeam Backup & Replication settings on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/publicIpAddresses.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudPublicIpAddress`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_PUBLIC_IP_ADDRESS`](super::query_types::CLOUD_PUBLIC_IP_ADDRESS) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_public_ip_address`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_public_ip_address_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudpublicipaddress.html>
    pub fn get_query_cloud_public_ip_address_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_PUBLIC_IP_ADDRESS,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=CloudPublicIpAddress&format=Entities`
    ///
    /// Returns a resource representation of a collection of public IP addresses allocated in the service provider's network infrastructure and specified in Veeam Backup & Replication settings on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/publicIpAddresses.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudPublicIpAddress`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_PUBLIC_IP_ADDRESS`](super::query_types::CLOUD_PUBLIC_IP_ADDRESS) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`CloudPublicIpAddress`](super::types::CloudPublicIpAddress) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_public_ip_address_entities_all`].
    ///
    /// The entity type from the items of `GET /cloud/publicIpAddresses?format=Entity` (`CloudPublicIpAddresses`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudpublicipaddress.html>
    pub async fn get_query_cloud_public_ip_address_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::CloudPublicIpAddress>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::CLOUD_PUBLIC_IP_ADDRESS,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudPublicIpAddress&format=Entities`
    ///
    /// Returns a resource representation of a collection of public IP addresses allocated in the service provider's network infrastructure and specified in Veeam Backup & Replication settings on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/publicIpAddresses.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudPublicIpAddress`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_PUBLIC_IP_ADDRESS`](super::query_types::CLOUD_PUBLIC_IP_ADDRESS) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`CloudPublicIpAddress`](super::types::CloudPublicIpAddress) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_public_ip_address_entities`].
    ///
    /// The entity type from the items of `GET /cloud/publicIpAddresses?format=Entity` (`CloudPublicIpAddresses`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudpublicipaddress.html>
    pub fn get_query_cloud_public_ip_address_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::CloudPublicIpAddress, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_PUBLIC_IP_ADDRESS,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=CloudReplica`
    ///
    /// Returns a resource representation of a collection of replicas created by tenants whose accounts are created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/replicas.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudReplica`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_REPLICA`](super::query_types::CLOUD_REPLICA) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_replica_all`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_replica_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudreplica.html>
    pub async fn get_query_cloud_replica(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::CLOUD_REPLICA,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudReplica`
    ///
    /// Returns a resource representation of a collection of replicas created by tenants whose accounts are created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/replicas.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudReplica`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_REPLICA`](super::query_types::CLOUD_REPLICA) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_replica`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_replica_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudreplica.html>
    pub fn get_query_cloud_replica_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_REPLICA,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=CloudReplica&format=Entities`
    ///
    /// Returns a resource representation of a collection of replicas created by tenants whose accounts are created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/replicas.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudReplica`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_REPLICA`](super::query_types::CLOUD_REPLICA) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`CloudReplica`](super::types::CloudReplica) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_replica_entities_all`].
    ///
    /// The entity type from the items of `GET /cloud/replicas?format=Entity` (`CloudReplicas`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudreplica.html>
    pub async fn get_query_cloud_replica_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::CloudReplica>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::CLOUD_REPLICA,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudReplica&format=Entities`
    ///
    /// Returns a resource representation of a collection of replicas created by tenants whose accounts are created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/replicas.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudReplica`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_REPLICA`](super::query_types::CLOUD_REPLICA) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`CloudReplica`](super::types::CloudReplica) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_replica_entities`].
    ///
    /// The entity type from the items of `GET /cloud/replicas?format=Entity` (`CloudReplicas`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudreplica.html>
    pub fn get_query_cloud_replica_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::CloudReplica, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_REPLICA,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=CloudSubtenant`
    ///
    /// Returns a list of subtenant accounts created for tenant accounts. For details, see /cloud/tenants/{ID}/subtenants.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudSubtenant`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_SUBTENANT`](super::query_types::CLOUD_SUBTENANT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_subtenant_all`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_subtenant_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudsubtenant.html>
    pub async fn get_query_cloud_subtenant(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::CLOUD_SUBTENANT,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudSubtenant`
    ///
    /// Returns a list of subtenant accounts created for tenant accounts. For details, see /cloud/tenants/{ID}/subtenants.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudSubtenant`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_SUBTENANT`](super::query_types::CLOUD_SUBTENANT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_subtenant`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_subtenant_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudsubtenant.html>
    pub fn get_query_cloud_subtenant_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_SUBTENANT,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=CloudSubtenant&format=Entities`
    ///
    /// Returns a list of subtenant accounts created for tenant accounts. For details, see /cloud/tenants/{ID}/subtenants.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudSubtenant`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_SUBTENANT`](super::query_types::CLOUD_SUBTENANT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`CloudSubtenant`](super::types::CloudSubtenant) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_subtenant_entities_all`].
    ///
    /// The entity type from the type whose root is the query type `CloudSubtenant`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudsubtenant.html>
    pub async fn get_query_cloud_subtenant_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::CloudSubtenant>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::CLOUD_SUBTENANT,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudSubtenant&format=Entities`
    ///
    /// Returns a list of subtenant accounts created for tenant accounts. For details, see /cloud/tenants/{ID}/subtenants.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudSubtenant`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_SUBTENANT`](super::query_types::CLOUD_SUBTENANT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`CloudSubtenant`](super::types::CloudSubtenant) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_subtenant_entities`].
    ///
    /// The entity type from the type whose root is the query type `CloudSubtenant`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudsubtenant.html>
    pub fn get_query_cloud_subtenant_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::CloudSubtenant, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_SUBTENANT,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=CloudTenant`
    ///
    /// Returns a resource representation of a collection of tenant accounts created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/tenants.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudTenant`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_TENANT`](super::query_types::CLOUD_TENANT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_tenant_all`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_tenant_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudtenant.html>
    pub async fn get_query_cloud_tenant(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::CLOUD_TENANT,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudTenant`
    ///
    /// Returns a resource representation of a collection of tenant accounts created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/tenants.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudTenant`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_TENANT`](super::query_types::CLOUD_TENANT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_tenant`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_tenant_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudtenant.html>
    pub fn get_query_cloud_tenant_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_TENANT,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=CloudTenant&format=Entities`
    ///
    /// Returns a resource representation of a collection of tenant accounts created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/tenants.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudTenant`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_TENANT`](super::query_types::CLOUD_TENANT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`CloudTenant`](super::types::CloudTenant) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_tenant_entities_all`].
    ///
    /// The entity type from the items of `GET /cloud/tenants?format=Entity` (`CloudTenants`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudtenant.html>
    pub async fn get_query_cloud_tenant_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::CloudTenant>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::CLOUD_TENANT,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudTenant&format=Entities`
    ///
    /// Returns a resource representation of a collection of tenant accounts created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/tenants.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudTenant`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_TENANT`](super::query_types::CLOUD_TENANT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`CloudTenant`](super::types::CloudTenant) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_tenant_entities`].
    ///
    /// The entity type from the items of `GET /cloud/tenants?format=Entity` (`CloudTenants`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudtenant.html>
    pub fn get_query_cloud_tenant_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::CloudTenant, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_TENANT,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=CloudVmReplicaPoint`
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs that are replicated with tenant replication jobs. For details, see /cloud/vmReplicaPoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudVmReplicaPoint`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_VM_REPLICA_POINT`](super::query_types::CLOUD_VM_REPLICA_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_vm_replica_point_all`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_vm_replica_point_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudvmreplicapoint.html>
    pub async fn get_query_cloud_vm_replica_point(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::CLOUD_VM_REPLICA_POINT,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudVmReplicaPoint`
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs that are replicated with tenant replication jobs. For details, see /cloud/vmReplicaPoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudVmReplicaPoint`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_VM_REPLICA_POINT`](super::query_types::CLOUD_VM_REPLICA_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_vm_replica_point`].
    ///
    /// The entities themselves: [`Self::get_query_cloud_vm_replica_point_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudvmreplicapoint.html>
    pub fn get_query_cloud_vm_replica_point_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_VM_REPLICA_POINT,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=CloudVmReplicaPoint&format=Entities`
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs that are replicated with tenant replication jobs. For details, see /cloud/vmReplicaPoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudVmReplicaPoint`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_VM_REPLICA_POINT`](super::query_types::CLOUD_VM_REPLICA_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`CloudVmReplicaPoint`](super::types::CloudVmReplicaPoint) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_cloud_vm_replica_point_entities_all`].
    ///
    /// The entity type from the items of `GET /cloud/vmReplicaPoints?format=Entity` (`CloudVmReplicaPoints`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudvmreplicapoint.html>
    pub async fn get_query_cloud_vm_replica_point_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::CloudVmReplicaPoint>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::CLOUD_VM_REPLICA_POINT,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=CloudVmReplicaPoint&format=Entities`
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs that are replicated with tenant replication jobs. For details, see /cloud/vmReplicaPoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `CloudVmReplicaPoint`, in no other format. Its filter and sort fields must be ones [`query_types::CLOUD_VM_REPLICA_POINT`](super::query_types::CLOUD_VM_REPLICA_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`CloudVmReplicaPoint`](super::types::CloudVmReplicaPoint) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_cloud_vm_replica_point_entities`].
    ///
    /// The entity type from the items of `GET /cloud/vmReplicaPoints?format=Entity` (`CloudVmReplicaPoints`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudvmreplicapoint.html>
    pub fn get_query_cloud_vm_replica_point_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::CloudVmReplicaPoint, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CLOUD_VM_REPLICA_POINT,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=Credentials`
    ///
    /// Returns a resource representation of the credentials collection created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers/{ID}/credentials.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Credentials`, in no other format. Its filter and sort fields must be ones [`query_types::CREDENTIALS`](super::query_types::CREDENTIALS) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_credentials_all`].
    ///
    /// The entities themselves: [`Self::get_query_credentials_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_credentials.html>
    pub async fn get_query_credentials(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::CREDENTIALS,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=Credentials`
    ///
    /// Returns a resource representation of the credentials collection created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers/{ID}/credentials.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Credentials`, in no other format. Its filter and sort fields must be ones [`query_types::CREDENTIALS`](super::query_types::CREDENTIALS) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_credentials`].
    ///
    /// The entities themselves: [`Self::get_query_credentials_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_credentials.html>
    pub fn get_query_credentials_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CREDENTIALS,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=Credentials&format=Entities`
    ///
    /// Returns a resource representation of the credentials collection created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers/{ID}/credentials.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Credentials`, in no other format. Its filter and sort fields must be ones [`query_types::CREDENTIALS`](super::query_types::CREDENTIALS) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`CredentialsInfo`](super::types::CredentialsInfo) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_credentials_entities_all`].
    ///
    /// The entity type from the items of `GET /backupServers/{ID}/credentials?format=Entity` (`CredentialsInfoList`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_credentials.html>
    pub async fn get_query_credentials_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::CredentialsInfo>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::CREDENTIALS,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=Credentials&format=Entities`
    ///
    /// Returns a resource representation of the credentials collection created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers/{ID}/credentials.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Credentials`, in no other format. Its filter and sort fields must be ones [`query_types::CREDENTIALS`](super::query_types::CREDENTIALS) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`CredentialsInfo`](super::types::CredentialsInfo) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_credentials_entities`].
    ///
    /// The entity type from the items of `GET /backupServers/{ID}/credentials?format=Entity` (`CredentialsInfoList`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_credentials.html>
    pub fn get_query_credentials_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::CredentialsInfo, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::CREDENTIALS,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=DiscoveredComputer`
    ///
    /// Returns a resource representation of a collection of protected computers in protection groups configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/discoveredComputers.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `DiscoveredComputer`, in no other format. Its filter and sort fields must be ones [`query_types::DISCOVERED_COMPUTER`](super::query_types::DISCOVERED_COMPUTER) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_discovered_computer_all`].
    ///
    /// The entities themselves: [`Self::get_query_discovered_computer_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_discoveredcomputer.html>
    pub async fn get_query_discovered_computer(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::DISCOVERED_COMPUTER,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=DiscoveredComputer`
    ///
    /// Returns a resource representation of a collection of protected computers in protection groups configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/discoveredComputers.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `DiscoveredComputer`, in no other format. Its filter and sort fields must be ones [`query_types::DISCOVERED_COMPUTER`](super::query_types::DISCOVERED_COMPUTER) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_discovered_computer`].
    ///
    /// The entities themselves: [`Self::get_query_discovered_computer_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_discoveredcomputer.html>
    pub fn get_query_discovered_computer_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::DISCOVERED_COMPUTER,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=DiscoveredComputer&format=Entities`
    ///
    /// Returns a resource representation of a collection of protected computers in protection groups configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/discoveredComputers.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `DiscoveredComputer`, in no other format. Its filter and sort fields must be ones [`query_types::DISCOVERED_COMPUTER`](super::query_types::DISCOVERED_COMPUTER) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`DiscoveredComputer`](super::types::DiscoveredComputer) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_discovered_computer_entities_all`].
    ///
    /// The entity type from the items of `GET /agents/discoveredComputers?format=Entity` (`DiscoveredComputers`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_discoveredcomputer.html>
    pub async fn get_query_discovered_computer_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::DiscoveredComputer>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::DISCOVERED_COMPUTER,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=DiscoveredComputer&format=Entities`
    ///
    /// Returns a resource representation of a collection of protected computers in protection groups configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/discoveredComputers.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `DiscoveredComputer`, in no other format. Its filter and sort fields must be ones [`query_types::DISCOVERED_COMPUTER`](super::query_types::DISCOVERED_COMPUTER) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`DiscoveredComputer`](super::types::DiscoveredComputer) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_discovered_computer_entities`].
    ///
    /// The entity type from the items of `GET /agents/discoveredComputers?format=Entity` (`DiscoveredComputers`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_discoveredcomputer.html>
    pub fn get_query_discovered_computer_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::DiscoveredComputer, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::DISCOVERED_COMPUTER,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=FailoverPlan`
    ///
    /// Returns a resource representation of a collection of failover plans configured on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /failoverPlans.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `FailoverPlan`, in no other format. Its filter and sort fields must be ones [`query_types::FAILOVER_PLAN`](super::query_types::FAILOVER_PLAN) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_failover_plan_all`].
    ///
    /// The entities themselves: [`Self::get_query_failover_plan_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_failoverplan.html>
    pub async fn get_query_failover_plan(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::FAILOVER_PLAN,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=FailoverPlan`
    ///
    /// Returns a resource representation of a collection of failover plans configured on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /failoverPlans.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `FailoverPlan`, in no other format. Its filter and sort fields must be ones [`query_types::FAILOVER_PLAN`](super::query_types::FAILOVER_PLAN) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_failover_plan`].
    ///
    /// The entities themselves: [`Self::get_query_failover_plan_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_failoverplan.html>
    pub fn get_query_failover_plan_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::FAILOVER_PLAN,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=FailoverPlan&format=Entities`
    ///
    /// Returns a resource representation of a collection of failover plans configured on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /failoverPlans.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `FailoverPlan`, in no other format. Its filter and sort fields must be ones [`query_types::FAILOVER_PLAN`](super::query_types::FAILOVER_PLAN) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`FailoverPlan`](super::types::FailoverPlan) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_failover_plan_entities_all`].
    ///
    /// The entity type from the items of `GET /failoverPlans?format=Entity` (`FailoverPlans`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_failoverplan.html>
    pub async fn get_query_failover_plan_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::FailoverPlan>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::FAILOVER_PLAN,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=FailoverPlan&format=Entities`
    ///
    /// Returns a resource representation of a collection of failover plans configured on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /failoverPlans.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `FailoverPlan`, in no other format. Its filter and sort fields must be ones [`query_types::FAILOVER_PLAN`](super::query_types::FAILOVER_PLAN) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`FailoverPlan`](super::types::FailoverPlan) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_failover_plan_entities`].
    ///
    /// The entity type from the items of `GET /failoverPlans?format=Entity` (`FailoverPlans`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_failoverplan.html>
    pub fn get_query_failover_plan_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::FailoverPlan, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::FAILOVER_PLAN,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=FileServer`
    ///
    /// Returns a resource representation of a collection of file shares added on backup servers connected to Veeam Backup Enterprise Manager. For details, see /nas/fileServers.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `FileServer`, in no other format. Its filter and sort fields must be ones [`query_types::FILE_SERVER`](super::query_types::FILE_SERVER) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_file_server_all`].
    ///
    /// The entities themselves: [`Self::get_query_file_server_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_fileserver.html>
    pub async fn get_query_file_server(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::FILE_SERVER,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=FileServer`
    ///
    /// Returns a resource representation of a collection of file shares added on backup servers connected to Veeam Backup Enterprise Manager. For details, see /nas/fileServers.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `FileServer`, in no other format. Its filter and sort fields must be ones [`query_types::FILE_SERVER`](super::query_types::FILE_SERVER) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_file_server`].
    ///
    /// The entities themselves: [`Self::get_query_file_server_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_fileserver.html>
    pub fn get_query_file_server_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::FILE_SERVER,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=FileServer&format=Entities`
    ///
    /// Returns a resource representation of a collection of file shares added on backup servers connected to Veeam Backup Enterprise Manager. For details, see /nas/fileServers.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `FileServer`, in no other format. Its filter and sort fields must be ones [`query_types::FILE_SERVER`](super::query_types::FILE_SERVER) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`FileServer`](super::types::FileServer) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_file_server_entities_all`].
    ///
    /// The entity type from the items of `GET /nas/fileServers?format=Entity` (`FileServers`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_fileserver.html>
    pub async fn get_query_file_server_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::FileServer>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::FILE_SERVER,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=FileServer&format=Entities`
    ///
    /// Returns a resource representation of a collection of file shares added on backup servers connected to Veeam Backup Enterprise Manager. For details, see /nas/fileServers.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `FileServer`, in no other format. Its filter and sort fields must be ones [`query_types::FILE_SERVER`](super::query_types::FILE_SERVER) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`FileServer`](super::types::FileServer) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_file_server_entities`].
    ///
    /// The entity type from the items of `GET /nas/fileServers?format=Entity` (`FileServers`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_fileserver.html>
    pub fn get_query_file_server_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::FileServer, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::FILE_SERVER,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=HierarchyRoot`
    ///
    /// Returns a resource representation of a collection of virtualization hosts added to backup servers connected to Veeam Backup Enterprise Manager. For details, see /hierarchyRoots.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `HierarchyRoot`, in no other format. Its filter and sort fields must be ones [`query_types::HIERARCHY_ROOT`](super::query_types::HIERARCHY_ROOT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_hierarchy_root_all`].
    ///
    /// The entities themselves: [`Self::get_query_hierarchy_root_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_hierarchyroot.html>
    pub async fn get_query_hierarchy_root(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::HIERARCHY_ROOT,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=HierarchyRoot`
    ///
    /// Returns a resource representation of a collection of virtualization hosts added to backup servers connected to Veeam Backup Enterprise Manager. For details, see /hierarchyRoots.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `HierarchyRoot`, in no other format. Its filter and sort fields must be ones [`query_types::HIERARCHY_ROOT`](super::query_types::HIERARCHY_ROOT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_hierarchy_root`].
    ///
    /// The entities themselves: [`Self::get_query_hierarchy_root_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_hierarchyroot.html>
    pub fn get_query_hierarchy_root_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::HIERARCHY_ROOT,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=HierarchyRoot&format=Entities`
    ///
    /// Returns a resource representation of a collection of virtualization hosts added to backup servers connected to Veeam Backup Enterprise Manager. For details, see /hierarchyRoots.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `HierarchyRoot`, in no other format. Its filter and sort fields must be ones [`query_types::HIERARCHY_ROOT`](super::query_types::HIERARCHY_ROOT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`HierarchyRoot`](super::types::HierarchyRoot) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_hierarchy_root_entities_all`].
    ///
    /// The entity type from the items of `GET /hierarchyRoots?format=Entity` (`HierarchyRoots`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_hierarchyroot.html>
    pub async fn get_query_hierarchy_root_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::HierarchyRoot>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::HIERARCHY_ROOT,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=HierarchyRoot&format=Entities`
    ///
    /// Returns a resource representation of a collection of virtualization hosts added to backup servers connected to Veeam Backup Enterprise Manager. For details, see /hierarchyRoots.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `HierarchyRoot`, in no other format. Its filter and sort fields must be ones [`query_types::HIERARCHY_ROOT`](super::query_types::HIERARCHY_ROOT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`HierarchyRoot`](super::types::HierarchyRoot) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_hierarchy_root_entities`].
    ///
    /// The entity type from the items of `GET /hierarchyRoots?format=Entity` (`HierarchyRoots`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_hierarchyroot.html>
    pub fn get_query_hierarchy_root_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::HierarchyRoot, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::HIERARCHY_ROOT,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=Job`
    ///
    /// Returns a resource representation of a collection of jobs created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /jobs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Job`, in no other format. Its filter and sort fields must be ones [`query_types::JOB`](super::query_types::JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_job_all`].
    ///
    /// The entities themselves: [`Self::get_query_job_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_job.html>
    pub async fn get_query_job(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::JOB,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=Job`
    ///
    /// Returns a resource representation of a collection of jobs created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /jobs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Job`, in no other format. Its filter and sort fields must be ones [`query_types::JOB`](super::query_types::JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_job`].
    ///
    /// The entities themselves: [`Self::get_query_job_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_job.html>
    pub fn get_query_job_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::JOB,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=Job&format=Entities`
    ///
    /// Returns a resource representation of a collection of jobs created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /jobs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Job`, in no other format. Its filter and sort fields must be ones [`query_types::JOB`](super::query_types::JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`Job`](super::types::Job) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_job_entities_all`].
    ///
    /// The entity type from the items of `GET /jobs?format=Entity` (`Jobs`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_job.html>
    pub async fn get_query_job_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Job>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::JOB,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=Job&format=Entities`
    ///
    /// Returns a resource representation of a collection of jobs created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /jobs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Job`, in no other format. Its filter and sort fields must be ones [`query_types::JOB`](super::query_types::JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`Job`](super::types::Job) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_job_entities`].
    ///
    /// The entity type from the items of `GET /jobs?format=Entity` (`Jobs`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_job.html>
    pub fn get_query_job_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Job, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::JOB,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=ManagedServer`
    ///
    /// Returns a resource representation of a collection of servers that are managed by backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ManagedServer`, in no other format. Its filter and sort fields must be ones [`query_types::MANAGED_SERVER`](super::query_types::MANAGED_SERVER) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_managed_server_all`].
    ///
    /// The entities themselves: [`Self::get_query_managed_server_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_managedserver.html>
    pub async fn get_query_managed_server(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::MANAGED_SERVER,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=ManagedServer`
    ///
    /// Returns a resource representation of a collection of servers that are managed by backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ManagedServer`, in no other format. Its filter and sort fields must be ones [`query_types::MANAGED_SERVER`](super::query_types::MANAGED_SERVER) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_managed_server`].
    ///
    /// The entities themselves: [`Self::get_query_managed_server_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_managedserver.html>
    pub fn get_query_managed_server_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::MANAGED_SERVER,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=ManagedServer&format=Entities`
    ///
    /// Returns a resource representation of a collection of servers that are managed by backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ManagedServer`, in no other format. Its filter and sort fields must be ones [`query_types::MANAGED_SERVER`](super::query_types::MANAGED_SERVER) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`ManagedServer`](super::types::ManagedServer) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_managed_server_entities_all`].
    ///
    /// The entity type from the type whose root is the query type `ManagedServer`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_managedserver.html>
    pub async fn get_query_managed_server_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::ManagedServer>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::MANAGED_SERVER,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=ManagedServer&format=Entities`
    ///
    /// Returns a resource representation of a collection of servers that are managed by backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ManagedServer`, in no other format. Its filter and sort fields must be ones [`query_types::MANAGED_SERVER`](super::query_types::MANAGED_SERVER) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`ManagedServer`](super::types::ManagedServer) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_managed_server_entities`].
    ///
    /// The entity type from the type whose root is the query type `ManagedServer`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_managedserver.html>
    pub fn get_query_managed_server_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::ManagedServer, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::MANAGED_SERVER,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=NasJob`
    ///
    /// Returns a resource representation of a collection of file share backup jobs created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /nas/jobs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `NasJob`, in no other format. Its filter and sort fields must be ones [`query_types::NAS_JOB`](super::query_types::NAS_JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_nas_job_all`].
    ///
    /// The entities themselves: [`Self::get_query_nas_job_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasjob.html>
    pub async fn get_query_nas_job(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::NAS_JOB,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=NasJob`
    ///
    /// Returns a resource representation of a collection of file share backup jobs created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /nas/jobs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `NasJob`, in no other format. Its filter and sort fields must be ones [`query_types::NAS_JOB`](super::query_types::NAS_JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_nas_job`].
    ///
    /// The entities themselves: [`Self::get_query_nas_job_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasjob.html>
    pub fn get_query_nas_job_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::NAS_JOB,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=NasJob&format=Entities`
    ///
    /// Returns a resource representation of a collection of file share backup jobs created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /nas/jobs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `NasJob`, in no other format. Its filter and sort fields must be ones [`query_types::NAS_JOB`](super::query_types::NAS_JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`NasJob`](super::types::NasJob) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_nas_job_entities_all`].
    ///
    /// The entity type from the items of `GET /nas/jobs?format=Entity` (`NASJobs`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasjob.html>
    pub async fn get_query_nas_job_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::NasJob>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::NAS_JOB,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=NasJob&format=Entities`
    ///
    /// Returns a resource representation of a collection of file share backup jobs created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /nas/jobs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `NasJob`, in no other format. Its filter and sort fields must be ones [`query_types::NAS_JOB`](super::query_types::NAS_JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`NasJob`](super::types::NasJob) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_nas_job_entities`].
    ///
    /// The entity type from the items of `GET /nas/jobs?format=Entity` (`NASJobs`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasjob.html>
    pub fn get_query_nas_job_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::NasJob, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::NAS_JOB,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=NasObject`
    ///
    /// Returns a list of files and folders processed by file share backup jobs. For details, see /nas/jobs/{ID}/includes.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `NasObject`, in no other format. Its filter and sort fields must be ones [`query_types::NAS_OBJECT`](super::query_types::NAS_OBJECT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_nas_object_all`].
    ///
    /// The entities themselves: [`Self::get_query_nas_object_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasobject.html>
    pub async fn get_query_nas_object(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::NAS_OBJECT,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=NasObject`
    ///
    /// Returns a list of files and folders processed by file share backup jobs. For details, see /nas/jobs/{ID}/includes.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `NasObject`, in no other format. Its filter and sort fields must be ones [`query_types::NAS_OBJECT`](super::query_types::NAS_OBJECT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_nas_object`].
    ///
    /// The entities themselves: [`Self::get_query_nas_object_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasobject.html>
    pub fn get_query_nas_object_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::NAS_OBJECT,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=NasObject&format=Entities`
    ///
    /// Returns a list of files and folders processed by file share backup jobs. For details, see /nas/jobs/{ID}/includes.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `NasObject`, in no other format. Its filter and sort fields must be ones [`query_types::NAS_OBJECT`](super::query_types::NAS_OBJECT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`NasObject`](super::types::NasObject) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_nas_object_entities_all`].
    ///
    /// The entity type from the items of `GET /nas/jobs/{ID}/includes?format=Entity` (`NASObjects`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasobject.html>
    pub async fn get_query_nas_object_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::NasObject>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::NAS_OBJECT,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=NasObject&format=Entities`
    ///
    /// Returns a list of files and folders processed by file share backup jobs. For details, see /nas/jobs/{ID}/includes.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `NasObject`, in no other format. Its filter and sort fields must be ones [`query_types::NAS_OBJECT`](super::query_types::NAS_OBJECT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`NasObject`](super::types::NasObject) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_nas_object_entities`].
    ///
    /// The entity type from the items of `GET /nas/jobs/{ID}/includes?format=Entity` (`NASObjects`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasobject.html>
    pub fn get_query_nas_object_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::NasObject, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::NAS_OBJECT,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=ObjectInAgentBackupJob`
    ///
    /// Returns a list of protected computers and protection groups processed by Veeam Agent backup jobs. For details, see /agents/jobs/{ID}/includes.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ObjectInAgentBackupJob`, in no other format. Its filter and sort fields must be ones [`query_types::OBJECT_IN_AGENT_BACKUP_JOB`](super::query_types::OBJECT_IN_AGENT_BACKUP_JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_object_in_agent_backup_job_all`].
    ///
    /// The entities themselves: [`Self::get_query_object_in_agent_backup_job_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinagentbackuplob.html>
    pub async fn get_query_object_in_agent_backup_job(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::OBJECT_IN_AGENT_BACKUP_JOB,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=ObjectInAgentBackupJob`
    ///
    /// Returns a list of protected computers and protection groups processed by Veeam Agent backup jobs. For details, see /agents/jobs/{ID}/includes.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ObjectInAgentBackupJob`, in no other format. Its filter and sort fields must be ones [`query_types::OBJECT_IN_AGENT_BACKUP_JOB`](super::query_types::OBJECT_IN_AGENT_BACKUP_JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_object_in_agent_backup_job`].
    ///
    /// The entities themselves: [`Self::get_query_object_in_agent_backup_job_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinagentbackuplob.html>
    pub fn get_query_object_in_agent_backup_job_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::OBJECT_IN_AGENT_BACKUP_JOB,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=ObjectInAgentBackupJob&format=Entities`
    ///
    /// Returns a list of protected computers and protection groups processed by Veeam Agent backup jobs. For details, see /agents/jobs/{ID}/includes.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ObjectInAgentBackupJob`, in no other format. Its filter and sort fields must be ones [`query_types::OBJECT_IN_AGENT_BACKUP_JOB`](super::query_types::OBJECT_IN_AGENT_BACKUP_JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`ObjectInAgentBackupJob`](super::types::ObjectInAgentBackupJob) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_object_in_agent_backup_job_entities_all`].
    ///
    /// The entity type from the type whose root is the query type `ObjectInAgentBackupJob`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinagentbackuplob.html>
    pub async fn get_query_object_in_agent_backup_job_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::ObjectInAgentBackupJob>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::OBJECT_IN_AGENT_BACKUP_JOB,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=ObjectInAgentBackupJob&format=Entities`
    ///
    /// Returns a list of protected computers and protection groups processed by Veeam Agent backup jobs. For details, see /agents/jobs/{ID}/includes.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ObjectInAgentBackupJob`, in no other format. Its filter and sort fields must be ones [`query_types::OBJECT_IN_AGENT_BACKUP_JOB`](super::query_types::OBJECT_IN_AGENT_BACKUP_JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`ObjectInAgentBackupJob`](super::types::ObjectInAgentBackupJob) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_object_in_agent_backup_job_entities`].
    ///
    /// The entity type from the type whose root is the query type `ObjectInAgentBackupJob`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinagentbackuplob.html>
    pub fn get_query_object_in_agent_backup_job_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::ObjectInAgentBackupJob, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::OBJECT_IN_AGENT_BACKUP_JOB,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=ObjectInJob`
    ///
    /// Returns a list of VMs and VM containers processed by jobs. For details, see /jobs/{ID}/includes.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ObjectInJob`, in no other format. Its filter and sort fields must be ones [`query_types::OBJECT_IN_JOB`](super::query_types::OBJECT_IN_JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_object_in_job_all`].
    ///
    /// The entities themselves: [`Self::get_query_object_in_job_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinjob.html>
    pub async fn get_query_object_in_job(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::OBJECT_IN_JOB,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=ObjectInJob`
    ///
    /// Returns a list of VMs and VM containers processed by jobs. For details, see /jobs/{ID}/includes.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ObjectInJob`, in no other format. Its filter and sort fields must be ones [`query_types::OBJECT_IN_JOB`](super::query_types::OBJECT_IN_JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_object_in_job`].
    ///
    /// The entities themselves: [`Self::get_query_object_in_job_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinjob.html>
    pub fn get_query_object_in_job_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::OBJECT_IN_JOB,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=ObjectInJob&format=Entities`
    ///
    /// Returns a list of VMs and VM containers processed by jobs. For details, see /jobs/{ID}/includes.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ObjectInJob`, in no other format. Its filter and sort fields must be ones [`query_types::OBJECT_IN_JOB`](super::query_types::OBJECT_IN_JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`ObjectInJob`](super::types::ObjectInJob) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_object_in_job_entities_all`].
    ///
    /// The entity type from the items of `GET /jobs/{ID}/includes?format=Entity` (`ObjectsInJob`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinjob.html>
    pub async fn get_query_object_in_job_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::ObjectInJob>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::OBJECT_IN_JOB,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=ObjectInJob&format=Entities`
    ///
    /// Returns a list of VMs and VM containers processed by jobs. For details, see /jobs/{ID}/includes.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ObjectInJob`, in no other format. Its filter and sort fields must be ones [`query_types::OBJECT_IN_JOB`](super::query_types::OBJECT_IN_JOB) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`ObjectInJob`](super::types::ObjectInJob) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_object_in_job_entities`].
    ///
    /// The entity type from the items of `GET /jobs/{ID}/includes?format=Entity` (`ObjectsInJob`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinjob.html>
    pub fn get_query_object_in_job_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::ObjectInJob, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::OBJECT_IN_JOB,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=Passwords`
    ///
    /// Returns a resource representation of a collection of passwords created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers/{ID}/passwords.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Passwords`, in no other format. Its filter and sort fields must be ones [`query_types::PASSWORDS`](super::query_types::PASSWORDS) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_passwords_all`].
    ///
    /// The entities themselves: [`Self::get_query_passwords_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_passwords.html>
    pub async fn get_query_passwords(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::PASSWORDS,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=Passwords`
    ///
    /// Returns a resource representation of a collection of passwords created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers/{ID}/passwords.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Passwords`, in no other format. Its filter and sort fields must be ones [`query_types::PASSWORDS`](super::query_types::PASSWORDS) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_passwords`].
    ///
    /// The entities themselves: [`Self::get_query_passwords_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_passwords.html>
    pub fn get_query_passwords_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::PASSWORDS,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=Passwords&format=Entities`
    ///
    /// Returns a resource representation of a collection of passwords created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers/{ID}/passwords.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Passwords`, in no other format. Its filter and sort fields must be ones [`query_types::PASSWORDS`](super::query_types::PASSWORDS) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`PasswordKeyInfo`](super::types::PasswordKeyInfo) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_passwords_entities_all`].
    ///
    /// The entity type from the items of `GET /backupServers/{ID}/passwords?format=Entity` (`PasswordKeyInfoList`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_passwords.html>
    pub async fn get_query_passwords_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::PasswordKeyInfo>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::PASSWORDS,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=Passwords&format=Entities`
    ///
    /// Returns a resource representation of a collection of passwords created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers/{ID}/passwords.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Passwords`, in no other format. Its filter and sort fields must be ones [`query_types::PASSWORDS`](super::query_types::PASSWORDS) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`PasswordKeyInfo`](super::types::PasswordKeyInfo) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_passwords_entities`].
    ///
    /// The entity type from the items of `GET /backupServers/{ID}/passwords?format=Entity` (`PasswordKeyInfoList`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_passwords.html>
    pub fn get_query_passwords_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::PasswordKeyInfo, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::PASSWORDS,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=Replica`
    ///
    /// Returns a resource representation of a collection of replicas created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicas.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Replica`, in no other format. Its filter and sort fields must be ones [`query_types::REPLICA`](super::query_types::REPLICA) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_replica_all`].
    ///
    /// The entities themselves: [`Self::get_query_replica_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replica.html>
    pub async fn get_query_replica(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::REPLICA,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=Replica`
    ///
    /// Returns a resource representation of a collection of replicas created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicas.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Replica`, in no other format. Its filter and sort fields must be ones [`query_types::REPLICA`](super::query_types::REPLICA) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_replica`].
    ///
    /// The entities themselves: [`Self::get_query_replica_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replica.html>
    pub fn get_query_replica_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::REPLICA,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=Replica&format=Entities`
    ///
    /// Returns a resource representation of a collection of replicas created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicas.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Replica`, in no other format. Its filter and sort fields must be ones [`query_types::REPLICA`](super::query_types::REPLICA) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`Replica`](super::types::Replica) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_replica_entities_all`].
    ///
    /// The entity type from the items of `GET /replicas?format=Entity` (`Replicas`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replica.html>
    pub async fn get_query_replica_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::Replica>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::REPLICA,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=Replica&format=Entities`
    ///
    /// Returns a resource representation of a collection of replicas created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicas.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Replica`, in no other format. Its filter and sort fields must be ones [`query_types::REPLICA`](super::query_types::REPLICA) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`Replica`](super::types::Replica) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_replica_entities`].
    ///
    /// The entity type from the items of `GET /replicas?format=Entity` (`Replicas`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replica.html>
    pub fn get_query_replica_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Replica, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::REPLICA,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=ReplicaJobSession`
    ///
    /// Returns a resource representation of a collection of replication job sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicaSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ReplicaJobSession`, in no other format. Its filter and sort fields must be ones [`query_types::REPLICA_JOB_SESSION`](super::query_types::REPLICA_JOB_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_replica_job_session_all`].
    ///
    /// The entities themselves: [`Self::get_query_replica_job_session_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicajobsession.html>
    pub async fn get_query_replica_job_session(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::REPLICA_JOB_SESSION,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=ReplicaJobSession`
    ///
    /// Returns a resource representation of a collection of replication job sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicaSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ReplicaJobSession`, in no other format. Its filter and sort fields must be ones [`query_types::REPLICA_JOB_SESSION`](super::query_types::REPLICA_JOB_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_replica_job_session`].
    ///
    /// The entities themselves: [`Self::get_query_replica_job_session_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicajobsession.html>
    pub fn get_query_replica_job_session_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::REPLICA_JOB_SESSION,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=ReplicaJobSession&format=Entities`
    ///
    /// Returns a resource representation of a collection of replication job sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicaSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ReplicaJobSession`, in no other format. Its filter and sort fields must be ones [`query_types::REPLICA_JOB_SESSION`](super::query_types::REPLICA_JOB_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`ReplicaJobSession`](super::types::ReplicaJobSession) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_replica_job_session_entities_all`].
    ///
    /// The entity type from the items of `GET /replicaSessions?format=Entity` (`ReplicaJobSessions`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicajobsession.html>
    pub async fn get_query_replica_job_session_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::ReplicaJobSession>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::REPLICA_JOB_SESSION,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=ReplicaJobSession&format=Entities`
    ///
    /// Returns a resource representation of a collection of replication job sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicaSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ReplicaJobSession`, in no other format. Its filter and sort fields must be ones [`query_types::REPLICA_JOB_SESSION`](super::query_types::REPLICA_JOB_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`ReplicaJobSession`](super::types::ReplicaJobSession) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_replica_job_session_entities`].
    ///
    /// The entity type from the items of `GET /replicaSessions?format=Entity` (`ReplicaJobSessions`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicajobsession.html>
    pub fn get_query_replica_job_session_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::ReplicaJobSession, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::REPLICA_JOB_SESSION,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=ReplicaTaskSession`
    ///
    /// Returns a resource representation of a collection of replication task sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicaTaskSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ReplicaTaskSession`, in no other format. Its filter and sort fields must be ones [`query_types::REPLICA_TASK_SESSION`](super::query_types::REPLICA_TASK_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_replica_task_session_all`].
    ///
    /// The entities themselves: [`Self::get_query_replica_task_session_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicatasksession.html>
    pub async fn get_query_replica_task_session(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::REPLICA_TASK_SESSION,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=ReplicaTaskSession`
    ///
    /// Returns a resource representation of a collection of replication task sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicaTaskSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ReplicaTaskSession`, in no other format. Its filter and sort fields must be ones [`query_types::REPLICA_TASK_SESSION`](super::query_types::REPLICA_TASK_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_replica_task_session`].
    ///
    /// The entities themselves: [`Self::get_query_replica_task_session_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicatasksession.html>
    pub fn get_query_replica_task_session_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::REPLICA_TASK_SESSION,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=ReplicaTaskSession&format=Entities`
    ///
    /// Returns a resource representation of a collection of replication task sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicaTaskSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ReplicaTaskSession`, in no other format. Its filter and sort fields must be ones [`query_types::REPLICA_TASK_SESSION`](super::query_types::REPLICA_TASK_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`ReplicaTaskSession`](super::types::ReplicaTaskSession) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_replica_task_session_entities_all`].
    ///
    /// The entity type from the items of `GET /replicaTaskSessions?format=Entity` (`ReplicaTaskSessions`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicatasksession.html>
    pub async fn get_query_replica_task_session_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::ReplicaTaskSession>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::REPLICA_TASK_SESSION,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=ReplicaTaskSession&format=Entities`
    ///
    /// Returns a resource representation of a collection of replication task sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicaTaskSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `ReplicaTaskSession`, in no other format. Its filter and sort fields must be ones [`query_types::REPLICA_TASK_SESSION`](super::query_types::REPLICA_TASK_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`ReplicaTaskSession`](super::types::ReplicaTaskSession) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_replica_task_session_entities`].
    ///
    /// The entity type from the items of `GET /replicaTaskSessions?format=Entity` (`ReplicaTaskSessions`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicatasksession.html>
    pub fn get_query_replica_task_session_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::ReplicaTaskSession, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::REPLICA_TASK_SESSION,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=Repository`
    ///
    /// Returns a resource representation of the collection of backup repositories created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /repositories.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Repository`, in no other format. Its filter and sort fields must be ones [`query_types::REPOSITORY`](super::query_types::REPOSITORY) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_repository_all`].
    ///
    /// The entities themselves: [`Self::get_query_repository_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_repository.html>
    pub async fn get_query_repository(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::REPOSITORY,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=Repository`
    ///
    /// Returns a resource representation of the collection of backup repositories created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /repositories.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Repository`, in no other format. Its filter and sort fields must be ones [`query_types::REPOSITORY`](super::query_types::REPOSITORY) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_repository`].
    ///
    /// The entities themselves: [`Self::get_query_repository_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_repository.html>
    pub fn get_query_repository_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::REPOSITORY,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=Repository&format=Entities`
    ///
    /// Returns a resource representation of the collection of backup repositories created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /repositories.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Repository`, in no other format. Its filter and sort fields must be ones [`query_types::REPOSITORY`](super::query_types::REPOSITORY) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`Repository`](super::types::Repository) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_repository_entities_all`].
    ///
    /// The entity type from the items of `GET /repositories?format=Entity` (`Repositories`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_repository.html>
    pub async fn get_query_repository_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::Repository>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::REPOSITORY,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=Repository&format=Entities`
    ///
    /// Returns a resource representation of the collection of backup repositories created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /repositories.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Repository`, in no other format. Its filter and sort fields must be ones [`query_types::REPOSITORY`](super::query_types::REPOSITORY) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`Repository`](super::types::Repository) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_repository_entities`].
    ///
    /// The entity type from the items of `GET /repositories?format=Entity` (`Repositories`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_repository.html>
    pub fn get_query_repository_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Repository, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::REPOSITORY,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=RestorePoint`
    ///
    /// Returns a resource representation of a restore points collection for backups and replicas created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /restorePoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `RestorePoint`, in no other format. Its filter and sort fields must be ones [`query_types::RESTORE_POINT`](super::query_types::RESTORE_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_restore_point_all`].
    ///
    /// The entities themselves: [`Self::get_query_restore_point_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restorepoint.html>
    pub async fn get_query_restore_point(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::RESTORE_POINT,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=RestorePoint`
    ///
    /// Returns a resource representation of a restore points collection for backups and replicas created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /restorePoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `RestorePoint`, in no other format. Its filter and sort fields must be ones [`query_types::RESTORE_POINT`](super::query_types::RESTORE_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_restore_point`].
    ///
    /// The entities themselves: [`Self::get_query_restore_point_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restorepoint.html>
    pub fn get_query_restore_point_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::RESTORE_POINT,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=RestorePoint&format=Entities`
    ///
    /// Returns a resource representation of a restore points collection for backups and replicas created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /restorePoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `RestorePoint`, in no other format. Its filter and sort fields must be ones [`query_types::RESTORE_POINT`](super::query_types::RESTORE_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`RestorePoint`](super::types::RestorePoint) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_restore_point_entities_all`].
    ///
    /// The entity type from the items of `GET /restorePoints?format=Entity` (`RestorePoints`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restorepoint.html>
    pub async fn get_query_restore_point_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::RestorePoint>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::RESTORE_POINT,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=RestorePoint&format=Entities`
    ///
    /// Returns a resource representation of a restore points collection for backups and replicas created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /restorePoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `RestorePoint`, in no other format. Its filter and sort fields must be ones [`query_types::RESTORE_POINT`](super::query_types::RESTORE_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`RestorePoint`](super::types::RestorePoint) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_restore_point_entities`].
    ///
    /// The entity type from the items of `GET /restorePoints?format=Entity` (`RestorePoints`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restorepoint.html>
    pub fn get_query_restore_point_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::RestorePoint, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::RESTORE_POINT,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=RestoreSession`
    ///
    /// Returns a collection of restore sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /restoreSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `RestoreSession`, in no other format. Its filter and sort fields must be ones [`query_types::RESTORE_SESSION`](super::query_types::RESTORE_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_restore_session_all`].
    ///
    /// The entities themselves: [`Self::get_query_restore_session_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restoresession.html>
    pub async fn get_query_restore_session(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::RESTORE_SESSION,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=RestoreSession`
    ///
    /// Returns a collection of restore sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /restoreSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `RestoreSession`, in no other format. Its filter and sort fields must be ones [`query_types::RESTORE_SESSION`](super::query_types::RESTORE_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_restore_session`].
    ///
    /// The entities themselves: [`Self::get_query_restore_session_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restoresession.html>
    pub fn get_query_restore_session_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::RESTORE_SESSION,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=RestoreSession&format=Entities`
    ///
    /// Returns a collection of restore sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /restoreSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `RestoreSession`, in no other format. Its filter and sort fields must be ones [`query_types::RESTORE_SESSION`](super::query_types::RESTORE_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`RestoreSession`](super::types::RestoreSession) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_restore_session_entities_all`].
    ///
    /// The entity type from the items of `GET /restoreSessions?format=Entity` (`RestoreSessions`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restoresession.html>
    pub async fn get_query_restore_session_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::RestoreSession>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::RESTORE_SESSION,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=RestoreSession&format=Entities`
    ///
    /// Returns a collection of restore sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /restoreSessions.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `RestoreSession`, in no other format. Its filter and sort fields must be ones [`query_types::RESTORE_SESSION`](super::query_types::RESTORE_SESSION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`RestoreSession`](super::types::RestoreSession) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_restore_session_entities`].
    ///
    /// The entity type from the items of `GET /restoreSessions?format=Entity` (`RestoreSessions`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restoresession.html>
    pub fn get_query_restore_session_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::RestoreSession, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::RESTORE_SESSION,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=Task`
    ///
    /// Returns a resource representation of a collection of tasks created by Veeam Backup Enterprise Manager within the currently existing logon session. For details, see /tasks.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Task`, in no other format. Its filter and sort fields must be ones [`query_types::TASK`](super::query_types::TASK) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_task_all`].
    ///
    /// The entities themselves: [`Self::get_query_task_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_task.html>
    pub async fn get_query_task(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::TASK,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=Task`
    ///
    /// Returns a resource representation of a collection of tasks created by Veeam Backup Enterprise Manager within the currently existing logon session. For details, see /tasks.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Task`, in no other format. Its filter and sort fields must be ones [`query_types::TASK`](super::query_types::TASK) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_task`].
    ///
    /// The entities themselves: [`Self::get_query_task_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_task.html>
    pub fn get_query_task_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::TASK,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=Task&format=Entities`
    ///
    /// Returns a resource representation of a collection of tasks created by Veeam Backup Enterprise Manager within the currently existing logon session. For details, see /tasks.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Task`, in no other format. Its filter and sort fields must be ones [`query_types::TASK`](super::query_types::TASK) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`Task`](super::types::Task) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_task_entities_all`].
    ///
    /// The entity type from the type whose root is the query type `Task`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_task.html>
    pub async fn get_query_task_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Task>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::TASK,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=Task&format=Entities`
    ///
    /// Returns a resource representation of a collection of tasks created by Veeam Backup Enterprise Manager within the currently existing logon session. For details, see /tasks.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `Task`, in no other format. Its filter and sort fields must be ones [`query_types::TASK`](super::query_types::TASK) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`Task`](super::types::Task) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_task_entities`].
    ///
    /// The entity type from the type whose root is the query type `Task`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_task.html>
    pub fn get_query_task_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Task, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::TASK,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=VCloudOrganizationConfig`
    ///
    /// Returns a resource representation of a collection of VMware Cloud Director organization configurations. For details, see /vCloud/orgConfigs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VCloudOrganizationConfig`, in no other format. Its filter and sort fields must be ones [`query_types::V_CLOUD_ORGANIZATION_CONFIG`](super::query_types::V_CLOUD_ORGANIZATION_CONFIG) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_v_cloud_organization_config_all`].
    ///
    /// The entities themselves: [`Self::get_query_v_cloud_organization_config_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vcloudorganizationconfig.html>
    pub async fn get_query_v_cloud_organization_config(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::V_CLOUD_ORGANIZATION_CONFIG,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=VCloudOrganizationConfig`
    ///
    /// Returns a resource representation of a collection of VMware Cloud Director organization configurations. For details, see /vCloud/orgConfigs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VCloudOrganizationConfig`, in no other format. Its filter and sort fields must be ones [`query_types::V_CLOUD_ORGANIZATION_CONFIG`](super::query_types::V_CLOUD_ORGANIZATION_CONFIG) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_v_cloud_organization_config`].
    ///
    /// The entities themselves: [`Self::get_query_v_cloud_organization_config_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vcloudorganizationconfig.html>
    pub fn get_query_v_cloud_organization_config_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::V_CLOUD_ORGANIZATION_CONFIG,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=VCloudOrganizationConfig&format=Entities`
    ///
    /// Returns a resource representation of a collection of VMware Cloud Director organization configurations. For details, see /vCloud/orgConfigs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VCloudOrganizationConfig`, in no other format. Its filter and sort fields must be ones [`query_types::V_CLOUD_ORGANIZATION_CONFIG`](super::query_types::V_CLOUD_ORGANIZATION_CONFIG) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`VCloudOrganizationConfig`](super::types::VCloudOrganizationConfig) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_v_cloud_organization_config_entities_all`].
    ///
    /// The entity type from the items of `GET /vCloud/orgConfigs?format=Entity` (`VCloudOrganizationConfigs`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vcloudorganizationconfig.html>
    pub async fn get_query_v_cloud_organization_config_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::VCloudOrganizationConfig>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::V_CLOUD_ORGANIZATION_CONFIG,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=VCloudOrganizationConfig&format=Entities`
    ///
    /// Returns a resource representation of a collection of VMware Cloud Director organization configurations. For details, see /vCloud/orgConfigs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VCloudOrganizationConfig`, in no other format. Its filter and sort fields must be ones [`query_types::V_CLOUD_ORGANIZATION_CONFIG`](super::query_types::V_CLOUD_ORGANIZATION_CONFIG) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`VCloudOrganizationConfig`](super::types::VCloudOrganizationConfig) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_v_cloud_organization_config_entities`].
    ///
    /// The entity type from the items of `GET /vCloud/orgConfigs?format=Entity` (`VCloudOrganizationConfigs`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vcloudorganizationconfig.html>
    pub fn get_query_v_cloud_organization_config_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::VCloudOrganizationConfig, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::V_CLOUD_ORGANIZATION_CONFIG,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=VlanConfiguration`
    ///
    /// Returns a resource representation of a collection of all virtual switches on which VLAN ranges for Veeam Cloud Connect Replication are reserved. For details, see /cloud/vlans.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VlanConfiguration`, in no other format. Its filter and sort fields must be ones [`query_types::VLAN_CONFIGURATION`](super::query_types::VLAN_CONFIGURATION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_vlan_configuration_all`].
    ///
    /// The entities themselves: [`Self::get_query_vlan_configuration_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vlanconfiguration.html>
    pub async fn get_query_vlan_configuration(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::VLAN_CONFIGURATION,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=VlanConfiguration`
    ///
    /// Returns a resource representation of a collection of all virtual switches on which VLAN ranges for Veeam Cloud Connect Replication are reserved. For details, see /cloud/vlans.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VlanConfiguration`, in no other format. Its filter and sort fields must be ones [`query_types::VLAN_CONFIGURATION`](super::query_types::VLAN_CONFIGURATION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_vlan_configuration`].
    ///
    /// The entities themselves: [`Self::get_query_vlan_configuration_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vlanconfiguration.html>
    pub fn get_query_vlan_configuration_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::VLAN_CONFIGURATION,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=VlanConfiguration&format=Entities`
    ///
    /// Returns a resource representation of a collection of all virtual switches on which VLAN ranges for Veeam Cloud Connect Replication are reserved. For details, see /cloud/vlans.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VlanConfiguration`, in no other format. Its filter and sort fields must be ones [`query_types::VLAN_CONFIGURATION`](super::query_types::VLAN_CONFIGURATION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`VlanConfiguration`](super::types::VlanConfiguration) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_vlan_configuration_entities_all`].
    ///
    /// The entity type from the items of `GET /cloud/vlans?format=Entity` (`VlanConfigurations`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vlanconfiguration.html>
    pub async fn get_query_vlan_configuration_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::VlanConfiguration>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::VLAN_CONFIGURATION,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=VlanConfiguration&format=Entities`
    ///
    /// Returns a resource representation of a collection of all virtual switches on which VLAN ranges for Veeam Cloud Connect Replication are reserved. For details, see /cloud/vlans.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VlanConfiguration`, in no other format. Its filter and sort fields must be ones [`query_types::VLAN_CONFIGURATION`](super::query_types::VLAN_CONFIGURATION) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`VlanConfiguration`](super::types::VlanConfiguration) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_vlan_configuration_entities`].
    ///
    /// The entity type from the items of `GET /cloud/vlans?format=Entity` (`VlanConfigurations`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vlanconfiguration.html>
    pub fn get_query_vlan_configuration_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::VlanConfiguration, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::VLAN_CONFIGURATION,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=VmReplicaPoint`
    ///
    /// Returns a resource representation of a collection of restore points for separate replicated VMs. For details, see /vmReplicaPoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VmReplicaPoint`, in no other format. Its filter and sort fields must be ones [`query_types::VM_REPLICA_POINT`](super::query_types::VM_REPLICA_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_vm_replica_point_all`].
    ///
    /// The entities themselves: [`Self::get_query_vm_replica_point_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmreplicapoint.html>
    pub async fn get_query_vm_replica_point(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::VM_REPLICA_POINT,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=VmReplicaPoint`
    ///
    /// Returns a resource representation of a collection of restore points for separate replicated VMs. For details, see /vmReplicaPoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VmReplicaPoint`, in no other format. Its filter and sort fields must be ones [`query_types::VM_REPLICA_POINT`](super::query_types::VM_REPLICA_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_vm_replica_point`].
    ///
    /// The entities themselves: [`Self::get_query_vm_replica_point_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmreplicapoint.html>
    pub fn get_query_vm_replica_point_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::VM_REPLICA_POINT,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=VmReplicaPoint&format=Entities`
    ///
    /// Returns a resource representation of a collection of restore points for separate replicated VMs. For details, see /vmReplicaPoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VmReplicaPoint`, in no other format. Its filter and sort fields must be ones [`query_types::VM_REPLICA_POINT`](super::query_types::VM_REPLICA_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`VmReplicaPoint`](super::types::VmReplicaPoint) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_vm_replica_point_entities_all`].
    ///
    /// The entity type from the items of `GET /vmReplicaPoints?format=Entity` (`VmReplicaPoints`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmreplicapoint.html>
    pub async fn get_query_vm_replica_point_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::VmReplicaPoint>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::VM_REPLICA_POINT,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=VmReplicaPoint&format=Entities`
    ///
    /// Returns a resource representation of a collection of restore points for separate replicated VMs. For details, see /vmReplicaPoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VmReplicaPoint`, in no other format. Its filter and sort fields must be ones [`query_types::VM_REPLICA_POINT`](super::query_types::VM_REPLICA_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`VmReplicaPoint`](super::types::VmReplicaPoint) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_vm_replica_point_entities`].
    ///
    /// The entity type from the items of `GET /vmReplicaPoints?format=Entity` (`VmReplicaPoints`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmreplicapoint.html>
    pub fn get_query_vm_replica_point_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::VmReplicaPoint, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::VM_REPLICA_POINT,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=VmRestorePoint`
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs in backup files. For details, see /vmRestorePoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VmRestorePoint`, in no other format. Its filter and sort fields must be ones [`query_types::VM_RESTORE_POINT`](super::query_types::VM_RESTORE_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_vm_restore_point_all`].
    ///
    /// The entities themselves: [`Self::get_query_vm_restore_point_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmrestorepoint.html>
    pub async fn get_query_vm_restore_point(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::VM_RESTORE_POINT,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=VmRestorePoint`
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs in backup files. For details, see /vmRestorePoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VmRestorePoint`, in no other format. Its filter and sort fields must be ones [`query_types::VM_RESTORE_POINT`](super::query_types::VM_RESTORE_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_vm_restore_point`].
    ///
    /// The entities themselves: [`Self::get_query_vm_restore_point_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmrestorepoint.html>
    pub fn get_query_vm_restore_point_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::VM_RESTORE_POINT,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=VmRestorePoint&format=Entities`
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs in backup files. For details, see /vmRestorePoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VmRestorePoint`, in no other format. Its filter and sort fields must be ones [`query_types::VM_RESTORE_POINT`](super::query_types::VM_RESTORE_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`VmRestorePoint`](super::types::VmRestorePoint) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_vm_restore_point_entities_all`].
    ///
    /// The entity type from the items of `GET /vmRestorePoints?format=Entity` (`VmRestorePoints`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmrestorepoint.html>
    pub async fn get_query_vm_restore_point_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::VmRestorePoint>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::VM_RESTORE_POINT,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=VmRestorePoint&format=Entities`
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs in backup files. For details, see /vmRestorePoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VmRestorePoint`, in no other format. Its filter and sort fields must be ones [`query_types::VM_RESTORE_POINT`](super::query_types::VM_RESTORE_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`VmRestorePoint`](super::types::VmRestorePoint) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_vm_restore_point_entities`].
    ///
    /// The entity type from the items of `GET /vmRestorePoints?format=Entity` (`VmRestorePoints`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmrestorepoint.html>
    pub fn get_query_vm_restore_point_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::VmRestorePoint, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::VM_RESTORE_POINT,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=VsphereSelfServiceConfig`
    ///
    /// Returns a resource representation of a collection of vSphere Self-Service Backup Portal tenant access configurations. For details, see /selfService/vSphere/Configs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VsphereSelfServiceConfig`, in no other format. Its filter and sort fields must be ones [`query_types::VSPHERE_SELF_SERVICE_CONFIG`](super::query_types::VSPHERE_SELF_SERVICE_CONFIG) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_vsphere_self_service_config_all`].
    ///
    /// The entities themselves: [`Self::get_query_vsphere_self_service_config_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vsphereselfserviceconfig.html>
    pub async fn get_query_vsphere_self_service_config(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::VSPHERE_SELF_SERVICE_CONFIG,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=VsphereSelfServiceConfig`
    ///
    /// Returns a resource representation of a collection of vSphere Self-Service Backup Portal tenant access configurations. For details, see /selfService/vSphere/Configs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VsphereSelfServiceConfig`, in no other format. Its filter and sort fields must be ones [`query_types::VSPHERE_SELF_SERVICE_CONFIG`](super::query_types::VSPHERE_SELF_SERVICE_CONFIG) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_vsphere_self_service_config`].
    ///
    /// The entities themselves: [`Self::get_query_vsphere_self_service_config_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vsphereselfserviceconfig.html>
    pub fn get_query_vsphere_self_service_config_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::VSPHERE_SELF_SERVICE_CONFIG,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=VsphereSelfServiceConfig&format=Entities`
    ///
    /// Returns a resource representation of a collection of vSphere Self-Service Backup Portal tenant access configurations. For details, see /selfService/vSphere/Configs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VsphereSelfServiceConfig`, in no other format. Its filter and sort fields must be ones [`query_types::VSPHERE_SELF_SERVICE_CONFIG`](super::query_types::VSPHERE_SELF_SERVICE_CONFIG) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`VSphereSelfServiceConfig`](super::types::VSphereSelfServiceConfig) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_vsphere_self_service_config_entities_all`].
    ///
    /// The entity type from the items of `GET /selfService/vSphere/Configs?format=Entity` (`VSphereSelfServiceConfigs`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vsphereselfserviceconfig.html>
    pub async fn get_query_vsphere_self_service_config_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::VSphereSelfServiceConfig>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::VSPHERE_SELF_SERVICE_CONFIG,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=VsphereSelfServiceConfig&format=Entities`
    ///
    /// Returns a resource representation of a collection of vSphere Self-Service Backup Portal tenant access configurations. For details, see /selfService/vSphere/Configs.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `VsphereSelfServiceConfig`, in no other format. Its filter and sort fields must be ones [`query_types::VSPHERE_SELF_SERVICE_CONFIG`](super::query_types::VSPHERE_SELF_SERVICE_CONFIG) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`VSphereSelfServiceConfig`](super::types::VSphereSelfServiceConfig) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_vsphere_self_service_config_entities`].
    ///
    /// The entity type from the items of `GET /selfService/vSphere/Configs?format=Entity` (`VSphereSelfServiceConfigs`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vsphereselfserviceconfig.html>
    pub fn get_query_vsphere_self_service_config_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::VSphereSelfServiceConfig, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::VSPHERE_SELF_SERVICE_CONFIG,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=WanAccelerator`
    ///
    /// Returns a resource representation of a collection of WAN accelerators configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /wanAccelerators.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `WanAccelerator`, in no other format. Its filter and sort fields must be ones [`query_types::WAN_ACCELERATOR`](super::query_types::WAN_ACCELERATOR) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_wan_accelerator_all`].
    ///
    /// The entities themselves: [`Self::get_query_wan_accelerator_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_wanaccelerator.html>
    pub async fn get_query_wan_accelerator(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::WAN_ACCELERATOR,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=WanAccelerator`
    ///
    /// Returns a resource representation of a collection of WAN accelerators configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /wanAccelerators.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `WanAccelerator`, in no other format. Its filter and sort fields must be ones [`query_types::WAN_ACCELERATOR`](super::query_types::WAN_ACCELERATOR) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_wan_accelerator`].
    ///
    /// The entities themselves: [`Self::get_query_wan_accelerator_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_wanaccelerator.html>
    pub fn get_query_wan_accelerator_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::WAN_ACCELERATOR,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=WanAccelerator&format=Entities`
    ///
    /// Returns a resource representation of a collection of WAN accelerators configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /wanAccelerators.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `WanAccelerator`, in no other format. Its filter and sort fields must be ones [`query_types::WAN_ACCELERATOR`](super::query_types::WAN_ACCELERATOR) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`WanAccelerator`](super::types::WanAccelerator) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_wan_accelerator_entities_all`].
    ///
    /// The entity type from the items of `GET /wanAccelerators?format=Entity` (`WanAccelerators`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_wanaccelerator.html>
    pub async fn get_query_wan_accelerator_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::WanAccelerator>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::WAN_ACCELERATOR,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=WanAccelerator&format=Entities`
    ///
    /// Returns a resource representation of a collection of WAN accelerators configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /wanAccelerators.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `WanAccelerator`, in no other format. Its filter and sort fields must be ones [`query_types::WAN_ACCELERATOR`](super::query_types::WAN_ACCELERATOR) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`WanAccelerator`](super::types::WanAccelerator) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_wan_accelerator_entities`].
    ///
    /// The entity type from the items of `GET /wanAccelerators?format=Entity` (`WanAccelerators`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_wanaccelerator.html>
    pub fn get_query_wan_accelerator_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::WanAccelerator, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::WAN_ACCELERATOR,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=vAppReplicaPoint`
    ///
    /// Returns resource representation of a collection of restore points of separate vApps replicas. For details, see /vAppReplicaPoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `vAppReplicaPoint`, in no other format. Its filter and sort fields must be ones [`query_types::V_APP_REPLICA_POINT`](super::query_types::V_APP_REPLICA_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_v_app_replica_point_all`].
    ///
    /// The entities themselves: [`Self::get_query_v_app_replica_point_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vappreplicapoint.html>
    pub async fn get_query_v_app_replica_point(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::V_APP_REPLICA_POINT,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=vAppReplicaPoint`
    ///
    /// Returns resource representation of a collection of restore points of separate vApps replicas. For details, see /vAppReplicaPoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `vAppReplicaPoint`, in no other format. Its filter and sort fields must be ones [`query_types::V_APP_REPLICA_POINT`](super::query_types::V_APP_REPLICA_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_v_app_replica_point`].
    ///
    /// The entities themselves: [`Self::get_query_v_app_replica_point_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vappreplicapoint.html>
    pub fn get_query_v_app_replica_point_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::V_APP_REPLICA_POINT,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=vAppReplicaPoint&format=Entities`
    ///
    /// Returns resource representation of a collection of restore points of separate vApps replicas. For details, see /vAppReplicaPoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `vAppReplicaPoint`, in no other format. Its filter and sort fields must be ones [`query_types::V_APP_REPLICA_POINT`](super::query_types::V_APP_REPLICA_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`VAppReplicaPoint`](super::types::VAppReplicaPoint) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_v_app_replica_point_entities_all`].
    ///
    /// The entity type from the items of `GET /vAppReplicaPoints?format=Entity` (`VAppReplicaPoints`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vappreplicapoint.html>
    pub async fn get_query_v_app_replica_point_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::VAppReplicaPoint>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::V_APP_REPLICA_POINT,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=vAppReplicaPoint&format=Entities`
    ///
    /// Returns resource representation of a collection of restore points of separate vApps replicas. For details, see /vAppReplicaPoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `vAppReplicaPoint`, in no other format. Its filter and sort fields must be ones [`query_types::V_APP_REPLICA_POINT`](super::query_types::V_APP_REPLICA_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`VAppReplicaPoint`](super::types::VAppReplicaPoint) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_v_app_replica_point_entities`].
    ///
    /// The entity type from the items of `GET /vAppReplicaPoints?format=Entity` (`VAppReplicaPoints`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vappreplicapoint.html>
    pub fn get_query_v_app_replica_point_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::VAppReplicaPoint, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::V_APP_REPLICA_POINT,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /query?type=vAppRestorePoint`
    ///
    /// Returns a resource representation of a collection of vApp restore points created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /vAppRestorePoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `vAppRestorePoint`, in no other format. Its filter and sort fields must be ones [`query_types::V_APP_RESTORE_POINT`](super::query_types::V_APP_RESTORE_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_v_app_restore_point_all`].
    ///
    /// The entities themselves: [`Self::get_query_v_app_restore_point_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vapprestorepoint.html>
    pub async fn get_query_v_app_restore_point(
        &self,
        query: &crate::flows::Query,
    ) -> Result<crate::flows::QueryResult<super::types::Ref>, crate::runtime::Error> {
        self.query_page_of(
                &super::query_types::V_APP_RESTORE_POINT,
                crate::flows::QueryFormat::Refs,
                query,
            )
            .await
    }
    /// `GET /query?type=vAppRestorePoint`
    ///
    /// Returns a resource representation of a collection of vApp restore points created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /vAppRestorePoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `vAppRestorePoint`, in no other format. Its filter and sort fields must be ones [`query_types::V_APP_RESTORE_POINT`](super::query_types::V_APP_RESTORE_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of references, [`Ref`](super::types::Ref) (`<QueryResult><Refs><Ref/>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_v_app_restore_point`].
    ///
    /// The entities themselves: [`Self::get_query_v_app_restore_point_entities`] (`format=Entities`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vapprestorepoint.html>
    pub fn get_query_v_app_restore_point_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::Ref, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::V_APP_RESTORE_POINT,
            crate::flows::QueryFormat::Refs,
            query,
        )
    }
    /// `GET /query?type=vAppRestorePoint&format=Entities`
    ///
    /// Returns a resource representation of a collection of vApp restore points created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /vAppRestorePoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `vAppRestorePoint`, in no other format. Its filter and sort fields must be ones [`query_types::V_APP_RESTORE_POINT`](super::query_types::V_APP_RESTORE_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// One page of entities, [`VAppRestorePoint`](super::types::VAppRestorePoint) (`<QueryResult><Entities>` in XML) in a [`QueryResult`](crate::flows::QueryResult) with its paging info, on 200 OK. Every page: [`Self::get_query_v_app_restore_point_entities_all`].
    ///
    /// The entity type from the items of `GET /vAppRestorePoints?format=Entity` (`VAppRestorePoints`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vapprestorepoint.html>
    pub async fn get_query_v_app_restore_point_entities(
        &self,
        query: &crate::flows::Query,
    ) -> Result<
        crate::flows::QueryResult<super::types::VAppRestorePoint>,
        crate::runtime::Error,
    > {
        self.query_page_of(
                &super::query_types::V_APP_RESTORE_POINT,
                crate::flows::QueryFormat::Entities,
                query,
            )
            .await
    }
    /// `GET /query?type=vAppRestorePoint&format=Entities`
    ///
    /// Returns a resource representation of a collection of vApp restore points created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /vAppRestorePoints.
    ///
    /// # Arguments
    ///
    /// - `query`: the filter, sort, page size and page ([`Query`](crate::flows::Query)); a query without a type ([`Query::default()`]) or of type `vAppRestorePoint`, in no other format. Its filter and sort fields must be ones [`query_types::V_APP_RESTORE_POINT`](super::query_types::V_APP_RESTORE_POINT) lists (the page's *Optional Parameters*), unless it allows undocumented fields.
    ///
    /// [`Query::default()`]: crate::flows::Query::default
    ///
    /// # Returns
    ///
    /// Every item across pages, as a stream of entities, [`VAppRestorePoint`](super::types::VAppRestorePoint) (`<QueryResult><Entities>` in XML): pages are read one after the other from the query's page (or 1) as [`Client::query_all`](crate::Client::query_all) reads them; an error ends the stream. One page: [`Self::get_query_v_app_restore_point_entities`].
    ///
    /// The entity type from the items of `GET /vAppRestorePoints?format=Entity` (`VAppRestorePoints`), the collection the page names.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vapprestorepoint.html>
    pub fn get_query_v_app_restore_point_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl futures_util::Stream<
        Item = Result<super::types::VAppRestorePoint, crate::runtime::Error>,
    > + '_ {
        self.query_all_of(
            &super::query_types::V_APP_RESTORE_POINT,
            crate::flows::QueryFormat::Entities,
            query,
        )
    }
    /// `GET /querySvc`
    ///
    /// Returns a list of queries for entity resources.
    ///
    /// # Returns
    ///
    /// `QuerySvc` (`<QuerySvc>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_querysvc.html>
    pub async fn get_query_svc(
        &self,
    ) -> Result<super::types::QuerySvc, crate::runtime::Error> {
        const OPERATION: &str = "GET /querySvc";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/querySvc".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /replicaSessions`
    ///
    /// Returns a resource representation of a collection of all replication job sessions performed on all backup servers connected to Veeam Backup Enterprise Manager. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EntityReferences>`.
    ///
    /// The entities themselves: [`Self::get_replica_sessions_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicasessions.html>
    pub async fn get_replica_sessions(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /replicaSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/replicaSessions".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /replicaSessions?format=Entity`
    ///
    /// The entity form of [`Self::get_replica_sessions`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `ReplicaJobSessions` (`<ReplicaJobSessions>` in XML), on 200 OK. Typed from the conventions: items `<ReplicaJobSession>` from `GET /replicaSessions/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicasessions.html>
    pub async fn get_replica_sessions_entities(
        &self,
    ) -> Result<super::types::ReplicaJobSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /replicaSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/replicaSessions".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /replicaSessions/{ID}`
    ///
    /// Returns a resource representation of a replication job session having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `ReplicaJobSession` (`<ReplicaJobSession>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicasessions_id.html>
    pub async fn get_replica_sessions_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::ReplicaJobSession, crate::runtime::Error> {
        const OPERATION: &str = "GET /replicaSessions/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/replicaSessions/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /replicaSessions/{ID}/replicaTaskSessions`
    ///
    /// Returns a collection of replication task sessions of the replication session that has the specified ID. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_replica_sessions_by_id_replica_task_sessions_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicasessions_id_replicatasksessions.html>
    pub async fn get_replica_sessions_by_id_replica_task_sessions(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /replicaSessions/{ID}/replicaTaskSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/replicaSessions/{}/replicaTaskSessions", crate
                ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /replicaSessions/{ID}/replicaTaskSessions?format=Entity`
    ///
    /// The entity form of [`Self::get_replica_sessions_by_id_replica_task_sessions`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `ReplicaTaskSessions` (`<ReplicaTaskSessions>` in XML), on 200 OK. Typed from the conventions: items `<ReplicaTaskSession>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicasessions_id_replicatasksessions.html>
    pub async fn get_replica_sessions_by_id_replica_task_sessions_entities(
        &self,
        id: &str,
    ) -> Result<super::types::ReplicaTaskSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /replicaSessions/{ID}/replicaTaskSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/replicaSessions/{}/replicaTaskSessions", crate
                ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /replicaTaskSessions`
    ///
    /// Returns a resource representation of a replication tasks collection. Tasks are performed on all backup servers connected to Veeam Backup Enterprise Manager. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_replica_task_sessions_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicatasksessions.html>
    pub async fn get_replica_task_sessions(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /replicaTaskSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/replicaTaskSessions".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /replicaTaskSessions?format=Entity`
    ///
    /// The entity form of [`Self::get_replica_task_sessions`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `ReplicaTaskSessions` (`<ReplicaTaskSessions>` in XML), on 200 OK. Typed from the conventions: items `<ReplicaTaskSession>` from `GET /replicaTaskSessions/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicatasksessions.html>
    pub async fn get_replica_task_sessions_entities(
        &self,
    ) -> Result<super::types::ReplicaTaskSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /replicaTaskSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/replicaTaskSessions".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /replicaTaskSessions/{ID}`
    ///
    /// Returns a resource representation of a replication task session having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `ReplicaTaskSession` (`<ReplicaTaskSession>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicatasksessions_id.html>
    pub async fn get_replica_task_sessions_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::ReplicaTaskSession, crate::runtime::Error> {
        const OPERATION: &str = "GET /replicaTaskSessions/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/replicaTaskSessions/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
    /// `GET /reports/summary`
    ///
    /// Returns a set of links to reports on Veeam Backup Enterprise Manager and Veeam Backup & Replication entities.
    ///
    /// # Returns
    ///
    /// `SummaryReport` (`<SummaryReport>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_reports_summary.html>
    pub async fn get_reports_summary(
        &self,
    ) -> Result<super::types::SummaryReport, crate::runtime::Error> {
        const OPERATION: &str = "GET /reports/summary";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/reports/summary".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /reports/summary/job_statistics`
    ///
    /// Returns an overview report about performed jobs, their status, duration and other job-related information.
    ///
    /// # Returns
    ///
    /// `JobStatisticsReportFrame` (`<JobStatisticsReportFrame>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_reports_summary_statistics.html>
    pub async fn get_reports_summary_job_statistics(
        &self,
    ) -> Result<super::types::JobStatisticsReportFrame, crate::runtime::Error> {
        const OPERATION: &str = "GET /reports/summary/job_statistics";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/reports/summary/job_statistics".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /reports/summary/overview`
    ///
    /// Returns a resource representation of an overview report about backup infrastructure components and performed backup and replication jobs.
    ///
    /// # Returns
    ///
    /// `OverviewReportFrame` (`<OverviewReportFrame>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_reports_summary_overview.html>
    pub async fn get_reports_summary_overview(
        &self,
    ) -> Result<super::types::OverviewReportFrame, crate::runtime::Error> {
        const OPERATION: &str = "GET /reports/summary/overview";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/reports/summary/overview".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /reports/summary/processed_vms`
    ///
    /// Returns an overview report about the number of VMs processed per day.
    ///
    /// # Returns
    ///
    /// `ProcessedVmsReportFrame` (`<ProcessedVmsReportFrame>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<ProcessedVmsReportFrame>`; convention: `resource_representations` (<https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_reports_summary_processed_vms.html>
    pub async fn get_reports_summary_processed_vms(
        &self,
    ) -> Result<super::types::ProcessedVmsReportFrame, crate::runtime::Error> {
        const OPERATION: &str = "GET /reports/summary/processed_vms";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/reports/summary/processed_vms".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /reports/summary/repository`
    ///
    /// Returns an overview report about backup repositories, their capacity, free space and size of backup files on these backup repositories.
    ///
    /// # Returns
    ///
    /// `RepositoryReportFrame` (`<RepositoryReportFrame>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<RepositoryReportFrame>`; convention: `resource_representations` (<https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_reports_summary_repository.html>
    pub async fn get_reports_summary_repository(
        &self,
    ) -> Result<super::types::RepositoryReportFrame, crate::runtime::Error> {
        const OPERATION: &str = "GET /reports/summary/repository";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/reports/summary/repository".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /reports/summary/vms_overview`
    ///
    /// Returns a resource representation of an overview report about backed up and replicated VMs, available restore points and so on.
    ///
    /// # Returns
    ///
    /// `VmsOverviewReportFrame` (`<VmsOverviewReportFrame>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<VmsOverviewReportFrame>`; convention: `resource_representations` (<https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_reports_summary_vms_overview.html>
    pub async fn get_reports_summary_vms_overview(
        &self,
    ) -> Result<super::types::VmsOverviewReportFrame, crate::runtime::Error> {
        const OPERATION: &str = "GET /reports/summary/vms_overview";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/reports/summary/vms_overview".to_string(),
            query: vec![],
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
    /// `GET /restorePoints`
    ///
    /// Returns a resource representation of a restore points collection for backups and replicas created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_restore_points_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints.html>
    pub async fn get_restore_points(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/restorePoints".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /restorePoints?format=Entity`
    ///
    /// The entity form of [`Self::get_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `RestorePoints` (`<RestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<RestorePoint>` from `GET /restorePoints/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints.html>
    pub async fn get_restore_points_entities(
        &self,
    ) -> Result<super::types::RestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/restorePoints".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /restorePoints/{ID}`
    ///
    /// Returns a resource representation of a backup restore point having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `RestorePoint` (`<RestorePoint>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id.html>
    pub async fn get_restore_points_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::RestorePoint, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/restorePoints/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /restorePoints/{ID}/agentRestorePoints`
    ///
    /// Returns a resource representation of a restore points collection for Veeam Agent backups created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_restore_points_by_id_agent_restore_points_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id_agentrestorepoints.html>
    pub async fn get_restore_points_by_id_agent_restore_points(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints/{ID}/agentRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/restorePoints/{}/agentRestorePoints", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /restorePoints/{ID}/agentRestorePoints?format=Entity`
    ///
    /// The entity form of [`Self::get_restore_points_by_id_agent_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `AgentRestorePoints` (`<AgentRestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<AgentRestorePoint>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id_agentrestorepoints.html>
    pub async fn get_restore_points_by_id_agent_restore_points_entities(
        &self,
        id: &str,
    ) -> Result<super::types::AgentRestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints/{ID}/agentRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/restorePoints/{}/agentRestorePoints", crate ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /restorePoints/{ID}/backupFiles`
    ///
    /// Returns a resource representation of a collection of backup files created for a restore point with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_restore_points_by_id_backup_files_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id_backupfiles.html>
    pub async fn get_restore_points_by_id_backup_files(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints/{ID}/backupFiles";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/restorePoints/{}/backupFiles", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /restorePoints/{ID}/backupFiles?format=Entity`
    ///
    /// The entity form of [`Self::get_restore_points_by_id_backup_files`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `BackupFiles` (`<BackupFiles>` in XML), on 200 OK. Typed from the conventions: items `<BackupFile>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id_backupfiles.html>
    pub async fn get_restore_points_by_id_backup_files_entities(
        &self,
        id: &str,
    ) -> Result<super::types::BackupFiles, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints/{ID}/backupFiles";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/restorePoints/{}/backupFiles", crate ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /restorePoints/{ID}/vAppRestorePoints`
    ///
    /// Returns a resource representation of a collection of vApp restore points created for a backup restore point with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_restore_points_by_id_v_app_restore_points_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id_vapprestorepoints.html>
    pub async fn get_restore_points_by_id_v_app_restore_points(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints/{ID}/vAppRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/restorePoints/{}/vAppRestorePoints", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /restorePoints/{ID}/vAppRestorePoints?format=Entity`
    ///
    /// The entity form of [`Self::get_restore_points_by_id_v_app_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `VAppRestorePoints` (`<VAppRestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<VAppRestorePoint>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id_vapprestorepoints.html>
    pub async fn get_restore_points_by_id_v_app_restore_points_entities(
        &self,
        id: &str,
    ) -> Result<super::types::VAppRestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints/{ID}/vAppRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/restorePoints/{}/vAppRestorePoints", crate ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /restorePoints/{ID}/vmRestorePoints`
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs created for a backup restore point with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_restore_points_by_id_vm_restore_points_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id_vmrestorepoints.html>
    pub async fn get_restore_points_by_id_vm_restore_points(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints/{ID}/vmRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/restorePoints/{}/vmRestorePoints", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /restorePoints/{ID}/vmRestorePoints?format=Entity`
    ///
    /// The entity form of [`Self::get_restore_points_by_id_vm_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `VmRestorePoints` (`<VmRestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<VmRestorePoint>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id_vmrestorepoints.html>
    pub async fn get_restore_points_by_id_vm_restore_points_entities(
        &self,
        id: &str,
    ) -> Result<super::types::VmRestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints/{ID}/vmRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/restorePoints/{}/vmRestorePoints", crate ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /restoreSessions`
    ///
    /// Returns a collection of restore sessions performed on all backup servers connected to Veeam Backup Enterprise Manager. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EntityReferences>`.
    ///
    /// The entities themselves: [`Self::get_restore_sessions_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restoresessions.html>
    pub async fn get_restore_sessions(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /restoreSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/restoreSessions".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /restoreSessions?format=Entity`
    ///
    /// The entity form of [`Self::get_restore_sessions`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `RestoreSessions` (`<RestoreSessions>` in XML), on 200 OK. Typed from the conventions: items `<RestoreSession>` from `GET /restoreSessions/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restoresessions.html>
    pub async fn get_restore_sessions_entities(
        &self,
    ) -> Result<super::types::RestoreSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /restoreSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/restoreSessions".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /restoreSessions/{ID}`
    ///
    /// Returns a restore session having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `RestoreSession` (`<RestoreSession>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restoresessions_id.html>
    pub async fn get_restore_sessions_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::RestoreSession, crate::runtime::Error> {
        const OPERATION: &str = "GET /restoreSessions/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/restoreSessions/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /security`
    ///
    /// Returns a resource representation of the security resource. The security resource provides access to the Veeam Backup Enterprise Manager security settings and allows the client to manage roles used in Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EnterpriseSecuritySettings` (`<EnterpriseSecuritySettings>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EnterpriseSecuritySettings>`; convention: `resource_representations` (<https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security.html>
    pub async fn get_security(
        &self,
    ) -> Result<super::types::EnterpriseSecuritySettings, crate::runtime::Error> {
        const OPERATION: &str = "GET /security";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/security".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /security/accounts`
    ///
    /// Returns a collection of accounts having specific security roles in Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_security_accounts_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts.html>
    pub async fn get_security_accounts(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/accounts";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/security/accounts".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /security/accounts?format=Entity`
    ///
    /// The entity form of [`Self::get_security_accounts`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `EnterpriseAccounts` (`<EnterpriseAccounts>` in XML), on 200 OK. Typed from the conventions: items `<EnterpriseAccount>` from `GET /security/accounts/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts.html>
    pub async fn get_security_accounts_entities(
        &self,
    ) -> Result<super::types::EnterpriseAccounts, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/accounts";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/security/accounts".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /security/accounts`
    ///
    /// Adds a user or group account having a specific security role to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `body`: the request body, `<EnterpriseAccountCreateSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Some(EnterpriseAccount)` (`<EnterpriseAccount>` in XML), or `None` when the body is empty, on 201 Created.
    ///
    /// The answer's type is not on the page; from convention: 201 Created answers the created resource, as `GET /security/accounts/{ID}` does; the page says the body is `None.`, so an empty body is `None`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts.html>
    pub async fn post_security_accounts(
        &self,
        body: &super::types::EnterpriseAccountCreateSpec,
    ) -> Result<Option<super::types::EnterpriseAccount>, crate::runtime::Error> {
        const OPERATION: &str = "POST /security/accounts";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: "/security/accounts".to_string(),
            query: vec![],
            body: Some(
                crate::runtime::encode(
                    self.format(),
                    "EnterpriseAccountCreateSpec",
                    body,
                ),
            ),
            expect: &[201],
        };
        let response = self.send(request).await?;
        if response.body.iter().all(u8::is_ascii_whitespace) {
            Ok(None)
        } else {
            response.decode(OPERATION, self.format()).map(Some)
        }
    }
    /// `POST /security/accounts?action=rebuildScope`
    ///
    /// Rebuilds a restore scope for user accounts added to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `body`: the request body, `<RebuildScopeJobSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 201 Created.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts_actionrebuildscope.html>
    pub async fn post_security_accounts_rebuild_scope(
        &self,
        body: &super::types::RebuildScopeJobSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /security/accounts";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: "/security/accounts".to_string(),
            query: vec![("action", "rebuildScope".to_string())],
            body: Some(
                crate::runtime::encode(self.format(), "RebuildScopeJobSpec", body),
            ),
            expect: &[201],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `DELETE /security/accounts/{ID}`
    ///
    /// Removes an account having the specified ID and a specific security role from Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `()`: the answer has no body, on 204 No Content.
    ///
    /// The answer's type is not on the page; from 204 No Content.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_security_accounts_id.html>
    pub async fn delete_security_accounts_by_id(
        &self,
        id: &str,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "DELETE /security/accounts/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!("/security/accounts/{}", crate ::runtime::path_segment(id)),
            query: vec![],
            body: None,
            expect: &[204],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
    /// `GET /security/accounts/{ID}`
    ///
    /// Returns an account having the specified ID. The account is added to Veeam Backup Enterprise Manager and is assigned a specific security role.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EnterpriseAccount` (`<EnterpriseAccount>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id.html>
    pub async fn get_security_accounts_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::EnterpriseAccount, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/accounts/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/security/accounts/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /security/accounts/{ID}`
    ///
    /// Enables or disables the Restore scope: All virtual machines option specified for the account.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `()`: the answer has no body, on 204 No Content.
    ///
    /// The answer's type is not on the page; from 204 No Content.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts_id.html>
    pub async fn post_security_accounts_by_id(
        &self,
        id: &str,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "POST /security/accounts/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/security/accounts/{}", crate ::runtime::path_segment(id)),
            query: vec![],
            body: None,
            expect: &[204],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
    /// `GET /security/accounts/{ID}/roles`
    ///
    /// Returns a collection of security roles assigned to the specified Veeam Backup Enterprise Manager account. For details on security roles, see Security Roles.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EnterpriseAccountInRoleList` (`<EnterpriseAccountInRoleList>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from resource page: `<EnterpriseAccountInRoleList>`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id_roles.html>
    pub async fn get_security_accounts_by_id_roles(
        &self,
        id: &str,
    ) -> Result<super::types::EnterpriseAccountInRoleList, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/accounts/{ID}/roles";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/security/accounts/{}/roles", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /security/accounts/{ID}/roles`
    ///
    /// Assigns a Veeam Backup Enterprise Manager security role to the specified account.For details on security roles, see Security Roles.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<EnterpriseAccountInRoleCreateSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Some(EnterpriseAccountInRole)` (`<EnterpriseAccountInRole>` in XML), or `None` when the body is empty, on 201 Created.
    ///
    /// The answer's type is not on the page; from convention: 201 Created answers the created resource, as `GET /security/accounts/{ID}/roles/{ID}` does; the page says the body is `None.`, so an empty body is `None`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts_id_roles.html>
    pub async fn post_security_accounts_by_id_roles(
        &self,
        id: &str,
        body: &super::types::EnterpriseAccountInRoleCreateSpec,
    ) -> Result<Option<super::types::EnterpriseAccountInRole>, crate::runtime::Error> {
        const OPERATION: &str = "POST /security/accounts/{ID}/roles";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/security/accounts/{}/roles", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: Some(
                crate::runtime::encode(
                    self.format(),
                    "EnterpriseAccountInRoleCreateSpec",
                    body,
                ),
            ),
            expect: &[201],
        };
        let response = self.send(request).await?;
        if response.body.iter().all(u8::is_ascii_whitespace) {
            Ok(None)
        } else {
            response.decode(OPERATION, self.format()).map(Some)
        }
    }
    /// `DELETE /security/accounts/{ID}/roles/{ID}`
    ///
    /// Removes the Veeam Backup Enterprise Manager security role from the account having the specified ID.
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
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_security_accounts_id_roles_id.html>
    pub async fn delete_security_accounts_by_id_roles_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "DELETE /security/accounts/{ID}/roles/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!(
                "/security/accounts/{}/roles/{}", crate ::runtime::path_segment(id),
                crate ::runtime::path_segment(id2)
            ),
            query: vec![],
            body: None,
            expect: &[204],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
    /// `GET /security/accounts/{ID}/roles/{ID}`
    ///
    /// Returns a specific security role assigned to the specified account that is added to Veeam Backup Enterprise Manager. For details on security roles, see Security Roles.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EnterpriseAccountInRole` (`<EnterpriseAccountInRole>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id_roles_id.html>
    pub async fn get_security_accounts_by_id_roles_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<super::types::EnterpriseAccountInRole, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/accounts/{ID}/roles/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/security/accounts/{}/roles/{}", crate ::runtime::path_segment(id),
                crate ::runtime::path_segment(id2)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /security/accounts/{ID}/scopes`
    ///
    /// Returns a collection of restore scopes defined for the specified account. The account is added to Veeam Backup Enterprise Manager and is assigned a specific security role.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EnterpriseAccountHierarchyScopes` (`<EnterpriseAccountHierarchyScopes>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id_scopes.html>
    pub async fn get_security_accounts_by_id_scopes(
        &self,
        id: &str,
    ) -> Result<super::types::EnterpriseAccountHierarchyScopes, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/accounts/{ID}/scopes";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/security/accounts/{}/scopes", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /security/accounts/{ID}/scopes`
    ///
    /// Assigns a restore scope to the account having the specified ID. The account is added to Veeam Backup Enterprise Manager and has a specific security role.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<HierarchyScopeCreateSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// The answer's type is not on the page; from convention: 202 Accepted answers a Task (`format` (<https://helpcenter.veeam.com/docs/vbr/em_rest/format.html>)).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts_id_scopes.html>
    pub async fn post_security_accounts_by_id_scopes(
        &self,
        id: &str,
        body: &super::types::HierarchyScopeCreateSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /security/accounts/{ID}/scopes";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/security/accounts/{}/scopes", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: Some(
                crate::runtime::encode(self.format(), "HierarchyScopeCreateSpec", body),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `DELETE /security/accounts/{ID}/scopes/{ID}`
    ///
    /// Removes a restore scope having the specified ID from the account having the specified ID. The account is added to Veeam Backup Enterprise Manager and is assigned a specific security role.
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
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_security_accounts_id_scopes_id.html>
    pub async fn delete_security_accounts_by_id_scopes_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "DELETE /security/accounts/{ID}/scopes/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!(
                "/security/accounts/{}/scopes/{}", crate ::runtime::path_segment(id),
                crate ::runtime::path_segment(id2)
            ),
            query: vec![],
            body: None,
            expect: &[204],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
    /// `GET /security/accounts/{ID}/scopes/{ID}`
    ///
    /// Returns a restore scope having the specified ID. The scope is defined for the account that is added to Veeam Backup Enterprise Manager and is assigned a specific security role.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EnterpriseAccountHierarchyScope` (`<EnterpriseAccountHierarchyScope>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id_scopes_id.html>
    pub async fn get_security_accounts_by_id_scopes_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<super::types::EnterpriseAccountHierarchyScope, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/accounts/{ID}/scopes/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/security/accounts/{}/scopes/{}", crate ::runtime::path_segment(id),
                crate ::runtime::path_segment(id2)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /security/roles`
    ///
    /// Returns a collection of security roles used for access management in Veeam Backup Enterprise Manager REST API. For details on security roles, see Security Roles.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_security_roles_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_roles.html>
    pub async fn get_security_roles(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/roles";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/security/roles".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /security/roles?format=Entity`
    ///
    /// The entity form of [`Self::get_security_roles`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `EnterpriseRoles` (`<EnterpriseRoles>` in XML), on 200 OK. Typed from the conventions: items `<EnterpriseRole>` from `GET /security/roles/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_roles.html>
    pub async fn get_security_roles_entities(
        &self,
    ) -> Result<super::types::EnterpriseRoles, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/roles";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/security/roles".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /security/roles/{ID}`
    ///
    /// Returns a security role having the specified ID. The security role belongs to a list of roles used in Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EnterpriseRole` (`<EnterpriseRole>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_roles_id.html>
    pub async fn get_security_roles_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::EnterpriseRole, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/roles/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/security/roles/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
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
    /// `POST /sessionMngr/?v=v1_7`
    ///
    /// Creates a new logon session for Veeam Backup Enterprise Manager REST API.
    ///
    /// # Returns
    ///
    /// `LogonSession` (`<LogonSession>` in XML), on 201 Created.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_sessionmngr.html>
    pub async fn post_session_mngr_v_v1_7(
        &self,
    ) -> Result<super::types::LogonSession, crate::runtime::Error> {
        const OPERATION: &str = "POST /sessionMngr/";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: "/sessionMngr/".to_string(),
            query: vec![("v", "v1_7".to_string())],
            body: None,
            expect: &[201],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /systemSessions`
    ///
    /// Returns a resource representation of a collection of all system sessions of Veeam Backup Enterprise Manager. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_system_sessions_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_systemsessions.html>
    pub async fn get_system_sessions(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /systemSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/systemSessions".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /systemSessions?format=Entity`
    ///
    /// The entity form of [`Self::get_system_sessions`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `SystemSessions` (`<SystemSessions>` in XML), on 200 OK. Typed from the conventions: items `<SystemSession>` from `GET /systemSessions/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_systemsessions.html>
    pub async fn get_system_sessions_entities(
        &self,
    ) -> Result<super::types::SystemSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /systemSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/systemSessions".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /systemSessions/{ID}`
    ///
    /// Returns a resource representation of a system session having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `SystemSession` (`<SystemSession>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_systemsessions_id.html>
    pub async fn get_system_sessions_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::SystemSession, crate::runtime::Error> {
        const OPERATION: &str = "GET /systemSessions/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/systemSessions/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /systemSessions/{ID}/events`
    ///
    /// Returns a resource representation of a collection of all log events of a system session having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `SystemSessionEvents` (`<SystemSessionEvents>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from resource page: `<SystemSessionEvents>`; convention: `resource_representations` (<https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_systemsessions_id_events.html>
    pub async fn get_system_sessions_by_id_events(
        &self,
        id: &str,
    ) -> Result<super::types::SystemSessionEvents, crate::runtime::Error> {
        const OPERATION: &str = "GET /systemSessions/{ID}/events";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/systemSessions/{}/events", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /tasks`
    ///
    /// Returns a resource representation of a collection of tasks created by Veeam Backup Enterprise Manager within the currently existing logon session.
    ///
    /// # Returns
    ///
    /// `Tasks` (`<Tasks>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tasks.html>
    pub async fn get_tasks(&self) -> Result<super::types::Tasks, crate::runtime::Error> {
        const OPERATION: &str = "GET /tasks";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/tasks".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `DELETE /tasks/{ID}`
    ///
    /// Removes a task having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `()`: the answer has no body, on 204 No Content.
    ///
    /// The answer's type is not on the page; from 204 No Content.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_task_id.html>
    pub async fn delete_tasks_by_id(
        &self,
        id: &str,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "DELETE /tasks/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!("/tasks/{}", crate ::runtime::path_segment(id)),
            query: vec![],
            body: None,
            expect: &[204],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
    /// `GET /tasks/{ID}`
    ///
    /// Returns a resource representation of a task having the specified ID. The task is created by Veeam Backup Enterprise Manager in response to client requests.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tasks_id.html>
    pub async fn get_tasks_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "GET /tasks/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/tasks/{}", crate ::runtime::path_segment(id)),
            query: vec![],
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
    /// `GET /vAppRestorePoints`
    ///
    /// Returns a resource representation of a collection of vApp restore points created on backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_v_app_restore_points_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vapprestorepoints.html>
    pub async fn get_v_app_restore_points(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /vAppRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/vAppRestorePoints".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /vAppRestorePoints?format=Entity`
    ///
    /// The entity form of [`Self::get_v_app_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `VAppRestorePoints` (`<VAppRestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<VAppRestorePoint>` from `GET /vAppRestorePoints/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vapprestorepoints.html>
    pub async fn get_v_app_restore_points_entities(
        &self,
    ) -> Result<super::types::VAppRestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /vAppRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/vAppRestorePoints".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /vAppRestorePoints/{ID}`
    ///
    /// Returns a resource representation of a vApp restore point having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `VAppRestorePoint` (`<VAppRestorePoint>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vapprestorepoints_id.html>
    pub async fn get_v_app_restore_points_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::VAppRestorePoint, crate::runtime::Error> {
        const OPERATION: &str = "GET /vAppRestorePoints/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/vAppRestorePoints/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /vAppRestorePoints/{ID}?action=restore`
    ///
    /// Starts the entire VM restore process from the vApp restore point having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<RestoreSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vapprestorepoints_id_actionrestore.html>
    pub async fn post_v_app_restore_points_by_id_restore(
        &self,
        id: &str,
        body: &super::types::RestoreSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /vAppRestorePoints/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/vAppRestorePoints/{}", crate ::runtime::path_segment(id)),
            query: vec![("action", "restore".to_string())],
            body: Some(crate::runtime::encode(self.format(), "RestoreSpec", body)),
            expect: &[202],
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
    /// `GET /vmRestorePoints`
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs in backup files.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_vm_restore_points_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmrestorepoints.html>
    pub async fn get_vm_restore_points(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /vmRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/vmRestorePoints".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /vmRestorePoints?format=Entity`
    ///
    /// The entity form of [`Self::get_vm_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `VmRestorePoints` (`<VmRestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<VmRestorePoint>` from `GET /vmRestorePoints/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmrestorepoints.html>
    pub async fn get_vm_restore_points_entities(
        &self,
    ) -> Result<super::types::VmRestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /vmRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/vmRestorePoints".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /vmRestorePoints/{ID}`
    ///
    /// Returns a resource representation of a VM restore point having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `VmRestorePoint` (`<VmRestorePoint>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmrestorepoints_id.html>
    pub async fn get_vm_restore_points_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::VmRestorePoint, crate::runtime::Error> {
        const OPERATION: &str = "GET /vmRestorePoints/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/vmRestorePoints/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /vmRestorePoints/{ID}?action=restore`
    ///
    /// Starts the entire VM restore process from the restore point having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<RestoreSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vmrestorepoints_id_actionrestore.html>
    pub async fn post_vm_restore_points_by_id_restore(
        &self,
        id: &str,
        body: &super::types::RestoreSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /vmRestorePoints/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/vmRestorePoints/{}", crate ::runtime::path_segment(id)),
            query: vec![("action", "restore".to_string())],
            body: Some(crate::runtime::encode(self.format(), "RestoreSpec", body)),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /vmRestorePoints/{ID}/mounts`
    ///
    /// Returns a resource representation of a mount points collection.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `VmRestorePointMounts` (`<VmRestorePointMounts>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<VmRestorePointMounts>`; convention: `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmrestorepoints_id_mountpoints.html>
    pub async fn get_vm_restore_points_by_id_mounts(
        &self,
        id: &str,
    ) -> Result<super::types::VmRestorePointMounts, crate::runtime::Error> {
        const OPERATION: &str = "GET /vmRestorePoints/{ID}/mounts";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/vmRestorePoints/{}/mounts", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /vmRestorePoints/{ID}/mounts`
    ///
    /// Starts the VM guest OS files restore from the specified restore point. Disks of the restored VM are mounted to the backup server and the VM guest OS files become available under the C:\\VeeamFLR&lt;vm-name&gt; folder.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<PostVmRestorePointsMountsSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vmrestorepoints_id_mountpoints.html>
    pub async fn post_vm_restore_points_by_id_mounts(
        &self,
        id: &str,
        body: &super::types::PostVmRestorePointsMountsSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /vmRestorePoints/{ID}/mounts";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/vmRestorePoints/{}/mounts", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: Some(
                crate::runtime::encode(
                    self.format(),
                    "PostVmRestorePointsMountsSpec",
                    body,
                ),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `DELETE /vmRestorePoints/{ID}/mounts/{ID}`
    ///
    /// Deletes a mount point having the specified ID and unmounts the VM disks from the backup server.
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
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_vmrestorepoints_id_mountpoints_id.html>
    pub async fn delete_vm_restore_points_by_id_mounts_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "DELETE /vmRestorePoints/{ID}/mounts/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!(
                "/vmRestorePoints/{}/mounts/{}", crate ::runtime::path_segment(id), crate
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
    /// `GET /vmRestorePoints/{ID}/mounts/{ID}`
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
    /// `VmRestorePointMount` (`<VmRestorePointMount>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmrestorepoints_id_mountpoints_id.html>
    pub async fn get_vm_restore_points_by_id_mounts_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<super::types::VmRestorePointMount, crate::runtime::Error> {
        const OPERATION: &str = "GET /vmRestorePoints/{ID}/mounts/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/vmRestorePoints/{}/mounts/{}", crate ::runtime::path_segment(id), crate
                ::runtime::path_segment(id2)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /vmRestorePoints/{ID}/mounts/{ID}/{filepath}`
    ///
    /// Returns a resource representation of a file or folder in the VM guest OS.
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
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmrestorepoints_id_mountpoints_id_filepath.html>
    pub async fn get_vm_restore_points_by_id_mounts_by_id_by_filepath(
        &self,
        id: &str,
        id2: &str,
        filepath: &str,
    ) -> Result<super::types::FileSystemEntries, crate::runtime::Error> {
        const OPERATION: &str = "GET /vmRestorePoints/{ID}/mounts/{ID}/{filepath}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/vmRestorePoints/{}/mounts/{}/{}", crate ::runtime::path_segment(id),
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
    /// `POST /vmRestorePoints/{ID}/mounts/{ID}/{filepath}?action=restore`
    ///
    /// Restores a VM guest OS file or folder. The file or folder can be restored to its original location on the VM or can be downloaded to the local machine.
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
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vmrestorepoints_id_mountpoints_id_filepath_actionrestore.html>
    pub async fn post_vm_restore_points_by_id_mounts_by_id_by_filepath_restore(
        &self,
        id: &str,
        id2: &str,
        filepath: &str,
        body: &super::types::FileRestoreSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /vmRestorePoints/{ID}/mounts/{ID}/{filepath}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/vmRestorePoints/{}/mounts/{}/{}", crate ::runtime::path_segment(id),
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
