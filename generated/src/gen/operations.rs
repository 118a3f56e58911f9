// @generated — do not edit; run `cargo xtask codegen`
//! One method per documented operation.
impl crate::Client {
    /// Returns a set of links to Veeam Agent Management resources.
    ///
    /// `GET /agents`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents.html>
    ///
    /// # Returns
    ///
    /// [`Agents`](crate::api::types::Agents) (`<Agents>` in XML), on 200 OK.
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
    /// Returns a resource representation of a collection of restore points for separate machines in Veeam Agent backups. Backups are created by Veeam Agent managed by Veeam Backup & Replication.
    ///
    /// `GET /agents/agentRestorePoints`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_agentrestorepoints.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_agents_agent_restore_points_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_agent_restore_points_entities`]: every one, in full
    /// - [`Self::get_agents_agent_restore_points_by_id`]: one, by its id
    /// - [`Self::get_agents_restore_points`]: every one, as references
    /// - [`Self::get_agents_restore_points_entities`]: every one, in full
    /// - [`Self::get_query_agent_restore_point`]: a query, as references
    /// - [`Self::get_query_agent_restore_point_entities`]: a query, in full
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
    /// The entity form of [`Self::get_agents_agent_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of restore points for separate machines in Veeam Agent backups. Backups are created by Veeam Agent managed by Veeam Backup & Replication.
    ///
    /// `GET /agents/agentRestorePoints?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_agentrestorepoints.html>
    ///
    /// # Returns
    ///
    /// [`AgentRestorePoints`](crate::api::types::AgentRestorePoints) (`<AgentRestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<AgentRestorePoint>` from `GET /agents/agentRestorePoints/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_agent_restore_points`]: every one, as references
    /// - [`Self::get_agents_agent_restore_points_by_id`]: one, by its id
    /// - [`Self::get_agents_restore_points`]: every one, as references
    /// - [`Self::get_agents_restore_points_entities`]: every one, in full
    /// - [`Self::get_query_agent_restore_point`]: a query, as references
    /// - [`Self::get_query_agent_restore_point_entities`]: a query, in full
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
    /// Returns a resource representation of a restore point having the specified ID. A restore point was created for a machine protected with Veeam Agent managed by Veeam Backup & Replication.
    ///
    /// `GET /agents/agentRestorePoints/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_agentrestorepoints_id.html>
    ///
    /// # Arguments
    ///
    /// - `agent_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`AgentRestorePoint`](crate::api::types::AgentRestorePoint) (`<AgentRestorePoint>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_agent_restore_points`]: every one, as references
    /// - [`Self::get_agents_agent_restore_points_entities`]: every one, in full
    /// - [`Self::get_agents_restore_points`]: every one, as references
    /// - [`Self::get_agents_restore_points_entities`]: every one, in full
    /// - [`Self::get_query_agent_restore_point`]: a query, as references
    /// - [`Self::get_query_agent_restore_point_entities`]: a query, in full
    pub async fn get_agents_agent_restore_points_by_id(
        &self,
        agent_restore_point_id: impl AsRef<str>,
    ) -> Result<super::types::AgentRestorePoint, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/agentRestorePoints/{ID}";
        let agent_restore_point_id = crate::runtime::id_segment(
            agent_restore_point_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/agents/agentRestorePoints/{}", agent_restore_point_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a collection of mount points created for restore points of Veeam Agent machines.
    ///
    /// `GET /agents/agentRestorePoints/{ID}/mounts`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_agentrestorepoints_id_mounts.html>
    ///
    /// # Arguments
    ///
    /// - `agent_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`AgentRestorePointMounts`](crate::api::types::AgentRestorePointMounts) (`<AgentRestorePointMounts>` in XML), on 200 OK.
    pub async fn get_agents_agent_restore_points_by_id_mounts(
        &self,
        agent_restore_point_id: impl AsRef<str>,
    ) -> Result<super::types::AgentRestorePointMounts, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/agentRestorePoints/{ID}/mounts";
        let agent_restore_point_id = crate::runtime::id_segment(
            agent_restore_point_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/agents/agentRestorePoints/{}/mounts", agent_restore_point_id
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Starts the machine guest OS files restore from the specified restore point. Disks of the restored machine are mounted to the backup server and the machine guest OS files become available under the C:\\VeeamFLR&lt;vm-name&gt; folder.
    ///
    /// `POST /agents/agentRestorePoints/{ID}/mounts`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_agents_agentrestorepoints_id_mounts.html>
    ///
    /// # Arguments
    ///
    /// - `agent_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_agents_agent_restore_points_by_id_mounts(
        &self,
        agent_restore_point_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /agents/agentRestorePoints/{ID}/mounts";
        let agent_restore_point_id = crate::runtime::id_segment(
            agent_restore_point_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/agents/agentRestorePoints/{}/mounts", agent_restore_point_id
            ),
            query: vec![],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Deletes a mount point having the specified ID and unmounts disks of the backed-up machine from the backup server.
    ///
    /// `DELETE /agents/agentRestorePoints/{ID}/mounts/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_agents_agentrestorepoints_id_mounts_id.html>
    ///
    /// # Arguments
    ///
    /// - `agent_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `mount_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// `()`: the answer has no body, on 204 No Content.
    ///
    /// The answer's type is not on the page; from 204 No Content.
    pub async fn delete_agents_agent_restore_points_by_id_mounts_by_id(
        &self,
        agent_restore_point_id: impl AsRef<str>,
        mount_id: impl AsRef<str>,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "DELETE /agents/agentRestorePoints/{ID}/mounts/{ID}";
        let agent_restore_point_id = crate::runtime::id_segment(
            agent_restore_point_id.as_ref(),
        );
        let mount_id = crate::runtime::id_segment(mount_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!(
                "/agents/agentRestorePoints/{}/mounts/{}", agent_restore_point_id,
                mount_id
            ),
            query: vec![],
            body: None,
            expect: &[204],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
    /// Returns a resource representation of a mount point having the specified ID. The mount point was created for a restore point of a Veeam Agent machine.
    ///
    /// `GET /agents/agentRestorePoints/{ID}/mounts/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_agentrestorepoints_id_mounts_id.html>
    ///
    /// # Arguments
    ///
    /// - `agent_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `mount_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`AgentRestorePointMount`](crate::api::types::AgentRestorePointMount) (`<AgentRestorePointMount>` in XML), on 200 OK.
    pub async fn get_agents_agent_restore_points_by_id_mounts_by_id(
        &self,
        agent_restore_point_id: impl AsRef<str>,
        mount_id: impl AsRef<str>,
    ) -> Result<super::types::AgentRestorePointMount, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/agentRestorePoints/{ID}/mounts/{ID}";
        let agent_restore_point_id = crate::runtime::id_segment(
            agent_restore_point_id.as_ref(),
        );
        let mount_id = crate::runtime::id_segment(mount_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/agents/agentRestorePoints/{}/mounts/{}", agent_restore_point_id,
                mount_id
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a file or folder in the guest OS.
    ///
    /// `GET /agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_agentrestorepoints_id_mounts_id_filepath.html>
    ///
    /// # Arguments
    ///
    /// - `agent_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `mount_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `filepath`: the `{filepath}` of the path.
    ///
    /// # Returns
    ///
    /// [`FileSystemEntries`](crate::api::types::FileSystemEntries) (`<FileSystemEntries>` in XML), on 200 OK.
    pub async fn get_agents_agent_restore_points_by_id_mounts_by_id_by_filepath(
        &self,
        agent_restore_point_id: impl AsRef<str>,
        mount_id: impl AsRef<str>,
        filepath: impl AsRef<str>,
    ) -> Result<super::types::FileSystemEntries, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}";
        let agent_restore_point_id = crate::runtime::id_segment(
            agent_restore_point_id.as_ref(),
        );
        let mount_id = crate::runtime::id_segment(mount_id.as_ref());
        let filepath = crate::runtime::path_segment(filepath.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/agents/agentRestorePoints/{}/mounts/{}/{}", agent_restore_point_id,
                mount_id, filepath
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Restores a guest OS file or folder. The file or folder can be restored to its original location on the machine or can be downloaded to the local machine.
    ///
    /// `POST /agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}?action=restore`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_agents_agentrestorepoints_id_mounts_id_filepath_actionrestore.html>
    ///
    /// # Arguments
    ///
    /// - `agent_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `mount_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `filepath`: the `{filepath}` of the path.
    /// - `body`: the request body, [`FileRestoreSpec`](crate::api::types::FileRestoreSpec) (`<FileRestoreSpec>` in XML).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_agents_agent_restore_points_by_id_mounts_by_id_by_filepath_restore(
        &self,
        agent_restore_point_id: impl AsRef<str>,
        mount_id: impl AsRef<str>,
        filepath: impl AsRef<str>,
        body: &super::types::FileRestoreSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}";
        let agent_restore_point_id = crate::runtime::id_segment(
            agent_restore_point_id.as_ref(),
        );
        let mount_id = crate::runtime::id_segment(mount_id.as_ref());
        let filepath = crate::runtime::path_segment(filepath.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/agents/agentRestorePoints/{}/mounts/{}/{}", agent_restore_point_id,
                mount_id, filepath
            ),
            query: vec![("action", "restore".to_string())],
            body: Some(crate::runtime::encode(self.format(), "FileRestoreSpec", body)),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a collection of backup files created by Veeam Agent managed by Veeam Backup & Replication. Backup files are created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /agents/backupFiles`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_backupfiles.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_agents_backup_files_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_backup_files_entities`]: every one, in full
    /// - [`Self::get_backup_files`]: every one, as references
    /// - [`Self::get_backup_files_entities`]: every one, in full
    /// - [`Self::get_backup_files_by_id`]: one, by its id
    /// - [`Self::get_query_backup_file`]: a query, as references
    /// - [`Self::get_query_backup_file_entities`]: a query, in full
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
    /// The entity form of [`Self::get_agents_backup_files`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of backup files created by Veeam Agent managed by Veeam Backup & Replication. Backup files are created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /agents/backupFiles?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_backupfiles.html>
    ///
    /// # Returns
    ///
    /// [`BackupFiles`](crate::api::types::BackupFiles) (`<BackupFiles>` in XML), on 200 OK. Typed from the conventions: items `<BackupFile>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_backup_files`]: every one, as references
    /// - [`Self::get_backup_files`]: every one, as references
    /// - [`Self::get_backup_files_entities`]: every one, in full
    /// - [`Self::get_backup_files_by_id`]: one, by its id
    /// - [`Self::get_query_backup_file`]: a query, as references
    /// - [`Self::get_query_backup_file_entities`]: a query, in full
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
    /// Returns a resource representation of a collection of sessions performed for Veeam Agent backup jobs configured in Veeam Backup & Replication on all backup servers connected to Veeam Backup Enterprise Manager. Veeam Agent backup job sessions are also displayed in the representation of the /backupSessions resource collection.
    ///
    /// `GET /agents/backupSessions`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_backupsessions.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EntityReferences>`.
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
    /// Returns a resource representation of a collection of all Veeam Agent backups on backup servers connected to Veeam Backup Enterprise Manager. The resource representation displays backups that were created by Veeam Agent managed by Veeam Backup & Replication. Backups of this type are also displayed in the representation of the /backups resource collection.
    ///
    /// `GET /agents/backups`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_backups.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_agents_backups_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_backups_entities`]: every one, in full
    /// - [`Self::get_backups`]: every one, as references
    /// - [`Self::get_backups_entities`]: every one, in full
    /// - [`Self::get_backups_by_id`]: one, by its id
    /// - [`Self::get_query_backup`]: a query, as references
    /// - [`Self::get_query_backup_entities`]: a query, in full
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
    /// The entity form of [`Self::get_agents_backups`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of all Veeam Agent backups on backup servers connected to Veeam Backup Enterprise Manager. The resource representation displays backups that were created by Veeam Agent managed by Veeam Backup & Replication. Backups of this type are also displayed in the representation of the /backups resource collection.
    ///
    /// `GET /agents/backups?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_backups.html>
    ///
    /// # Returns
    ///
    /// [`Backups`](crate::api::types::Backups) (`<Backups>` in XML), on 200 OK. Typed from the conventions: items `<Backup>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_backups`]: every one, as references
    /// - [`Self::get_backups`]: every one, as references
    /// - [`Self::get_backups_entities`]: every one, in full
    /// - [`Self::get_backups_by_id`]: one, by its id
    /// - [`Self::get_query_backup`]: a query, as references
    /// - [`Self::get_query_backup_entities`]: a query, in full
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
    /// Returns a resource representation of a collection of all protected computers in protection groups configured on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /agents/discoveredComputers`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_discoveredcomputers.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EntityReferences>`.
    ///
    /// The entities themselves: [`Self::get_agents_discovered_computers_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_discovered_computers_entities`]: every one, in full
    /// - [`Self::get_agents_discovered_computers_by_id`]: one, by its id
    /// - [`Self::get_query_discovered_computer`]: a query, as references
    /// - [`Self::get_query_discovered_computer_entities`]: a query, in full
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
    /// The entity form of [`Self::get_agents_discovered_computers`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of all protected computers in protection groups configured on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /agents/discoveredComputers?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_discoveredcomputers.html>
    ///
    /// # Returns
    ///
    /// [`DiscoveredComputers`](crate::api::types::DiscoveredComputers) (`<DiscoveredComputers>` in XML), on 200 OK. Typed from the conventions: items `<DiscoveredComputer>` from `GET /agents/discoveredComputers/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_discovered_computers`]: every one, as references
    /// - [`Self::get_agents_discovered_computers_by_id`]: one, by its id
    /// - [`Self::get_query_discovered_computer`]: a query, as references
    /// - [`Self::get_query_discovered_computer_entities`]: a query, in full
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
    /// Returns a resource representation of a protected computer having the specified ID.
    ///
    /// `GET /agents/discoveredComputers/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_discoveredcomputers_id.html>
    ///
    /// # Arguments
    ///
    /// - `discovered_computer_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`DiscoveredComputer`](crate::api::types::DiscoveredComputer) (`<DiscoveredComputer>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_discovered_computers`]: every one, as references
    /// - [`Self::get_agents_discovered_computers_entities`]: every one, in full
    /// - [`Self::get_query_discovered_computer`]: a query, as references
    /// - [`Self::get_query_discovered_computer_entities`]: a query, in full
    pub async fn get_agents_discovered_computers_by_id(
        &self,
        discovered_computer_id: impl AsRef<str>,
    ) -> Result<super::types::DiscoveredComputer, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/discoveredComputers/{ID}";
        let discovered_computer_id = crate::runtime::id_segment(
            discovered_computer_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/agents/discoveredComputers/{}", discovered_computer_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a collection of Veeam Agent backup jobs configured in Veeam Backup & Replication on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /agents/jobs`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_jobs.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_agents_jobs_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_jobs_entities`]: every one, in full
    /// - [`Self::get_agents_jobs_by_id`]: one, by its id
    /// - [`Self::get_query_agent_backup_job`]: a query, as references
    /// - [`Self::get_query_agent_backup_job_entities`]: a query, in full
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
    /// The entity form of [`Self::get_agents_jobs`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of Veeam Agent backup jobs configured in Veeam Backup & Replication on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /agents/jobs?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_jobs.html>
    ///
    /// # Returns
    ///
    /// [`AgentBackupJobs`](crate::api::types::AgentBackupJobs) (`<AgentBackupJobs>` in XML), on 200 OK. Typed from the conventions: items `<AgentBackupJob>` from `GET /agents/jobs/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_jobs`]: every one, as references
    /// - [`Self::get_agents_jobs_by_id`]: one, by its id
    /// - [`Self::get_query_agent_backup_job`]: a query, as references
    /// - [`Self::get_query_agent_backup_job_entities`]: a query, in full
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
    /// Returns a resource representation of the Veeam Agent backup job resource having the specified ID. The Veeam Agent backup job is configured in Veeam Backup & Replication.
    ///
    /// `GET /agents/jobs/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_jobs_id.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`AgentBackupJob`](crate::api::types::AgentBackupJob) (`<AgentBackupJob>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_jobs`]: every one, as references
    /// - [`Self::get_agents_jobs_entities`]: every one, in full
    /// - [`Self::get_query_agent_backup_job`]: a query, as references
    /// - [`Self::get_query_agent_backup_job_entities`]: a query, in full
    pub async fn get_agents_jobs_by_id(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::AgentBackupJob, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/jobs/{ID}";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/agents/jobs/{}", job_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Retries a failed Veeam Agent backup job having the specified ID. The Veeam Agent backup job is configured in Veeam Backup & Replication. The retry action can be performed only for jobs that have been finished with the Failed status.
    ///
    /// `POST /agents/jobs/{ID}?action=retry`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_agents_jobs_id_actionretry.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_agents_jobs_by_id_retry(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /agents/jobs/{ID}";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/agents/jobs/{}", job_id),
            query: vec![("action", "retry".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Starts a Veeam Agent backup job having the specified ID. The Veeam Agent backup job is configured in Veeam Backup & Replication.
    ///
    /// `POST /agents/jobs/{ID}?action=start`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_agents_jobs_id_actionstart.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_agents_jobs_by_id_start(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /agents/jobs/{ID}";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/agents/jobs/{}", job_id),
            query: vec![("action", "start".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Stops a Veeam Agent backup job having the specified ID. The Veeam Agent backup job is configured in Veeam Backup & Replication.
    ///
    /// `POST /agents/jobs/{ID}?action=stop`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_agents_jobs_id_actionstop.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_agents_jobs_by_id_stop(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /agents/jobs/{ID}";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/agents/jobs/{}", job_id),
            query: vec![("action", "stop".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Disables or enables a Veeam Agent backup job having the specified ID. The Veeam Agent backup job is configured in Veeam Backup & Replication.
    ///
    /// `POST /agents/jobs/{ID}?action=toggleScheduleEnabled`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_agents_jobs_id_actiontogglescheduleenabled.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_agents_jobs_by_id_toggle_schedule_enabled(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /agents/jobs/{ID}";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/agents/jobs/{}", job_id),
            query: vec![("action", "toggleScheduleEnabled".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a collection of protected computers and protection groups processed by the Veeam Agent backup job with the specified ID.
    ///
    /// `GET /agents/jobs/{ID}/includes`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_jobs_id_includes.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    pub async fn get_agents_jobs_by_id_includes(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/jobs/{ID}/includes";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/agents/jobs/{}/includes", job_id),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a representation of a protected computer or a protection group having the specified ID and processed by the Veeam Agent backup job with the specified ID.
    ///
    /// `GET /agents/jobs/{ID}/includes/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_jobs_id_includes_id.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `include_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`GetAgentsJobsIncludesResponse`](crate::api::types::GetAgentsJobsIncludesResponse) (`<GetAgentsJobsIncludesResponse>` in XML), on 200 OK.
    pub async fn get_agents_jobs_by_id_includes_by_id(
        &self,
        job_id: impl AsRef<str>,
        include_id: impl AsRef<str>,
    ) -> Result<super::types::GetAgentsJobsIncludesResponse, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/jobs/{ID}/includes/{ID}";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let include_id = crate::runtime::id_segment(include_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/agents/jobs/{}/includes/{}", job_id, include_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a collection of protection groups configured on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /agents/protectionGroups`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_protectiongroups.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EntityReferences>`.
    ///
    /// The entities themselves: [`Self::get_agents_protection_groups_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_protection_groups_entities`]: every one, in full
    /// - [`Self::get_agents_protection_groups_by_id`]: one, by its id
    /// - [`Self::get_query_agent_protection_group`]: a query, as references
    /// - [`Self::get_query_agent_protection_group_entities`]: a query, in full
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
    /// The entity form of [`Self::get_agents_protection_groups`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of protection groups configured on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /agents/protectionGroups?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_protectiongroups.html>
    ///
    /// # Returns
    ///
    /// [`AgentProtectionGroups`](crate::api::types::AgentProtectionGroups) (`<AgentProtectionGroups>` in XML), on 200 OK. Typed from the conventions: items `<AgentProtectionGroup>` from `GET /agents/protectionGroups/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_protection_groups`]: every one, as references
    /// - [`Self::get_agents_protection_groups_by_id`]: one, by its id
    /// - [`Self::get_query_agent_protection_group`]: a query, as references
    /// - [`Self::get_query_agent_protection_group_entities`]: a query, in full
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
    /// Returns a resource representation of a protection group having the specified ID.
    ///
    /// `GET /agents/protectionGroups/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_protectiongroups_id.html>
    ///
    /// # Arguments
    ///
    /// - `protection_group_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`AgentProtectionGroup`](crate::api::types::AgentProtectionGroup) (`<AgentProtectionGroup>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_protection_groups`]: every one, as references
    /// - [`Self::get_agents_protection_groups_entities`]: every one, in full
    /// - [`Self::get_query_agent_protection_group`]: a query, as references
    /// - [`Self::get_query_agent_protection_group_entities`]: a query, in full
    pub async fn get_agents_protection_groups_by_id(
        &self,
        protection_group_id: impl AsRef<str>,
    ) -> Result<super::types::AgentProtectionGroup, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/protectionGroups/{ID}";
        let protection_group_id = crate::runtime::id_segment(
            protection_group_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/agents/protectionGroups/{}", protection_group_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of the collection of discovered computers in a protection group having the specified ID.
    ///
    /// `GET /agents/protectionGroups/{ID}/discoveredComputers`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_protectiongroups_id_discoveredcomputers.html>
    ///
    /// # Arguments
    ///
    /// - `protection_group_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_agents_protection_groups_by_id_discovered_computers_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_discovered_computers`]: every one, as references
    /// - [`Self::get_agents_discovered_computers_entities`]: every one, in full
    /// - [`Self::get_agents_discovered_computers_by_id`]: one, by its id
    /// - [`Self::get_query_discovered_computer`]: a query, as references
    /// - [`Self::get_query_discovered_computer_entities`]: a query, in full
    pub async fn get_agents_protection_groups_by_id_discovered_computers(
        &self,
        protection_group_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/protectionGroups/{ID}/discoveredComputers";
        let protection_group_id = crate::runtime::id_segment(
            protection_group_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/agents/protectionGroups/{}/discoveredComputers", protection_group_id
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// The entity form of [`Self::get_agents_protection_groups_by_id_discovered_computers`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of the collection of discovered computers in a protection group having the specified ID.
    ///
    /// `GET /agents/protectionGroups/{ID}/discoveredComputers?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_protectiongroups_id_discoveredcomputers.html>
    ///
    /// # Arguments
    ///
    /// - `protection_group_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`DiscoveredComputers`](crate::api::types::DiscoveredComputers) (`<DiscoveredComputers>` in XML), on 200 OK. Typed from the conventions: items `<DiscoveredComputer>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_discovered_computers`]: every one, as references
    /// - [`Self::get_agents_discovered_computers_entities`]: every one, in full
    /// - [`Self::get_agents_discovered_computers_by_id`]: one, by its id
    /// - [`Self::get_query_discovered_computer`]: a query, as references
    /// - [`Self::get_query_discovered_computer_entities`]: a query, in full
    pub async fn get_agents_protection_groups_by_id_discovered_computers_entities(
        &self,
        protection_group_id: impl AsRef<str>,
    ) -> Result<super::types::DiscoveredComputers, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/protectionGroups/{ID}/discoveredComputers";
        let protection_group_id = crate::runtime::id_segment(
            protection_group_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/agents/protectionGroups/{}/discoveredComputers", protection_group_id
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a restore points collection for backups created by Veeam Agent managed by Veeam Backup & Replication. Backups are created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /agents/restorePoints`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_restorepoints.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_agents_restore_points_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_agent_restore_points`]: every one, as references
    /// - [`Self::get_agents_agent_restore_points_entities`]: every one, in full
    /// - [`Self::get_agents_agent_restore_points_by_id`]: one, by its id
    /// - [`Self::get_agents_restore_points_entities`]: every one, in full
    /// - [`Self::get_query_agent_restore_point`]: a query, as references
    /// - [`Self::get_query_agent_restore_point_entities`]: a query, in full
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
    /// The entity form of [`Self::get_agents_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a restore points collection for backups created by Veeam Agent managed by Veeam Backup & Replication. Backups are created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /agents/restorePoints?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_agents_restorepoints.html>
    ///
    /// # Returns
    ///
    /// [`AgentRestorePoints`](crate::api::types::AgentRestorePoints) (`<AgentRestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<AgentRestorePoint>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_agent_restore_points`]: every one, as references
    /// - [`Self::get_agents_agent_restore_points_entities`]: every one, in full
    /// - [`Self::get_agents_agent_restore_points_by_id`]: one, by its id
    /// - [`Self::get_agents_restore_points`]: every one, as references
    /// - [`Self::get_query_agent_restore_point`]: a query, as references
    /// - [`Self::get_query_agent_restore_point_entities`]: a query, in full
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
    /// Returns a resource representation of a collection of backup files created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /backupFiles`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupfiles.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_backup_files_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_backup_files`]: every one, as references
    /// - [`Self::get_agents_backup_files_entities`]: every one, in full
    /// - [`Self::get_backup_files_entities`]: every one, in full
    /// - [`Self::get_backup_files_by_id`]: one, by its id
    /// - [`Self::get_query_backup_file`]: a query, as references
    /// - [`Self::get_query_backup_file_entities`]: a query, in full
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
    /// The entity form of [`Self::get_backup_files`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of backup files created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /backupFiles?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupfiles.html>
    ///
    /// # Returns
    ///
    /// [`BackupFiles`](crate::api::types::BackupFiles) (`<BackupFiles>` in XML), on 200 OK. Typed from the conventions: items `<BackupFile>` from `GET /backupFiles/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_backup_files`]: every one, as references
    /// - [`Self::get_agents_backup_files_entities`]: every one, in full
    /// - [`Self::get_backup_files`]: every one, as references
    /// - [`Self::get_backup_files_by_id`]: one, by its id
    /// - [`Self::get_query_backup_file`]: a query, as references
    /// - [`Self::get_query_backup_file_entities`]: a query, in full
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
    /// Returns a resource representation of a backup file with the specified ID. The backup file is created on or imported to the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /backupFiles/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupfiles_id.html>
    ///
    /// # Arguments
    ///
    /// - `backup_file_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`BackupFile`](crate::api::types::BackupFile) (`<BackupFile>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_backup_files`]: every one, as references
    /// - [`Self::get_agents_backup_files_entities`]: every one, in full
    /// - [`Self::get_backup_files`]: every one, as references
    /// - [`Self::get_backup_files_entities`]: every one, in full
    /// - [`Self::get_query_backup_file`]: a query, as references
    /// - [`Self::get_query_backup_file_entities`]: a query, in full
    pub async fn get_backup_files_by_id(
        &self,
        backup_file_id: impl AsRef<str>,
    ) -> Result<super::types::BackupFile, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupFiles/{ID}";
        let backup_file_id = crate::runtime::id_segment(backup_file_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/backupFiles/{}", backup_file_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a collection of restore points for a backup file with the specified ID. The backup file was created on or imported to the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /backupFiles/{ID}/restorePoints`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupfiles_id_restorepoints.html>
    ///
    /// # Arguments
    ///
    /// - `backup_file_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EntityReferences>`.
    ///
    /// The entities themselves: [`Self::get_backup_files_by_id_restore_points_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_restore_point`]: a query, as references
    /// - [`Self::get_query_restore_point_entities`]: a query, in full
    /// - [`Self::get_restore_points`]: every one, as references
    /// - [`Self::get_restore_points_entities`]: every one, in full
    /// - [`Self::get_restore_points_by_id`]: one, by its id
    pub async fn get_backup_files_by_id_restore_points(
        &self,
        backup_file_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupFiles/{ID}/restorePoints";
        let backup_file_id = crate::runtime::id_segment(backup_file_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/backupFiles/{}/restorePoints", backup_file_id),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// The entity form of [`Self::get_backup_files_by_id_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a collection of restore points for a backup file with the specified ID. The backup file was created on or imported to the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /backupFiles/{ID}/restorePoints?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupfiles_id_restorepoints.html>
    ///
    /// # Arguments
    ///
    /// - `backup_file_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`RestorePoints`](crate::api::types::RestorePoints) (`<RestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<RestorePoint>` from the reference items' `Type` in the example of get_backupfiles_id_restorepoints.md; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_restore_point`]: a query, as references
    /// - [`Self::get_query_restore_point_entities`]: a query, in full
    /// - [`Self::get_restore_points`]: every one, as references
    /// - [`Self::get_restore_points_entities`]: every one, in full
    /// - [`Self::get_restore_points_by_id`]: one, by its id
    pub async fn get_backup_files_by_id_restore_points_entities(
        &self,
        backup_file_id: impl AsRef<str>,
    ) -> Result<super::types::RestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupFiles/{ID}/restorePoints";
        let backup_file_id = crate::runtime::id_segment(backup_file_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/backupFiles/{}/restorePoints", backup_file_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a collection of restore points for separate VMs in a backup file with the specified ID. The backup file was created on or imported to the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /backupFiles/{ID}/vmRestorePoints`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupfiles_id_vmrestorepoints.html>
    ///
    /// # Arguments
    ///
    /// - `backup_file_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EntityReferences>`.
    ///
    /// The entities themselves: [`Self::get_backup_files_by_id_vm_restore_points_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_vm_restore_point`]: a query, as references
    /// - [`Self::get_query_vm_restore_point_entities`]: a query, in full
    /// - [`Self::get_vm_restore_points`]: every one, as references
    /// - [`Self::get_vm_restore_points_entities`]: every one, in full
    /// - [`Self::get_vm_restore_points_by_id`]: one, by its id
    pub async fn get_backup_files_by_id_vm_restore_points(
        &self,
        backup_file_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupFiles/{ID}/vmRestorePoints";
        let backup_file_id = crate::runtime::id_segment(backup_file_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/backupFiles/{}/vmRestorePoints", backup_file_id),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// The entity form of [`Self::get_backup_files_by_id_vm_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a collection of restore points for separate VMs in a backup file with the specified ID. The backup file was created on or imported to the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /backupFiles/{ID}/vmRestorePoints?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupfiles_id_vmrestorepoints.html>
    ///
    /// # Arguments
    ///
    /// - `backup_file_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`VmRestorePoints`](crate::api::types::VmRestorePoints) (`<VmRestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<VmRestorePoint>` from the reference items' `Type` in the example of get_backupfiles_id_vmrestorepoints.md; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_vm_restore_point`]: a query, as references
    /// - [`Self::get_query_vm_restore_point_entities`]: a query, in full
    /// - [`Self::get_vm_restore_points`]: every one, as references
    /// - [`Self::get_vm_restore_points_entities`]: every one, in full
    /// - [`Self::get_vm_restore_points_by_id`]: one, by its id
    pub async fn get_backup_files_by_id_vm_restore_points_entities(
        &self,
        backup_file_id: impl AsRef<str>,
    ) -> Result<super::types::VmRestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupFiles/{ID}/vmRestorePoints";
        let backup_file_id = crate::runtime::id_segment(backup_file_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/backupFiles/{}/vmRestorePoints", backup_file_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a collection of all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /backupServers`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_backup_servers_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_servers_entities`]: every one, in full
    /// - [`Self::get_backup_servers_by_id`]: one, by its id
    /// - [`Self::get_query_backup_server`]: a query, as references
    /// - [`Self::get_query_backup_server_entities`]: a query, in full
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
    /// The entity form of [`Self::get_backup_servers`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /backupServers?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers.html>
    ///
    /// # Returns
    ///
    /// [`BackupServers`](crate::api::types::BackupServers) (`<BackupServers>` in XML), on 200 OK. Typed from the conventions: items `<BackupServer>` from `GET /backupServers/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_servers`]: every one, as references
    /// - [`Self::get_backup_servers_by_id`]: one, by its id
    /// - [`Self::get_query_backup_server`]: a query, as references
    /// - [`Self::get_query_backup_server_entities`]: a query, in full
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
    /// Connects a backup server to Veeam Backup Enterprise Manager.
    ///
    /// `POST /backupServers?action=create`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_backupservers.html>
    ///
    /// # Arguments
    ///
    /// - `body`: the request body, [`BackupServerSpec`](crate::api::types::BackupServerSpec) (`<BackupServerSpec>` in XML). Build it with [`BackupServerSpec::builder`](crate::api::types::BackupServerSpec::builder).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    ///
    /// The answer's type is not on the page; from convention: 202 Accepted answers a Task (`format` (<https://helpcenter.veeam.com/docs/vbr/em_rest/format.html>)).
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
    /// Deletes a backup server having the specified ID from Veeam Backup Enterprise Manager.
    ///
    /// `DELETE /backupServers/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_backupservers_id.html>
    ///
    /// # Arguments
    ///
    /// - `backup_server_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// `()`: the answer has no body, on 204 No Content.
    ///
    /// The answer's type is not on the page; from 204 No Content.
    pub async fn delete_backup_servers_by_id(
        &self,
        backup_server_id: impl AsRef<str>,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "DELETE /backupServers/{ID}";
        let backup_server_id = crate::runtime::id_segment(backup_server_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!("/backupServers/{}", backup_server_id),
            query: vec![],
            body: None,
            expect: &[204],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
    /// Returns a resource representation of the backup server having the specified ID.
    ///
    /// `GET /backupServers/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id.html>
    ///
    /// # Arguments
    ///
    /// - `backup_server_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`BackupServer`](crate::api::types::BackupServer) (`<BackupServer>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_servers`]: every one, as references
    /// - [`Self::get_backup_servers_entities`]: every one, in full
    /// - [`Self::get_query_backup_server`]: a query, as references
    /// - [`Self::get_query_backup_server_entities`]: a query, in full
    pub async fn get_backup_servers_by_id(
        &self,
        backup_server_id: impl AsRef<str>,
    ) -> Result<super::types::BackupServer, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupServers/{ID}";
        let backup_server_id = crate::runtime::id_segment(backup_server_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/backupServers/{}", backup_server_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Collects data from the backup server added to Veeam Backup Enterprise Manager.
    ///
    /// `POST /backupServers/{ID}?action=collect`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_backupservers_id_collect.html>
    ///
    /// # Arguments
    ///
    /// - `backup_server_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_backup_servers_by_id_collect(
        &self,
        backup_server_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /backupServers/{ID}";
        let backup_server_id = crate::runtime::id_segment(backup_server_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/backupServers/{}", backup_server_id),
            query: vec![("action", "collect".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Creates a quick backup of a VM on a backup server added to Veeam Backup Enterprise Manager. Quick backup is an incremental backup of a VM processed by a backup job. To create quick backups for multiple VMs, use separate requests for each VM.
    ///
    /// `POST /backupServers/{ID}?action=quickbackup`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_backupservers_id_quickbackup.html>
    ///
    /// # Arguments
    ///
    /// - `backup_server_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`QuickBackupStartupSpec`](crate::api::types::QuickBackupStartupSpec) (`<QuickBackupStartupSpec>` in XML). Build it with [`QuickBackupStartupSpec::builder`](crate::api::types::QuickBackupStartupSpec::builder).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_backup_servers_by_id_quickbackup(
        &self,
        backup_server_id: impl AsRef<str>,
        body: &super::types::QuickBackupStartupSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /backupServers/{ID}";
        let backup_server_id = crate::runtime::id_segment(backup_server_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/backupServers/{}", backup_server_id),
            query: vec![("action", "quickbackup".to_string())],
            body: Some(
                crate::runtime::encode(self.format(), "QuickBackupStartupSpec", body),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Creates a VeeamZIP file for one or several VMs on the backup server added to Veeam Backup Enterprise Manager.
    ///
    /// `POST /backupServers/{ID}?action=veeamzip`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_backupservers_id_zip.html>
    ///
    /// # Arguments
    ///
    /// - `backup_server_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`VeeamZipStartupSpec`](crate::api::types::VeeamZipStartupSpec) (`<VeeamZipStartupSpec>` in XML). Build it with [`VeeamZipStartupSpec::builder`](crate::api::types::VeeamZipStartupSpec::builder).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_backup_servers_by_id_veeamzip(
        &self,
        backup_server_id: impl AsRef<str>,
        body: &super::types::VeeamZipStartupSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /backupServers/{ID}";
        let backup_server_id = crate::runtime::id_segment(backup_server_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/backupServers/{}", backup_server_id),
            query: vec![("action", "veeamzip".to_string())],
            body: Some(
                crate::runtime::encode(self.format(), "VeeamZipStartupSpec", body),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Edits settings of a backup server with the specified ID added to Veeam Backup Enterprise Manager.
    ///
    /// `PUT /backupServers/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_backupservers_id.html>
    ///
    /// # Arguments
    ///
    /// - `backup_server_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`BackupServerSpec`](crate::api::types::BackupServerSpec) (`<BackupServerSpec>` in XML). Build it with [`BackupServerSpec::builder`](crate::api::types::BackupServerSpec::builder).
    ///
    /// # Returns
    ///
    /// `()`: the answer has no body, on 204 No Content.
    ///
    /// The answer's type is not on the page; from 204 No Content.
    pub async fn put_backup_servers_by_id(
        &self,
        backup_server_id: impl AsRef<str>,
        body: &super::types::BackupServerSpec,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "PUT /backupServers/{ID}";
        let backup_server_id = crate::runtime::id_segment(backup_server_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Put,
            path: format!("/backupServers/{}", backup_server_id),
            query: vec![],
            body: Some(crate::runtime::encode(self.format(), "BackupServerSpec", body)),
            expect: &[204],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
    /// Returns a resource representation of the credentials collection created on the backup server with the specified ID.
    ///
    /// `GET /backupServers/{ID}/credentials`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id_creds.html>
    ///
    /// # Arguments
    ///
    /// - `backup_server_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_backup_servers_by_id_credentials_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_servers_by_id_credentials_by_id`]: one, by its id
    /// - [`Self::get_query_credentials`]: a query, as references
    /// - [`Self::get_query_credentials_entities`]: a query, in full
    pub async fn get_backup_servers_by_id_credentials(
        &self,
        backup_server_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupServers/{ID}/credentials";
        let backup_server_id = crate::runtime::id_segment(backup_server_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/backupServers/{}/credentials", backup_server_id),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// The entity form of [`Self::get_backup_servers_by_id_credentials`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of the credentials collection created on the backup server with the specified ID.
    ///
    /// `GET /backupServers/{ID}/credentials?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id_creds.html>
    ///
    /// # Arguments
    ///
    /// - `backup_server_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`CredentialsInfoList`](crate::api::types::CredentialsInfoList) (`<CredentialsInfoList>` in XML), on 200 OK. Typed from the conventions: items `<CredentialsInfo>` from `GET /backupServers/{ID}/credentials/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_servers_by_id_credentials_by_id`]: one, by its id
    /// - [`Self::get_query_credentials`]: a query, as references
    /// - [`Self::get_query_credentials_entities`]: a query, in full
    pub async fn get_backup_servers_by_id_credentials_entities(
        &self,
        backup_server_id: impl AsRef<str>,
    ) -> Result<super::types::CredentialsInfoList, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupServers/{ID}/credentials";
        let backup_server_id = crate::runtime::id_segment(backup_server_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/backupServers/{}/credentials", backup_server_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Creates new credentials on the backup server having the specified ID.
    ///
    /// `POST /backupServers/{ID}/credentials?action=create`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_backupservers_id_creds.html>
    ///
    /// # Arguments
    ///
    /// - `backup_server_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`CredentialsInfoSpec`](crate::api::types::CredentialsInfoSpec) (`<CredentialsInfoSpec>` in XML).
    ///
    /// # Returns
    ///
    /// `Some(`[`CredentialsInfo`](crate::api::types::CredentialsInfo)`)` (`<CredentialsInfo>` in XML), or `None` when the body is empty, on 201 Created.
    ///
    /// The answer's type is not on the page; from convention: 201 Created answers the created resource, as `GET /backupServers/{ID}/credentials/{ID}` does; the page says the body is `None.`, so an empty body is `None`.
    pub async fn post_backup_servers_by_id_credentials_create(
        &self,
        backup_server_id: impl AsRef<str>,
        body: &super::types::CredentialsInfoSpec,
    ) -> Result<Option<super::types::CredentialsInfo>, crate::runtime::Error> {
        const OPERATION: &str = "POST /backupServers/{ID}/credentials";
        let backup_server_id = crate::runtime::id_segment(backup_server_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/backupServers/{}/credentials", backup_server_id),
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
    /// Deletes a credentials record having the specified ID from the backup server with the specified ID.
    ///
    /// `DELETE /backupServers/{ID}/credentials/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_backupservers_id_creds_id.html>
    ///
    /// # Arguments
    ///
    /// - `backup_server_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `credential_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// `()`: the answer has no body, on 204 No Content.
    ///
    /// The answer's type is not on the page; from 204 No Content.
    pub async fn delete_backup_servers_by_id_credentials_by_id(
        &self,
        backup_server_id: impl AsRef<str>,
        credential_id: impl AsRef<str>,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "DELETE /backupServers/{ID}/credentials/{ID}";
        let backup_server_id = crate::runtime::id_segment(backup_server_id.as_ref());
        let credential_id = crate::runtime::id_segment(credential_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!(
                "/backupServers/{}/credentials/{}", backup_server_id, credential_id
            ),
            query: vec![],
            body: None,
            expect: &[204],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
    /// Returns a resource representation of a credentials record with the specified ID created on the backup server with the specified ID.
    ///
    /// `GET /backupServers/{ID}/credentials/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id_creds_id.html>
    ///
    /// # Arguments
    ///
    /// - `backup_server_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `credential_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`CredentialsInfo`](crate::api::types::CredentialsInfo) (`<CredentialsInfo>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_credentials`]: a query, as references
    /// - [`Self::get_query_credentials_entities`]: a query, in full
    pub async fn get_backup_servers_by_id_credentials_by_id(
        &self,
        backup_server_id: impl AsRef<str>,
        credential_id: impl AsRef<str>,
    ) -> Result<super::types::CredentialsInfo, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupServers/{ID}/credentials/{ID}";
        let backup_server_id = crate::runtime::id_segment(backup_server_id.as_ref());
        let credential_id = crate::runtime::id_segment(credential_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/backupServers/{}/credentials/{}", backup_server_id, credential_id
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Edits a credentials record having specified ID on the backup server with the specified ID.
    ///
    /// `PUT /backupServers/{ID}/credentials/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_backupservers_id_creds_id.html>
    ///
    /// # Arguments
    ///
    /// - `backup_server_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `credential_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`CredentialsInfo`](crate::api::types::CredentialsInfo) (`<CredentialsInfo>` in XML).
    ///
    /// # Returns
    ///
    /// `()`: the answer has no body, on 204 No Content.
    ///
    /// The answer's type is not on the page; from 204 No Content.
    pub async fn put_backup_servers_by_id_credentials_by_id(
        &self,
        backup_server_id: impl AsRef<str>,
        credential_id: impl AsRef<str>,
        body: &super::types::CredentialsInfo,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "PUT /backupServers/{ID}/credentials/{ID}";
        let backup_server_id = crate::runtime::id_segment(backup_server_id.as_ref());
        let credential_id = crate::runtime::id_segment(credential_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Put,
            path: format!(
                "/backupServers/{}/credentials/{}", backup_server_id, credential_id
            ),
            query: vec![],
            body: Some(crate::runtime::encode(self.format(), "CredentialsInfo", body)),
            expect: &[204],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
    /// Returns a resource representation of the collection of external backup repositories on a backup server having the specified ID.
    ///
    /// `GET /backupServers/{ID}/externalRepositories`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id_externalrepositories.html>
    ///
    /// # Arguments
    ///
    /// - `backup_server_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_backup_servers_by_id_external_repositories_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_external_repositories`]: every one, as references
    /// - [`Self::get_external_repositories_entities`]: every one, in full
    /// - [`Self::get_external_repositories_by_id`]: one, by its id
    pub async fn get_backup_servers_by_id_external_repositories(
        &self,
        backup_server_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupServers/{ID}/externalRepositories";
        let backup_server_id = crate::runtime::id_segment(backup_server_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/backupServers/{}/externalRepositories", backup_server_id),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// The entity form of [`Self::get_backup_servers_by_id_external_repositories`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of the collection of external backup repositories on a backup server having the specified ID.
    ///
    /// `GET /backupServers/{ID}/externalRepositories?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id_externalrepositories.html>
    ///
    /// # Arguments
    ///
    /// - `backup_server_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`ExternalRepositories`](crate::api::types::ExternalRepositories) (`<ExternalRepositories>` in XML), on 200 OK. Typed from the conventions: items `<ExternalRepository>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_external_repositories`]: every one, as references
    /// - [`Self::get_external_repositories_entities`]: every one, in full
    /// - [`Self::get_external_repositories_by_id`]: one, by its id
    pub async fn get_backup_servers_by_id_external_repositories_entities(
        &self,
        backup_server_id: impl AsRef<str>,
    ) -> Result<super::types::ExternalRepositories, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupServers/{ID}/externalRepositories";
        let backup_server_id = crate::runtime::id_segment(backup_server_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/backupServers/{}/externalRepositories", backup_server_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of the passwords collection created on the backup server with the specified ID.
    ///
    /// `GET /backupServers/{ID}/passwords`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id_passwords.html>
    ///
    /// # Arguments
    ///
    /// - `backup_server_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_backup_servers_by_id_passwords_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_servers_by_id_passwords_by_id`]: one, by its id
    /// - [`Self::get_query_passwords`]: a query, as references
    /// - [`Self::get_query_passwords_entities`]: a query, in full
    pub async fn get_backup_servers_by_id_passwords(
        &self,
        backup_server_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupServers/{ID}/passwords";
        let backup_server_id = crate::runtime::id_segment(backup_server_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/backupServers/{}/passwords", backup_server_id),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// The entity form of [`Self::get_backup_servers_by_id_passwords`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of the passwords collection created on the backup server with the specified ID.
    ///
    /// `GET /backupServers/{ID}/passwords?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id_passwords.html>
    ///
    /// # Arguments
    ///
    /// - `backup_server_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`PasswordKeyInfoList`](crate::api::types::PasswordKeyInfoList) (`<PasswordKeyInfoList>` in XML), on 200 OK. Typed from the conventions: items `<PasswordKeyInfo>` from `GET /backupServers/{ID}/passwords/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_servers_by_id_passwords_by_id`]: one, by its id
    /// - [`Self::get_query_passwords`]: a query, as references
    /// - [`Self::get_query_passwords_entities`]: a query, in full
    pub async fn get_backup_servers_by_id_passwords_entities(
        &self,
        backup_server_id: impl AsRef<str>,
    ) -> Result<super::types::PasswordKeyInfoList, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupServers/{ID}/passwords";
        let backup_server_id = crate::runtime::id_segment(backup_server_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/backupServers/{}/passwords", backup_server_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Creates a new password on the backup server having the specified ID.
    ///
    /// `POST /backupServers/{ID}/passwords?action=create`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_backupservers_id_passwords.html>
    ///
    /// # Arguments
    ///
    /// - `backup_server_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`PasswordKeyInfoSpec`](crate::api::types::PasswordKeyInfoSpec) (`<PasswordKeyInfoSpec>` in XML).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    ///
    /// The answer's type is not on the page; from convention: 202 Accepted answers a Task (`format` (<https://helpcenter.veeam.com/docs/vbr/em_rest/format.html>)).
    pub async fn post_backup_servers_by_id_passwords_create(
        &self,
        backup_server_id: impl AsRef<str>,
        body: &super::types::PasswordKeyInfoSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /backupServers/{ID}/passwords";
        let backup_server_id = crate::runtime::id_segment(backup_server_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/backupServers/{}/passwords", backup_server_id),
            query: vec![("action", "create".to_string())],
            body: Some(
                crate::runtime::encode(self.format(), "PasswordKeyInfoSpec", body),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Deletes a password having the specified ID from the backup server with the specified ID.
    ///
    /// `DELETE /backupServers/{ID}/passwords/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_backupservers_id_passwords_id.html>
    ///
    /// # Arguments
    ///
    /// - `backup_server_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `password_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// `()`: the answer has no body, on 204 No Content.
    ///
    /// The answer's type is not on the page; from 204 No Content.
    pub async fn delete_backup_servers_by_id_passwords_by_id(
        &self,
        backup_server_id: impl AsRef<str>,
        password_id: impl AsRef<str>,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "DELETE /backupServers/{ID}/passwords/{ID}";
        let backup_server_id = crate::runtime::id_segment(backup_server_id.as_ref());
        let password_id = crate::runtime::id_segment(password_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!(
                "/backupServers/{}/passwords/{}", backup_server_id, password_id
            ),
            query: vec![],
            body: None,
            expect: &[204],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
    /// Returns a resource representation of a password with the specified ID created on the backup server with the specified ID.
    ///
    /// `GET /backupServers/{ID}/passwords/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupservers_id_passwords_id.html>
    ///
    /// # Arguments
    ///
    /// - `backup_server_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `password_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`PasswordKeyInfo`](crate::api::types::PasswordKeyInfo) (`<PasswordKeyInfo>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_passwords`]: a query, as references
    /// - [`Self::get_query_passwords_entities`]: a query, in full
    pub async fn get_backup_servers_by_id_passwords_by_id(
        &self,
        backup_server_id: impl AsRef<str>,
        password_id: impl AsRef<str>,
    ) -> Result<super::types::PasswordKeyInfo, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupServers/{ID}/passwords/{ID}";
        let backup_server_id = crate::runtime::id_segment(backup_server_id.as_ref());
        let password_id = crate::runtime::id_segment(password_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/backupServers/{}/passwords/{}", backup_server_id, password_id
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Edits parameters for a password having the specified ID on the backup server with the specified ID.
    ///
    /// `PUT /backupServers/{ID}/passwords/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_backupservers_id_passwords_id.html>
    ///
    /// # Arguments
    ///
    /// - `backup_server_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `password_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`PasswordKeyInfoSpec`](crate::api::types::PasswordKeyInfoSpec) (`<PasswordKeyInfoSpec>` in XML).
    ///
    /// # Returns
    ///
    /// `()`: the answer has no body, on 204 No Content.
    ///
    /// The answer's type is not on the page; from 204 No Content.
    pub async fn put_backup_servers_by_id_passwords_by_id(
        &self,
        backup_server_id: impl AsRef<str>,
        password_id: impl AsRef<str>,
        body: &super::types::PasswordKeyInfoSpec,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "PUT /backupServers/{ID}/passwords/{ID}";
        let backup_server_id = crate::runtime::id_segment(backup_server_id.as_ref());
        let password_id = crate::runtime::id_segment(password_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Put,
            path: format!(
                "/backupServers/{}/passwords/{}", backup_server_id, password_id
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
    /// Returns a resource representation of a collection of all backup job sessions performed on all backup servers connected to Veeam Backup Enterprise Manager. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// `GET /backupSessions`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupsessions.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_backup_sessions_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_sessions_entities`]: every one, in full
    /// - [`Self::get_backup_sessions_by_id`]: one, by its id
    /// - [`Self::get_query_backup_job_session`]: a query, as references
    /// - [`Self::get_query_backup_job_session_entities`]: a query, in full
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
    /// The entity form of [`Self::get_backup_sessions`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of all backup job sessions performed on all backup servers connected to Veeam Backup Enterprise Manager. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// `GET /backupSessions?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupsessions.html>
    ///
    /// # Returns
    ///
    /// [`BackupJobSessions`](crate::api::types::BackupJobSessions) (`<BackupJobSessions>` in XML), on 200 OK. Typed from the conventions: items `<BackupJobSession>` from `GET /backupSessions/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_sessions`]: every one, as references
    /// - [`Self::get_backup_sessions_by_id`]: one, by its id
    /// - [`Self::get_query_backup_job_session`]: a query, as references
    /// - [`Self::get_query_backup_job_session_entities`]: a query, in full
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
    /// Returns a resource representation of a backup job session having the specified ID.
    ///
    /// `GET /backupSessions/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupsessions_id.html>
    ///
    /// # Arguments
    ///
    /// - `backup_session_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`BackupJobSession`](crate::api::types::BackupJobSession) (`<BackupJobSession>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_sessions`]: every one, as references
    /// - [`Self::get_backup_sessions_entities`]: every one, in full
    /// - [`Self::get_query_backup_job_session`]: a query, as references
    /// - [`Self::get_query_backup_job_session_entities`]: a query, in full
    pub async fn get_backup_sessions_by_id(
        &self,
        backup_session_id: impl AsRef<str>,
    ) -> Result<super::types::BackupJobSession, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupSessions/{ID}";
        let backup_session_id = crate::runtime::id_segment(backup_session_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/backupSessions/{}", backup_session_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Stops the job session having the specified ID.
    ///
    /// `POST /backupSessions/{ID}?action=stop`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_backupsessions_id_stop.html>
    ///
    /// # Arguments
    ///
    /// - `backup_session_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_backup_sessions_by_id_stop(
        &self,
        backup_session_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /backupSessions/{ID}";
        let backup_session_id = crate::runtime::id_segment(backup_session_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/backupSessions/{}", backup_session_id),
            query: vec![("action", "stop".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a collection of all AgentManagement job sessions performed during the AgentBackup backup session with a specified ID. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// `GET /backupSessions/{ID}/agentManagementSessions`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupsessions_id_agentmanagementsessions.html>
    ///
    /// # Arguments
    ///
    /// - `backup_session_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EntityReferences>`.
    ///
    /// The entities themselves: [`Self::get_backup_sessions_by_id_agent_management_sessions_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_sessions`]: every one, as references
    /// - [`Self::get_backup_sessions_entities`]: every one, in full
    /// - [`Self::get_backup_sessions_by_id`]: one, by its id
    /// - [`Self::get_query_backup_job_session`]: a query, as references
    /// - [`Self::get_query_backup_job_session_entities`]: a query, in full
    pub async fn get_backup_sessions_by_id_agent_management_sessions(
        &self,
        backup_session_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupSessions/{ID}/agentManagementSessions";
        let backup_session_id = crate::runtime::id_segment(backup_session_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/backupSessions/{}/agentManagementSessions", backup_session_id
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// The entity form of [`Self::get_backup_sessions_by_id_agent_management_sessions`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of all AgentManagement job sessions performed during the AgentBackup backup session with a specified ID. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// `GET /backupSessions/{ID}/agentManagementSessions?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupsessions_id_agentmanagementsessions.html>
    ///
    /// # Arguments
    ///
    /// - `backup_session_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`BackupJobSessions`](crate::api::types::BackupJobSessions) (`<BackupJobSessions>` in XML), on 200 OK. Typed from the conventions: items `<BackupJobSession>` from the reference items' `Type` in the example of get_backupsessions_id_agentmanagementsessions.md; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_sessions`]: every one, as references
    /// - [`Self::get_backup_sessions_entities`]: every one, in full
    /// - [`Self::get_backup_sessions_by_id`]: one, by its id
    /// - [`Self::get_query_backup_job_session`]: a query, as references
    /// - [`Self::get_query_backup_job_session_entities`]: a query, in full
    pub async fn get_backup_sessions_by_id_agent_management_sessions_entities(
        &self,
        backup_session_id: impl AsRef<str>,
    ) -> Result<super::types::BackupJobSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupSessions/{ID}/agentManagementSessions";
        let backup_session_id = crate::runtime::id_segment(backup_session_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/backupSessions/{}/agentManagementSessions", backup_session_id
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a collection of all task sessions performed with the Backup and Agent type backup job sessions with a specified ID. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// `GET /backupSessions/{ID}/taskSessions`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupsessions_id_tasksessions.html>
    ///
    /// # Arguments
    ///
    /// - `backup_session_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from resource page: `<EntityReferences>`.
    ///
    /// The entities themselves: [`Self::get_backup_sessions_by_id_task_sessions_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_task_sessions`]: every one, as references
    /// - [`Self::get_backup_task_sessions_entities`]: every one, in full
    /// - [`Self::get_backup_task_sessions_by_id`]: one, by its id
    /// - [`Self::get_query_backup_task_session`]: a query, as references
    /// - [`Self::get_query_backup_task_session_entities`]: a query, in full
    pub async fn get_backup_sessions_by_id_task_sessions(
        &self,
        backup_session_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupSessions/{ID}/taskSessions";
        let backup_session_id = crate::runtime::id_segment(backup_session_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/backupSessions/{}/taskSessions", backup_session_id),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// The entity form of [`Self::get_backup_sessions_by_id_task_sessions`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of all task sessions performed with the Backup and Agent type backup job sessions with a specified ID. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// `GET /backupSessions/{ID}/taskSessions?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupsessions_id_tasksessions.html>
    ///
    /// # Arguments
    ///
    /// - `backup_session_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`BackupTaskSessions`](crate::api::types::BackupTaskSessions) (`<BackupTaskSessions>` in XML), on 200 OK. Typed from the conventions: items `<BackupTaskSession>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_task_sessions`]: every one, as references
    /// - [`Self::get_backup_task_sessions_entities`]: every one, in full
    /// - [`Self::get_backup_task_sessions_by_id`]: one, by its id
    /// - [`Self::get_query_backup_task_session`]: a query, as references
    /// - [`Self::get_query_backup_task_session_entities`]: a query, in full
    pub async fn get_backup_sessions_by_id_task_sessions_entities(
        &self,
        backup_session_id: impl AsRef<str>,
    ) -> Result<super::types::BackupTaskSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupSessions/{ID}/taskSessions";
        let backup_session_id = crate::runtime::id_segment(backup_session_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/backupSessions/{}/taskSessions", backup_session_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a collection of backup task sessions that are performed on all backup servers connected to Veeam Backup Enterprise Manager. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// `GET /backupTaskSessions`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backuptasksessions.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_backup_task_sessions_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_task_sessions_entities`]: every one, in full
    /// - [`Self::get_backup_task_sessions_by_id`]: one, by its id
    /// - [`Self::get_query_backup_task_session`]: a query, as references
    /// - [`Self::get_query_backup_task_session_entities`]: a query, in full
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
    /// The entity form of [`Self::get_backup_task_sessions`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of backup task sessions that are performed on all backup servers connected to Veeam Backup Enterprise Manager. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// `GET /backupTaskSessions?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backuptasksessions.html>
    ///
    /// # Returns
    ///
    /// [`BackupTaskSessions`](crate::api::types::BackupTaskSessions) (`<BackupTaskSessions>` in XML), on 200 OK. Typed from the conventions: items `<BackupTaskSession>` from `GET /backupTaskSessions/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_task_sessions`]: every one, as references
    /// - [`Self::get_backup_task_sessions_by_id`]: one, by its id
    /// - [`Self::get_query_backup_task_session`]: a query, as references
    /// - [`Self::get_query_backup_task_session_entities`]: a query, in full
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
    /// Returns a resource representation of a task having the specified ID. The parent backup job for the task is created and run on the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /backupTaskSessions/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backuptasksessions_id.html>
    ///
    /// # Arguments
    ///
    /// - `backup_task_session_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`BackupTaskSession`](crate::api::types::BackupTaskSession) (`<BackupTaskSession>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_task_sessions`]: every one, as references
    /// - [`Self::get_backup_task_sessions_entities`]: every one, in full
    /// - [`Self::get_query_backup_task_session`]: a query, as references
    /// - [`Self::get_query_backup_task_session_entities`]: a query, in full
    pub async fn get_backup_task_sessions_by_id(
        &self,
        backup_task_session_id: impl AsRef<str>,
    ) -> Result<super::types::BackupTaskSession, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupTaskSessions/{ID}";
        let backup_task_session_id = crate::runtime::id_segment(
            backup_task_session_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/backupTaskSessions/{}", backup_task_session_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a collection of all backups created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /backups`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backups.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_backups_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_backups`]: every one, as references
    /// - [`Self::get_agents_backups_entities`]: every one, in full
    /// - [`Self::get_backups_entities`]: every one, in full
    /// - [`Self::get_backups_by_id`]: one, by its id
    /// - [`Self::get_query_backup`]: a query, as references
    /// - [`Self::get_query_backup_entities`]: a query, in full
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
    /// The entity form of [`Self::get_backups`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of all backups created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /backups?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backups.html>
    ///
    /// # Returns
    ///
    /// [`Backups`](crate::api::types::Backups) (`<Backups>` in XML), on 200 OK. Typed from the conventions: items `<Backup>` from `GET /backups/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_backups`]: every one, as references
    /// - [`Self::get_agents_backups_entities`]: every one, in full
    /// - [`Self::get_backups`]: every one, as references
    /// - [`Self::get_backups_by_id`]: one, by its id
    /// - [`Self::get_query_backup`]: a query, as references
    /// - [`Self::get_query_backup_entities`]: a query, in full
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
    /// Returns a resource representation of a backup having the specified ID. The backup is created on or imported to the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /backups/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backups_id.html>
    ///
    /// # Arguments
    ///
    /// - `backup_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Backup`](crate::api::types::Backup) (`<Backup>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_backups`]: every one, as references
    /// - [`Self::get_agents_backups_entities`]: every one, in full
    /// - [`Self::get_backups`]: every one, as references
    /// - [`Self::get_backups_entities`]: every one, in full
    /// - [`Self::get_query_backup`]: a query, as references
    /// - [`Self::get_query_backup_entities`]: a query, in full
    pub async fn get_backups_by_id(
        &self,
        backup_id: impl AsRef<str>,
    ) -> Result<super::types::Backup, crate::runtime::Error> {
        const OPERATION: &str = "GET /backups/{ID}";
        let backup_id = crate::runtime::id_segment(backup_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/backups/{}", backup_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a collection of all ChildBackup resources of a ParentBackup backup type having the specified ID.
    ///
    /// `GET /backups/{ID}/childbackups`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backups_id_childbackups.html>
    ///
    /// # Arguments
    ///
    /// - `backup_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    pub async fn get_backups_by_id_childbackups(
        &self,
        backup_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backups/{ID}/childbackups";
        let backup_id = crate::runtime::id_segment(backup_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/backups/{}/childbackups", backup_id),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a collection of restore points of Standard and ChildBackup backups having the specified ID.
    ///
    /// `GET /backups/{ID}/restorePoints`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backups_id_restorepoints.html>
    ///
    /// # Arguments
    ///
    /// - `backup_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_backups_by_id_restore_points_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_restore_point`]: a query, as references
    /// - [`Self::get_query_restore_point_entities`]: a query, in full
    /// - [`Self::get_restore_points`]: every one, as references
    /// - [`Self::get_restore_points_entities`]: every one, in full
    /// - [`Self::get_restore_points_by_id`]: one, by its id
    pub async fn get_backups_by_id_restore_points(
        &self,
        backup_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backups/{ID}/restorePoints";
        let backup_id = crate::runtime::id_segment(backup_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/backups/{}/restorePoints", backup_id),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// The entity form of [`Self::get_backups_by_id_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of restore points of Standard and ChildBackup backups having the specified ID.
    ///
    /// `GET /backups/{ID}/restorePoints?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backups_id_restorepoints.html>
    ///
    /// # Arguments
    ///
    /// - `backup_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`RestorePoints`](crate::api::types::RestorePoints) (`<RestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<RestorePoint>` from the reference items' `Type` in the example of get_backups_id_restorepoints.cell-text.txt; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_restore_point`]: a query, as references
    /// - [`Self::get_query_restore_point_entities`]: a query, in full
    /// - [`Self::get_restore_points`]: every one, as references
    /// - [`Self::get_restore_points_entities`]: every one, in full
    /// - [`Self::get_restore_points_by_id`]: one, by its id
    pub async fn get_backups_by_id_restore_points_entities(
        &self,
        backup_id: impl AsRef<str>,
    ) -> Result<super::types::RestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /backups/{ID}/restorePoints";
        let backup_id = crate::runtime::id_segment(backup_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/backups/{}/restorePoints", backup_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a VM collection whose guest OS files have been indexed during backup.
    ///
    /// `GET /catalog/vms`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_catalog_vms_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_catalog_vms_entities`]: every one, in full
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
    /// The entity form of [`Self::get_catalog_vms`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a VM collection whose guest OS files have been indexed during backup.
    ///
    /// `GET /catalog/vms?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms.html>
    ///
    /// # Returns
    ///
    /// [`CatalogVms`](crate::api::types::CatalogVms) (`<CatalogVms>` in XML), on 200 OK. Typed from the conventions: items `<CatalogVm>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_catalog_vms`]: every one, as references
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
    /// Returns a resource representation of a VM having the specified name whose guest OS files have been indexed during backup.
    ///
    /// `GET /catalog/vms/{vmname}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms_vmname.html>
    ///
    /// # Arguments
    ///
    /// - `vmname`: the `{vmname}` of the path.
    ///
    /// # Returns
    ///
    /// [`Ref`](crate::api::types::Ref) (`<EntityRef>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EntityRef>`.
    pub async fn get_catalog_vms_by_vmname(
        &self,
        vmname: impl AsRef<str>,
    ) -> Result<super::types::Ref, crate::runtime::Error> {
        const OPERATION: &str = "GET /catalog/vms/{vmname}";
        let vmname = crate::runtime::path_segment(vmname.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/catalog/vms/{}", vmname),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a collection of restore points for a VM whose guest OS files have been indexed during backup.
    ///
    /// `GET /catalog/vms/{vmname}/vmRestorePoints`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms_vmname_vmrestorepoints.html>
    ///
    /// # Arguments
    ///
    /// - `vmname`: the `{vmname}` of the path.
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_catalog_vms_by_vmname_vm_restore_points_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_vm_restore_point`]: a query, as references
    /// - [`Self::get_query_vm_restore_point_entities`]: a query, in full
    /// - [`Self::get_vm_restore_points`]: every one, as references
    /// - [`Self::get_vm_restore_points_entities`]: every one, in full
    /// - [`Self::get_vm_restore_points_by_id`]: one, by its id
    pub async fn get_catalog_vms_by_vmname_vm_restore_points(
        &self,
        vmname: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /catalog/vms/{vmname}/vmRestorePoints";
        let vmname = crate::runtime::path_segment(vmname.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/catalog/vms/{}/vmRestorePoints", vmname),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// The entity form of [`Self::get_catalog_vms_by_vmname_vm_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of restore points for a VM whose guest OS files have been indexed during backup.
    ///
    /// `GET /catalog/vms/{vmname}/vmRestorePoints?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms_vmname_vmrestorepoints.html>
    ///
    /// # Arguments
    ///
    /// - `vmname`: the `{vmname}` of the path.
    ///
    /// # Returns
    ///
    /// [`VmRestorePoints`](crate::api::types::VmRestorePoints) (`<VmRestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<VmRestorePoint>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_vm_restore_point`]: a query, as references
    /// - [`Self::get_query_vm_restore_point_entities`]: a query, in full
    /// - [`Self::get_vm_restore_points`]: every one, as references
    /// - [`Self::get_vm_restore_points_entities`]: every one, in full
    /// - [`Self::get_vm_restore_points_by_id`]: one, by its id
    pub async fn get_catalog_vms_by_vmname_vm_restore_points_entities(
        &self,
        vmname: impl AsRef<str>,
    ) -> Result<super::types::VmRestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /catalog/vms/{vmname}/vmRestorePoints";
        let vmname = crate::runtime::path_segment(vmname.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/catalog/vms/{}/vmRestorePoints", vmname),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a VM restore point having the specified ID. The restore point is created for a VM having the specified name; guest OS files of the VM have been indexed during backup.
    ///
    /// `GET /catalog/vms/{vmname}/vmRestorePoints/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms_vmname_vmrestorepoints_id.html>
    ///
    /// # Arguments
    ///
    /// - `vmname`: the `{vmname}` of the path.
    /// - `vm_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Ref`](crate::api::types::Ref) (`<EntityRef>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EntityRef>`.
    pub async fn get_catalog_vms_by_vmname_vm_restore_points_by_id(
        &self,
        vmname: impl AsRef<str>,
        vm_restore_point_id: impl AsRef<str>,
    ) -> Result<super::types::Ref, crate::runtime::Error> {
        const OPERATION: &str = "GET /catalog/vms/{vmname}/vmRestorePoints/{ID}";
        let vmname = crate::runtime::path_segment(vmname.as_ref());
        let vm_restore_point_id = crate::runtime::id_segment(
            vm_restore_point_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/catalog/vms/{}/vmRestorePoints/{}", vmname, vm_restore_point_id
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Starts the guest OS file restore process of the VM from the specified restore point. The VM disks are mounted to the backup server and VM guest OS files become available for restore.
    ///
    /// `POST /catalog/vms/{vmname}/vmRestorePoints/{ID}?action=browse`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_catalog_vms_vmname_vmrestorepoints_id_actoinbrowse.html>
    ///
    /// # Arguments
    ///
    /// - `vmname`: the `{vmname}` of the path.
    /// - `vm_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 200 OK.
    pub async fn post_catalog_vms_by_vmname_vm_restore_points_by_id_browse(
        &self,
        vmname: impl AsRef<str>,
        vm_restore_point_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /catalog/vms/{vmname}/vmRestorePoints/{ID}";
        let vmname = crate::runtime::path_segment(vmname.as_ref());
        let vm_restore_point_id = crate::runtime::id_segment(
            vm_restore_point_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/catalog/vms/{}/vmRestorePoints/{}", vmname, vm_restore_point_id
            ),
            query: vec![("action", "browse".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of the hierarchy of the VM guest OS file system within a VM backup.
    ///
    /// `GET /catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms_vmname_vmrestorepoints_id_guestfs.html>
    ///
    /// # Arguments
    ///
    /// - `vmname`: the `{vmname}` of the path.
    /// - `vm_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`FileSystemEntry`](crate::api::types::FileSystemEntry) (`<FileSystemEntry>` in XML), on 200 OK.
    pub async fn get_catalog_vms_by_vmname_vm_restore_points_by_id_guestfs(
        &self,
        vmname: impl AsRef<str>,
        vm_restore_point_id: impl AsRef<str>,
    ) -> Result<super::types::FileSystemEntry, crate::runtime::Error> {
        const OPERATION: &str = "GET /catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/";
        let vmname = crate::runtime::path_segment(vmname.as_ref());
        let vm_restore_point_id = crate::runtime::id_segment(
            vm_restore_point_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/catalog/vms/{}/vmRestorePoints/{}/guestfs/", vmname,
                vm_restore_point_id
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a file or folder in the VM guest OS.
    ///
    /// `GET /catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/{filepath}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms_vmname_vmrestorepoints_id_guestfs_filepath.html>
    ///
    /// # Arguments
    ///
    /// - `vmname`: the `{vmname}` of the path.
    /// - `vm_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `filepath`: the `{filepath}` of the path.
    ///
    /// # Returns
    ///
    /// [`FileSystemEntries`](crate::api::types::FileSystemEntries) (`<FileSystemEntries>` in XML), on 200 OK.
    pub async fn get_catalog_vms_by_vmname_vm_restore_points_by_id_guestfs_by_filepath(
        &self,
        vmname: impl AsRef<str>,
        vm_restore_point_id: impl AsRef<str>,
        filepath: impl AsRef<str>,
    ) -> Result<super::types::FileSystemEntries, crate::runtime::Error> {
        const OPERATION: &str = "GET /catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/{filepath}";
        let vmname = crate::runtime::path_segment(vmname.as_ref());
        let vm_restore_point_id = crate::runtime::id_segment(
            vm_restore_point_id.as_ref(),
        );
        let filepath = crate::runtime::path_segment(filepath.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/catalog/vms/{}/vmRestorePoints/{}/guestfs/{}", vmname,
                vm_restore_point_id, filepath
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Starts restore of the specified VM guest OS file or folder from the specified restore point. The file or folder is restored to its original location.
    ///
    /// `POST /catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/{filepath}?action=restore`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_catalog_vms_vmname_vmrestorepoints_id_guestfs_filepath.html>
    ///
    /// # Arguments
    ///
    /// - `vmname`: the `{vmname}` of the path.
    /// - `vm_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `filepath`: the `{filepath}` of the path.
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_catalog_vms_by_vmname_vm_restore_points_by_id_guestfs_by_filepath_restore(
        &self,
        vmname: impl AsRef<str>,
        vm_restore_point_id: impl AsRef<str>,
        filepath: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/{filepath}";
        let vmname = crate::runtime::path_segment(vmname.as_ref());
        let vm_restore_point_id = crate::runtime::id_segment(
            vm_restore_point_id.as_ref(),
        );
        let filepath = crate::runtime::path_segment(filepath.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/catalog/vms/{}/vmRestorePoints/{}/guestfs/{}", vmname,
                vm_restore_point_id, filepath
            ),
            query: vec![("action", "restore".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
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
    /// - [`Self::get_query_cdp_policy`]: a query, as references
    /// - [`Self::get_query_cdp_policy_entities`]: a query, in full
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
    /// - [`Self::get_query_cdp_policy`]: a query, as references
    /// - [`Self::get_query_cdp_policy_entities`]: a query, in full
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
    /// - [`Self::get_query_cdp_policy`]: a query, as references
    /// - [`Self::get_query_cdp_policy_entities`]: a query, in full
    pub async fn get_cdp_policies_by_id(
        &self,
        cdp_policy_id: impl AsRef<str>,
    ) -> Result<super::types::CdpPolicy, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpPolicies/{ID}";
        let cdp_policy_id = crate::runtime::id_segment(cdp_policy_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/cdpPolicies/{}", cdp_policy_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Post,
            path: format!("/cdpPolicies/{}", cdp_policy_id),
            query: vec![("action", "disable".to_string())],
            body: None,
            expect: &[202],
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
            method: crate::runtime::Method::Post,
            path: format!("/cdpPolicies/{}", cdp_policy_id),
            query: vec![("action", "enable".to_string())],
            body: None,
            expect: &[202],
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
            method: crate::runtime::Method::Put,
            path: format!("/cdpPolicies/{}", cdp_policy_id),
            query: vec![],
            body: Some(crate::runtime::encode(self.format(), "CdpPolicy", body)),
            expect: &[202],
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
    /// - [`Self::get_query_cdp_replica_session`]: a query, as references
    /// - [`Self::get_query_cdp_replica_session_entities`]: a query, in full
    pub async fn get_cdp_policies_by_id_cdp_replica_sessions(
        &self,
        cdp_policy_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpPolicies/{ID}/cdpReplicaSessions";
        let cdp_policy_id = crate::runtime::id_segment(cdp_policy_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/cdpPolicies/{}/cdpReplicaSessions", cdp_policy_id),
            query: vec![],
            body: None,
            expect: &[200],
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
    /// - [`Self::get_query_cdp_replica_session`]: a query, as references
    /// - [`Self::get_query_cdp_replica_session_entities`]: a query, in full
    pub async fn get_cdp_policies_by_id_cdp_replica_sessions_entities(
        &self,
        cdp_policy_id: impl AsRef<str>,
    ) -> Result<super::types::CdpReplicaSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpPolicies/{ID}/cdpReplicaSessions";
        let cdp_policy_id = crate::runtime::id_segment(cdp_policy_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/cdpPolicies/{}/cdpReplicaSessions", cdp_policy_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
    /// # See also
    ///
    /// - [`Self::get_query_object_in_job`]: a query, as references
    /// - [`Self::get_query_object_in_job_entities`]: a query, in full
    pub async fn get_cdp_policies_by_id_includes(
        &self,
        cdp_policy_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpPolicies/{ID}/includes";
        let cdp_policy_id = crate::runtime::id_segment(cdp_policy_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/cdpPolicies/{}/includes", cdp_policy_id),
            query: vec![],
            body: None,
            expect: &[200],
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
    /// # See also
    ///
    /// - [`Self::get_query_object_in_job`]: a query, as references
    /// - [`Self::get_query_object_in_job_entities`]: a query, in full
    pub async fn get_cdp_policies_by_id_includes_entities(
        &self,
        cdp_policy_id: impl AsRef<str>,
    ) -> Result<super::types::ObjectsInJob, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpPolicies/{ID}/includes";
        let cdp_policy_id = crate::runtime::id_segment(cdp_policy_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/cdpPolicies/{}/includes", cdp_policy_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Post,
            path: format!("/cdpPolicies/{}/includes", cdp_policy_id),
            query: vec![],
            body: Some(
                crate::runtime::encode(self.format(), "CreateObjectInJobSpec", body),
            ),
            expect: &[202],
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
            method: crate::runtime::Method::Delete,
            path: format!("/cdpPolicies/{}/includes/{}", cdp_policy_id, include_id),
            query: vec![],
            body: None,
            expect: &[202],
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
            method: crate::runtime::Method::Get,
            path: format!("/cdpPolicies/{}/includes/{}", cdp_policy_id, include_id),
            query: vec![],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Get,
            path: "/cdpReplica/vApps".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Get,
            path: "/cdpReplica/vApps".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Get,
            path: format!("/cdpReplica/vApps/{}", v_app_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Post,
            path: format!("/cdpReplica/vApps/{}", v_app_id),
            query: vec![("action", "failover".to_string())],
            body: Some(
                crate::runtime::encode(self.format(), "CdpFailoverStartSpec", body),
            ),
            expect: &[202],
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
            method: crate::runtime::Method::Post,
            path: format!("/cdpReplica/vApps/{}", v_app_id),
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
            method: crate::runtime::Method::Get,
            path: format!("/cdpReplica/vApps/{}/vms", v_app_id),
            query: vec![],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Get,
            path: format!("/cdpReplica/vApps/{}/vms/{}", v_app_id, vm_id),
            query: vec![],
            body: None,
            expect: &[200],
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
    /// - [`Self::get_query_cdp_replica_session`]: a query, as references
    /// - [`Self::get_query_cdp_replica_session_entities`]: a query, in full
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
    /// - [`Self::get_query_cdp_replica_session`]: a query, as references
    /// - [`Self::get_query_cdp_replica_session_entities`]: a query, in full
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
    /// - [`Self::get_query_cdp_replica_session`]: a query, as references
    /// - [`Self::get_query_cdp_replica_session_entities`]: a query, in full
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
            method: crate::runtime::Method::Get,
            path: format!("/cdpReplicaSessions/{}", cdp_replica_session_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
    /// - [`Self::get_query_cdp_replica_task_session`]: a query, as references
    /// - [`Self::get_query_cdp_replica_task_session_entities`]: a query, in full
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
            method: crate::runtime::Method::Get,
            path: format!(
                "/cdpReplicaSessions/{}/cdpReplicaTaskSessions", cdp_replica_session_id
            ),
            query: vec![],
            body: None,
            expect: &[200],
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
    /// - [`Self::get_query_cdp_replica_task_session`]: a query, as references
    /// - [`Self::get_query_cdp_replica_task_session_entities`]: a query, in full
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
            method: crate::runtime::Method::Get,
            path: format!(
                "/cdpReplicaSessions/{}/cdpReplicaTaskSessions", cdp_replica_session_id
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
    /// - [`Self::get_query_cdp_replica_task_session`]: a query, as references
    /// - [`Self::get_query_cdp_replica_task_session_entities`]: a query, in full
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
    /// - [`Self::get_query_cdp_replica_task_session`]: a query, as references
    /// - [`Self::get_query_cdp_replica_task_session_entities`]: a query, in full
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
    /// - [`Self::get_query_cdp_replica_task_session`]: a query, as references
    /// - [`Self::get_query_cdp_replica_task_session_entities`]: a query, in full
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
            method: crate::runtime::Method::Get,
            path: format!("/cdpReplicaTaskSessions/{}", cdp_replica_task_session_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
    /// - [`Self::get_query_cdp_replica`]: a query, as references
    /// - [`Self::get_query_cdp_replica_entities`]: a query, in full
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
    /// - [`Self::get_query_cdp_replica`]: a query, as references
    /// - [`Self::get_query_cdp_replica_entities`]: a query, in full
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
    /// - [`Self::get_query_cdp_replica`]: a query, as references
    /// - [`Self::get_query_cdp_replica_entities`]: a query, in full
    pub async fn get_cdp_replicas_by_id(
        &self,
        cdp_replica_id: impl AsRef<str>,
    ) -> Result<super::types::CdpReplica, crate::runtime::Error> {
        const OPERATION: &str = "GET /cdpReplicas/{ID}";
        let cdp_replica_id = crate::runtime::id_segment(cdp_replica_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/cdpReplicas/{}", cdp_replica_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Get,
            path: format!("/cdpReplicas/{}/vms", cdp_replica_id),
            query: vec![],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Get,
            path: format!("/cdpReplicas/{}/vms", cdp_replica_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Get,
            path: format!("/cdpReplicas/{}/vms/{}", cdp_replica_id, vm_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Post,
            path: format!("/cdpReplicas/{}/vms/{}", cdp_replica_id, vm_id),
            query: vec![("action", "failover".to_string())],
            body: Some(
                crate::runtime::encode(self.format(), "CdpFailoverStartSpec", body),
            ),
            expect: &[202],
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
            method: crate::runtime::Method::Post,
            path: format!("/cdpReplicas/{}/vms/{}", cdp_replica_id, vm_id),
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
            method: crate::runtime::Method::Get,
            path: "/cloud".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
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
    /// - [`Self::get_query_cloud_failover_plan`]: a query, as references
    /// - [`Self::get_query_cloud_failover_plan_entities`]: a query, in full
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
    /// - [`Self::get_query_cloud_failover_plan`]: a query, as references
    /// - [`Self::get_query_cloud_failover_plan_entities`]: a query, in full
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
            method: crate::runtime::Method::Delete,
            path: format!("/cloud/cloudFailoverPlans/{}", cloud_failover_plan_id),
            query: vec![],
            body: None,
            expect: &[202],
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
    /// - [`Self::get_query_cloud_failover_plan`]: a query, as references
    /// - [`Self::get_query_cloud_failover_plan_entities`]: a query, in full
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
            method: crate::runtime::Method::Get,
            path: format!("/cloud/cloudFailoverPlans/{}", cloud_failover_plan_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Post,
            path: format!("/cloud/cloudFailoverPlans/{}", cloud_failover_plan_id),
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
            method: crate::runtime::Method::Post,
            path: format!("/cloud/cloudFailoverPlans/{}", cloud_failover_plan_id),
            query: vec![("action", "test".to_string())],
            body: None,
            expect: &[202],
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
            method: crate::runtime::Method::Post,
            path: format!("/cloud/cloudFailoverPlans/{}", cloud_failover_plan_id),
            query: vec![("action", "undo".to_string())],
            body: None,
            expect: &[202],
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
            method: crate::runtime::Method::Put,
            path: format!("/cloud/cloudFailoverPlans/{}", cloud_failover_plan_id),
            query: vec![],
            body: Some(crate::runtime::encode(self.format(), "CloudFailoverPlan", body)),
            expect: &[202],
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
            method: crate::runtime::Method::Get,
            path: format!(
                "/cloud/cloudFailoverPlans/{}/includes", cloud_failover_plan_id
            ),
            query: vec![],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Get,
            path: format!(
                "/cloud/cloudFailoverPlans/{}/includes", cloud_failover_plan_id
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Get,
            path: format!(
                "/cloud/cloudFailoverPlans/{}/includes/{}", cloud_failover_plan_id,
                include_id
            ),
            query: vec![],
            body: None,
            expect: &[200],
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
    /// - [`Self::get_query_cloud_failover_session`]: a query, as references
    /// - [`Self::get_query_cloud_failover_session_entities`]: a query, in full
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
    /// - [`Self::get_query_cloud_failover_session`]: a query, as references
    /// - [`Self::get_query_cloud_failover_session_entities`]: a query, in full
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
    /// - [`Self::get_query_cloud_failover_session`]: a query, as references
    /// - [`Self::get_query_cloud_failover_session_entities`]: a query, in full
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
            method: crate::runtime::Method::Get,
            path: format!("/cloud/failoverSessions/{}", failover_session_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Get,
            path: "/cloud/gatewayPools".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Get,
            path: "/cloud/gatewayPools".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Delete,
            path: format!("/cloud/gatewayPools/{}", gateway_pool_id),
            query: vec![],
            body: None,
            expect: &[202],
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
    /// # See also
    ///
    /// - [`Self::get_query_cloud_gateway_pool`]: a query, as references
    /// - [`Self::get_query_cloud_gateway_pool_entities`]: a query, in full
    pub async fn get_cloud_gateway_pools_by_id(
        &self,
        gateway_pool_id: impl AsRef<str>,
    ) -> Result<super::types::CloudGatewayPool, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/gatewayPools/{ID}";
        let gateway_pool_id = crate::runtime::id_segment(gateway_pool_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/cloud/gatewayPools/{}", gateway_pool_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Put,
            path: format!("/cloud/gatewayPools/{}", gateway_pool_id),
            query: vec![],
            body: Some(crate::runtime::encode(self.format(), "CloudGatewayPool", body)),
            expect: &[202],
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
    /// - [`Self::get_query_cloud_gateway`]: a query, as references
    /// - [`Self::get_query_cloud_gateway_entities`]: a query, in full
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
    /// - [`Self::get_query_cloud_gateway`]: a query, as references
    /// - [`Self::get_query_cloud_gateway_entities`]: a query, in full
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
            method: crate::runtime::Method::Delete,
            path: format!("/cloud/gateways/{}", gateway_id),
            query: vec![],
            body: None,
            expect: &[202],
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
    /// - [`Self::get_query_cloud_gateway`]: a query, as references
    /// - [`Self::get_query_cloud_gateway_entities`]: a query, in full
    pub async fn get_cloud_gateways_by_id(
        &self,
        gateway_id: impl AsRef<str>,
    ) -> Result<super::types::CloudGateway, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/gateways/{ID}";
        let gateway_id = crate::runtime::id_segment(gateway_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/cloud/gateways/{}", gateway_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Put,
            path: format!("/cloud/gateways/{}", gateway_id),
            query: vec![],
            body: Some(crate::runtime::encode(self.format(), "CloudGateway", body)),
            expect: &[202],
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
    /// - [`Self::get_query_cloud_hardware_plan`]: a query, as references
    /// - [`Self::get_query_cloud_hardware_plan_entities`]: a query, in full
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
    /// - [`Self::get_query_cloud_hardware_plan`]: a query, as references
    /// - [`Self::get_query_cloud_hardware_plan_entities`]: a query, in full
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
            method: crate::runtime::Method::Delete,
            path: format!("/cloud/hardwarePlans/{}", hardware_plan_id),
            query: vec![],
            body: None,
            expect: &[202],
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
    /// - [`Self::get_query_cloud_hardware_plan`]: a query, as references
    /// - [`Self::get_query_cloud_hardware_plan_entities`]: a query, in full
    pub async fn get_cloud_hardware_plans_by_id(
        &self,
        hardware_plan_id: impl AsRef<str>,
    ) -> Result<super::types::CloudHardwarePlan, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/hardwarePlans/{ID}";
        let hardware_plan_id = crate::runtime::id_segment(hardware_plan_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/cloud/hardwarePlans/{}", hardware_plan_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Put,
            path: format!("/cloud/hardwarePlans/{}", hardware_plan_id),
            query: vec![],
            body: Some(crate::runtime::encode(self.format(), "CloudHardwarePlan", body)),
            expect: &[202],
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
            method: crate::runtime::Method::Get,
            path: format!("/cloud/hardwarePlans/{}/tenants", hardware_plan_id),
            query: vec![],
            body: None,
            expect: &[200],
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
    /// - [`Self::get_query_cloud_public_ip_address`]: a query, as references
    /// - [`Self::get_query_cloud_public_ip_address_entities`]: a query, in full
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
    /// - [`Self::get_query_cloud_public_ip_address`]: a query, as references
    /// - [`Self::get_query_cloud_public_ip_address_entities`]: a query, in full
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
            method: crate::runtime::Method::Delete,
            path: format!("/cloud/publicIpAddresses/{}", public_ip_address_id),
            query: vec![],
            body: None,
            expect: &[202],
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
    /// - [`Self::get_query_cloud_public_ip_address`]: a query, as references
    /// - [`Self::get_query_cloud_public_ip_address_entities`]: a query, in full
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
            method: crate::runtime::Method::Get,
            path: format!("/cloud/publicIpAddresses/{}", public_ip_address_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Put,
            path: format!("/cloud/publicIpAddresses/{}", public_ip_address_id),
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
    /// - [`Self::get_query_cloud_replica`]: a query, as references
    /// - [`Self::get_query_cloud_replica_entities`]: a query, in full
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
    /// - [`Self::get_query_cloud_replica`]: a query, as references
    /// - [`Self::get_query_cloud_replica_entities`]: a query, in full
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
    /// - [`Self::get_query_cloud_replica`]: a query, as references
    /// - [`Self::get_query_cloud_replica_entities`]: a query, in full
    pub async fn get_cloud_replicas_by_id(
        &self,
        replica_id: impl AsRef<str>,
    ) -> Result<super::types::CloudReplica, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/replicas/{ID}";
        let replica_id = crate::runtime::id_segment(replica_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/cloud/replicas/{}", replica_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
    /// # See also
    ///
    /// - [`Self::get_query_vm_replica_point`]: a query, as references
    /// - [`Self::get_query_vm_replica_point_entities`]: a query, in full
    /// - [`Self::get_vm_replica_points`]: every one, as references
    /// - [`Self::get_vm_replica_points_entities`]: every one, in full
    /// - [`Self::get_vm_replica_points_by_id`]: one, by its id
    pub async fn get_cloud_replicas_by_id_vm_replica_points(
        &self,
        replica_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/replicas/{ID}/vmReplicaPoints";
        let replica_id = crate::runtime::id_segment(replica_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/cloud/replicas/{}/vmReplicaPoints", replica_id),
            query: vec![],
            body: None,
            expect: &[200],
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
    /// # See also
    ///
    /// - [`Self::get_query_vm_replica_point`]: a query, as references
    /// - [`Self::get_query_vm_replica_point_entities`]: a query, in full
    /// - [`Self::get_vm_replica_points`]: every one, as references
    /// - [`Self::get_vm_replica_points_entities`]: every one, in full
    /// - [`Self::get_vm_replica_points_by_id`]: one, by its id
    pub async fn get_cloud_replicas_by_id_vm_replica_points_entities(
        &self,
        replica_id: impl AsRef<str>,
    ) -> Result<super::types::VmReplicaPoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/replicas/{ID}/vmReplicaPoints";
        let replica_id = crate::runtime::id_segment(replica_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/cloud/replicas/{}/vmReplicaPoints", replica_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
    /// - [`Self::get_query_cloud_tenant`]: a query, as references
    /// - [`Self::get_query_cloud_tenant_entities`]: a query, in full
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
    /// - [`Self::get_query_cloud_tenant`]: a query, as references
    /// - [`Self::get_query_cloud_tenant_entities`]: a query, in full
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
            method: crate::runtime::Method::Delete,
            path: format!("/cloud/tenants/{}", tenant_id),
            query: vec![],
            body: None,
            expect: &[202],
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
    /// - [`Self::get_query_cloud_tenant`]: a query, as references
    /// - [`Self::get_query_cloud_tenant_entities`]: a query, in full
    pub async fn get_cloud_tenants_by_id(
        &self,
        tenant_id: impl AsRef<str>,
    ) -> Result<super::types::CloudTenant, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/tenants/{ID}";
        let tenant_id = crate::runtime::id_segment(tenant_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/cloud/tenants/{}", tenant_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Put,
            path: format!("/cloud/tenants/{}", tenant_id),
            query: vec![],
            body: Some(crate::runtime::encode(self.format(), "CloudTenant", body)),
            expect: &[202],
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
            method: crate::runtime::Method::Get,
            path: format!("/cloud/tenants/{}/computeResources", tenant_id),
            query: vec![],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Post,
            path: format!("/cloud/tenants/{}/computeResources", tenant_id),
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
            method: crate::runtime::Method::Delete,
            path: format!(
                "/cloud/tenants/{}/computeResources/{}", tenant_id, compute_resource_id
            ),
            query: vec![],
            body: None,
            expect: &[202],
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
            method: crate::runtime::Method::Get,
            path: format!(
                "/cloud/tenants/{}/computeResources/{}", tenant_id, compute_resource_id
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Get,
            path: format!("/cloud/tenants/{}/freelicenseCounters", tenant_id),
            query: vec![],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Get,
            path: format!("/cloud/tenants/{}/gatewayPools", tenant_id),
            query: vec![],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Get,
            path: format!("/cloud/tenants/{}/gatewayPools", tenant_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Get,
            path: format!("/cloud/tenants/{}/resources", tenant_id),
            query: vec![],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Post,
            path: format!("/cloud/tenants/{}/resources", tenant_id),
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
            method: crate::runtime::Method::Delete,
            path: format!("/cloud/tenants/{}/resources/{}", tenant_id, resource_id),
            query: vec![],
            body: None,
            expect: &[202],
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
            method: crate::runtime::Method::Get,
            path: format!("/cloud/tenants/{}/resources/{}", tenant_id, resource_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Get,
            path: format!("/cloud/tenants/{}/subtenants", tenant_id),
            query: vec![],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Post,
            path: format!("/cloud/tenants/{}/subtenants", tenant_id),
            query: vec![],
            body: Some(
                crate::runtime::encode(self.format(), "CloudSubtenantCreateSpec", body),
            ),
            expect: &[202],
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
            method: crate::runtime::Method::Delete,
            path: format!("/cloud/tenants/{}/subtenants/{}", tenant_id, subtenant_id),
            query: vec![],
            body: None,
            expect: &[202],
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
    /// # See also
    ///
    /// - [`Self::get_query_cloud_subtenant`]: a query, as references
    /// - [`Self::get_query_cloud_subtenant_entities`]: a query, in full
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
            method: crate::runtime::Method::Get,
            path: format!("/cloud/tenants/{}/subtenants/{}", tenant_id, subtenant_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Put,
            path: format!("/cloud/tenants/{}/subtenants/{}", tenant_id, subtenant_id),
            query: vec![],
            body: Some(crate::runtime::encode(self.format(), "CloudSubtenant", body)),
            expect: &[202],
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
            method: crate::runtime::Method::Get,
            path: format!("/cloud/tenants/{}/vCloudComputeResources", tenant_id),
            query: vec![],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Post,
            path: format!("/cloud/tenants/{}/vCloudComputeResources", tenant_id),
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
            method: crate::runtime::Method::Delete,
            path: format!(
                "/cloud/tenants/{}/vCloudComputeResources/{}", tenant_id,
                v_cloud_compute_resource_id
            ),
            query: vec![],
            body: None,
            expect: &[202],
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
            method: crate::runtime::Method::Get,
            path: format!(
                "/cloud/tenants/{}/vCloudComputeResources/{}", tenant_id,
                v_cloud_compute_resource_id
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
    /// - [`Self::get_query_vlan_configuration`]: a query, as references
    /// - [`Self::get_query_vlan_configuration_entities`]: a query, in full
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
    /// - [`Self::get_query_vlan_configuration`]: a query, as references
    /// - [`Self::get_query_vlan_configuration_entities`]: a query, in full
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
            method: crate::runtime::Method::Delete,
            path: format!("/cloud/vlans/{}", vlan_id),
            query: vec![],
            body: None,
            expect: &[202],
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
    /// - [`Self::get_query_vlan_configuration`]: a query, as references
    /// - [`Self::get_query_vlan_configuration_entities`]: a query, in full
    pub async fn get_cloud_vlans_by_id(
        &self,
        vlan_id: impl AsRef<str>,
    ) -> Result<super::types::VlanConfiguration, crate::runtime::Error> {
        const OPERATION: &str = "GET /cloud/vlans/{ID}";
        let vlan_id = crate::runtime::id_segment(vlan_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/cloud/vlans/{}", vlan_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Put,
            path: format!("/cloud/vlans/{}", vlan_id),
            query: vec![],
            body: Some(crate::runtime::encode(self.format(), "VlanConfiguration", body)),
            expect: &[202],
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
    /// - [`Self::get_query_cloud_vm_replica_point`]: a query, as references
    /// - [`Self::get_query_cloud_vm_replica_point_entities`]: a query, in full
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
    /// - [`Self::get_query_cloud_vm_replica_point`]: a query, as references
    /// - [`Self::get_query_cloud_vm_replica_point_entities`]: a query, in full
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
    /// - [`Self::get_query_cloud_vm_replica_point`]: a query, as references
    /// - [`Self::get_query_cloud_vm_replica_point_entities`]: a query, in full
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
            method: crate::runtime::Method::Get,
            path: format!("/cloud/vmReplicaPoints/{}", vm_replica_point_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of the collection of external backup repositories on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /externalRepositories`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_externalrepositories.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_external_repositories_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_external_repositories_entities`]: every one, in full
    /// - [`Self::get_external_repositories_by_id`]: one, by its id
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
    /// The entity form of [`Self::get_external_repositories`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of the collection of external backup repositories on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /externalRepositories?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_externalrepositories.html>
    ///
    /// # Returns
    ///
    /// [`ExternalRepositories`](crate::api::types::ExternalRepositories) (`<ExternalRepositories>` in XML), on 200 OK. Typed from the conventions: items `<ExternalRepository>` from `GET /externalRepositories/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_external_repositories`]: every one, as references
    /// - [`Self::get_external_repositories_by_id`]: one, by its id
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
    /// Returns a resource representation of an external backup repository having the specified ID. The external backup repository is added to the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /externalRepositories/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_externalrepositories_id.html>
    ///
    /// # Arguments
    ///
    /// - `external_repository_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`ExternalRepository`](crate::api::types::ExternalRepository) (`<ExternalRepository>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_external_repositories`]: every one, as references
    /// - [`Self::get_external_repositories_entities`]: every one, in full
    pub async fn get_external_repositories_by_id(
        &self,
        external_repository_id: impl AsRef<str>,
    ) -> Result<super::types::ExternalRepository, crate::runtime::Error> {
        const OPERATION: &str = "GET /externalRepositories/{ID}";
        let external_repository_id = crate::runtime::id_segment(
            external_repository_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/externalRepositories/{}", external_repository_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a collection of all backups on backup servers connected to Veeam Backup Enterprise Manager filtered by an external repository with a specified ID as a target repository. The backups are also represented in the /backups resource collection.
    ///
    /// `GET /externalRepositories/{ID}/backups`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_externalrepositories_id_backups.html>
    ///
    /// # Arguments
    ///
    /// - `external_repository_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_external_repositories_by_id_backups_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_backups`]: every one, as references
    /// - [`Self::get_agents_backups_entities`]: every one, in full
    /// - [`Self::get_backups`]: every one, as references
    /// - [`Self::get_backups_entities`]: every one, in full
    /// - [`Self::get_backups_by_id`]: one, by its id
    /// - [`Self::get_query_backup`]: a query, as references
    /// - [`Self::get_query_backup_entities`]: a query, in full
    pub async fn get_external_repositories_by_id_backups(
        &self,
        external_repository_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /externalRepositories/{ID}/backups";
        let external_repository_id = crate::runtime::id_segment(
            external_repository_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/externalRepositories/{}/backups", external_repository_id),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// The entity form of [`Self::get_external_repositories_by_id_backups`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of all backups on backup servers connected to Veeam Backup Enterprise Manager filtered by an external repository with a specified ID as a target repository. The backups are also represented in the /backups resource collection.
    ///
    /// `GET /externalRepositories/{ID}/backups?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_externalrepositories_id_backups.html>
    ///
    /// # Arguments
    ///
    /// - `external_repository_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Backups`](crate::api::types::Backups) (`<Backups>` in XML), on 200 OK. Typed from the conventions: items `<Backup>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_backups`]: every one, as references
    /// - [`Self::get_agents_backups_entities`]: every one, in full
    /// - [`Self::get_backups`]: every one, as references
    /// - [`Self::get_backups_entities`]: every one, in full
    /// - [`Self::get_backups_by_id`]: one, by its id
    /// - [`Self::get_query_backup`]: a query, as references
    /// - [`Self::get_query_backup_entities`]: a query, in full
    pub async fn get_external_repositories_by_id_backups_entities(
        &self,
        external_repository_id: impl AsRef<str>,
    ) -> Result<super::types::Backups, crate::runtime::Error> {
        const OPERATION: &str = "GET /externalRepositories/{ID}/backups";
        let external_repository_id = crate::runtime::id_segment(
            external_repository_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/externalRepositories/{}/backups", external_repository_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
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
    /// - [`Self::get_query_failover_plan`]: a query, as references
    /// - [`Self::get_query_failover_plan_entities`]: a query, in full
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
    /// - [`Self::get_query_failover_plan`]: a query, as references
    /// - [`Self::get_query_failover_plan_entities`]: a query, in full
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
    /// - [`Self::get_query_failover_plan`]: a query, as references
    /// - [`Self::get_query_failover_plan_entities`]: a query, in full
    pub async fn get_failover_plans_by_id(
        &self,
        failover_plan_id: impl AsRef<str>,
    ) -> Result<super::types::FailoverPlan, crate::runtime::Error> {
        const OPERATION: &str = "GET /failoverPlans/{ID}";
        let failover_plan_id = crate::runtime::id_segment(failover_plan_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/failoverPlans/{}", failover_plan_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Post,
            path: format!("/failoverPlans/{}", failover_plan_id),
            query: vec![("action", "start".to_string())],
            body: Some(
                crate::runtime::encode(self.format(), "FailoverPlanManagementSpec", body),
            ),
            expect: &[202],
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
            method: crate::runtime::Method::Post,
            path: format!("/failoverPlans/{}", failover_plan_id),
            query: vec![("action", "undo".to_string())],
            body: None,
            expect: &[202],
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
            method: crate::runtime::Method::Put,
            path: format!("/failoverPlans/{}", failover_plan_id),
            query: vec![],
            body: Some(crate::runtime::encode(self.format(), "FailoverPlan", body)),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a collection of virtualization hosts added to all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /hierarchyRoots`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_hierarchyroots.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_hierarchy_roots_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_hierarchy_roots_entities`]: every one, in full
    /// - [`Self::get_hierarchy_roots_by_id`]: one, by its id
    /// - [`Self::get_query_hierarchy_root`]: a query, as references
    /// - [`Self::get_query_hierarchy_root_entities`]: a query, in full
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
    /// The entity form of [`Self::get_hierarchy_roots`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of virtualization hosts added to all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /hierarchyRoots?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_hierarchyroots.html>
    ///
    /// # Returns
    ///
    /// [`HierarchyRoots`](crate::api::types::HierarchyRoots) (`<HierarchyRoots>` in XML), on 200 OK. Typed from the conventions: items `<HierarchyRoot>` from `GET /hierarchyRoots/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_hierarchy_roots`]: every one, as references
    /// - [`Self::get_hierarchy_roots_by_id`]: one, by its id
    /// - [`Self::get_query_hierarchy_root`]: a query, as references
    /// - [`Self::get_query_hierarchy_root_entities`]: a query, in full
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
    /// Returns a resource representation of a virtualization host having the specified ID. The virtualization host is added to the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /hierarchyRoots/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_hierarchyroots_id.html>
    ///
    /// # Arguments
    ///
    /// - `hierarchy_root_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`HierarchyRoot`](crate::api::types::HierarchyRoot) (`<HierarchyRoot>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_hierarchy_roots`]: every one, as references
    /// - [`Self::get_hierarchy_roots_entities`]: every one, in full
    /// - [`Self::get_query_hierarchy_root`]: a query, as references
    /// - [`Self::get_query_hierarchy_root_entities`]: a query, in full
    pub async fn get_hierarchy_roots_by_id(
        &self,
        hierarchy_root_id: impl AsRef<str>,
    ) -> Result<super::types::HierarchyRoot, crate::runtime::Error> {
        const OPERATION: &str = "GET /hierarchyRoots/{ID}";
        let hierarchy_root_id = crate::runtime::id_segment(hierarchy_root_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/hierarchyRoots/{}", hierarchy_root_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a collection of jobs created on all backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /jobs`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_jobs.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_jobs_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_jobs_entities`]: every one, in full
    /// - [`Self::get_jobs_by_id`]: one, by its id
    /// - [`Self::get_query_job`]: a query, as references
    /// - [`Self::get_query_job_entities`]: a query, in full
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
    /// The entity form of [`Self::get_jobs`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of jobs created on all backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /jobs?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_jobs.html>
    ///
    /// # Returns
    ///
    /// [`Jobs`](crate::api::types::Jobs) (`<Jobs>` in XML), on 200 OK. Typed from the conventions: items `<Job>` from `GET /jobs/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_jobs`]: every one, as references
    /// - [`Self::get_jobs_by_id`]: one, by its id
    /// - [`Self::get_query_job`]: a query, as references
    /// - [`Self::get_query_job_entities`]: a query, in full
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
    /// Deletes a job having the specified ID.
    ///
    /// `DELETE /jobs/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_jobs_id.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn delete_jobs_by_id(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /jobs/{ID}";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!("/jobs/{}", job_id),
            query: vec![],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of the job resource having the specified ID.
    ///
    /// `GET /jobs/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_jobs_id.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Job`](crate::api::types::Job) (`<Job>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_jobs`]: every one, as references
    /// - [`Self::get_jobs_entities`]: every one, in full
    /// - [`Self::get_query_job`]: a query, as references
    /// - [`Self::get_query_job_entities`]: a query, in full
    pub async fn get_jobs_by_id(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::Job, crate::runtime::Error> {
        const OPERATION: &str = "GET /jobs/{ID}";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/jobs/{}", job_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Creates a copy of the job having the specified ID. The cloned job is registered on the same backup server where the initial job is created.
    ///
    /// `POST /jobs/{ID}?action=clone`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_jobs_id_actionclone.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`JobCloneSpec`](crate::api::types::JobCloneSpec) (`<JobCloneSpec>` in XML). Build it with [`JobCloneSpec::builder`](crate::api::types::JobCloneSpec::builder).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_jobs_by_id_clone(
        &self,
        job_id: impl AsRef<str>,
        body: &super::types::JobCloneSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /jobs/{ID}";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/jobs/{}", job_id),
            query: vec![("action", "clone".to_string())],
            body: Some(crate::runtime::encode(self.format(), "JobCloneSpec", body)),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Retries a failed job having the specified ID. The retry action can be performed only for jobs that have been finished with the Failed status.
    ///
    /// `POST /jobs/{ID}?action=retry`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_jobs_id_actionretry.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_jobs_by_id_retry(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /jobs/{ID}";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/jobs/{}", job_id),
            query: vec![("action", "retry".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Starts a job having the specified ID.
    ///
    /// `POST /jobs/{ID}?action=start`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_jobs_id_actionstart.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_jobs_by_id_start(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /jobs/{ID}";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/jobs/{}", job_id),
            query: vec![("action", "start".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Stops the job having the specified ID.
    ///
    /// `POST /jobs/{ID}?action=stop`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_jobs_id_actionstop.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_jobs_by_id_stop(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /jobs/{ID}";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/jobs/{}", job_id),
            query: vec![("action", "stop".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Starts a backup copy job having the specified ID.
    ///
    /// `POST /jobs/{ID}?action=sync`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_jobs_id_actionsync.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_jobs_by_id_sync(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /jobs/{ID}";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/jobs/{}", job_id),
            query: vec![("action", "sync".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Disables or enables a job having the specified ID. A disabled job remains in the list of created jobs on the backup server but does not run according to specified job scheduling settings. To enable a job, you need to perform the Disable operation once again.
    ///
    /// `POST /jobs/{ID}?action=toggleScheduleEnabled`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_jobs_id_actiontogglescheduleenabled.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_jobs_by_id_toggle_schedule_enabled(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /jobs/{ID}";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/jobs/{}", job_id),
            query: vec![("action", "toggleScheduleEnabled".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Edits a job having the specified ID.
    ///
    /// `PUT /jobs/{ID}?action=edit`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_jobs_id_actionedit.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`Job`](crate::api::types::Job) (`<Job>` in XML).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn put_jobs_by_id_edit(
        &self,
        job_id: impl AsRef<str>,
        body: &super::types::Job,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "PUT /jobs/{ID}";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Put,
            path: format!("/jobs/{}", job_id),
            query: vec![("action", "edit".to_string())],
            body: Some(crate::runtime::encode(self.format(), "Job", body)),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a list of VMs and VM containers processed by the job with the specified ID.
    ///
    /// `GET /jobs/{ID}/includes`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_jobs_id_includes.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_jobs_by_id_includes_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_object_in_job`]: a query, as references
    /// - [`Self::get_query_object_in_job_entities`]: a query, in full
    pub async fn get_jobs_by_id_includes(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /jobs/{ID}/includes";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/jobs/{}/includes", job_id),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// The entity form of [`Self::get_jobs_by_id_includes`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a list of VMs and VM containers processed by the job with the specified ID.
    ///
    /// `GET /jobs/{ID}/includes?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_jobs_id_includes.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`ObjectsInJob`](crate::api::types::ObjectsInJob) (`<ObjectsInJob>` in XML), on 200 OK. Typed from the conventions: items `<ObjectInJob>` from `GET /jobs/{ID}/includes/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_object_in_job`]: a query, as references
    /// - [`Self::get_query_object_in_job_entities`]: a query, in full
    pub async fn get_jobs_by_id_includes_entities(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::ObjectsInJob, crate::runtime::Error> {
        const OPERATION: &str = "GET /jobs/{ID}/includes";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/jobs/{}/includes", job_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Adds a VM or VM container to the job.
    ///
    /// `POST /jobs/{ID}/includes`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_jobs_id_includes.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`CreateObjectInJobSpec`](crate::api::types::CreateObjectInJobSpec) (`<CreateObjectInJobSpec>` in XML). Build it with [`CreateObjectInJobSpec::builder`](crate::api::types::CreateObjectInJobSpec::builder).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_jobs_by_id_includes(
        &self,
        job_id: impl AsRef<str>,
        body: &super::types::CreateObjectInJobSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /jobs/{ID}/includes";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/jobs/{}/includes", job_id),
            query: vec![],
            body: Some(
                crate::runtime::encode(self.format(), "CreateObjectInJobSpec", body),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Deletes a VM or a VM container that has the specified ID and is processed by the job with the specified ID.
    ///
    /// `DELETE /jobs/{ID}/includes/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_jobs_id_includes_id.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `include_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn delete_jobs_by_id_includes_by_id(
        &self,
        job_id: impl AsRef<str>,
        include_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /jobs/{ID}/includes/{ID}";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let include_id = crate::runtime::id_segment(include_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!("/jobs/{}/includes/{}", job_id, include_id),
            query: vec![],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a representation of a VM or a VM container having the specified ID and processed by the job having the specified ID.
    ///
    /// `GET /jobs/{ID}/includes/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_jobs_id_includes_id.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `include_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`ObjectInJob`](crate::api::types::ObjectInJob) (`<ObjectInJob>` in XML), on 200 OK.
    pub async fn get_jobs_by_id_includes_by_id(
        &self,
        job_id: impl AsRef<str>,
        include_id: impl AsRef<str>,
    ) -> Result<super::types::ObjectInJob, crate::runtime::Error> {
        const OPERATION: &str = "GET /jobs/{ID}/includes/{ID}";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let include_id = crate::runtime::id_segment(include_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/jobs/{}/includes/{}", job_id, include_id),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a list of backup repositories linked to the backup copy job with the specified ID.
    ///
    /// `GET /jobs/{ID}/linkedBackupRepositories`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_jobs_id_linked_repositories.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    pub async fn get_jobs_by_id_linked_backup_repositories(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /jobs/{ID}/linkedBackupRepositories";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/jobs/{}/linkedBackupRepositories", job_id),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Adds a backup repository to a backup copy job with the specified ID.
    ///
    /// `POST /jobs/{ID}/linkedBackupRepositories`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_jobs_id_linked_repositories.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`PostJobsLinkedBackupRepositoriesSpec`](crate::api::types::PostJobsLinkedBackupRepositoriesSpec) (`<PostJobsLinkedBackupRepositoriesSpec>` in XML). Build it with [`PostJobsLinkedBackupRepositoriesSpec::builder`](crate::api::types::PostJobsLinkedBackupRepositoriesSpec::builder).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_jobs_by_id_linked_backup_repositories(
        &self,
        job_id: impl AsRef<str>,
        body: &super::types::PostJobsLinkedBackupRepositoriesSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /jobs/{ID}/linkedBackupRepositories";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/jobs/{}/linkedBackupRepositories", job_id),
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
    /// Deletes a specific backup repository linked to a backup copy job with the specified ID.
    ///
    /// `DELETE /jobs/{ID}/linkedBackupRepositories/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_jobs_id_linked_repositories.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `linked_backup_repository_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn delete_jobs_by_id_linked_backup_repositories_by_id(
        &self,
        job_id: impl AsRef<str>,
        linked_backup_repository_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /jobs/{ID}/linkedBackupRepositories/{ID}";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let linked_backup_repository_id = crate::runtime::id_segment(
            linked_backup_repository_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!(
                "/jobs/{}/linkedBackupRepositories/{}", job_id,
                linked_backup_repository_id
            ),
            query: vec![],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a list of backup jobs linked to the backup copy job with the specified ID.
    ///
    /// `GET /jobs/{ID}/linkedJobs`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_jobs_id_linked_jobs.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    pub async fn get_jobs_by_id_linked_jobs(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /jobs/{ID}/linkedJobs";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/jobs/{}/linkedJobs", job_id),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Adds a backup job to a backup copy job with the specified ID.
    ///
    /// `POST /jobs/{ID}/linkedJobs`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_jobs_id_linked_jobs.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`PostJobsLinkedJobsSpec`](crate::api::types::PostJobsLinkedJobsSpec) (`<PostJobsLinkedJobsSpec>` in XML). Build it with [`PostJobsLinkedJobsSpec::builder`](crate::api::types::PostJobsLinkedJobsSpec::builder).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_jobs_by_id_linked_jobs(
        &self,
        job_id: impl AsRef<str>,
        body: &super::types::PostJobsLinkedJobsSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /jobs/{ID}/linkedJobs";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/jobs/{}/linkedJobs", job_id),
            query: vec![],
            body: Some(
                crate::runtime::encode(self.format(), "PostJobsLinkedJobsSpec", body),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Deletes a specific backup job linked to a backup copy job with the specified ID.
    ///
    /// `DELETE /jobs/{ID}/linkedJobs/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_jobs_id_linked_jobs.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `linked_job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn delete_jobs_by_id_linked_jobs_by_id(
        &self,
        job_id: impl AsRef<str>,
        linked_job_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "DELETE /jobs/{ID}/linkedJobs/{ID}";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let linked_job_id = crate::runtime::id_segment(linked_job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!("/jobs/{}/linkedJobs/{}", job_id, linked_job_id),
            query: vec![],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a collection of currently existing login sessions for Veeam Backup Enterprise Manager REST API.
    ///
    /// `GET /logonSessions`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_loginsessions.html>
    ///
    /// # Returns
    ///
    /// [`LogonSessions`](crate::api::types::LogonSessions) (`<LogonSessions>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<LogonSessions>`; convention: `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
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
    /// Deletes a logon session having the specified ID.
    ///
    /// `DELETE /logonSessions/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_loginsessions_id.html>
    ///
    /// # Arguments
    ///
    /// - `logon_session_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// `()`: the answer has no body, on 204 No Content.
    ///
    /// The answer's type is not on the page; from 204 No Content.
    pub async fn delete_logon_sessions_by_id(
        &self,
        logon_session_id: impl AsRef<str>,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "DELETE /logonSessions/{ID}";
        let logon_session_id = crate::runtime::id_segment(logon_session_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!("/logonSessions/{}", logon_session_id),
            query: vec![],
            body: None,
            expect: &[204],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
    /// Returns a currently existing logon session having the specified ID.
    ///
    /// `GET /logonSessions/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_loginsessions_id.html>
    ///
    /// # Arguments
    ///
    /// - `logon_session_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`LogonSession`](crate::api::types::LogonSession) (`<LogonSession>` in XML), on 200 OK.
    pub async fn get_logon_sessions_by_id(
        &self,
        logon_session_id: impl AsRef<str>,
    ) -> Result<super::types::LogonSession, crate::runtime::Error> {
        const OPERATION: &str = "GET /logonSessions/{ID}";
        let logon_session_id = crate::runtime::id_segment(logon_session_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/logonSessions/{}", logon_session_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of the Virtual Infrastructure Lookup.
    ///
    /// `GET /lookup`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_lookup.html>
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
    /// [`HierarchyItems`](crate::api::types::HierarchyItems) (`<HierarchyItems>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<HierarchyItems>`; convention: `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
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
    /// Returns a representation of the /lookupSvc resource. It contains a set of links of lookup queries that are composed for each hierarchy root — VMware and Hyper-V hosts added to backup servers that are managed by Veeam Backup Enterprise Manager. For detail, see Virtual Infrastructure Lookup.
    ///
    /// `GET /lookupSvc`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_lookupsvc.html>
    ///
    /// # Returns
    ///
    /// [`LookupSvc`](crate::api::types::LookupSvc) (`<LookupSvc>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from resource page: `<LookupSvc>`.
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
    /// Returns a resource representation of a collection of all servers connected to backup servers that are managed by Veeam Backup Enterprise Manager.
    ///
    /// `GET /managedServers`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_managedservers.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_managed_servers_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_managed_servers_entities`]: every one, in full
    /// - [`Self::get_managed_servers_by_id`]: one, by its id
    /// - [`Self::get_query_managed_server`]: a query, as references
    /// - [`Self::get_query_managed_server_entities`]: a query, in full
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
    /// The entity form of [`Self::get_managed_servers`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of all servers connected to backup servers that are managed by Veeam Backup Enterprise Manager.
    ///
    /// `GET /managedServers?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_managedservers.html>
    ///
    /// # Returns
    ///
    /// [`ManagedServers`](crate::api::types::ManagedServers) (`<ManagedServers>` in XML), on 200 OK. Typed from the conventions: items `<ManagedServer>` from `GET /managedServers/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_managed_servers`]: every one, as references
    /// - [`Self::get_managed_servers_by_id`]: one, by its id
    /// - [`Self::get_query_managed_server`]: a query, as references
    /// - [`Self::get_query_managed_server_entities`]: a query, in full
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
    /// Returns a resource representation of the server having the specified ID.
    ///
    /// `GET /managedServers/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_managedservers_id.html>
    ///
    /// # Arguments
    ///
    /// - `managed_server_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`ManagedServer`](crate::api::types::ManagedServer) (`<ManagedServer>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_managed_servers`]: every one, as references
    /// - [`Self::get_managed_servers_entities`]: every one, in full
    /// - [`Self::get_query_managed_server`]: a query, as references
    /// - [`Self::get_query_managed_server_entities`]: a query, in full
    pub async fn get_managed_servers_by_id(
        &self,
        managed_server_id: impl AsRef<str>,
    ) -> Result<super::types::ManagedServer, crate::runtime::Error> {
        const OPERATION: &str = "GET /managedServers/{ID}";
        let managed_server_id = crate::runtime::id_segment(managed_server_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/managedServers/{}", managed_server_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a set of links to NAS backup resources.
    ///
    /// `GET /nas`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas.html>
    ///
    /// # Returns
    ///
    /// [`NasService`](crate::api::types::NasService) (`<NASService>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<NASService>`; convention: `resource_representations` (<https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>).
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
    /// Returns a resource representation of a collection of sessions performed for file share backup jobs configured in Veeam Backup & Replication on all backup servers connected to Veeam Backup Enterprise Manager. File share backup job sessions are also displayed in the representation of the /backupSessions resource collection.
    ///
    /// `GET /nas/backupSessions`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_backupsessions.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EntityReferences>`.
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
    /// Returns a resource representation of a collection of file shares added on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /nas/fileServers`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_fileservers.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_nas_file_servers_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_nas_file_servers_entities`]: every one, in full
    /// - [`Self::get_nas_file_servers_by_id`]: one, by its id
    /// - [`Self::get_query_file_server`]: a query, as references
    /// - [`Self::get_query_file_server_entities`]: a query, in full
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
    /// The entity form of [`Self::get_nas_file_servers`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of file shares added on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /nas/fileServers?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_fileservers.html>
    ///
    /// # Returns
    ///
    /// [`FileServers`](crate::api::types::FileServers) (`<FileServers>` in XML), on 200 OK. Typed from the conventions: items `<FileServer>` from `GET /nas/fileServers/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_nas_file_servers`]: every one, as references
    /// - [`Self::get_nas_file_servers_by_id`]: one, by its id
    /// - [`Self::get_query_file_server`]: a query, as references
    /// - [`Self::get_query_file_server_entities`]: a query, in full
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
    /// Returns a resource representation of the file share with the specified ID. The file share is added on a backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /nas/fileServers/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_fileservers_id.html>
    ///
    /// # Arguments
    ///
    /// - `file_server_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`FileServer`](crate::api::types::FileServer) (`<FileServer>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_nas_file_servers`]: every one, as references
    /// - [`Self::get_nas_file_servers_entities`]: every one, in full
    /// - [`Self::get_query_file_server`]: a query, as references
    /// - [`Self::get_query_file_server_entities`]: a query, in full
    pub async fn get_nas_file_servers_by_id(
        &self,
        file_server_id: impl AsRef<str>,
    ) -> Result<super::types::FileServer, crate::runtime::Error> {
        const OPERATION: &str = "GET /nas/fileServers/{ID}";
        let file_server_id = crate::runtime::id_segment(file_server_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/nas/fileServers/{}", file_server_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a collection of file share backup jobs created on all backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /nas/jobs`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_nas_jobs_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_nas_jobs_entities`]: every one, in full
    /// - [`Self::get_nas_jobs_by_id`]: one, by its id
    /// - [`Self::get_query_nas_job`]: a query, as references
    /// - [`Self::get_query_nas_job_entities`]: a query, in full
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
    /// The entity form of [`Self::get_nas_jobs`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of file share backup jobs created on all backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /nas/jobs?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs.html>
    ///
    /// # Returns
    ///
    /// [`NasJobs`](crate::api::types::NasJobs) (`<NASJobs>` in XML), on 200 OK. Typed from the conventions: items `<NASJob>` from `GET /nas/jobs/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_nas_jobs`]: every one, as references
    /// - [`Self::get_nas_jobs_by_id`]: one, by its id
    /// - [`Self::get_query_nas_job`]: a query, as references
    /// - [`Self::get_query_nas_job_entities`]: a query, in full
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
    /// Returns a resource representation of the file share backup job resource having the specified ID. The file share backup job is configured in Veeam Backup & Replication.
    ///
    /// `GET /nas/jobs/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs_id.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`NasJob`](crate::api::types::NasJob) (`<NASJob>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_nas_jobs`]: every one, as references
    /// - [`Self::get_nas_jobs_entities`]: every one, in full
    /// - [`Self::get_query_nas_job`]: a query, as references
    /// - [`Self::get_query_nas_job_entities`]: a query, in full
    pub async fn get_nas_jobs_by_id(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::NasJob, crate::runtime::Error> {
        const OPERATION: &str = "GET /nas/jobs/{ID}";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/nas/jobs/{}", job_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a collection of sessions performed for the file share backup job with the specified ID. File share backup job sessions are also displayed in the representation of the /backupSessions resource collection.
    ///
    /// `GET /nas/jobs/{ID}/backupSessions`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs_id_backupsessions.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EntityReferences>`.
    ///
    /// The entities themselves: [`Self::get_nas_jobs_by_id_backup_sessions_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_sessions`]: every one, as references
    /// - [`Self::get_backup_sessions_entities`]: every one, in full
    /// - [`Self::get_backup_sessions_by_id`]: one, by its id
    /// - [`Self::get_query_backup_job_session`]: a query, as references
    /// - [`Self::get_query_backup_job_session_entities`]: a query, in full
    pub async fn get_nas_jobs_by_id_backup_sessions(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /nas/jobs/{ID}/backupSessions";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/nas/jobs/{}/backupSessions", job_id),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// The entity form of [`Self::get_nas_jobs_by_id_backup_sessions`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of sessions performed for the file share backup job with the specified ID. File share backup job sessions are also displayed in the representation of the /backupSessions resource collection.
    ///
    /// `GET /nas/jobs/{ID}/backupSessions?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs_id_backupsessions.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`BackupJobSessions`](crate::api::types::BackupJobSessions) (`<BackupJobSessions>` in XML), on 200 OK. Typed from the conventions: items `<BackupJobSession>` from the reference items' `Type` in the example of get_nas_jobs_id_backupsessions.md; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_sessions`]: every one, as references
    /// - [`Self::get_backup_sessions_entities`]: every one, in full
    /// - [`Self::get_backup_sessions_by_id`]: one, by its id
    /// - [`Self::get_query_backup_job_session`]: a query, as references
    /// - [`Self::get_query_backup_job_session_entities`]: a query, in full
    pub async fn get_nas_jobs_by_id_backup_sessions_entities(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::BackupJobSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /nas/jobs/{ID}/backupSessions";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/nas/jobs/{}/backupSessions", job_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a list of files and folders processed by file share backup job having the specified ID.
    ///
    /// `GET /nas/jobs/{ID}/includes`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs_id_includes.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_nas_jobs_by_id_includes_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_nas_jobs_by_id_includes_by_id`]: one, by its id
    /// - [`Self::get_query_nas_object`]: a query, as references
    /// - [`Self::get_query_nas_object_entities`]: a query, in full
    pub async fn get_nas_jobs_by_id_includes(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /nas/jobs/{ID}/includes";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/nas/jobs/{}/includes", job_id),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// The entity form of [`Self::get_nas_jobs_by_id_includes`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a list of files and folders processed by file share backup job having the specified ID.
    ///
    /// `GET /nas/jobs/{ID}/includes?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs_id_includes.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`NasObjects`](crate::api::types::NasObjects) (`<NASObjects>` in XML), on 200 OK. Typed from the conventions: items `<NASObject>` from `GET /nas/jobs/{ID}/includes/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_nas_jobs_by_id_includes_by_id`]: one, by its id
    /// - [`Self::get_query_nas_object`]: a query, as references
    /// - [`Self::get_query_nas_object_entities`]: a query, in full
    pub async fn get_nas_jobs_by_id_includes_entities(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::NasObjects, crate::runtime::Error> {
        const OPERATION: &str = "GET /nas/jobs/{ID}/includes";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/nas/jobs/{}/includes", job_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a representation of a file or folder having the specified ID and processed by the file share backup job having the specified ID.
    ///
    /// `GET /nas/jobs/{ID}/includes/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_jobs_id_includes_id.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `include_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`NasObject`](crate::api::types::NasObject) (`<NASObject>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_nas_object`]: a query, as references
    /// - [`Self::get_query_nas_object_entities`]: a query, in full
    pub async fn get_nas_jobs_by_id_includes_by_id(
        &self,
        job_id: impl AsRef<str>,
        include_id: impl AsRef<str>,
    ) -> Result<super::types::NasObject, crate::runtime::Error> {
        const OPERATION: &str = "GET /nas/jobs/{ID}/includes/{ID}";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let include_id = crate::runtime::id_segment(include_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/nas/jobs/{}/includes/{}", job_id, include_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Retries a failed file share backup job having the specified ID. The file share backup job is configured in Veeam Backup & Replication. The retry action can be performed only for jobs that have been finished with the Failed status.
    ///
    /// `POST /nas/jobs/{ID}/retry`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_nas_jobs_id_actionretry.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_nas_jobs_by_id_retry(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /nas/jobs/{ID}/retry";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/nas/jobs/{}/retry", job_id),
            query: vec![],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Starts a file share backup job having the specified ID. The file share backup job is configured in Veeam Backup & Replication.
    ///
    /// `POST /nas/jobs/{ID}/start`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_nas_jobs_id_actionstart.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_nas_jobs_by_id_start(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /nas/jobs/{ID}/start";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/nas/jobs/{}/start", job_id),
            query: vec![],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Stops a file share backup job having the specified ID. The file share backup job is configured in Veeam Backup & Replication.
    ///
    /// `POST /nas/jobs/{ID}/stop`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_nas_jobs_id_actionstop.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_nas_jobs_by_id_stop(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /nas/jobs/{ID}/stop";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/nas/jobs/{}/stop", job_id),
            query: vec![],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Disables or enables a file share backup job having the specified ID. The file share backup job is configured in Veeam Backup & Replication.
    ///
    /// `POST /nas/jobs/{ID}/toggleScheduleEnabled`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_nas_jobs_id_actiontogglescheduleenabled.html>
    ///
    /// # Arguments
    ///
    /// - `job_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_nas_jobs_by_id_toggle_schedule_enabled(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /nas/jobs/{ID}/toggleScheduleEnabled";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/nas/jobs/{}/toggleScheduleEnabled", job_id),
            query: vec![],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_agent_backup_job_all`].
    ///
    /// Returns a resource representation of a collection of Veeam Agent backup jobs configured in Veeam Backup & Replication on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/jobs.
    ///
    /// `GET /query?type=AgentBackupJob`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentbackupjob.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `AgentBackupJob` ([`query_types::AGENT_BACKUP_JOB`](crate::api::query_types::AGENT_BACKUP_JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_agent_backup_job_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_jobs`]: every one, as references
    /// - [`Self::get_agents_jobs_entities`]: every one, in full
    /// - [`Self::get_agents_jobs_by_id`]: one, by its id
    /// - [`Self::get_query_agent_backup_job_entities`]: a query, in full
    pub async fn get_query_agent_backup_job(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::AGENT_BACKUP_JOB, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_agent_backup_job`].
    ///
    /// Returns a resource representation of a collection of Veeam Agent backup jobs configured in Veeam Backup & Replication on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/jobs.
    ///
    /// `GET /query?type=AgentBackupJob`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentbackupjob.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `AgentBackupJob` ([`query_types::AGENT_BACKUP_JOB`](crate::api::query_types::AGENT_BACKUP_JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_agent_backup_job_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_jobs`]: every one, as references
    /// - [`Self::get_agents_jobs_entities`]: every one, in full
    /// - [`Self::get_agents_jobs_by_id`]: one, by its id
    /// - [`Self::get_query_agent_backup_job`]: a query, as references
    /// - [`Self::get_query_agent_backup_job_entities`]: a query, in full
    pub fn get_query_agent_backup_job_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::AGENT_BACKUP_JOB, query)
    }
    /// One page of entities ([`AgentBackupJob`](crate::api::types::AgentBackupJob)) of the query, with its paging info. Every page: [`Self::get_query_agent_backup_job_entities_all`].
    ///
    /// Returns a resource representation of a collection of Veeam Agent backup jobs configured in Veeam Backup & Replication on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/jobs.
    ///
    /// `GET /query?type=AgentBackupJob&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentbackupjob.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `AgentBackupJob` ([`query_types::AGENT_BACKUP_JOB`](crate::api::query_types::AGENT_BACKUP_JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /agents/jobs?format=Entity` (`AgentBackupJobs`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_jobs`]: every one, as references
    /// - [`Self::get_agents_jobs_entities`]: every one, in full
    /// - [`Self::get_agents_jobs_by_id`]: one, by its id
    /// - [`Self::get_query_agent_backup_job`]: a query, as references
    pub async fn get_query_agent_backup_job_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::AgentBackupJob> {
        self.query_entities_of(&super::query_types::AGENT_BACKUP_JOB, query).await
    }
    /// Every entity ([`AgentBackupJob`](crate::api::types::AgentBackupJob)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_agent_backup_job_entities`].
    ///
    /// Returns a resource representation of a collection of Veeam Agent backup jobs configured in Veeam Backup & Replication on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/jobs.
    ///
    /// `GET /query?type=AgentBackupJob&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentbackupjob.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `AgentBackupJob` ([`query_types::AGENT_BACKUP_JOB`](crate::api::query_types::AGENT_BACKUP_JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /agents/jobs?format=Entity` (`AgentBackupJobs`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_jobs`]: every one, as references
    /// - [`Self::get_agents_jobs_entities`]: every one, in full
    /// - [`Self::get_agents_jobs_by_id`]: one, by its id
    /// - [`Self::get_query_agent_backup_job`]: a query, as references
    /// - [`Self::get_query_agent_backup_job_entities`]: a query, in full
    pub fn get_query_agent_backup_job_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::AgentBackupJob> + '_ {
        self.query_all_entities_of(&super::query_types::AGENT_BACKUP_JOB, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_agent_protection_group_all`].
    ///
    /// Returns a resource representation of a collection of protection groups configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/protectionGroups.
    ///
    /// `GET /query?type=AgentProtectionGroup`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentprotectiongroup.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `AgentProtectionGroup` ([`query_types::AGENT_PROTECTION_GROUP`](crate::api::query_types::AGENT_PROTECTION_GROUP)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_agent_protection_group_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_protection_groups`]: every one, as references
    /// - [`Self::get_agents_protection_groups_entities`]: every one, in full
    /// - [`Self::get_agents_protection_groups_by_id`]: one, by its id
    /// - [`Self::get_query_agent_protection_group_entities`]: a query, in full
    pub async fn get_query_agent_protection_group(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::AGENT_PROTECTION_GROUP, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_agent_protection_group`].
    ///
    /// Returns a resource representation of a collection of protection groups configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/protectionGroups.
    ///
    /// `GET /query?type=AgentProtectionGroup`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentprotectiongroup.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `AgentProtectionGroup` ([`query_types::AGENT_PROTECTION_GROUP`](crate::api::query_types::AGENT_PROTECTION_GROUP)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_agent_protection_group_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_protection_groups`]: every one, as references
    /// - [`Self::get_agents_protection_groups_entities`]: every one, in full
    /// - [`Self::get_agents_protection_groups_by_id`]: one, by its id
    /// - [`Self::get_query_agent_protection_group`]: a query, as references
    /// - [`Self::get_query_agent_protection_group_entities`]: a query, in full
    pub fn get_query_agent_protection_group_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::AGENT_PROTECTION_GROUP, query)
    }
    /// One page of entities ([`AgentProtectionGroup`](crate::api::types::AgentProtectionGroup)) of the query, with its paging info. Every page: [`Self::get_query_agent_protection_group_entities_all`].
    ///
    /// Returns a resource representation of a collection of protection groups configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/protectionGroups.
    ///
    /// `GET /query?type=AgentProtectionGroup&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentprotectiongroup.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `AgentProtectionGroup` ([`query_types::AGENT_PROTECTION_GROUP`](crate::api::query_types::AGENT_PROTECTION_GROUP)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /agents/protectionGroups?format=Entity` (`AgentProtectionGroups`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_protection_groups`]: every one, as references
    /// - [`Self::get_agents_protection_groups_entities`]: every one, in full
    /// - [`Self::get_agents_protection_groups_by_id`]: one, by its id
    /// - [`Self::get_query_agent_protection_group`]: a query, as references
    pub async fn get_query_agent_protection_group_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::AgentProtectionGroup> {
        self.query_entities_of(&super::query_types::AGENT_PROTECTION_GROUP, query).await
    }
    /// Every entity ([`AgentProtectionGroup`](crate::api::types::AgentProtectionGroup)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_agent_protection_group_entities`].
    ///
    /// Returns a resource representation of a collection of protection groups configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/protectionGroups.
    ///
    /// `GET /query?type=AgentProtectionGroup&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentprotectiongroup.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `AgentProtectionGroup` ([`query_types::AGENT_PROTECTION_GROUP`](crate::api::query_types::AGENT_PROTECTION_GROUP)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /agents/protectionGroups?format=Entity` (`AgentProtectionGroups`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_protection_groups`]: every one, as references
    /// - [`Self::get_agents_protection_groups_entities`]: every one, in full
    /// - [`Self::get_agents_protection_groups_by_id`]: one, by its id
    /// - [`Self::get_query_agent_protection_group`]: a query, as references
    /// - [`Self::get_query_agent_protection_group_entities`]: a query, in full
    pub fn get_query_agent_protection_group_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::AgentProtectionGroup> + '_ {
        self.query_all_entities_of(&super::query_types::AGENT_PROTECTION_GROUP, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_agent_restore_point_all`].
    ///
    /// Returns a resource representation of a collection of restore points for separate machines in Veeam Agent backups. For details, see /agents/agentRestorePoints.
    ///
    /// `GET /query?type=AgentRestorePoint`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentrestorepoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `AgentRestorePoint` ([`query_types::AGENT_RESTORE_POINT`](crate::api::query_types::AGENT_RESTORE_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_agent_restore_point_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_agent_restore_points`]: every one, as references
    /// - [`Self::get_agents_agent_restore_points_entities`]: every one, in full
    /// - [`Self::get_agents_agent_restore_points_by_id`]: one, by its id
    /// - [`Self::get_agents_restore_points`]: every one, as references
    /// - [`Self::get_agents_restore_points_entities`]: every one, in full
    /// - [`Self::get_query_agent_restore_point_entities`]: a query, in full
    pub async fn get_query_agent_restore_point(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::AGENT_RESTORE_POINT, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_agent_restore_point`].
    ///
    /// Returns a resource representation of a collection of restore points for separate machines in Veeam Agent backups. For details, see /agents/agentRestorePoints.
    ///
    /// `GET /query?type=AgentRestorePoint`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentrestorepoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `AgentRestorePoint` ([`query_types::AGENT_RESTORE_POINT`](crate::api::query_types::AGENT_RESTORE_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_agent_restore_point_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_agent_restore_points`]: every one, as references
    /// - [`Self::get_agents_agent_restore_points_entities`]: every one, in full
    /// - [`Self::get_agents_agent_restore_points_by_id`]: one, by its id
    /// - [`Self::get_agents_restore_points`]: every one, as references
    /// - [`Self::get_agents_restore_points_entities`]: every one, in full
    /// - [`Self::get_query_agent_restore_point`]: a query, as references
    /// - [`Self::get_query_agent_restore_point_entities`]: a query, in full
    pub fn get_query_agent_restore_point_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::AGENT_RESTORE_POINT, query)
    }
    /// One page of entities ([`AgentRestorePoint`](crate::api::types::AgentRestorePoint)) of the query, with its paging info. Every page: [`Self::get_query_agent_restore_point_entities_all`].
    ///
    /// Returns a resource representation of a collection of restore points for separate machines in Veeam Agent backups. For details, see /agents/agentRestorePoints.
    ///
    /// `GET /query?type=AgentRestorePoint&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentrestorepoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `AgentRestorePoint` ([`query_types::AGENT_RESTORE_POINT`](crate::api::query_types::AGENT_RESTORE_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /agents/agentRestorePoints?format=Entity` (`AgentRestorePoints`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_agent_restore_points`]: every one, as references
    /// - [`Self::get_agents_agent_restore_points_entities`]: every one, in full
    /// - [`Self::get_agents_agent_restore_points_by_id`]: one, by its id
    /// - [`Self::get_agents_restore_points`]: every one, as references
    /// - [`Self::get_agents_restore_points_entities`]: every one, in full
    /// - [`Self::get_query_agent_restore_point`]: a query, as references
    pub async fn get_query_agent_restore_point_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::AgentRestorePoint> {
        self.query_entities_of(&super::query_types::AGENT_RESTORE_POINT, query).await
    }
    /// Every entity ([`AgentRestorePoint`](crate::api::types::AgentRestorePoint)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_agent_restore_point_entities`].
    ///
    /// Returns a resource representation of a collection of restore points for separate machines in Veeam Agent backups. For details, see /agents/agentRestorePoints.
    ///
    /// `GET /query?type=AgentRestorePoint&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_agentrestorepoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `AgentRestorePoint` ([`query_types::AGENT_RESTORE_POINT`](crate::api::query_types::AGENT_RESTORE_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /agents/agentRestorePoints?format=Entity` (`AgentRestorePoints`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_agent_restore_points`]: every one, as references
    /// - [`Self::get_agents_agent_restore_points_entities`]: every one, in full
    /// - [`Self::get_agents_agent_restore_points_by_id`]: one, by its id
    /// - [`Self::get_agents_restore_points`]: every one, as references
    /// - [`Self::get_agents_restore_points_entities`]: every one, in full
    /// - [`Self::get_query_agent_restore_point`]: a query, as references
    /// - [`Self::get_query_agent_restore_point_entities`]: a query, in full
    pub fn get_query_agent_restore_point_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::AgentRestorePoint> + '_ {
        self.query_all_entities_of(&super::query_types::AGENT_RESTORE_POINT, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_backup_all`].
    ///
    /// Returns a resource representation of a collection of backups created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /backups.
    ///
    /// `GET /query?type=Backup`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backup.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Backup` ([`query_types::BACKUP`](crate::api::query_types::BACKUP)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_backup_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_backups`]: every one, as references
    /// - [`Self::get_agents_backups_entities`]: every one, in full
    /// - [`Self::get_backups`]: every one, as references
    /// - [`Self::get_backups_entities`]: every one, in full
    /// - [`Self::get_backups_by_id`]: one, by its id
    /// - [`Self::get_query_backup_entities`]: a query, in full
    pub async fn get_query_backup(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::BACKUP, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_backup`].
    ///
    /// Returns a resource representation of a collection of backups created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /backups.
    ///
    /// `GET /query?type=Backup`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backup.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Backup` ([`query_types::BACKUP`](crate::api::query_types::BACKUP)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_backup_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_backups`]: every one, as references
    /// - [`Self::get_agents_backups_entities`]: every one, in full
    /// - [`Self::get_backups`]: every one, as references
    /// - [`Self::get_backups_entities`]: every one, in full
    /// - [`Self::get_backups_by_id`]: one, by its id
    /// - [`Self::get_query_backup`]: a query, as references
    /// - [`Self::get_query_backup_entities`]: a query, in full
    pub fn get_query_backup_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::BACKUP, query)
    }
    /// One page of entities ([`Backup`](crate::api::types::Backup)) of the query, with its paging info. Every page: [`Self::get_query_backup_entities_all`].
    ///
    /// Returns a resource representation of a collection of backups created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /backups.
    ///
    /// `GET /query?type=Backup&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backup.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Backup` ([`query_types::BACKUP`](crate::api::query_types::BACKUP)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /backups?format=Entity` (`Backups`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_backups`]: every one, as references
    /// - [`Self::get_agents_backups_entities`]: every one, in full
    /// - [`Self::get_backups`]: every one, as references
    /// - [`Self::get_backups_entities`]: every one, in full
    /// - [`Self::get_backups_by_id`]: one, by its id
    /// - [`Self::get_query_backup`]: a query, as references
    pub async fn get_query_backup_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Backup> {
        self.query_entities_of(&super::query_types::BACKUP, query).await
    }
    /// Every entity ([`Backup`](crate::api::types::Backup)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_backup_entities`].
    ///
    /// Returns a resource representation of a collection of backups created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /backups.
    ///
    /// `GET /query?type=Backup&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backup.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Backup` ([`query_types::BACKUP`](crate::api::query_types::BACKUP)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /backups?format=Entity` (`Backups`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_backups`]: every one, as references
    /// - [`Self::get_agents_backups_entities`]: every one, in full
    /// - [`Self::get_backups`]: every one, as references
    /// - [`Self::get_backups_entities`]: every one, in full
    /// - [`Self::get_backups_by_id`]: one, by its id
    /// - [`Self::get_query_backup`]: a query, as references
    /// - [`Self::get_query_backup_entities`]: a query, in full
    pub fn get_query_backup_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Backup> + '_ {
        self.query_all_entities_of(&super::query_types::BACKUP, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_backup_file_all`].
    ///
    /// Returns a resource representation of a collection of backup files created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupFiles.
    ///
    /// `GET /query?type=BackupFile`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupfile.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `BackupFile` ([`query_types::BACKUP_FILE`](crate::api::query_types::BACKUP_FILE)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_backup_file_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_backup_files`]: every one, as references
    /// - [`Self::get_agents_backup_files_entities`]: every one, in full
    /// - [`Self::get_backup_files`]: every one, as references
    /// - [`Self::get_backup_files_entities`]: every one, in full
    /// - [`Self::get_backup_files_by_id`]: one, by its id
    /// - [`Self::get_query_backup_file_entities`]: a query, in full
    pub async fn get_query_backup_file(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::BACKUP_FILE, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_backup_file`].
    ///
    /// Returns a resource representation of a collection of backup files created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupFiles.
    ///
    /// `GET /query?type=BackupFile`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupfile.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `BackupFile` ([`query_types::BACKUP_FILE`](crate::api::query_types::BACKUP_FILE)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_backup_file_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_backup_files`]: every one, as references
    /// - [`Self::get_agents_backup_files_entities`]: every one, in full
    /// - [`Self::get_backup_files`]: every one, as references
    /// - [`Self::get_backup_files_entities`]: every one, in full
    /// - [`Self::get_backup_files_by_id`]: one, by its id
    /// - [`Self::get_query_backup_file`]: a query, as references
    /// - [`Self::get_query_backup_file_entities`]: a query, in full
    pub fn get_query_backup_file_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::BACKUP_FILE, query)
    }
    /// One page of entities ([`BackupFile`](crate::api::types::BackupFile)) of the query, with its paging info. Every page: [`Self::get_query_backup_file_entities_all`].
    ///
    /// Returns a resource representation of a collection of backup files created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupFiles.
    ///
    /// `GET /query?type=BackupFile&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupfile.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `BackupFile` ([`query_types::BACKUP_FILE`](crate::api::query_types::BACKUP_FILE)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /backupFiles?format=Entity` (`BackupFiles`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_backup_files`]: every one, as references
    /// - [`Self::get_agents_backup_files_entities`]: every one, in full
    /// - [`Self::get_backup_files`]: every one, as references
    /// - [`Self::get_backup_files_entities`]: every one, in full
    /// - [`Self::get_backup_files_by_id`]: one, by its id
    /// - [`Self::get_query_backup_file`]: a query, as references
    pub async fn get_query_backup_file_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::BackupFile> {
        self.query_entities_of(&super::query_types::BACKUP_FILE, query).await
    }
    /// Every entity ([`BackupFile`](crate::api::types::BackupFile)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_backup_file_entities`].
    ///
    /// Returns a resource representation of a collection of backup files created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupFiles.
    ///
    /// `GET /query?type=BackupFile&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupfile.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `BackupFile` ([`query_types::BACKUP_FILE`](crate::api::query_types::BACKUP_FILE)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /backupFiles?format=Entity` (`BackupFiles`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_backup_files`]: every one, as references
    /// - [`Self::get_agents_backup_files_entities`]: every one, in full
    /// - [`Self::get_backup_files`]: every one, as references
    /// - [`Self::get_backup_files_entities`]: every one, in full
    /// - [`Self::get_backup_files_by_id`]: one, by its id
    /// - [`Self::get_query_backup_file`]: a query, as references
    /// - [`Self::get_query_backup_file_entities`]: a query, in full
    pub fn get_query_backup_file_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::BackupFile> + '_ {
        self.query_all_entities_of(&super::query_types::BACKUP_FILE, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_backup_job_session_all`].
    ///
    /// Returns a resource representation of a collection of backup job sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupSessions.
    ///
    /// `GET /query?type=BackupJobSession`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupjobsession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `BackupJobSession` ([`query_types::BACKUP_JOB_SESSION`](crate::api::query_types::BACKUP_JOB_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_backup_job_session_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_sessions`]: every one, as references
    /// - [`Self::get_backup_sessions_entities`]: every one, in full
    /// - [`Self::get_backup_sessions_by_id`]: one, by its id
    /// - [`Self::get_query_backup_job_session_entities`]: a query, in full
    pub async fn get_query_backup_job_session(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::BACKUP_JOB_SESSION, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_backup_job_session`].
    ///
    /// Returns a resource representation of a collection of backup job sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupSessions.
    ///
    /// `GET /query?type=BackupJobSession`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupjobsession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `BackupJobSession` ([`query_types::BACKUP_JOB_SESSION`](crate::api::query_types::BACKUP_JOB_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_backup_job_session_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_sessions`]: every one, as references
    /// - [`Self::get_backup_sessions_entities`]: every one, in full
    /// - [`Self::get_backup_sessions_by_id`]: one, by its id
    /// - [`Self::get_query_backup_job_session`]: a query, as references
    /// - [`Self::get_query_backup_job_session_entities`]: a query, in full
    pub fn get_query_backup_job_session_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::BACKUP_JOB_SESSION, query)
    }
    /// One page of entities ([`BackupJobSession`](crate::api::types::BackupJobSession)) of the query, with its paging info. Every page: [`Self::get_query_backup_job_session_entities_all`].
    ///
    /// Returns a resource representation of a collection of backup job sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupSessions.
    ///
    /// `GET /query?type=BackupJobSession&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupjobsession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `BackupJobSession` ([`query_types::BACKUP_JOB_SESSION`](crate::api::query_types::BACKUP_JOB_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /backupSessions?format=Entity` (`BackupJobSessions`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_sessions`]: every one, as references
    /// - [`Self::get_backup_sessions_entities`]: every one, in full
    /// - [`Self::get_backup_sessions_by_id`]: one, by its id
    /// - [`Self::get_query_backup_job_session`]: a query, as references
    pub async fn get_query_backup_job_session_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::BackupJobSession> {
        self.query_entities_of(&super::query_types::BACKUP_JOB_SESSION, query).await
    }
    /// Every entity ([`BackupJobSession`](crate::api::types::BackupJobSession)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_backup_job_session_entities`].
    ///
    /// Returns a resource representation of a collection of backup job sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupSessions.
    ///
    /// `GET /query?type=BackupJobSession&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupjobsession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `BackupJobSession` ([`query_types::BACKUP_JOB_SESSION`](crate::api::query_types::BACKUP_JOB_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /backupSessions?format=Entity` (`BackupJobSessions`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_sessions`]: every one, as references
    /// - [`Self::get_backup_sessions_entities`]: every one, in full
    /// - [`Self::get_backup_sessions_by_id`]: one, by its id
    /// - [`Self::get_query_backup_job_session`]: a query, as references
    /// - [`Self::get_query_backup_job_session_entities`]: a query, in full
    pub fn get_query_backup_job_session_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::BackupJobSession> + '_ {
        self.query_all_entities_of(&super::query_types::BACKUP_JOB_SESSION, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_backup_server_all`].
    ///
    /// Returns a resource representation of a collection of backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers.
    ///
    /// `GET /query?type=BackupServer`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupserver.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `BackupServer` ([`query_types::BACKUP_SERVER`](crate::api::query_types::BACKUP_SERVER)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_backup_server_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_servers`]: every one, as references
    /// - [`Self::get_backup_servers_entities`]: every one, in full
    /// - [`Self::get_backup_servers_by_id`]: one, by its id
    /// - [`Self::get_query_backup_server_entities`]: a query, in full
    pub async fn get_query_backup_server(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::BACKUP_SERVER, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_backup_server`].
    ///
    /// Returns a resource representation of a collection of backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers.
    ///
    /// `GET /query?type=BackupServer`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupserver.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `BackupServer` ([`query_types::BACKUP_SERVER`](crate::api::query_types::BACKUP_SERVER)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_backup_server_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_servers`]: every one, as references
    /// - [`Self::get_backup_servers_entities`]: every one, in full
    /// - [`Self::get_backup_servers_by_id`]: one, by its id
    /// - [`Self::get_query_backup_server`]: a query, as references
    /// - [`Self::get_query_backup_server_entities`]: a query, in full
    pub fn get_query_backup_server_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::BACKUP_SERVER, query)
    }
    /// One page of entities ([`BackupServer`](crate::api::types::BackupServer)) of the query, with its paging info. Every page: [`Self::get_query_backup_server_entities_all`].
    ///
    /// Returns a resource representation of a collection of backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers.
    ///
    /// `GET /query?type=BackupServer&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupserver.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `BackupServer` ([`query_types::BACKUP_SERVER`](crate::api::query_types::BACKUP_SERVER)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /backupServers?format=Entity` (`BackupServers`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_servers`]: every one, as references
    /// - [`Self::get_backup_servers_entities`]: every one, in full
    /// - [`Self::get_backup_servers_by_id`]: one, by its id
    /// - [`Self::get_query_backup_server`]: a query, as references
    pub async fn get_query_backup_server_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::BackupServer> {
        self.query_entities_of(&super::query_types::BACKUP_SERVER, query).await
    }
    /// Every entity ([`BackupServer`](crate::api::types::BackupServer)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_backup_server_entities`].
    ///
    /// Returns a resource representation of a collection of backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers.
    ///
    /// `GET /query?type=BackupServer&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backupserver.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `BackupServer` ([`query_types::BACKUP_SERVER`](crate::api::query_types::BACKUP_SERVER)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /backupServers?format=Entity` (`BackupServers`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_servers`]: every one, as references
    /// - [`Self::get_backup_servers_entities`]: every one, in full
    /// - [`Self::get_backup_servers_by_id`]: one, by its id
    /// - [`Self::get_query_backup_server`]: a query, as references
    /// - [`Self::get_query_backup_server_entities`]: a query, in full
    pub fn get_query_backup_server_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::BackupServer> + '_ {
        self.query_all_entities_of(&super::query_types::BACKUP_SERVER, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_backup_task_session_all`].
    ///
    /// Returns a resource representation of a collection of backup task sessions that are performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupTaskSessions.
    ///
    /// `GET /query?type=BackupTaskSession`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backuptasksession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `BackupTaskSession` ([`query_types::BACKUP_TASK_SESSION`](crate::api::query_types::BACKUP_TASK_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_backup_task_session_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_task_sessions`]: every one, as references
    /// - [`Self::get_backup_task_sessions_entities`]: every one, in full
    /// - [`Self::get_backup_task_sessions_by_id`]: one, by its id
    /// - [`Self::get_query_backup_task_session_entities`]: a query, in full
    pub async fn get_query_backup_task_session(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::BACKUP_TASK_SESSION, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_backup_task_session`].
    ///
    /// Returns a resource representation of a collection of backup task sessions that are performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupTaskSessions.
    ///
    /// `GET /query?type=BackupTaskSession`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backuptasksession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `BackupTaskSession` ([`query_types::BACKUP_TASK_SESSION`](crate::api::query_types::BACKUP_TASK_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_backup_task_session_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_task_sessions`]: every one, as references
    /// - [`Self::get_backup_task_sessions_entities`]: every one, in full
    /// - [`Self::get_backup_task_sessions_by_id`]: one, by its id
    /// - [`Self::get_query_backup_task_session`]: a query, as references
    /// - [`Self::get_query_backup_task_session_entities`]: a query, in full
    pub fn get_query_backup_task_session_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::BACKUP_TASK_SESSION, query)
    }
    /// One page of entities ([`BackupTaskSession`](crate::api::types::BackupTaskSession)) of the query, with its paging info. Every page: [`Self::get_query_backup_task_session_entities_all`].
    ///
    /// Returns a resource representation of a collection of backup task sessions that are performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupTaskSessions.
    ///
    /// `GET /query?type=BackupTaskSession&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backuptasksession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `BackupTaskSession` ([`query_types::BACKUP_TASK_SESSION`](crate::api::query_types::BACKUP_TASK_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /backupTaskSessions?format=Entity` (`BackupTaskSessions`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_task_sessions`]: every one, as references
    /// - [`Self::get_backup_task_sessions_entities`]: every one, in full
    /// - [`Self::get_backup_task_sessions_by_id`]: one, by its id
    /// - [`Self::get_query_backup_task_session`]: a query, as references
    pub async fn get_query_backup_task_session_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::BackupTaskSession> {
        self.query_entities_of(&super::query_types::BACKUP_TASK_SESSION, query).await
    }
    /// Every entity ([`BackupTaskSession`](crate::api::types::BackupTaskSession)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_backup_task_session_entities`].
    ///
    /// Returns a resource representation of a collection of backup task sessions that are performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupTaskSessions.
    ///
    /// `GET /query?type=BackupTaskSession&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_backuptasksession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `BackupTaskSession` ([`query_types::BACKUP_TASK_SESSION`](crate::api::query_types::BACKUP_TASK_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /backupTaskSessions?format=Entity` (`BackupTaskSessions`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_task_sessions`]: every one, as references
    /// - [`Self::get_backup_task_sessions_entities`]: every one, in full
    /// - [`Self::get_backup_task_sessions_by_id`]: one, by its id
    /// - [`Self::get_query_backup_task_session`]: a query, as references
    /// - [`Self::get_query_backup_task_session_entities`]: a query, in full
    pub fn get_query_backup_task_session_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::BackupTaskSession> + '_ {
        self.query_all_entities_of(&super::query_types::BACKUP_TASK_SESSION, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_cdp_policy_all`].
    ///
    /// Returns a collection of CDP policies created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /cdpPolicies.
    ///
    /// `GET /query?type=CdpPolicy`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdppolicy.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CdpPolicy` ([`query_types::CDP_POLICY`](crate::api::query_types::CDP_POLICY)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cdp_policy_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_policies`]: every one, as references
    /// - [`Self::get_cdp_policies_entities`]: every one, in full
    /// - [`Self::get_cdp_policies_by_id`]: one, by its id
    /// - [`Self::get_query_cdp_policy_entities`]: a query, in full
    pub async fn get_query_cdp_policy(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::CDP_POLICY, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cdp_policy`].
    ///
    /// Returns a collection of CDP policies created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /cdpPolicies.
    ///
    /// `GET /query?type=CdpPolicy`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdppolicy.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CdpPolicy` ([`query_types::CDP_POLICY`](crate::api::query_types::CDP_POLICY)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cdp_policy_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_policies`]: every one, as references
    /// - [`Self::get_cdp_policies_entities`]: every one, in full
    /// - [`Self::get_cdp_policies_by_id`]: one, by its id
    /// - [`Self::get_query_cdp_policy`]: a query, as references
    /// - [`Self::get_query_cdp_policy_entities`]: a query, in full
    pub fn get_query_cdp_policy_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::CDP_POLICY, query)
    }
    /// One page of entities ([`CdpPolicy`](crate::api::types::CdpPolicy)) of the query, with its paging info. Every page: [`Self::get_query_cdp_policy_entities_all`].
    ///
    /// Returns a collection of CDP policies created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /cdpPolicies.
    ///
    /// `GET /query?type=CdpPolicy&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdppolicy.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CdpPolicy` ([`query_types::CDP_POLICY`](crate::api::query_types::CDP_POLICY)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cdpPolicies?format=Entity` (`CdpPolicies`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_policies`]: every one, as references
    /// - [`Self::get_cdp_policies_entities`]: every one, in full
    /// - [`Self::get_cdp_policies_by_id`]: one, by its id
    /// - [`Self::get_query_cdp_policy`]: a query, as references
    pub async fn get_query_cdp_policy_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::CdpPolicy> {
        self.query_entities_of(&super::query_types::CDP_POLICY, query).await
    }
    /// Every entity ([`CdpPolicy`](crate::api::types::CdpPolicy)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cdp_policy_entities`].
    ///
    /// Returns a collection of CDP policies created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /cdpPolicies.
    ///
    /// `GET /query?type=CdpPolicy&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdppolicy.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CdpPolicy` ([`query_types::CDP_POLICY`](crate::api::query_types::CDP_POLICY)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cdpPolicies?format=Entity` (`CdpPolicies`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_policies`]: every one, as references
    /// - [`Self::get_cdp_policies_entities`]: every one, in full
    /// - [`Self::get_cdp_policies_by_id`]: one, by its id
    /// - [`Self::get_query_cdp_policy`]: a query, as references
    /// - [`Self::get_query_cdp_policy_entities`]: a query, in full
    pub fn get_query_cdp_policy_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::CdpPolicy> + '_ {
        self.query_all_entities_of(&super::query_types::CDP_POLICY, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_cdp_replica_all`].
    ///
    /// Returns a collection of CDP replicas created by backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicas.
    ///
    /// `GET /query?type=CdpReplica`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplica.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CdpReplica` ([`query_types::CDP_REPLICA`](crate::api::query_types::CDP_REPLICA)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cdp_replica_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_replicas`]: every one, as references
    /// - [`Self::get_cdp_replicas_entities`]: every one, in full
    /// - [`Self::get_cdp_replicas_by_id`]: one, by its id
    /// - [`Self::get_query_cdp_replica_entities`]: a query, in full
    pub async fn get_query_cdp_replica(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::CDP_REPLICA, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cdp_replica`].
    ///
    /// Returns a collection of CDP replicas created by backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicas.
    ///
    /// `GET /query?type=CdpReplica`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplica.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CdpReplica` ([`query_types::CDP_REPLICA`](crate::api::query_types::CDP_REPLICA)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cdp_replica_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_replicas`]: every one, as references
    /// - [`Self::get_cdp_replicas_entities`]: every one, in full
    /// - [`Self::get_cdp_replicas_by_id`]: one, by its id
    /// - [`Self::get_query_cdp_replica`]: a query, as references
    /// - [`Self::get_query_cdp_replica_entities`]: a query, in full
    pub fn get_query_cdp_replica_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::CDP_REPLICA, query)
    }
    /// One page of entities ([`CdpReplica`](crate::api::types::CdpReplica)) of the query, with its paging info. Every page: [`Self::get_query_cdp_replica_entities_all`].
    ///
    /// Returns a collection of CDP replicas created by backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicas.
    ///
    /// `GET /query?type=CdpReplica&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplica.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CdpReplica` ([`query_types::CDP_REPLICA`](crate::api::query_types::CDP_REPLICA)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cdpReplicas?format=Entity` (`CdpReplicas`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_replicas`]: every one, as references
    /// - [`Self::get_cdp_replicas_entities`]: every one, in full
    /// - [`Self::get_cdp_replicas_by_id`]: one, by its id
    /// - [`Self::get_query_cdp_replica`]: a query, as references
    pub async fn get_query_cdp_replica_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::CdpReplica> {
        self.query_entities_of(&super::query_types::CDP_REPLICA, query).await
    }
    /// Every entity ([`CdpReplica`](crate::api::types::CdpReplica)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cdp_replica_entities`].
    ///
    /// Returns a collection of CDP replicas created by backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicas.
    ///
    /// `GET /query?type=CdpReplica&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplica.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CdpReplica` ([`query_types::CDP_REPLICA`](crate::api::query_types::CDP_REPLICA)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cdpReplicas?format=Entity` (`CdpReplicas`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_replicas`]: every one, as references
    /// - [`Self::get_cdp_replicas_entities`]: every one, in full
    /// - [`Self::get_cdp_replicas_by_id`]: one, by its id
    /// - [`Self::get_query_cdp_replica`]: a query, as references
    /// - [`Self::get_query_cdp_replica_entities`]: a query, in full
    pub fn get_query_cdp_replica_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::CdpReplica> + '_ {
        self.query_all_entities_of(&super::query_types::CDP_REPLICA, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_cdp_replica_session_all`].
    ///
    /// Returns a collection of CDP replication sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicaSessions.
    ///
    /// `GET /query?type=CdpReplicaSession`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicasession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CdpReplicaSession` ([`query_types::CDP_REPLICA_SESSION`](crate::api::query_types::CDP_REPLICA_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cdp_replica_session_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_replica_sessions`]: every one, as references
    /// - [`Self::get_cdp_replica_sessions_entities`]: every one, in full
    /// - [`Self::get_cdp_replica_sessions_by_id`]: one, by its id
    /// - [`Self::get_query_cdp_replica_session_entities`]: a query, in full
    pub async fn get_query_cdp_replica_session(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::CDP_REPLICA_SESSION, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cdp_replica_session`].
    ///
    /// Returns a collection of CDP replication sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicaSessions.
    ///
    /// `GET /query?type=CdpReplicaSession`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicasession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CdpReplicaSession` ([`query_types::CDP_REPLICA_SESSION`](crate::api::query_types::CDP_REPLICA_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cdp_replica_session_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_replica_sessions`]: every one, as references
    /// - [`Self::get_cdp_replica_sessions_entities`]: every one, in full
    /// - [`Self::get_cdp_replica_sessions_by_id`]: one, by its id
    /// - [`Self::get_query_cdp_replica_session`]: a query, as references
    /// - [`Self::get_query_cdp_replica_session_entities`]: a query, in full
    pub fn get_query_cdp_replica_session_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::CDP_REPLICA_SESSION, query)
    }
    /// One page of entities ([`CdpReplicaSession`](crate::api::types::CdpReplicaSession)) of the query, with its paging info. Every page: [`Self::get_query_cdp_replica_session_entities_all`].
    ///
    /// Returns a collection of CDP replication sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicaSessions.
    ///
    /// `GET /query?type=CdpReplicaSession&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicasession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CdpReplicaSession` ([`query_types::CDP_REPLICA_SESSION`](crate::api::query_types::CDP_REPLICA_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cdpReplicaSessions?format=Entity` (`CdpReplicaSessions`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_replica_sessions`]: every one, as references
    /// - [`Self::get_cdp_replica_sessions_entities`]: every one, in full
    /// - [`Self::get_cdp_replica_sessions_by_id`]: one, by its id
    /// - [`Self::get_query_cdp_replica_session`]: a query, as references
    pub async fn get_query_cdp_replica_session_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::CdpReplicaSession> {
        self.query_entities_of(&super::query_types::CDP_REPLICA_SESSION, query).await
    }
    /// Every entity ([`CdpReplicaSession`](crate::api::types::CdpReplicaSession)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cdp_replica_session_entities`].
    ///
    /// Returns a collection of CDP replication sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicaSessions.
    ///
    /// `GET /query?type=CdpReplicaSession&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicasession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CdpReplicaSession` ([`query_types::CDP_REPLICA_SESSION`](crate::api::query_types::CDP_REPLICA_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cdpReplicaSessions?format=Entity` (`CdpReplicaSessions`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_replica_sessions`]: every one, as references
    /// - [`Self::get_cdp_replica_sessions_entities`]: every one, in full
    /// - [`Self::get_cdp_replica_sessions_by_id`]: one, by its id
    /// - [`Self::get_query_cdp_replica_session`]: a query, as references
    /// - [`Self::get_query_cdp_replica_session_entities`]: a query, in full
    pub fn get_query_cdp_replica_session_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::CdpReplicaSession> + '_ {
        self.query_all_entities_of(&super::query_types::CDP_REPLICA_SESSION, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_cdp_replica_task_session_all`].
    ///
    /// Returns a collection of CDP replication task sessions that run on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicaTaskSessions.
    ///
    /// `GET /query?type=CdpReplicaTaskSession`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicatasksession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CdpReplicaTaskSession` ([`query_types::CDP_REPLICA_TASK_SESSION`](crate::api::query_types::CDP_REPLICA_TASK_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cdp_replica_task_session_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_replica_task_sessions`]: every one, as references
    /// - [`Self::get_cdp_replica_task_sessions_entities`]: every one, in full
    /// - [`Self::get_cdp_replica_task_sessions_by_id`]: one, by its id
    /// - [`Self::get_query_cdp_replica_task_session_entities`]: a query, in full
    pub async fn get_query_cdp_replica_task_session(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::CDP_REPLICA_TASK_SESSION, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cdp_replica_task_session`].
    ///
    /// Returns a collection of CDP replication task sessions that run on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicaTaskSessions.
    ///
    /// `GET /query?type=CdpReplicaTaskSession`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicatasksession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CdpReplicaTaskSession` ([`query_types::CDP_REPLICA_TASK_SESSION`](crate::api::query_types::CDP_REPLICA_TASK_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cdp_replica_task_session_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_replica_task_sessions`]: every one, as references
    /// - [`Self::get_cdp_replica_task_sessions_entities`]: every one, in full
    /// - [`Self::get_cdp_replica_task_sessions_by_id`]: one, by its id
    /// - [`Self::get_query_cdp_replica_task_session`]: a query, as references
    /// - [`Self::get_query_cdp_replica_task_session_entities`]: a query, in full
    pub fn get_query_cdp_replica_task_session_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::CDP_REPLICA_TASK_SESSION, query)
    }
    /// One page of entities ([`CdpReplicaTaskSession`](crate::api::types::CdpReplicaTaskSession)) of the query, with its paging info. Every page: [`Self::get_query_cdp_replica_task_session_entities_all`].
    ///
    /// Returns a collection of CDP replication task sessions that run on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicaTaskSessions.
    ///
    /// `GET /query?type=CdpReplicaTaskSession&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicatasksession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CdpReplicaTaskSession` ([`query_types::CDP_REPLICA_TASK_SESSION`](crate::api::query_types::CDP_REPLICA_TASK_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cdpReplicaTaskSessions?format=Entity` (`CdpReplicaTaskSessions`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_replica_task_sessions`]: every one, as references
    /// - [`Self::get_cdp_replica_task_sessions_entities`]: every one, in full
    /// - [`Self::get_cdp_replica_task_sessions_by_id`]: one, by its id
    /// - [`Self::get_query_cdp_replica_task_session`]: a query, as references
    pub async fn get_query_cdp_replica_task_session_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::CdpReplicaTaskSession> {
        self.query_entities_of(&super::query_types::CDP_REPLICA_TASK_SESSION, query)
            .await
    }
    /// Every entity ([`CdpReplicaTaskSession`](crate::api::types::CdpReplicaTaskSession)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cdp_replica_task_session_entities`].
    ///
    /// Returns a collection of CDP replication task sessions that run on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cdpReplicaTaskSessions.
    ///
    /// `GET /query?type=CdpReplicaTaskSession&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cdpreplicatasksession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CdpReplicaTaskSession` ([`query_types::CDP_REPLICA_TASK_SESSION`](crate::api::query_types::CDP_REPLICA_TASK_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cdpReplicaTaskSessions?format=Entity` (`CdpReplicaTaskSessions`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_cdp_replica_task_sessions`]: every one, as references
    /// - [`Self::get_cdp_replica_task_sessions_entities`]: every one, in full
    /// - [`Self::get_cdp_replica_task_sessions_by_id`]: one, by its id
    /// - [`Self::get_query_cdp_replica_task_session`]: a query, as references
    /// - [`Self::get_query_cdp_replica_task_session_entities`]: a query, in full
    pub fn get_query_cdp_replica_task_session_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::CdpReplicaTaskSession> + '_ {
        self.query_all_entities_of(&super::query_types::CDP_REPLICA_TASK_SESSION, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_cloud_failover_plan_all`].
    ///
    /// Returns a resource representation of a collection of cloud failover plans configured by tenants on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /cloud/cloudFailoverPlans.
    ///
    /// `GET /query?type=CloudFailoverPlan`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoverplan.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudFailoverPlan` ([`query_types::CLOUD_FAILOVER_PLAN`](crate::api::query_types::CLOUD_FAILOVER_PLAN)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_failover_plan_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_cloud_failover_plans`]: every one, as references
    /// - [`Self::get_cloud_cloud_failover_plans_entities`]: every one, in full
    /// - [`Self::get_cloud_cloud_failover_plans_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_failover_plan_entities`]: a query, in full
    pub async fn get_query_cloud_failover_plan(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::CLOUD_FAILOVER_PLAN, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_failover_plan`].
    ///
    /// Returns a resource representation of a collection of cloud failover plans configured by tenants on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /cloud/cloudFailoverPlans.
    ///
    /// `GET /query?type=CloudFailoverPlan`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoverplan.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudFailoverPlan` ([`query_types::CLOUD_FAILOVER_PLAN`](crate::api::query_types::CLOUD_FAILOVER_PLAN)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_failover_plan_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_cloud_failover_plans`]: every one, as references
    /// - [`Self::get_cloud_cloud_failover_plans_entities`]: every one, in full
    /// - [`Self::get_cloud_cloud_failover_plans_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_failover_plan`]: a query, as references
    /// - [`Self::get_query_cloud_failover_plan_entities`]: a query, in full
    pub fn get_query_cloud_failover_plan_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::CLOUD_FAILOVER_PLAN, query)
    }
    /// One page of entities ([`CloudFailoverPlan`](crate::api::types::CloudFailoverPlan)) of the query, with its paging info. Every page: [`Self::get_query_cloud_failover_plan_entities_all`].
    ///
    /// Returns a resource representation of a collection of cloud failover plans configured by tenants on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /cloud/cloudFailoverPlans.
    ///
    /// `GET /query?type=CloudFailoverPlan&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoverplan.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudFailoverPlan` ([`query_types::CLOUD_FAILOVER_PLAN`](crate::api::query_types::CLOUD_FAILOVER_PLAN)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/cloudFailoverPlans?format=Entity` (`CloudFailoverPlans`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_cloud_failover_plans`]: every one, as references
    /// - [`Self::get_cloud_cloud_failover_plans_entities`]: every one, in full
    /// - [`Self::get_cloud_cloud_failover_plans_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_failover_plan`]: a query, as references
    pub async fn get_query_cloud_failover_plan_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::CloudFailoverPlan> {
        self.query_entities_of(&super::query_types::CLOUD_FAILOVER_PLAN, query).await
    }
    /// Every entity ([`CloudFailoverPlan`](crate::api::types::CloudFailoverPlan)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_failover_plan_entities`].
    ///
    /// Returns a resource representation of a collection of cloud failover plans configured by tenants on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /cloud/cloudFailoverPlans.
    ///
    /// `GET /query?type=CloudFailoverPlan&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoverplan.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudFailoverPlan` ([`query_types::CLOUD_FAILOVER_PLAN`](crate::api::query_types::CLOUD_FAILOVER_PLAN)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/cloudFailoverPlans?format=Entity` (`CloudFailoverPlans`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_cloud_failover_plans`]: every one, as references
    /// - [`Self::get_cloud_cloud_failover_plans_entities`]: every one, in full
    /// - [`Self::get_cloud_cloud_failover_plans_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_failover_plan`]: a query, as references
    /// - [`Self::get_query_cloud_failover_plan_entities`]: a query, in full
    pub fn get_query_cloud_failover_plan_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::CloudFailoverPlan> + '_ {
        self.query_all_entities_of(&super::query_types::CLOUD_FAILOVER_PLAN, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_cloud_failover_session_all`].
    ///
    /// Returns a collection of cloud failover sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/failoverSessions.
    ///
    /// `GET /query?type=CloudFailoverSession`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoversession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudFailoverSession` ([`query_types::CLOUD_FAILOVER_SESSION`](crate::api::query_types::CLOUD_FAILOVER_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_failover_session_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_failover_sessions`]: every one, as references
    /// - [`Self::get_cloud_failover_sessions_entities`]: every one, in full
    /// - [`Self::get_cloud_failover_sessions_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_failover_session_entities`]: a query, in full
    pub async fn get_query_cloud_failover_session(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::CLOUD_FAILOVER_SESSION, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_failover_session`].
    ///
    /// Returns a collection of cloud failover sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/failoverSessions.
    ///
    /// `GET /query?type=CloudFailoverSession`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoversession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudFailoverSession` ([`query_types::CLOUD_FAILOVER_SESSION`](crate::api::query_types::CLOUD_FAILOVER_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_failover_session_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_failover_sessions`]: every one, as references
    /// - [`Self::get_cloud_failover_sessions_entities`]: every one, in full
    /// - [`Self::get_cloud_failover_sessions_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_failover_session`]: a query, as references
    /// - [`Self::get_query_cloud_failover_session_entities`]: a query, in full
    pub fn get_query_cloud_failover_session_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::CLOUD_FAILOVER_SESSION, query)
    }
    /// One page of entities ([`CloudFailoverSession`](crate::api::types::CloudFailoverSession)) of the query, with its paging info. Every page: [`Self::get_query_cloud_failover_session_entities_all`].
    ///
    /// Returns a collection of cloud failover sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/failoverSessions.
    ///
    /// `GET /query?type=CloudFailoverSession&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoversession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudFailoverSession` ([`query_types::CLOUD_FAILOVER_SESSION`](crate::api::query_types::CLOUD_FAILOVER_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/failoverSessions?format=Entity` (`CloudFailoverSessions`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_failover_sessions`]: every one, as references
    /// - [`Self::get_cloud_failover_sessions_entities`]: every one, in full
    /// - [`Self::get_cloud_failover_sessions_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_failover_session`]: a query, as references
    pub async fn get_query_cloud_failover_session_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::CloudFailoverSession> {
        self.query_entities_of(&super::query_types::CLOUD_FAILOVER_SESSION, query).await
    }
    /// Every entity ([`CloudFailoverSession`](crate::api::types::CloudFailoverSession)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_failover_session_entities`].
    ///
    /// Returns a collection of cloud failover sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/failoverSessions.
    ///
    /// `GET /query?type=CloudFailoverSession&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudfailoversession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudFailoverSession` ([`query_types::CLOUD_FAILOVER_SESSION`](crate::api::query_types::CLOUD_FAILOVER_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/failoverSessions?format=Entity` (`CloudFailoverSessions`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_failover_sessions`]: every one, as references
    /// - [`Self::get_cloud_failover_sessions_entities`]: every one, in full
    /// - [`Self::get_cloud_failover_sessions_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_failover_session`]: a query, as references
    /// - [`Self::get_query_cloud_failover_session_entities`]: a query, in full
    pub fn get_query_cloud_failover_session_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::CloudFailoverSession> + '_ {
        self.query_all_entities_of(&super::query_types::CLOUD_FAILOVER_SESSION, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_cloud_gateway_all`].
    ///
    /// Returns a resource representation of a collection of cloud gateways configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/gateways.
    ///
    /// `GET /query?type=CloudGateway`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgateway.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudGateway` ([`query_types::CLOUD_GATEWAY`](crate::api::query_types::CLOUD_GATEWAY)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_gateway_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_gateways`]: every one, as references
    /// - [`Self::get_cloud_gateways_entities`]: every one, in full
    /// - [`Self::get_cloud_gateways_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_gateway_entities`]: a query, in full
    pub async fn get_query_cloud_gateway(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::CLOUD_GATEWAY, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_gateway`].
    ///
    /// Returns a resource representation of a collection of cloud gateways configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/gateways.
    ///
    /// `GET /query?type=CloudGateway`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgateway.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudGateway` ([`query_types::CLOUD_GATEWAY`](crate::api::query_types::CLOUD_GATEWAY)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_gateway_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_gateways`]: every one, as references
    /// - [`Self::get_cloud_gateways_entities`]: every one, in full
    /// - [`Self::get_cloud_gateways_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_gateway`]: a query, as references
    /// - [`Self::get_query_cloud_gateway_entities`]: a query, in full
    pub fn get_query_cloud_gateway_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::CLOUD_GATEWAY, query)
    }
    /// One page of entities ([`CloudGateway`](crate::api::types::CloudGateway)) of the query, with its paging info. Every page: [`Self::get_query_cloud_gateway_entities_all`].
    ///
    /// Returns a resource representation of a collection of cloud gateways configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/gateways.
    ///
    /// `GET /query?type=CloudGateway&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgateway.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudGateway` ([`query_types::CLOUD_GATEWAY`](crate::api::query_types::CLOUD_GATEWAY)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/gateways?format=Entity` (`CloudGateways`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_gateways`]: every one, as references
    /// - [`Self::get_cloud_gateways_entities`]: every one, in full
    /// - [`Self::get_cloud_gateways_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_gateway`]: a query, as references
    pub async fn get_query_cloud_gateway_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::CloudGateway> {
        self.query_entities_of(&super::query_types::CLOUD_GATEWAY, query).await
    }
    /// Every entity ([`CloudGateway`](crate::api::types::CloudGateway)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_gateway_entities`].
    ///
    /// Returns a resource representation of a collection of cloud gateways configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/gateways.
    ///
    /// `GET /query?type=CloudGateway&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgateway.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudGateway` ([`query_types::CLOUD_GATEWAY`](crate::api::query_types::CLOUD_GATEWAY)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/gateways?format=Entity` (`CloudGateways`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_gateways`]: every one, as references
    /// - [`Self::get_cloud_gateways_entities`]: every one, in full
    /// - [`Self::get_cloud_gateways_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_gateway`]: a query, as references
    /// - [`Self::get_query_cloud_gateway_entities`]: a query, in full
    pub fn get_query_cloud_gateway_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::CloudGateway> + '_ {
        self.query_all_entities_of(&super::query_types::CLOUD_GATEWAY, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_cloud_gateway_pool_all`].
    ///
    /// Returns a resource representation of a collection of cloud gateway pools configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/gatewayPools.
    ///
    /// `GET /query?type=CloudGatewayPool`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgatewaypool.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudGatewayPool` ([`query_types::CLOUD_GATEWAY_POOL`](crate::api::query_types::CLOUD_GATEWAY_POOL)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_gateway_pool_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_gateway_pools_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_gateway_pool_entities`]: a query, in full
    pub async fn get_query_cloud_gateway_pool(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::CLOUD_GATEWAY_POOL, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_gateway_pool`].
    ///
    /// Returns a resource representation of a collection of cloud gateway pools configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/gatewayPools.
    ///
    /// `GET /query?type=CloudGatewayPool`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgatewaypool.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudGatewayPool` ([`query_types::CLOUD_GATEWAY_POOL`](crate::api::query_types::CLOUD_GATEWAY_POOL)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_gateway_pool_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_gateway_pools_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_gateway_pool`]: a query, as references
    /// - [`Self::get_query_cloud_gateway_pool_entities`]: a query, in full
    pub fn get_query_cloud_gateway_pool_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::CLOUD_GATEWAY_POOL, query)
    }
    /// One page of entities ([`CloudGatewayPool`](crate::api::types::CloudGatewayPool)) of the query, with its paging info. Every page: [`Self::get_query_cloud_gateway_pool_entities_all`].
    ///
    /// Returns a resource representation of a collection of cloud gateway pools configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/gatewayPools.
    ///
    /// `GET /query?type=CloudGatewayPool&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgatewaypool.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudGatewayPool` ([`query_types::CLOUD_GATEWAY_POOL`](crate::api::query_types::CLOUD_GATEWAY_POOL)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the type whose root is the query type `CloudGatewayPool`.
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_gateway_pools_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_gateway_pool`]: a query, as references
    pub async fn get_query_cloud_gateway_pool_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::CloudGatewayPool> {
        self.query_entities_of(&super::query_types::CLOUD_GATEWAY_POOL, query).await
    }
    /// Every entity ([`CloudGatewayPool`](crate::api::types::CloudGatewayPool)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_gateway_pool_entities`].
    ///
    /// Returns a resource representation of a collection of cloud gateway pools configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/gatewayPools.
    ///
    /// `GET /query?type=CloudGatewayPool&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudgatewaypool.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudGatewayPool` ([`query_types::CLOUD_GATEWAY_POOL`](crate::api::query_types::CLOUD_GATEWAY_POOL)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the type whose root is the query type `CloudGatewayPool`.
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_gateway_pools_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_gateway_pool`]: a query, as references
    /// - [`Self::get_query_cloud_gateway_pool_entities`]: a query, in full
    pub fn get_query_cloud_gateway_pool_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::CloudGatewayPool> + '_ {
        self.query_all_entities_of(&super::query_types::CLOUD_GATEWAY_POOL, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_cloud_hardware_plan_all`].
    ///
    /// Returns a resource representation of a collection of hardware plans configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/hardwarePlans.
    ///
    /// `GET /query?type=CloudHardwarePlan`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudhardwareplan.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudHardwarePlan` ([`query_types::CLOUD_HARDWARE_PLAN`](crate::api::query_types::CLOUD_HARDWARE_PLAN)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_hardware_plan_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_hardware_plans`]: every one, as references
    /// - [`Self::get_cloud_hardware_plans_entities`]: every one, in full
    /// - [`Self::get_cloud_hardware_plans_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_hardware_plan_entities`]: a query, in full
    pub async fn get_query_cloud_hardware_plan(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::CLOUD_HARDWARE_PLAN, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_hardware_plan`].
    ///
    /// Returns a resource representation of a collection of hardware plans configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/hardwarePlans.
    ///
    /// `GET /query?type=CloudHardwarePlan`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudhardwareplan.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudHardwarePlan` ([`query_types::CLOUD_HARDWARE_PLAN`](crate::api::query_types::CLOUD_HARDWARE_PLAN)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_hardware_plan_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_hardware_plans`]: every one, as references
    /// - [`Self::get_cloud_hardware_plans_entities`]: every one, in full
    /// - [`Self::get_cloud_hardware_plans_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_hardware_plan`]: a query, as references
    /// - [`Self::get_query_cloud_hardware_plan_entities`]: a query, in full
    pub fn get_query_cloud_hardware_plan_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::CLOUD_HARDWARE_PLAN, query)
    }
    /// One page of entities ([`CloudHardwarePlan`](crate::api::types::CloudHardwarePlan)) of the query, with its paging info. Every page: [`Self::get_query_cloud_hardware_plan_entities_all`].
    ///
    /// Returns a resource representation of a collection of hardware plans configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/hardwarePlans.
    ///
    /// `GET /query?type=CloudHardwarePlan&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudhardwareplan.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudHardwarePlan` ([`query_types::CLOUD_HARDWARE_PLAN`](crate::api::query_types::CLOUD_HARDWARE_PLAN)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/hardwarePlans?format=Entity` (`CloudHardwarePlans`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_hardware_plans`]: every one, as references
    /// - [`Self::get_cloud_hardware_plans_entities`]: every one, in full
    /// - [`Self::get_cloud_hardware_plans_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_hardware_plan`]: a query, as references
    pub async fn get_query_cloud_hardware_plan_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::CloudHardwarePlan> {
        self.query_entities_of(&super::query_types::CLOUD_HARDWARE_PLAN, query).await
    }
    /// Every entity ([`CloudHardwarePlan`](crate::api::types::CloudHardwarePlan)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_hardware_plan_entities`].
    ///
    /// Returns a resource representation of a collection of hardware plans configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/hardwarePlans.
    ///
    /// `GET /query?type=CloudHardwarePlan&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudhardwareplan.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudHardwarePlan` ([`query_types::CLOUD_HARDWARE_PLAN`](crate::api::query_types::CLOUD_HARDWARE_PLAN)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/hardwarePlans?format=Entity` (`CloudHardwarePlans`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_hardware_plans`]: every one, as references
    /// - [`Self::get_cloud_hardware_plans_entities`]: every one, in full
    /// - [`Self::get_cloud_hardware_plans_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_hardware_plan`]: a query, as references
    /// - [`Self::get_query_cloud_hardware_plan_entities`]: a query, in full
    pub fn get_query_cloud_hardware_plan_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::CloudHardwarePlan> + '_ {
        self.query_all_entities_of(&super::query_types::CLOUD_HARDWARE_PLAN, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_cloud_public_ip_address_all`].
    ///
    /// Returns a resource representation of a collection of public IP addresses allocated in the service provider's network infrastructure and specified in Veeam Backup & Replication settings on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/publicIpAddresses.
    ///
    /// `GET /query?type=CloudPublicIpAddress`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudpublicipaddress.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudPublicIpAddress` ([`query_types::CLOUD_PUBLIC_IP_ADDRESS`](crate::api::query_types::CLOUD_PUBLIC_IP_ADDRESS)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_public_ip_address_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_public_ip_addresses`]: every one, as references
    /// - [`Self::get_cloud_public_ip_addresses_entities`]: every one, in full
    /// - [`Self::get_cloud_public_ip_addresses_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_public_ip_address_entities`]: a query, in full
    pub async fn get_query_cloud_public_ip_address(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::CLOUD_PUBLIC_IP_ADDRESS, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_public_ip_address`].
    ///
    /// Returns a resource representation of a collection of public IP addresses allocated in the service provider's network infrastructure and specified in Veeam Backup & Replication settings on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/publicIpAddresses.
    ///
    /// `GET /query?type=CloudPublicIpAddress`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudpublicipaddress.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudPublicIpAddress` ([`query_types::CLOUD_PUBLIC_IP_ADDRESS`](crate::api::query_types::CLOUD_PUBLIC_IP_ADDRESS)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_public_ip_address_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_public_ip_addresses`]: every one, as references
    /// - [`Self::get_cloud_public_ip_addresses_entities`]: every one, in full
    /// - [`Self::get_cloud_public_ip_addresses_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_public_ip_address`]: a query, as references
    /// - [`Self::get_query_cloud_public_ip_address_entities`]: a query, in full
    pub fn get_query_cloud_public_ip_address_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::CLOUD_PUBLIC_IP_ADDRESS, query)
    }
    /// One page of entities ([`CloudPublicIpAddress`](crate::api::types::CloudPublicIpAddress)) of the query, with its paging info. Every page: [`Self::get_query_cloud_public_ip_address_entities_all`].
    ///
    /// Returns a resource representation of a collection of public IP addresses allocated in the service provider's network infrastructure and specified in Veeam Backup & Replication settings on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/publicIpAddresses.
    ///
    /// `GET /query?type=CloudPublicIpAddress&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudpublicipaddress.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudPublicIpAddress` ([`query_types::CLOUD_PUBLIC_IP_ADDRESS`](crate::api::query_types::CLOUD_PUBLIC_IP_ADDRESS)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/publicIpAddresses?format=Entity` (`CloudPublicIpAddresses`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_public_ip_addresses`]: every one, as references
    /// - [`Self::get_cloud_public_ip_addresses_entities`]: every one, in full
    /// - [`Self::get_cloud_public_ip_addresses_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_public_ip_address`]: a query, as references
    pub async fn get_query_cloud_public_ip_address_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::CloudPublicIpAddress> {
        self.query_entities_of(&super::query_types::CLOUD_PUBLIC_IP_ADDRESS, query).await
    }
    /// Every entity ([`CloudPublicIpAddress`](crate::api::types::CloudPublicIpAddress)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_public_ip_address_entities`].
    ///
    /// Returns a resource representation of a collection of public IP addresses allocated in the service provider's network infrastructure and specified in Veeam Backup & Replication settings on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/publicIpAddresses.
    ///
    /// `GET /query?type=CloudPublicIpAddress&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudpublicipaddress.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudPublicIpAddress` ([`query_types::CLOUD_PUBLIC_IP_ADDRESS`](crate::api::query_types::CLOUD_PUBLIC_IP_ADDRESS)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/publicIpAddresses?format=Entity` (`CloudPublicIpAddresses`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_public_ip_addresses`]: every one, as references
    /// - [`Self::get_cloud_public_ip_addresses_entities`]: every one, in full
    /// - [`Self::get_cloud_public_ip_addresses_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_public_ip_address`]: a query, as references
    /// - [`Self::get_query_cloud_public_ip_address_entities`]: a query, in full
    pub fn get_query_cloud_public_ip_address_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::CloudPublicIpAddress> + '_ {
        self.query_all_entities_of(&super::query_types::CLOUD_PUBLIC_IP_ADDRESS, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_cloud_replica_all`].
    ///
    /// Returns a resource representation of a collection of replicas created by tenants whose accounts are created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/replicas.
    ///
    /// `GET /query?type=CloudReplica`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudreplica.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudReplica` ([`query_types::CLOUD_REPLICA`](crate::api::query_types::CLOUD_REPLICA)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_replica_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_replicas`]: every one, as references
    /// - [`Self::get_cloud_replicas_entities`]: every one, in full
    /// - [`Self::get_cloud_replicas_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_replica_entities`]: a query, in full
    pub async fn get_query_cloud_replica(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::CLOUD_REPLICA, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_replica`].
    ///
    /// Returns a resource representation of a collection of replicas created by tenants whose accounts are created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/replicas.
    ///
    /// `GET /query?type=CloudReplica`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudreplica.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudReplica` ([`query_types::CLOUD_REPLICA`](crate::api::query_types::CLOUD_REPLICA)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_replica_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_replicas`]: every one, as references
    /// - [`Self::get_cloud_replicas_entities`]: every one, in full
    /// - [`Self::get_cloud_replicas_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_replica`]: a query, as references
    /// - [`Self::get_query_cloud_replica_entities`]: a query, in full
    pub fn get_query_cloud_replica_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::CLOUD_REPLICA, query)
    }
    /// One page of entities ([`CloudReplica`](crate::api::types::CloudReplica)) of the query, with its paging info. Every page: [`Self::get_query_cloud_replica_entities_all`].
    ///
    /// Returns a resource representation of a collection of replicas created by tenants whose accounts are created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/replicas.
    ///
    /// `GET /query?type=CloudReplica&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudreplica.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudReplica` ([`query_types::CLOUD_REPLICA`](crate::api::query_types::CLOUD_REPLICA)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/replicas?format=Entity` (`CloudReplicas`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_replicas`]: every one, as references
    /// - [`Self::get_cloud_replicas_entities`]: every one, in full
    /// - [`Self::get_cloud_replicas_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_replica`]: a query, as references
    pub async fn get_query_cloud_replica_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::CloudReplica> {
        self.query_entities_of(&super::query_types::CLOUD_REPLICA, query).await
    }
    /// Every entity ([`CloudReplica`](crate::api::types::CloudReplica)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_replica_entities`].
    ///
    /// Returns a resource representation of a collection of replicas created by tenants whose accounts are created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/replicas.
    ///
    /// `GET /query?type=CloudReplica&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudreplica.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudReplica` ([`query_types::CLOUD_REPLICA`](crate::api::query_types::CLOUD_REPLICA)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/replicas?format=Entity` (`CloudReplicas`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_replicas`]: every one, as references
    /// - [`Self::get_cloud_replicas_entities`]: every one, in full
    /// - [`Self::get_cloud_replicas_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_replica`]: a query, as references
    /// - [`Self::get_query_cloud_replica_entities`]: a query, in full
    pub fn get_query_cloud_replica_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::CloudReplica> + '_ {
        self.query_all_entities_of(&super::query_types::CLOUD_REPLICA, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_cloud_subtenant_all`].
    ///
    /// Returns a list of subtenant accounts created for tenant accounts. For details, see /cloud/tenants/{ID}/subtenants.
    ///
    /// `GET /query?type=CloudSubtenant`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudsubtenant.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudSubtenant` ([`query_types::CLOUD_SUBTENANT`](crate::api::query_types::CLOUD_SUBTENANT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_subtenant_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_tenants_by_id_subtenants_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_subtenant_entities`]: a query, in full
    pub async fn get_query_cloud_subtenant(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::CLOUD_SUBTENANT, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_subtenant`].
    ///
    /// Returns a list of subtenant accounts created for tenant accounts. For details, see /cloud/tenants/{ID}/subtenants.
    ///
    /// `GET /query?type=CloudSubtenant`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudsubtenant.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudSubtenant` ([`query_types::CLOUD_SUBTENANT`](crate::api::query_types::CLOUD_SUBTENANT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_subtenant_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_tenants_by_id_subtenants_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_subtenant`]: a query, as references
    /// - [`Self::get_query_cloud_subtenant_entities`]: a query, in full
    pub fn get_query_cloud_subtenant_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::CLOUD_SUBTENANT, query)
    }
    /// One page of entities ([`CloudSubtenant`](crate::api::types::CloudSubtenant)) of the query, with its paging info. Every page: [`Self::get_query_cloud_subtenant_entities_all`].
    ///
    /// Returns a list of subtenant accounts created for tenant accounts. For details, see /cloud/tenants/{ID}/subtenants.
    ///
    /// `GET /query?type=CloudSubtenant&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudsubtenant.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudSubtenant` ([`query_types::CLOUD_SUBTENANT`](crate::api::query_types::CLOUD_SUBTENANT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the type whose root is the query type `CloudSubtenant`.
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_tenants_by_id_subtenants_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_subtenant`]: a query, as references
    pub async fn get_query_cloud_subtenant_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::CloudSubtenant> {
        self.query_entities_of(&super::query_types::CLOUD_SUBTENANT, query).await
    }
    /// Every entity ([`CloudSubtenant`](crate::api::types::CloudSubtenant)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_subtenant_entities`].
    ///
    /// Returns a list of subtenant accounts created for tenant accounts. For details, see /cloud/tenants/{ID}/subtenants.
    ///
    /// `GET /query?type=CloudSubtenant&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudsubtenant.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudSubtenant` ([`query_types::CLOUD_SUBTENANT`](crate::api::query_types::CLOUD_SUBTENANT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the type whose root is the query type `CloudSubtenant`.
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_tenants_by_id_subtenants_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_subtenant`]: a query, as references
    /// - [`Self::get_query_cloud_subtenant_entities`]: a query, in full
    pub fn get_query_cloud_subtenant_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::CloudSubtenant> + '_ {
        self.query_all_entities_of(&super::query_types::CLOUD_SUBTENANT, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_cloud_tenant_all`].
    ///
    /// Returns a resource representation of a collection of tenant accounts created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/tenants.
    ///
    /// `GET /query?type=CloudTenant`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudtenant.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudTenant` ([`query_types::CLOUD_TENANT`](crate::api::query_types::CLOUD_TENANT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_tenant_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_tenants`]: every one, as references
    /// - [`Self::get_cloud_tenants_entities`]: every one, in full
    /// - [`Self::get_cloud_tenants_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_tenant_entities`]: a query, in full
    pub async fn get_query_cloud_tenant(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::CLOUD_TENANT, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_tenant`].
    ///
    /// Returns a resource representation of a collection of tenant accounts created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/tenants.
    ///
    /// `GET /query?type=CloudTenant`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudtenant.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudTenant` ([`query_types::CLOUD_TENANT`](crate::api::query_types::CLOUD_TENANT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_tenant_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_tenants`]: every one, as references
    /// - [`Self::get_cloud_tenants_entities`]: every one, in full
    /// - [`Self::get_cloud_tenants_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_tenant`]: a query, as references
    /// - [`Self::get_query_cloud_tenant_entities`]: a query, in full
    pub fn get_query_cloud_tenant_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::CLOUD_TENANT, query)
    }
    /// One page of entities ([`CloudTenant`](crate::api::types::CloudTenant)) of the query, with its paging info. Every page: [`Self::get_query_cloud_tenant_entities_all`].
    ///
    /// Returns a resource representation of a collection of tenant accounts created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/tenants.
    ///
    /// `GET /query?type=CloudTenant&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudtenant.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudTenant` ([`query_types::CLOUD_TENANT`](crate::api::query_types::CLOUD_TENANT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/tenants?format=Entity` (`CloudTenants`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_tenants`]: every one, as references
    /// - [`Self::get_cloud_tenants_entities`]: every one, in full
    /// - [`Self::get_cloud_tenants_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_tenant`]: a query, as references
    pub async fn get_query_cloud_tenant_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::CloudTenant> {
        self.query_entities_of(&super::query_types::CLOUD_TENANT, query).await
    }
    /// Every entity ([`CloudTenant`](crate::api::types::CloudTenant)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_tenant_entities`].
    ///
    /// Returns a resource representation of a collection of tenant accounts created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /cloud/tenants.
    ///
    /// `GET /query?type=CloudTenant&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudtenant.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudTenant` ([`query_types::CLOUD_TENANT`](crate::api::query_types::CLOUD_TENANT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/tenants?format=Entity` (`CloudTenants`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_tenants`]: every one, as references
    /// - [`Self::get_cloud_tenants_entities`]: every one, in full
    /// - [`Self::get_cloud_tenants_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_tenant`]: a query, as references
    /// - [`Self::get_query_cloud_tenant_entities`]: a query, in full
    pub fn get_query_cloud_tenant_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::CloudTenant> + '_ {
        self.query_all_entities_of(&super::query_types::CLOUD_TENANT, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_cloud_vm_replica_point_all`].
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs that are replicated with tenant replication jobs. For details, see /cloud/vmReplicaPoints.
    ///
    /// `GET /query?type=CloudVmReplicaPoint`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudvmreplicapoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudVmReplicaPoint` ([`query_types::CLOUD_VM_REPLICA_POINT`](crate::api::query_types::CLOUD_VM_REPLICA_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_vm_replica_point_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_vm_replica_points`]: every one, as references
    /// - [`Self::get_cloud_vm_replica_points_entities`]: every one, in full
    /// - [`Self::get_cloud_vm_replica_points_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_vm_replica_point_entities`]: a query, in full
    pub async fn get_query_cloud_vm_replica_point(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::CLOUD_VM_REPLICA_POINT, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_vm_replica_point`].
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs that are replicated with tenant replication jobs. For details, see /cloud/vmReplicaPoints.
    ///
    /// `GET /query?type=CloudVmReplicaPoint`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudvmreplicapoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudVmReplicaPoint` ([`query_types::CLOUD_VM_REPLICA_POINT`](crate::api::query_types::CLOUD_VM_REPLICA_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_cloud_vm_replica_point_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_vm_replica_points`]: every one, as references
    /// - [`Self::get_cloud_vm_replica_points_entities`]: every one, in full
    /// - [`Self::get_cloud_vm_replica_points_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_vm_replica_point`]: a query, as references
    /// - [`Self::get_query_cloud_vm_replica_point_entities`]: a query, in full
    pub fn get_query_cloud_vm_replica_point_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::CLOUD_VM_REPLICA_POINT, query)
    }
    /// One page of entities ([`CloudVmReplicaPoint`](crate::api::types::CloudVmReplicaPoint)) of the query, with its paging info. Every page: [`Self::get_query_cloud_vm_replica_point_entities_all`].
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs that are replicated with tenant replication jobs. For details, see /cloud/vmReplicaPoints.
    ///
    /// `GET /query?type=CloudVmReplicaPoint&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudvmreplicapoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudVmReplicaPoint` ([`query_types::CLOUD_VM_REPLICA_POINT`](crate::api::query_types::CLOUD_VM_REPLICA_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/vmReplicaPoints?format=Entity` (`CloudVmReplicaPoints`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_vm_replica_points`]: every one, as references
    /// - [`Self::get_cloud_vm_replica_points_entities`]: every one, in full
    /// - [`Self::get_cloud_vm_replica_points_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_vm_replica_point`]: a query, as references
    pub async fn get_query_cloud_vm_replica_point_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::CloudVmReplicaPoint> {
        self.query_entities_of(&super::query_types::CLOUD_VM_REPLICA_POINT, query).await
    }
    /// Every entity ([`CloudVmReplicaPoint`](crate::api::types::CloudVmReplicaPoint)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_cloud_vm_replica_point_entities`].
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs that are replicated with tenant replication jobs. For details, see /cloud/vmReplicaPoints.
    ///
    /// `GET /query?type=CloudVmReplicaPoint&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_cloudvmreplicapoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `CloudVmReplicaPoint` ([`query_types::CLOUD_VM_REPLICA_POINT`](crate::api::query_types::CLOUD_VM_REPLICA_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/vmReplicaPoints?format=Entity` (`CloudVmReplicaPoints`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_vm_replica_points`]: every one, as references
    /// - [`Self::get_cloud_vm_replica_points_entities`]: every one, in full
    /// - [`Self::get_cloud_vm_replica_points_by_id`]: one, by its id
    /// - [`Self::get_query_cloud_vm_replica_point`]: a query, as references
    /// - [`Self::get_query_cloud_vm_replica_point_entities`]: a query, in full
    pub fn get_query_cloud_vm_replica_point_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::CloudVmReplicaPoint> + '_ {
        self.query_all_entities_of(&super::query_types::CLOUD_VM_REPLICA_POINT, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_credentials_all`].
    ///
    /// Returns a resource representation of the credentials collection created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers/{ID}/credentials.
    ///
    /// `GET /query?type=Credentials`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_credentials.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Credentials` ([`query_types::CREDENTIALS`](crate::api::query_types::CREDENTIALS)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_credentials_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_servers_by_id_credentials_by_id`]: one, by its id
    /// - [`Self::get_query_credentials_entities`]: a query, in full
    pub async fn get_query_credentials(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::CREDENTIALS, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_credentials`].
    ///
    /// Returns a resource representation of the credentials collection created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers/{ID}/credentials.
    ///
    /// `GET /query?type=Credentials`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_credentials.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Credentials` ([`query_types::CREDENTIALS`](crate::api::query_types::CREDENTIALS)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_credentials_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_servers_by_id_credentials_by_id`]: one, by its id
    /// - [`Self::get_query_credentials`]: a query, as references
    /// - [`Self::get_query_credentials_entities`]: a query, in full
    pub fn get_query_credentials_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::CREDENTIALS, query)
    }
    /// One page of entities ([`CredentialsInfo`](crate::api::types::CredentialsInfo)) of the query, with its paging info. Every page: [`Self::get_query_credentials_entities_all`].
    ///
    /// Returns a resource representation of the credentials collection created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers/{ID}/credentials.
    ///
    /// `GET /query?type=Credentials&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_credentials.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Credentials` ([`query_types::CREDENTIALS`](crate::api::query_types::CREDENTIALS)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /backupServers/{ID}/credentials?format=Entity` (`CredentialsInfoList`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_servers_by_id_credentials_by_id`]: one, by its id
    /// - [`Self::get_query_credentials`]: a query, as references
    pub async fn get_query_credentials_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::CredentialsInfo> {
        self.query_entities_of(&super::query_types::CREDENTIALS, query).await
    }
    /// Every entity ([`CredentialsInfo`](crate::api::types::CredentialsInfo)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_credentials_entities`].
    ///
    /// Returns a resource representation of the credentials collection created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers/{ID}/credentials.
    ///
    /// `GET /query?type=Credentials&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_credentials.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Credentials` ([`query_types::CREDENTIALS`](crate::api::query_types::CREDENTIALS)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /backupServers/{ID}/credentials?format=Entity` (`CredentialsInfoList`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_servers_by_id_credentials_by_id`]: one, by its id
    /// - [`Self::get_query_credentials`]: a query, as references
    /// - [`Self::get_query_credentials_entities`]: a query, in full
    pub fn get_query_credentials_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::CredentialsInfo> + '_ {
        self.query_all_entities_of(&super::query_types::CREDENTIALS, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_discovered_computer_all`].
    ///
    /// Returns a resource representation of a collection of protected computers in protection groups configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/discoveredComputers.
    ///
    /// `GET /query?type=DiscoveredComputer`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_discoveredcomputer.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `DiscoveredComputer` ([`query_types::DISCOVERED_COMPUTER`](crate::api::query_types::DISCOVERED_COMPUTER)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_discovered_computer_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_discovered_computers`]: every one, as references
    /// - [`Self::get_agents_discovered_computers_entities`]: every one, in full
    /// - [`Self::get_agents_discovered_computers_by_id`]: one, by its id
    /// - [`Self::get_query_discovered_computer_entities`]: a query, in full
    pub async fn get_query_discovered_computer(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::DISCOVERED_COMPUTER, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_discovered_computer`].
    ///
    /// Returns a resource representation of a collection of protected computers in protection groups configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/discoveredComputers.
    ///
    /// `GET /query?type=DiscoveredComputer`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_discoveredcomputer.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `DiscoveredComputer` ([`query_types::DISCOVERED_COMPUTER`](crate::api::query_types::DISCOVERED_COMPUTER)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_discovered_computer_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_discovered_computers`]: every one, as references
    /// - [`Self::get_agents_discovered_computers_entities`]: every one, in full
    /// - [`Self::get_agents_discovered_computers_by_id`]: one, by its id
    /// - [`Self::get_query_discovered_computer`]: a query, as references
    /// - [`Self::get_query_discovered_computer_entities`]: a query, in full
    pub fn get_query_discovered_computer_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::DISCOVERED_COMPUTER, query)
    }
    /// One page of entities ([`DiscoveredComputer`](crate::api::types::DiscoveredComputer)) of the query, with its paging info. Every page: [`Self::get_query_discovered_computer_entities_all`].
    ///
    /// Returns a resource representation of a collection of protected computers in protection groups configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/discoveredComputers.
    ///
    /// `GET /query?type=DiscoveredComputer&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_discoveredcomputer.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `DiscoveredComputer` ([`query_types::DISCOVERED_COMPUTER`](crate::api::query_types::DISCOVERED_COMPUTER)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /agents/discoveredComputers?format=Entity` (`DiscoveredComputers`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_discovered_computers`]: every one, as references
    /// - [`Self::get_agents_discovered_computers_entities`]: every one, in full
    /// - [`Self::get_agents_discovered_computers_by_id`]: one, by its id
    /// - [`Self::get_query_discovered_computer`]: a query, as references
    pub async fn get_query_discovered_computer_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::DiscoveredComputer> {
        self.query_entities_of(&super::query_types::DISCOVERED_COMPUTER, query).await
    }
    /// Every entity ([`DiscoveredComputer`](crate::api::types::DiscoveredComputer)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_discovered_computer_entities`].
    ///
    /// Returns a resource representation of a collection of protected computers in protection groups configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /agents/discoveredComputers.
    ///
    /// `GET /query?type=DiscoveredComputer&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_discoveredcomputer.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `DiscoveredComputer` ([`query_types::DISCOVERED_COMPUTER`](crate::api::query_types::DISCOVERED_COMPUTER)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /agents/discoveredComputers?format=Entity` (`DiscoveredComputers`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_discovered_computers`]: every one, as references
    /// - [`Self::get_agents_discovered_computers_entities`]: every one, in full
    /// - [`Self::get_agents_discovered_computers_by_id`]: one, by its id
    /// - [`Self::get_query_discovered_computer`]: a query, as references
    /// - [`Self::get_query_discovered_computer_entities`]: a query, in full
    pub fn get_query_discovered_computer_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::DiscoveredComputer> + '_ {
        self.query_all_entities_of(&super::query_types::DISCOVERED_COMPUTER, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_failover_plan_all`].
    ///
    /// Returns a resource representation of a collection of failover plans configured on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /failoverPlans.
    ///
    /// `GET /query?type=FailoverPlan`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_failoverplan.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `FailoverPlan` ([`query_types::FAILOVER_PLAN`](crate::api::query_types::FAILOVER_PLAN)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_failover_plan_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_failover_plans`]: every one, as references
    /// - [`Self::get_failover_plans_entities`]: every one, in full
    /// - [`Self::get_failover_plans_by_id`]: one, by its id
    /// - [`Self::get_query_failover_plan_entities`]: a query, in full
    pub async fn get_query_failover_plan(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::FAILOVER_PLAN, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_failover_plan`].
    ///
    /// Returns a resource representation of a collection of failover plans configured on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /failoverPlans.
    ///
    /// `GET /query?type=FailoverPlan`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_failoverplan.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `FailoverPlan` ([`query_types::FAILOVER_PLAN`](crate::api::query_types::FAILOVER_PLAN)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_failover_plan_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_failover_plans`]: every one, as references
    /// - [`Self::get_failover_plans_entities`]: every one, in full
    /// - [`Self::get_failover_plans_by_id`]: one, by its id
    /// - [`Self::get_query_failover_plan`]: a query, as references
    /// - [`Self::get_query_failover_plan_entities`]: a query, in full
    pub fn get_query_failover_plan_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::FAILOVER_PLAN, query)
    }
    /// One page of entities ([`FailoverPlan`](crate::api::types::FailoverPlan)) of the query, with its paging info. Every page: [`Self::get_query_failover_plan_entities_all`].
    ///
    /// Returns a resource representation of a collection of failover plans configured on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /failoverPlans.
    ///
    /// `GET /query?type=FailoverPlan&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_failoverplan.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `FailoverPlan` ([`query_types::FAILOVER_PLAN`](crate::api::query_types::FAILOVER_PLAN)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /failoverPlans?format=Entity` (`FailoverPlans`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_failover_plans`]: every one, as references
    /// - [`Self::get_failover_plans_entities`]: every one, in full
    /// - [`Self::get_failover_plans_by_id`]: one, by its id
    /// - [`Self::get_query_failover_plan`]: a query, as references
    pub async fn get_query_failover_plan_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::FailoverPlan> {
        self.query_entities_of(&super::query_types::FAILOVER_PLAN, query).await
    }
    /// Every entity ([`FailoverPlan`](crate::api::types::FailoverPlan)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_failover_plan_entities`].
    ///
    /// Returns a resource representation of a collection of failover plans configured on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /failoverPlans.
    ///
    /// `GET /query?type=FailoverPlan&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_failoverplan.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `FailoverPlan` ([`query_types::FAILOVER_PLAN`](crate::api::query_types::FAILOVER_PLAN)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /failoverPlans?format=Entity` (`FailoverPlans`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_failover_plans`]: every one, as references
    /// - [`Self::get_failover_plans_entities`]: every one, in full
    /// - [`Self::get_failover_plans_by_id`]: one, by its id
    /// - [`Self::get_query_failover_plan`]: a query, as references
    /// - [`Self::get_query_failover_plan_entities`]: a query, in full
    pub fn get_query_failover_plan_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::FailoverPlan> + '_ {
        self.query_all_entities_of(&super::query_types::FAILOVER_PLAN, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_file_server_all`].
    ///
    /// Returns a resource representation of a collection of file shares added on backup servers connected to Veeam Backup Enterprise Manager. For details, see /nas/fileServers.
    ///
    /// `GET /query?type=FileServer`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_fileserver.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `FileServer` ([`query_types::FILE_SERVER`](crate::api::query_types::FILE_SERVER)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_file_server_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_nas_file_servers`]: every one, as references
    /// - [`Self::get_nas_file_servers_entities`]: every one, in full
    /// - [`Self::get_nas_file_servers_by_id`]: one, by its id
    /// - [`Self::get_query_file_server_entities`]: a query, in full
    pub async fn get_query_file_server(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::FILE_SERVER, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_file_server`].
    ///
    /// Returns a resource representation of a collection of file shares added on backup servers connected to Veeam Backup Enterprise Manager. For details, see /nas/fileServers.
    ///
    /// `GET /query?type=FileServer`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_fileserver.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `FileServer` ([`query_types::FILE_SERVER`](crate::api::query_types::FILE_SERVER)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_file_server_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_nas_file_servers`]: every one, as references
    /// - [`Self::get_nas_file_servers_entities`]: every one, in full
    /// - [`Self::get_nas_file_servers_by_id`]: one, by its id
    /// - [`Self::get_query_file_server`]: a query, as references
    /// - [`Self::get_query_file_server_entities`]: a query, in full
    pub fn get_query_file_server_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::FILE_SERVER, query)
    }
    /// One page of entities ([`FileServer`](crate::api::types::FileServer)) of the query, with its paging info. Every page: [`Self::get_query_file_server_entities_all`].
    ///
    /// Returns a resource representation of a collection of file shares added on backup servers connected to Veeam Backup Enterprise Manager. For details, see /nas/fileServers.
    ///
    /// `GET /query?type=FileServer&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_fileserver.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `FileServer` ([`query_types::FILE_SERVER`](crate::api::query_types::FILE_SERVER)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /nas/fileServers?format=Entity` (`FileServers`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_nas_file_servers`]: every one, as references
    /// - [`Self::get_nas_file_servers_entities`]: every one, in full
    /// - [`Self::get_nas_file_servers_by_id`]: one, by its id
    /// - [`Self::get_query_file_server`]: a query, as references
    pub async fn get_query_file_server_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::FileServer> {
        self.query_entities_of(&super::query_types::FILE_SERVER, query).await
    }
    /// Every entity ([`FileServer`](crate::api::types::FileServer)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_file_server_entities`].
    ///
    /// Returns a resource representation of a collection of file shares added on backup servers connected to Veeam Backup Enterprise Manager. For details, see /nas/fileServers.
    ///
    /// `GET /query?type=FileServer&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_fileserver.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `FileServer` ([`query_types::FILE_SERVER`](crate::api::query_types::FILE_SERVER)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /nas/fileServers?format=Entity` (`FileServers`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_nas_file_servers`]: every one, as references
    /// - [`Self::get_nas_file_servers_entities`]: every one, in full
    /// - [`Self::get_nas_file_servers_by_id`]: one, by its id
    /// - [`Self::get_query_file_server`]: a query, as references
    /// - [`Self::get_query_file_server_entities`]: a query, in full
    pub fn get_query_file_server_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::FileServer> + '_ {
        self.query_all_entities_of(&super::query_types::FILE_SERVER, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_hierarchy_root_all`].
    ///
    /// Returns a resource representation of a collection of virtualization hosts added to backup servers connected to Veeam Backup Enterprise Manager. For details, see /hierarchyRoots.
    ///
    /// `GET /query?type=HierarchyRoot`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_hierarchyroot.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `HierarchyRoot` ([`query_types::HIERARCHY_ROOT`](crate::api::query_types::HIERARCHY_ROOT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_hierarchy_root_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_hierarchy_roots`]: every one, as references
    /// - [`Self::get_hierarchy_roots_entities`]: every one, in full
    /// - [`Self::get_hierarchy_roots_by_id`]: one, by its id
    /// - [`Self::get_query_hierarchy_root_entities`]: a query, in full
    pub async fn get_query_hierarchy_root(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::HIERARCHY_ROOT, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_hierarchy_root`].
    ///
    /// Returns a resource representation of a collection of virtualization hosts added to backup servers connected to Veeam Backup Enterprise Manager. For details, see /hierarchyRoots.
    ///
    /// `GET /query?type=HierarchyRoot`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_hierarchyroot.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `HierarchyRoot` ([`query_types::HIERARCHY_ROOT`](crate::api::query_types::HIERARCHY_ROOT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_hierarchy_root_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_hierarchy_roots`]: every one, as references
    /// - [`Self::get_hierarchy_roots_entities`]: every one, in full
    /// - [`Self::get_hierarchy_roots_by_id`]: one, by its id
    /// - [`Self::get_query_hierarchy_root`]: a query, as references
    /// - [`Self::get_query_hierarchy_root_entities`]: a query, in full
    pub fn get_query_hierarchy_root_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::HIERARCHY_ROOT, query)
    }
    /// One page of entities ([`HierarchyRoot`](crate::api::types::HierarchyRoot)) of the query, with its paging info. Every page: [`Self::get_query_hierarchy_root_entities_all`].
    ///
    /// Returns a resource representation of a collection of virtualization hosts added to backup servers connected to Veeam Backup Enterprise Manager. For details, see /hierarchyRoots.
    ///
    /// `GET /query?type=HierarchyRoot&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_hierarchyroot.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `HierarchyRoot` ([`query_types::HIERARCHY_ROOT`](crate::api::query_types::HIERARCHY_ROOT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /hierarchyRoots?format=Entity` (`HierarchyRoots`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_hierarchy_roots`]: every one, as references
    /// - [`Self::get_hierarchy_roots_entities`]: every one, in full
    /// - [`Self::get_hierarchy_roots_by_id`]: one, by its id
    /// - [`Self::get_query_hierarchy_root`]: a query, as references
    pub async fn get_query_hierarchy_root_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::HierarchyRoot> {
        self.query_entities_of(&super::query_types::HIERARCHY_ROOT, query).await
    }
    /// Every entity ([`HierarchyRoot`](crate::api::types::HierarchyRoot)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_hierarchy_root_entities`].
    ///
    /// Returns a resource representation of a collection of virtualization hosts added to backup servers connected to Veeam Backup Enterprise Manager. For details, see /hierarchyRoots.
    ///
    /// `GET /query?type=HierarchyRoot&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_hierarchyroot.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `HierarchyRoot` ([`query_types::HIERARCHY_ROOT`](crate::api::query_types::HIERARCHY_ROOT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /hierarchyRoots?format=Entity` (`HierarchyRoots`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_hierarchy_roots`]: every one, as references
    /// - [`Self::get_hierarchy_roots_entities`]: every one, in full
    /// - [`Self::get_hierarchy_roots_by_id`]: one, by its id
    /// - [`Self::get_query_hierarchy_root`]: a query, as references
    /// - [`Self::get_query_hierarchy_root_entities`]: a query, in full
    pub fn get_query_hierarchy_root_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::HierarchyRoot> + '_ {
        self.query_all_entities_of(&super::query_types::HIERARCHY_ROOT, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_job_all`].
    ///
    /// Returns a resource representation of a collection of jobs created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /jobs.
    ///
    /// `GET /query?type=Job`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_job.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Job` ([`query_types::JOB`](crate::api::query_types::JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_job_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_jobs`]: every one, as references
    /// - [`Self::get_jobs_entities`]: every one, in full
    /// - [`Self::get_jobs_by_id`]: one, by its id
    /// - [`Self::get_query_job_entities`]: a query, in full
    pub async fn get_query_job(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::JOB, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_job`].
    ///
    /// Returns a resource representation of a collection of jobs created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /jobs.
    ///
    /// `GET /query?type=Job`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_job.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Job` ([`query_types::JOB`](crate::api::query_types::JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_job_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_jobs`]: every one, as references
    /// - [`Self::get_jobs_entities`]: every one, in full
    /// - [`Self::get_jobs_by_id`]: one, by its id
    /// - [`Self::get_query_job`]: a query, as references
    /// - [`Self::get_query_job_entities`]: a query, in full
    pub fn get_query_job_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::JOB, query)
    }
    /// One page of entities ([`Job`](crate::api::types::Job)) of the query, with its paging info. Every page: [`Self::get_query_job_entities_all`].
    ///
    /// Returns a resource representation of a collection of jobs created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /jobs.
    ///
    /// `GET /query?type=Job&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_job.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Job` ([`query_types::JOB`](crate::api::query_types::JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /jobs?format=Entity` (`Jobs`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_jobs`]: every one, as references
    /// - [`Self::get_jobs_entities`]: every one, in full
    /// - [`Self::get_jobs_by_id`]: one, by its id
    /// - [`Self::get_query_job`]: a query, as references
    pub async fn get_query_job_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Job> {
        self.query_entities_of(&super::query_types::JOB, query).await
    }
    /// Every entity ([`Job`](crate::api::types::Job)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_job_entities`].
    ///
    /// Returns a resource representation of a collection of jobs created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /jobs.
    ///
    /// `GET /query?type=Job&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_job.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Job` ([`query_types::JOB`](crate::api::query_types::JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /jobs?format=Entity` (`Jobs`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_jobs`]: every one, as references
    /// - [`Self::get_jobs_entities`]: every one, in full
    /// - [`Self::get_jobs_by_id`]: one, by its id
    /// - [`Self::get_query_job`]: a query, as references
    /// - [`Self::get_query_job_entities`]: a query, in full
    pub fn get_query_job_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Job> + '_ {
        self.query_all_entities_of(&super::query_types::JOB, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_managed_server_all`].
    ///
    /// Returns a resource representation of a collection of servers that are managed by backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=ManagedServer`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_managedserver.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ManagedServer` ([`query_types::MANAGED_SERVER`](crate::api::query_types::MANAGED_SERVER)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_managed_server_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_managed_servers`]: every one, as references
    /// - [`Self::get_managed_servers_entities`]: every one, in full
    /// - [`Self::get_managed_servers_by_id`]: one, by its id
    /// - [`Self::get_query_managed_server_entities`]: a query, in full
    pub async fn get_query_managed_server(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::MANAGED_SERVER, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_managed_server`].
    ///
    /// Returns a resource representation of a collection of servers that are managed by backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=ManagedServer`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_managedserver.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ManagedServer` ([`query_types::MANAGED_SERVER`](crate::api::query_types::MANAGED_SERVER)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_managed_server_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_managed_servers`]: every one, as references
    /// - [`Self::get_managed_servers_entities`]: every one, in full
    /// - [`Self::get_managed_servers_by_id`]: one, by its id
    /// - [`Self::get_query_managed_server`]: a query, as references
    /// - [`Self::get_query_managed_server_entities`]: a query, in full
    pub fn get_query_managed_server_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::MANAGED_SERVER, query)
    }
    /// One page of entities ([`ManagedServer`](crate::api::types::ManagedServer)) of the query, with its paging info. Every page: [`Self::get_query_managed_server_entities_all`].
    ///
    /// Returns a resource representation of a collection of servers that are managed by backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=ManagedServer&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_managedserver.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ManagedServer` ([`query_types::MANAGED_SERVER`](crate::api::query_types::MANAGED_SERVER)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the type whose root is the query type `ManagedServer`.
    ///
    /// # See also
    ///
    /// - [`Self::get_managed_servers`]: every one, as references
    /// - [`Self::get_managed_servers_entities`]: every one, in full
    /// - [`Self::get_managed_servers_by_id`]: one, by its id
    /// - [`Self::get_query_managed_server`]: a query, as references
    pub async fn get_query_managed_server_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::ManagedServer> {
        self.query_entities_of(&super::query_types::MANAGED_SERVER, query).await
    }
    /// Every entity ([`ManagedServer`](crate::api::types::ManagedServer)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_managed_server_entities`].
    ///
    /// Returns a resource representation of a collection of servers that are managed by backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /query?type=ManagedServer&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_managedserver.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ManagedServer` ([`query_types::MANAGED_SERVER`](crate::api::query_types::MANAGED_SERVER)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the type whose root is the query type `ManagedServer`.
    ///
    /// # See also
    ///
    /// - [`Self::get_managed_servers`]: every one, as references
    /// - [`Self::get_managed_servers_entities`]: every one, in full
    /// - [`Self::get_managed_servers_by_id`]: one, by its id
    /// - [`Self::get_query_managed_server`]: a query, as references
    /// - [`Self::get_query_managed_server_entities`]: a query, in full
    pub fn get_query_managed_server_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::ManagedServer> + '_ {
        self.query_all_entities_of(&super::query_types::MANAGED_SERVER, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_nas_job_all`].
    ///
    /// Returns a resource representation of a collection of file share backup jobs created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /nas/jobs.
    ///
    /// `GET /query?type=NasJob`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasjob.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `NasJob` ([`query_types::NAS_JOB`](crate::api::query_types::NAS_JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_nas_job_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_nas_jobs`]: every one, as references
    /// - [`Self::get_nas_jobs_entities`]: every one, in full
    /// - [`Self::get_nas_jobs_by_id`]: one, by its id
    /// - [`Self::get_query_nas_job_entities`]: a query, in full
    pub async fn get_query_nas_job(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::NAS_JOB, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_nas_job`].
    ///
    /// Returns a resource representation of a collection of file share backup jobs created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /nas/jobs.
    ///
    /// `GET /query?type=NasJob`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasjob.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `NasJob` ([`query_types::NAS_JOB`](crate::api::query_types::NAS_JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_nas_job_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_nas_jobs`]: every one, as references
    /// - [`Self::get_nas_jobs_entities`]: every one, in full
    /// - [`Self::get_nas_jobs_by_id`]: one, by its id
    /// - [`Self::get_query_nas_job`]: a query, as references
    /// - [`Self::get_query_nas_job_entities`]: a query, in full
    pub fn get_query_nas_job_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::NAS_JOB, query)
    }
    /// One page of entities ([`NasJob`](crate::api::types::NasJob)) of the query, with its paging info. Every page: [`Self::get_query_nas_job_entities_all`].
    ///
    /// Returns a resource representation of a collection of file share backup jobs created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /nas/jobs.
    ///
    /// `GET /query?type=NasJob&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasjob.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `NasJob` ([`query_types::NAS_JOB`](crate::api::query_types::NAS_JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /nas/jobs?format=Entity` (`NASJobs`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_nas_jobs`]: every one, as references
    /// - [`Self::get_nas_jobs_entities`]: every one, in full
    /// - [`Self::get_nas_jobs_by_id`]: one, by its id
    /// - [`Self::get_query_nas_job`]: a query, as references
    pub async fn get_query_nas_job_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::NasJob> {
        self.query_entities_of(&super::query_types::NAS_JOB, query).await
    }
    /// Every entity ([`NasJob`](crate::api::types::NasJob)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_nas_job_entities`].
    ///
    /// Returns a resource representation of a collection of file share backup jobs created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /nas/jobs.
    ///
    /// `GET /query?type=NasJob&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasjob.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `NasJob` ([`query_types::NAS_JOB`](crate::api::query_types::NAS_JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /nas/jobs?format=Entity` (`NASJobs`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_nas_jobs`]: every one, as references
    /// - [`Self::get_nas_jobs_entities`]: every one, in full
    /// - [`Self::get_nas_jobs_by_id`]: one, by its id
    /// - [`Self::get_query_nas_job`]: a query, as references
    /// - [`Self::get_query_nas_job_entities`]: a query, in full
    pub fn get_query_nas_job_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::NasJob> + '_ {
        self.query_all_entities_of(&super::query_types::NAS_JOB, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_nas_object_all`].
    ///
    /// Returns a list of files and folders processed by file share backup jobs. For details, see /nas/jobs/{ID}/includes.
    ///
    /// `GET /query?type=NasObject`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasobject.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `NasObject` ([`query_types::NAS_OBJECT`](crate::api::query_types::NAS_OBJECT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_nas_object_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_nas_jobs_by_id_includes_by_id`]: one, by its id
    /// - [`Self::get_query_nas_object_entities`]: a query, in full
    pub async fn get_query_nas_object(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::NAS_OBJECT, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_nas_object`].
    ///
    /// Returns a list of files and folders processed by file share backup jobs. For details, see /nas/jobs/{ID}/includes.
    ///
    /// `GET /query?type=NasObject`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasobject.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `NasObject` ([`query_types::NAS_OBJECT`](crate::api::query_types::NAS_OBJECT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_nas_object_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_nas_jobs_by_id_includes_by_id`]: one, by its id
    /// - [`Self::get_query_nas_object`]: a query, as references
    /// - [`Self::get_query_nas_object_entities`]: a query, in full
    pub fn get_query_nas_object_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::NAS_OBJECT, query)
    }
    /// One page of entities ([`NasObject`](crate::api::types::NasObject)) of the query, with its paging info. Every page: [`Self::get_query_nas_object_entities_all`].
    ///
    /// Returns a list of files and folders processed by file share backup jobs. For details, see /nas/jobs/{ID}/includes.
    ///
    /// `GET /query?type=NasObject&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasobject.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `NasObject` ([`query_types::NAS_OBJECT`](crate::api::query_types::NAS_OBJECT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /nas/jobs/{ID}/includes?format=Entity` (`NASObjects`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_nas_jobs_by_id_includes_by_id`]: one, by its id
    /// - [`Self::get_query_nas_object`]: a query, as references
    pub async fn get_query_nas_object_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::NasObject> {
        self.query_entities_of(&super::query_types::NAS_OBJECT, query).await
    }
    /// Every entity ([`NasObject`](crate::api::types::NasObject)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_nas_object_entities`].
    ///
    /// Returns a list of files and folders processed by file share backup jobs. For details, see /nas/jobs/{ID}/includes.
    ///
    /// `GET /query?type=NasObject&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_nasobject.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `NasObject` ([`query_types::NAS_OBJECT`](crate::api::query_types::NAS_OBJECT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /nas/jobs/{ID}/includes?format=Entity` (`NASObjects`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_nas_jobs_by_id_includes_by_id`]: one, by its id
    /// - [`Self::get_query_nas_object`]: a query, as references
    /// - [`Self::get_query_nas_object_entities`]: a query, in full
    pub fn get_query_nas_object_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::NasObject> + '_ {
        self.query_all_entities_of(&super::query_types::NAS_OBJECT, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_object_in_agent_backup_job_all`].
    ///
    /// Returns a list of protected computers and protection groups processed by Veeam Agent backup jobs. For details, see /agents/jobs/{ID}/includes.
    ///
    /// `GET /query?type=ObjectInAgentBackupJob`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinagentbackuplob.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ObjectInAgentBackupJob` ([`query_types::OBJECT_IN_AGENT_BACKUP_JOB`](crate::api::query_types::OBJECT_IN_AGENT_BACKUP_JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_object_in_agent_backup_job_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_object_in_agent_backup_job_entities`]: a query, in full
    pub async fn get_query_object_in_agent_backup_job(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::OBJECT_IN_AGENT_BACKUP_JOB, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_object_in_agent_backup_job`].
    ///
    /// Returns a list of protected computers and protection groups processed by Veeam Agent backup jobs. For details, see /agents/jobs/{ID}/includes.
    ///
    /// `GET /query?type=ObjectInAgentBackupJob`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinagentbackuplob.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ObjectInAgentBackupJob` ([`query_types::OBJECT_IN_AGENT_BACKUP_JOB`](crate::api::query_types::OBJECT_IN_AGENT_BACKUP_JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_object_in_agent_backup_job_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_object_in_agent_backup_job`]: a query, as references
    /// - [`Self::get_query_object_in_agent_backup_job_entities`]: a query, in full
    pub fn get_query_object_in_agent_backup_job_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::OBJECT_IN_AGENT_BACKUP_JOB, query)
    }
    /// One page of entities ([`ObjectInAgentBackupJob`](crate::api::types::ObjectInAgentBackupJob)) of the query, with its paging info. Every page: [`Self::get_query_object_in_agent_backup_job_entities_all`].
    ///
    /// Returns a list of protected computers and protection groups processed by Veeam Agent backup jobs. For details, see /agents/jobs/{ID}/includes.
    ///
    /// `GET /query?type=ObjectInAgentBackupJob&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinagentbackuplob.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ObjectInAgentBackupJob` ([`query_types::OBJECT_IN_AGENT_BACKUP_JOB`](crate::api::query_types::OBJECT_IN_AGENT_BACKUP_JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the type whose root is the query type `ObjectInAgentBackupJob`.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_object_in_agent_backup_job`]: a query, as references
    pub async fn get_query_object_in_agent_backup_job_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::ObjectInAgentBackupJob> {
        self.query_entities_of(&super::query_types::OBJECT_IN_AGENT_BACKUP_JOB, query)
            .await
    }
    /// Every entity ([`ObjectInAgentBackupJob`](crate::api::types::ObjectInAgentBackupJob)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_object_in_agent_backup_job_entities`].
    ///
    /// Returns a list of protected computers and protection groups processed by Veeam Agent backup jobs. For details, see /agents/jobs/{ID}/includes.
    ///
    /// `GET /query?type=ObjectInAgentBackupJob&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinagentbackuplob.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ObjectInAgentBackupJob` ([`query_types::OBJECT_IN_AGENT_BACKUP_JOB`](crate::api::query_types::OBJECT_IN_AGENT_BACKUP_JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the type whose root is the query type `ObjectInAgentBackupJob`.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_object_in_agent_backup_job`]: a query, as references
    /// - [`Self::get_query_object_in_agent_backup_job_entities`]: a query, in full
    pub fn get_query_object_in_agent_backup_job_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::ObjectInAgentBackupJob> + '_ {
        self.query_all_entities_of(
            &super::query_types::OBJECT_IN_AGENT_BACKUP_JOB,
            query,
        )
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_object_in_job_all`].
    ///
    /// Returns a list of VMs and VM containers processed by jobs. For details, see /jobs/{ID}/includes.
    ///
    /// `GET /query?type=ObjectInJob`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinjob.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ObjectInJob` ([`query_types::OBJECT_IN_JOB`](crate::api::query_types::OBJECT_IN_JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_object_in_job_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_object_in_job_entities`]: a query, in full
    pub async fn get_query_object_in_job(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::OBJECT_IN_JOB, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_object_in_job`].
    ///
    /// Returns a list of VMs and VM containers processed by jobs. For details, see /jobs/{ID}/includes.
    ///
    /// `GET /query?type=ObjectInJob`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinjob.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ObjectInJob` ([`query_types::OBJECT_IN_JOB`](crate::api::query_types::OBJECT_IN_JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_object_in_job_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_object_in_job`]: a query, as references
    /// - [`Self::get_query_object_in_job_entities`]: a query, in full
    pub fn get_query_object_in_job_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::OBJECT_IN_JOB, query)
    }
    /// One page of entities ([`ObjectInJob`](crate::api::types::ObjectInJob)) of the query, with its paging info. Every page: [`Self::get_query_object_in_job_entities_all`].
    ///
    /// Returns a list of VMs and VM containers processed by jobs. For details, see /jobs/{ID}/includes.
    ///
    /// `GET /query?type=ObjectInJob&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinjob.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ObjectInJob` ([`query_types::OBJECT_IN_JOB`](crate::api::query_types::OBJECT_IN_JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /jobs/{ID}/includes?format=Entity` (`ObjectsInJob`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_object_in_job`]: a query, as references
    pub async fn get_query_object_in_job_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::ObjectInJob> {
        self.query_entities_of(&super::query_types::OBJECT_IN_JOB, query).await
    }
    /// Every entity ([`ObjectInJob`](crate::api::types::ObjectInJob)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_object_in_job_entities`].
    ///
    /// Returns a list of VMs and VM containers processed by jobs. For details, see /jobs/{ID}/includes.
    ///
    /// `GET /query?type=ObjectInJob&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinjob.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ObjectInJob` ([`query_types::OBJECT_IN_JOB`](crate::api::query_types::OBJECT_IN_JOB)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /jobs/{ID}/includes?format=Entity` (`ObjectsInJob`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_object_in_job`]: a query, as references
    /// - [`Self::get_query_object_in_job_entities`]: a query, in full
    pub fn get_query_object_in_job_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::ObjectInJob> + '_ {
        self.query_all_entities_of(&super::query_types::OBJECT_IN_JOB, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_passwords_all`].
    ///
    /// Returns a resource representation of a collection of passwords created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers/{ID}/passwords.
    ///
    /// `GET /query?type=Passwords`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_passwords.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Passwords` ([`query_types::PASSWORDS`](crate::api::query_types::PASSWORDS)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_passwords_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_servers_by_id_passwords_by_id`]: one, by its id
    /// - [`Self::get_query_passwords_entities`]: a query, in full
    pub async fn get_query_passwords(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::PASSWORDS, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_passwords`].
    ///
    /// Returns a resource representation of a collection of passwords created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers/{ID}/passwords.
    ///
    /// `GET /query?type=Passwords`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_passwords.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Passwords` ([`query_types::PASSWORDS`](crate::api::query_types::PASSWORDS)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_passwords_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_servers_by_id_passwords_by_id`]: one, by its id
    /// - [`Self::get_query_passwords`]: a query, as references
    /// - [`Self::get_query_passwords_entities`]: a query, in full
    pub fn get_query_passwords_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::PASSWORDS, query)
    }
    /// One page of entities ([`PasswordKeyInfo`](crate::api::types::PasswordKeyInfo)) of the query, with its paging info. Every page: [`Self::get_query_passwords_entities_all`].
    ///
    /// Returns a resource representation of a collection of passwords created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers/{ID}/passwords.
    ///
    /// `GET /query?type=Passwords&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_passwords.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Passwords` ([`query_types::PASSWORDS`](crate::api::query_types::PASSWORDS)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /backupServers/{ID}/passwords?format=Entity` (`PasswordKeyInfoList`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_servers_by_id_passwords_by_id`]: one, by its id
    /// - [`Self::get_query_passwords`]: a query, as references
    pub async fn get_query_passwords_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::PasswordKeyInfo> {
        self.query_entities_of(&super::query_types::PASSWORDS, query).await
    }
    /// Every entity ([`PasswordKeyInfo`](crate::api::types::PasswordKeyInfo)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_passwords_entities`].
    ///
    /// Returns a resource representation of a collection of passwords created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /backupServers/{ID}/passwords.
    ///
    /// `GET /query?type=Passwords&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_passwords.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Passwords` ([`query_types::PASSWORDS`](crate::api::query_types::PASSWORDS)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /backupServers/{ID}/passwords?format=Entity` (`PasswordKeyInfoList`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_backup_servers_by_id_passwords_by_id`]: one, by its id
    /// - [`Self::get_query_passwords`]: a query, as references
    /// - [`Self::get_query_passwords_entities`]: a query, in full
    pub fn get_query_passwords_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::PasswordKeyInfo> + '_ {
        self.query_all_entities_of(&super::query_types::PASSWORDS, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_replica_all`].
    ///
    /// Returns a resource representation of a collection of replicas created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicas.
    ///
    /// `GET /query?type=Replica`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replica.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Replica` ([`query_types::REPLICA`](crate::api::query_types::REPLICA)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_replica_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_replica_entities`]: a query, in full
    /// - [`Self::get_replicas`]: every one, as references
    /// - [`Self::get_replicas_entities`]: every one, in full
    /// - [`Self::get_replicas_by_id`]: one, by its id
    pub async fn get_query_replica(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::REPLICA, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_replica`].
    ///
    /// Returns a resource representation of a collection of replicas created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicas.
    ///
    /// `GET /query?type=Replica`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replica.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Replica` ([`query_types::REPLICA`](crate::api::query_types::REPLICA)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_replica_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_replica`]: a query, as references
    /// - [`Self::get_query_replica_entities`]: a query, in full
    /// - [`Self::get_replicas`]: every one, as references
    /// - [`Self::get_replicas_entities`]: every one, in full
    /// - [`Self::get_replicas_by_id`]: one, by its id
    pub fn get_query_replica_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::REPLICA, query)
    }
    /// One page of entities ([`Replica`](crate::api::types::Replica)) of the query, with its paging info. Every page: [`Self::get_query_replica_entities_all`].
    ///
    /// Returns a resource representation of a collection of replicas created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicas.
    ///
    /// `GET /query?type=Replica&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replica.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Replica` ([`query_types::REPLICA`](crate::api::query_types::REPLICA)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /replicas?format=Entity` (`Replicas`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_replica`]: a query, as references
    /// - [`Self::get_replicas`]: every one, as references
    /// - [`Self::get_replicas_entities`]: every one, in full
    /// - [`Self::get_replicas_by_id`]: one, by its id
    pub async fn get_query_replica_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Replica> {
        self.query_entities_of(&super::query_types::REPLICA, query).await
    }
    /// Every entity ([`Replica`](crate::api::types::Replica)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_replica_entities`].
    ///
    /// Returns a resource representation of a collection of replicas created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicas.
    ///
    /// `GET /query?type=Replica&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replica.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Replica` ([`query_types::REPLICA`](crate::api::query_types::REPLICA)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /replicas?format=Entity` (`Replicas`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_replica`]: a query, as references
    /// - [`Self::get_query_replica_entities`]: a query, in full
    /// - [`Self::get_replicas`]: every one, as references
    /// - [`Self::get_replicas_entities`]: every one, in full
    /// - [`Self::get_replicas_by_id`]: one, by its id
    pub fn get_query_replica_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Replica> + '_ {
        self.query_all_entities_of(&super::query_types::REPLICA, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_replica_job_session_all`].
    ///
    /// Returns a resource representation of a collection of replication job sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicaSessions.
    ///
    /// `GET /query?type=ReplicaJobSession`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicajobsession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ReplicaJobSession` ([`query_types::REPLICA_JOB_SESSION`](crate::api::query_types::REPLICA_JOB_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_replica_job_session_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_replica_job_session_entities`]: a query, in full
    /// - [`Self::get_replica_sessions`]: every one, as references
    /// - [`Self::get_replica_sessions_entities`]: every one, in full
    /// - [`Self::get_replica_sessions_by_id`]: one, by its id
    pub async fn get_query_replica_job_session(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::REPLICA_JOB_SESSION, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_replica_job_session`].
    ///
    /// Returns a resource representation of a collection of replication job sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicaSessions.
    ///
    /// `GET /query?type=ReplicaJobSession`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicajobsession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ReplicaJobSession` ([`query_types::REPLICA_JOB_SESSION`](crate::api::query_types::REPLICA_JOB_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_replica_job_session_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_replica_job_session`]: a query, as references
    /// - [`Self::get_query_replica_job_session_entities`]: a query, in full
    /// - [`Self::get_replica_sessions`]: every one, as references
    /// - [`Self::get_replica_sessions_entities`]: every one, in full
    /// - [`Self::get_replica_sessions_by_id`]: one, by its id
    pub fn get_query_replica_job_session_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::REPLICA_JOB_SESSION, query)
    }
    /// One page of entities ([`ReplicaJobSession`](crate::api::types::ReplicaJobSession)) of the query, with its paging info. Every page: [`Self::get_query_replica_job_session_entities_all`].
    ///
    /// Returns a resource representation of a collection of replication job sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicaSessions.
    ///
    /// `GET /query?type=ReplicaJobSession&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicajobsession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ReplicaJobSession` ([`query_types::REPLICA_JOB_SESSION`](crate::api::query_types::REPLICA_JOB_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /replicaSessions?format=Entity` (`ReplicaJobSessions`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_replica_job_session`]: a query, as references
    /// - [`Self::get_replica_sessions`]: every one, as references
    /// - [`Self::get_replica_sessions_entities`]: every one, in full
    /// - [`Self::get_replica_sessions_by_id`]: one, by its id
    pub async fn get_query_replica_job_session_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::ReplicaJobSession> {
        self.query_entities_of(&super::query_types::REPLICA_JOB_SESSION, query).await
    }
    /// Every entity ([`ReplicaJobSession`](crate::api::types::ReplicaJobSession)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_replica_job_session_entities`].
    ///
    /// Returns a resource representation of a collection of replication job sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicaSessions.
    ///
    /// `GET /query?type=ReplicaJobSession&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicajobsession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ReplicaJobSession` ([`query_types::REPLICA_JOB_SESSION`](crate::api::query_types::REPLICA_JOB_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /replicaSessions?format=Entity` (`ReplicaJobSessions`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_replica_job_session`]: a query, as references
    /// - [`Self::get_query_replica_job_session_entities`]: a query, in full
    /// - [`Self::get_replica_sessions`]: every one, as references
    /// - [`Self::get_replica_sessions_entities`]: every one, in full
    /// - [`Self::get_replica_sessions_by_id`]: one, by its id
    pub fn get_query_replica_job_session_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::ReplicaJobSession> + '_ {
        self.query_all_entities_of(&super::query_types::REPLICA_JOB_SESSION, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_replica_task_session_all`].
    ///
    /// Returns a resource representation of a collection of replication task sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicaTaskSessions.
    ///
    /// `GET /query?type=ReplicaTaskSession`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicatasksession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ReplicaTaskSession` ([`query_types::REPLICA_TASK_SESSION`](crate::api::query_types::REPLICA_TASK_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_replica_task_session_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_replica_task_session_entities`]: a query, in full
    /// - [`Self::get_replica_task_sessions`]: every one, as references
    /// - [`Self::get_replica_task_sessions_entities`]: every one, in full
    /// - [`Self::get_replica_task_sessions_by_id`]: one, by its id
    pub async fn get_query_replica_task_session(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::REPLICA_TASK_SESSION, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_replica_task_session`].
    ///
    /// Returns a resource representation of a collection of replication task sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicaTaskSessions.
    ///
    /// `GET /query?type=ReplicaTaskSession`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicatasksession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ReplicaTaskSession` ([`query_types::REPLICA_TASK_SESSION`](crate::api::query_types::REPLICA_TASK_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_replica_task_session_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_replica_task_session`]: a query, as references
    /// - [`Self::get_query_replica_task_session_entities`]: a query, in full
    /// - [`Self::get_replica_task_sessions`]: every one, as references
    /// - [`Self::get_replica_task_sessions_entities`]: every one, in full
    /// - [`Self::get_replica_task_sessions_by_id`]: one, by its id
    pub fn get_query_replica_task_session_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::REPLICA_TASK_SESSION, query)
    }
    /// One page of entities ([`ReplicaTaskSession`](crate::api::types::ReplicaTaskSession)) of the query, with its paging info. Every page: [`Self::get_query_replica_task_session_entities_all`].
    ///
    /// Returns a resource representation of a collection of replication task sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicaTaskSessions.
    ///
    /// `GET /query?type=ReplicaTaskSession&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicatasksession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ReplicaTaskSession` ([`query_types::REPLICA_TASK_SESSION`](crate::api::query_types::REPLICA_TASK_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /replicaTaskSessions?format=Entity` (`ReplicaTaskSessions`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_replica_task_session`]: a query, as references
    /// - [`Self::get_replica_task_sessions`]: every one, as references
    /// - [`Self::get_replica_task_sessions_entities`]: every one, in full
    /// - [`Self::get_replica_task_sessions_by_id`]: one, by its id
    pub async fn get_query_replica_task_session_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::ReplicaTaskSession> {
        self.query_entities_of(&super::query_types::REPLICA_TASK_SESSION, query).await
    }
    /// Every entity ([`ReplicaTaskSession`](crate::api::types::ReplicaTaskSession)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_replica_task_session_entities`].
    ///
    /// Returns a resource representation of a collection of replication task sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /replicaTaskSessions.
    ///
    /// `GET /query?type=ReplicaTaskSession&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_replicatasksession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `ReplicaTaskSession` ([`query_types::REPLICA_TASK_SESSION`](crate::api::query_types::REPLICA_TASK_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /replicaTaskSessions?format=Entity` (`ReplicaTaskSessions`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_replica_task_session`]: a query, as references
    /// - [`Self::get_query_replica_task_session_entities`]: a query, in full
    /// - [`Self::get_replica_task_sessions`]: every one, as references
    /// - [`Self::get_replica_task_sessions_entities`]: every one, in full
    /// - [`Self::get_replica_task_sessions_by_id`]: one, by its id
    pub fn get_query_replica_task_session_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::ReplicaTaskSession> + '_ {
        self.query_all_entities_of(&super::query_types::REPLICA_TASK_SESSION, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_repository_all`].
    ///
    /// Returns a resource representation of the collection of backup repositories created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /repositories.
    ///
    /// `GET /query?type=Repository`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_repository.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Repository` ([`query_types::REPOSITORY`](crate::api::query_types::REPOSITORY)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_repository_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_repository_entities`]: a query, in full
    /// - [`Self::get_repositories`]: every one, as references
    /// - [`Self::get_repositories_entities`]: every one, in full
    /// - [`Self::get_repositories_by_id`]: one, by its id
    pub async fn get_query_repository(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::REPOSITORY, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_repository`].
    ///
    /// Returns a resource representation of the collection of backup repositories created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /repositories.
    ///
    /// `GET /query?type=Repository`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_repository.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Repository` ([`query_types::REPOSITORY`](crate::api::query_types::REPOSITORY)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_repository_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_repository`]: a query, as references
    /// - [`Self::get_query_repository_entities`]: a query, in full
    /// - [`Self::get_repositories`]: every one, as references
    /// - [`Self::get_repositories_entities`]: every one, in full
    /// - [`Self::get_repositories_by_id`]: one, by its id
    pub fn get_query_repository_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::REPOSITORY, query)
    }
    /// One page of entities ([`Repository`](crate::api::types::Repository)) of the query, with its paging info. Every page: [`Self::get_query_repository_entities_all`].
    ///
    /// Returns a resource representation of the collection of backup repositories created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /repositories.
    ///
    /// `GET /query?type=Repository&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_repository.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Repository` ([`query_types::REPOSITORY`](crate::api::query_types::REPOSITORY)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /repositories?format=Entity` (`Repositories`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_repository`]: a query, as references
    /// - [`Self::get_repositories`]: every one, as references
    /// - [`Self::get_repositories_entities`]: every one, in full
    /// - [`Self::get_repositories_by_id`]: one, by its id
    pub async fn get_query_repository_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Repository> {
        self.query_entities_of(&super::query_types::REPOSITORY, query).await
    }
    /// Every entity ([`Repository`](crate::api::types::Repository)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_repository_entities`].
    ///
    /// Returns a resource representation of the collection of backup repositories created on backup servers connected to Veeam Backup Enterprise Manager. For details, see /repositories.
    ///
    /// `GET /query?type=Repository&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_repository.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Repository` ([`query_types::REPOSITORY`](crate::api::query_types::REPOSITORY)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /repositories?format=Entity` (`Repositories`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_repository`]: a query, as references
    /// - [`Self::get_query_repository_entities`]: a query, in full
    /// - [`Self::get_repositories`]: every one, as references
    /// - [`Self::get_repositories_entities`]: every one, in full
    /// - [`Self::get_repositories_by_id`]: one, by its id
    pub fn get_query_repository_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Repository> + '_ {
        self.query_all_entities_of(&super::query_types::REPOSITORY, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_restore_point_all`].
    ///
    /// Returns a resource representation of a restore points collection for backups and replicas created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /restorePoints.
    ///
    /// `GET /query?type=RestorePoint`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restorepoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `RestorePoint` ([`query_types::RESTORE_POINT`](crate::api::query_types::RESTORE_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_restore_point_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_restore_point_entities`]: a query, in full
    /// - [`Self::get_restore_points`]: every one, as references
    /// - [`Self::get_restore_points_entities`]: every one, in full
    /// - [`Self::get_restore_points_by_id`]: one, by its id
    pub async fn get_query_restore_point(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::RESTORE_POINT, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_restore_point`].
    ///
    /// Returns a resource representation of a restore points collection for backups and replicas created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /restorePoints.
    ///
    /// `GET /query?type=RestorePoint`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restorepoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `RestorePoint` ([`query_types::RESTORE_POINT`](crate::api::query_types::RESTORE_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_restore_point_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_restore_point`]: a query, as references
    /// - [`Self::get_query_restore_point_entities`]: a query, in full
    /// - [`Self::get_restore_points`]: every one, as references
    /// - [`Self::get_restore_points_entities`]: every one, in full
    /// - [`Self::get_restore_points_by_id`]: one, by its id
    pub fn get_query_restore_point_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::RESTORE_POINT, query)
    }
    /// One page of entities ([`RestorePoint`](crate::api::types::RestorePoint)) of the query, with its paging info. Every page: [`Self::get_query_restore_point_entities_all`].
    ///
    /// Returns a resource representation of a restore points collection for backups and replicas created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /restorePoints.
    ///
    /// `GET /query?type=RestorePoint&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restorepoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `RestorePoint` ([`query_types::RESTORE_POINT`](crate::api::query_types::RESTORE_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /restorePoints?format=Entity` (`RestorePoints`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_restore_point`]: a query, as references
    /// - [`Self::get_restore_points`]: every one, as references
    /// - [`Self::get_restore_points_entities`]: every one, in full
    /// - [`Self::get_restore_points_by_id`]: one, by its id
    pub async fn get_query_restore_point_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::RestorePoint> {
        self.query_entities_of(&super::query_types::RESTORE_POINT, query).await
    }
    /// Every entity ([`RestorePoint`](crate::api::types::RestorePoint)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_restore_point_entities`].
    ///
    /// Returns a resource representation of a restore points collection for backups and replicas created on or imported to backup servers connected to Veeam Backup Enterprise Manager. For details, see /restorePoints.
    ///
    /// `GET /query?type=RestorePoint&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restorepoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `RestorePoint` ([`query_types::RESTORE_POINT`](crate::api::query_types::RESTORE_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /restorePoints?format=Entity` (`RestorePoints`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_restore_point`]: a query, as references
    /// - [`Self::get_query_restore_point_entities`]: a query, in full
    /// - [`Self::get_restore_points`]: every one, as references
    /// - [`Self::get_restore_points_entities`]: every one, in full
    /// - [`Self::get_restore_points_by_id`]: one, by its id
    pub fn get_query_restore_point_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::RestorePoint> + '_ {
        self.query_all_entities_of(&super::query_types::RESTORE_POINT, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_restore_session_all`].
    ///
    /// Returns a collection of restore sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /restoreSessions.
    ///
    /// `GET /query?type=RestoreSession`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restoresession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `RestoreSession` ([`query_types::RESTORE_SESSION`](crate::api::query_types::RESTORE_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_restore_session_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_restore_session_entities`]: a query, in full
    /// - [`Self::get_restore_sessions`]: every one, as references
    /// - [`Self::get_restore_sessions_entities`]: every one, in full
    /// - [`Self::get_restore_sessions_by_id`]: one, by its id
    pub async fn get_query_restore_session(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::RESTORE_SESSION, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_restore_session`].
    ///
    /// Returns a collection of restore sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /restoreSessions.
    ///
    /// `GET /query?type=RestoreSession`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restoresession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `RestoreSession` ([`query_types::RESTORE_SESSION`](crate::api::query_types::RESTORE_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_restore_session_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_restore_session`]: a query, as references
    /// - [`Self::get_query_restore_session_entities`]: a query, in full
    /// - [`Self::get_restore_sessions`]: every one, as references
    /// - [`Self::get_restore_sessions_entities`]: every one, in full
    /// - [`Self::get_restore_sessions_by_id`]: one, by its id
    pub fn get_query_restore_session_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::RESTORE_SESSION, query)
    }
    /// One page of entities ([`RestoreSession`](crate::api::types::RestoreSession)) of the query, with its paging info. Every page: [`Self::get_query_restore_session_entities_all`].
    ///
    /// Returns a collection of restore sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /restoreSessions.
    ///
    /// `GET /query?type=RestoreSession&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restoresession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `RestoreSession` ([`query_types::RESTORE_SESSION`](crate::api::query_types::RESTORE_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /restoreSessions?format=Entity` (`RestoreSessions`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_restore_session`]: a query, as references
    /// - [`Self::get_restore_sessions`]: every one, as references
    /// - [`Self::get_restore_sessions_entities`]: every one, in full
    /// - [`Self::get_restore_sessions_by_id`]: one, by its id
    pub async fn get_query_restore_session_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::RestoreSession> {
        self.query_entities_of(&super::query_types::RESTORE_SESSION, query).await
    }
    /// Every entity ([`RestoreSession`](crate::api::types::RestoreSession)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_restore_session_entities`].
    ///
    /// Returns a collection of restore sessions performed on backup servers connected to Veeam Backup Enterprise Manager. For details, see /restoreSessions.
    ///
    /// `GET /query?type=RestoreSession&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_restoresession.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `RestoreSession` ([`query_types::RESTORE_SESSION`](crate::api::query_types::RESTORE_SESSION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /restoreSessions?format=Entity` (`RestoreSessions`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_restore_session`]: a query, as references
    /// - [`Self::get_query_restore_session_entities`]: a query, in full
    /// - [`Self::get_restore_sessions`]: every one, as references
    /// - [`Self::get_restore_sessions_entities`]: every one, in full
    /// - [`Self::get_restore_sessions_by_id`]: one, by its id
    pub fn get_query_restore_session_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::RestoreSession> + '_ {
        self.query_all_entities_of(&super::query_types::RESTORE_SESSION, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_task_all`].
    ///
    /// Returns a resource representation of a collection of tasks created by Veeam Backup Enterprise Manager within the currently existing logon session. For details, see /tasks.
    ///
    /// `GET /query?type=Task`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_task.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Task` ([`query_types::TASK`](crate::api::query_types::TASK)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_task_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_task_entities`]: a query, in full
    pub async fn get_query_task(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::TASK, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_task`].
    ///
    /// Returns a resource representation of a collection of tasks created by Veeam Backup Enterprise Manager within the currently existing logon session. For details, see /tasks.
    ///
    /// `GET /query?type=Task`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_task.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Task` ([`query_types::TASK`](crate::api::query_types::TASK)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_task_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_task`]: a query, as references
    /// - [`Self::get_query_task_entities`]: a query, in full
    pub fn get_query_task_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::TASK, query)
    }
    /// One page of entities ([`Task`](crate::api::types::Task)) of the query, with its paging info. Every page: [`Self::get_query_task_entities_all`].
    ///
    /// Returns a resource representation of a collection of tasks created by Veeam Backup Enterprise Manager within the currently existing logon session. For details, see /tasks.
    ///
    /// `GET /query?type=Task&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_task.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Task` ([`query_types::TASK`](crate::api::query_types::TASK)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the type whose root is the query type `Task`.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_task`]: a query, as references
    pub async fn get_query_task_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Task> {
        self.query_entities_of(&super::query_types::TASK, query).await
    }
    /// Every entity ([`Task`](crate::api::types::Task)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_task_entities`].
    ///
    /// Returns a resource representation of a collection of tasks created by Veeam Backup Enterprise Manager within the currently existing logon session. For details, see /tasks.
    ///
    /// `GET /query?type=Task&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_task.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `Task` ([`query_types::TASK`](crate::api::query_types::TASK)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the type whose root is the query type `Task`.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_task`]: a query, as references
    /// - [`Self::get_query_task_entities`]: a query, in full
    pub fn get_query_task_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Task> + '_ {
        self.query_all_entities_of(&super::query_types::TASK, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_v_cloud_organization_config_all`].
    ///
    /// Returns a resource representation of a collection of VMware Cloud Director organization configurations. For details, see /vCloud/orgConfigs.
    ///
    /// `GET /query?type=VCloudOrganizationConfig`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vcloudorganizationconfig.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VCloudOrganizationConfig` ([`query_types::V_CLOUD_ORGANIZATION_CONFIG`](crate::api::query_types::V_CLOUD_ORGANIZATION_CONFIG)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_v_cloud_organization_config_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_v_cloud_organization_config_entities`]: a query, in full
    /// - [`Self::get_v_cloud_org_configs`]: every one, as references
    /// - [`Self::get_v_cloud_org_configs_entities`]: every one, in full
    /// - [`Self::get_v_cloud_org_configs_by_id`]: one, by its id
    pub async fn get_query_v_cloud_organization_config(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::V_CLOUD_ORGANIZATION_CONFIG, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_v_cloud_organization_config`].
    ///
    /// Returns a resource representation of a collection of VMware Cloud Director organization configurations. For details, see /vCloud/orgConfigs.
    ///
    /// `GET /query?type=VCloudOrganizationConfig`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vcloudorganizationconfig.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VCloudOrganizationConfig` ([`query_types::V_CLOUD_ORGANIZATION_CONFIG`](crate::api::query_types::V_CLOUD_ORGANIZATION_CONFIG)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_v_cloud_organization_config_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_v_cloud_organization_config`]: a query, as references
    /// - [`Self::get_query_v_cloud_organization_config_entities`]: a query, in full
    /// - [`Self::get_v_cloud_org_configs`]: every one, as references
    /// - [`Self::get_v_cloud_org_configs_entities`]: every one, in full
    /// - [`Self::get_v_cloud_org_configs_by_id`]: one, by its id
    pub fn get_query_v_cloud_organization_config_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::V_CLOUD_ORGANIZATION_CONFIG, query)
    }
    /// One page of entities ([`VCloudOrganizationConfig`](crate::api::types::VCloudOrganizationConfig)) of the query, with its paging info. Every page: [`Self::get_query_v_cloud_organization_config_entities_all`].
    ///
    /// Returns a resource representation of a collection of VMware Cloud Director organization configurations. For details, see /vCloud/orgConfigs.
    ///
    /// `GET /query?type=VCloudOrganizationConfig&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vcloudorganizationconfig.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VCloudOrganizationConfig` ([`query_types::V_CLOUD_ORGANIZATION_CONFIG`](crate::api::query_types::V_CLOUD_ORGANIZATION_CONFIG)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /vCloud/orgConfigs?format=Entity` (`VCloudOrganizationConfigs`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_v_cloud_organization_config`]: a query, as references
    /// - [`Self::get_v_cloud_org_configs`]: every one, as references
    /// - [`Self::get_v_cloud_org_configs_entities`]: every one, in full
    /// - [`Self::get_v_cloud_org_configs_by_id`]: one, by its id
    pub async fn get_query_v_cloud_organization_config_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::VCloudOrganizationConfig> {
        self.query_entities_of(&super::query_types::V_CLOUD_ORGANIZATION_CONFIG, query)
            .await
    }
    /// Every entity ([`VCloudOrganizationConfig`](crate::api::types::VCloudOrganizationConfig)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_v_cloud_organization_config_entities`].
    ///
    /// Returns a resource representation of a collection of VMware Cloud Director organization configurations. For details, see /vCloud/orgConfigs.
    ///
    /// `GET /query?type=VCloudOrganizationConfig&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vcloudorganizationconfig.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VCloudOrganizationConfig` ([`query_types::V_CLOUD_ORGANIZATION_CONFIG`](crate::api::query_types::V_CLOUD_ORGANIZATION_CONFIG)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /vCloud/orgConfigs?format=Entity` (`VCloudOrganizationConfigs`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_v_cloud_organization_config`]: a query, as references
    /// - [`Self::get_query_v_cloud_organization_config_entities`]: a query, in full
    /// - [`Self::get_v_cloud_org_configs`]: every one, as references
    /// - [`Self::get_v_cloud_org_configs_entities`]: every one, in full
    /// - [`Self::get_v_cloud_org_configs_by_id`]: one, by its id
    pub fn get_query_v_cloud_organization_config_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::VCloudOrganizationConfig> + '_ {
        self.query_all_entities_of(
            &super::query_types::V_CLOUD_ORGANIZATION_CONFIG,
            query,
        )
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_vlan_configuration_all`].
    ///
    /// Returns a resource representation of a collection of all virtual switches on which VLAN ranges for Veeam Cloud Connect Replication are reserved. For details, see /cloud/vlans.
    ///
    /// `GET /query?type=VlanConfiguration`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vlanconfiguration.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VlanConfiguration` ([`query_types::VLAN_CONFIGURATION`](crate::api::query_types::VLAN_CONFIGURATION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_vlan_configuration_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_vlans`]: every one, as references
    /// - [`Self::get_cloud_vlans_entities`]: every one, in full
    /// - [`Self::get_cloud_vlans_by_id`]: one, by its id
    /// - [`Self::get_query_vlan_configuration_entities`]: a query, in full
    pub async fn get_query_vlan_configuration(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::VLAN_CONFIGURATION, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_vlan_configuration`].
    ///
    /// Returns a resource representation of a collection of all virtual switches on which VLAN ranges for Veeam Cloud Connect Replication are reserved. For details, see /cloud/vlans.
    ///
    /// `GET /query?type=VlanConfiguration`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vlanconfiguration.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VlanConfiguration` ([`query_types::VLAN_CONFIGURATION`](crate::api::query_types::VLAN_CONFIGURATION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_vlan_configuration_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_vlans`]: every one, as references
    /// - [`Self::get_cloud_vlans_entities`]: every one, in full
    /// - [`Self::get_cloud_vlans_by_id`]: one, by its id
    /// - [`Self::get_query_vlan_configuration`]: a query, as references
    /// - [`Self::get_query_vlan_configuration_entities`]: a query, in full
    pub fn get_query_vlan_configuration_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::VLAN_CONFIGURATION, query)
    }
    /// One page of entities ([`VlanConfiguration`](crate::api::types::VlanConfiguration)) of the query, with its paging info. Every page: [`Self::get_query_vlan_configuration_entities_all`].
    ///
    /// Returns a resource representation of a collection of all virtual switches on which VLAN ranges for Veeam Cloud Connect Replication are reserved. For details, see /cloud/vlans.
    ///
    /// `GET /query?type=VlanConfiguration&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vlanconfiguration.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VlanConfiguration` ([`query_types::VLAN_CONFIGURATION`](crate::api::query_types::VLAN_CONFIGURATION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/vlans?format=Entity` (`VlanConfigurations`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_vlans`]: every one, as references
    /// - [`Self::get_cloud_vlans_entities`]: every one, in full
    /// - [`Self::get_cloud_vlans_by_id`]: one, by its id
    /// - [`Self::get_query_vlan_configuration`]: a query, as references
    pub async fn get_query_vlan_configuration_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::VlanConfiguration> {
        self.query_entities_of(&super::query_types::VLAN_CONFIGURATION, query).await
    }
    /// Every entity ([`VlanConfiguration`](crate::api::types::VlanConfiguration)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_vlan_configuration_entities`].
    ///
    /// Returns a resource representation of a collection of all virtual switches on which VLAN ranges for Veeam Cloud Connect Replication are reserved. For details, see /cloud/vlans.
    ///
    /// `GET /query?type=VlanConfiguration&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vlanconfiguration.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VlanConfiguration` ([`query_types::VLAN_CONFIGURATION`](crate::api::query_types::VLAN_CONFIGURATION)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /cloud/vlans?format=Entity` (`VlanConfigurations`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_cloud_vlans`]: every one, as references
    /// - [`Self::get_cloud_vlans_entities`]: every one, in full
    /// - [`Self::get_cloud_vlans_by_id`]: one, by its id
    /// - [`Self::get_query_vlan_configuration`]: a query, as references
    /// - [`Self::get_query_vlan_configuration_entities`]: a query, in full
    pub fn get_query_vlan_configuration_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::VlanConfiguration> + '_ {
        self.query_all_entities_of(&super::query_types::VLAN_CONFIGURATION, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_vm_replica_point_all`].
    ///
    /// Returns a resource representation of a collection of restore points for separate replicated VMs. For details, see /vmReplicaPoints.
    ///
    /// `GET /query?type=VmReplicaPoint`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmreplicapoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VmReplicaPoint` ([`query_types::VM_REPLICA_POINT`](crate::api::query_types::VM_REPLICA_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_vm_replica_point_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_vm_replica_point_entities`]: a query, in full
    /// - [`Self::get_vm_replica_points`]: every one, as references
    /// - [`Self::get_vm_replica_points_entities`]: every one, in full
    /// - [`Self::get_vm_replica_points_by_id`]: one, by its id
    pub async fn get_query_vm_replica_point(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::VM_REPLICA_POINT, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_vm_replica_point`].
    ///
    /// Returns a resource representation of a collection of restore points for separate replicated VMs. For details, see /vmReplicaPoints.
    ///
    /// `GET /query?type=VmReplicaPoint`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmreplicapoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VmReplicaPoint` ([`query_types::VM_REPLICA_POINT`](crate::api::query_types::VM_REPLICA_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_vm_replica_point_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_vm_replica_point`]: a query, as references
    /// - [`Self::get_query_vm_replica_point_entities`]: a query, in full
    /// - [`Self::get_vm_replica_points`]: every one, as references
    /// - [`Self::get_vm_replica_points_entities`]: every one, in full
    /// - [`Self::get_vm_replica_points_by_id`]: one, by its id
    pub fn get_query_vm_replica_point_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::VM_REPLICA_POINT, query)
    }
    /// One page of entities ([`VmReplicaPoint`](crate::api::types::VmReplicaPoint)) of the query, with its paging info. Every page: [`Self::get_query_vm_replica_point_entities_all`].
    ///
    /// Returns a resource representation of a collection of restore points for separate replicated VMs. For details, see /vmReplicaPoints.
    ///
    /// `GET /query?type=VmReplicaPoint&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmreplicapoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VmReplicaPoint` ([`query_types::VM_REPLICA_POINT`](crate::api::query_types::VM_REPLICA_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /vmReplicaPoints?format=Entity` (`VmReplicaPoints`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_vm_replica_point`]: a query, as references
    /// - [`Self::get_vm_replica_points`]: every one, as references
    /// - [`Self::get_vm_replica_points_entities`]: every one, in full
    /// - [`Self::get_vm_replica_points_by_id`]: one, by its id
    pub async fn get_query_vm_replica_point_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::VmReplicaPoint> {
        self.query_entities_of(&super::query_types::VM_REPLICA_POINT, query).await
    }
    /// Every entity ([`VmReplicaPoint`](crate::api::types::VmReplicaPoint)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_vm_replica_point_entities`].
    ///
    /// Returns a resource representation of a collection of restore points for separate replicated VMs. For details, see /vmReplicaPoints.
    ///
    /// `GET /query?type=VmReplicaPoint&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmreplicapoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VmReplicaPoint` ([`query_types::VM_REPLICA_POINT`](crate::api::query_types::VM_REPLICA_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /vmReplicaPoints?format=Entity` (`VmReplicaPoints`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_vm_replica_point`]: a query, as references
    /// - [`Self::get_query_vm_replica_point_entities`]: a query, in full
    /// - [`Self::get_vm_replica_points`]: every one, as references
    /// - [`Self::get_vm_replica_points_entities`]: every one, in full
    /// - [`Self::get_vm_replica_points_by_id`]: one, by its id
    pub fn get_query_vm_replica_point_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::VmReplicaPoint> + '_ {
        self.query_all_entities_of(&super::query_types::VM_REPLICA_POINT, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_vm_restore_point_all`].
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs in backup files. For details, see /vmRestorePoints.
    ///
    /// `GET /query?type=VmRestorePoint`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmrestorepoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VmRestorePoint` ([`query_types::VM_RESTORE_POINT`](crate::api::query_types::VM_RESTORE_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_vm_restore_point_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_vm_restore_point_entities`]: a query, in full
    /// - [`Self::get_vm_restore_points`]: every one, as references
    /// - [`Self::get_vm_restore_points_entities`]: every one, in full
    /// - [`Self::get_vm_restore_points_by_id`]: one, by its id
    pub async fn get_query_vm_restore_point(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::VM_RESTORE_POINT, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_vm_restore_point`].
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs in backup files. For details, see /vmRestorePoints.
    ///
    /// `GET /query?type=VmRestorePoint`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmrestorepoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VmRestorePoint` ([`query_types::VM_RESTORE_POINT`](crate::api::query_types::VM_RESTORE_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_vm_restore_point_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_vm_restore_point`]: a query, as references
    /// - [`Self::get_query_vm_restore_point_entities`]: a query, in full
    /// - [`Self::get_vm_restore_points`]: every one, as references
    /// - [`Self::get_vm_restore_points_entities`]: every one, in full
    /// - [`Self::get_vm_restore_points_by_id`]: one, by its id
    pub fn get_query_vm_restore_point_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::VM_RESTORE_POINT, query)
    }
    /// One page of entities ([`VmRestorePoint`](crate::api::types::VmRestorePoint)) of the query, with its paging info. Every page: [`Self::get_query_vm_restore_point_entities_all`].
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs in backup files. For details, see /vmRestorePoints.
    ///
    /// `GET /query?type=VmRestorePoint&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmrestorepoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VmRestorePoint` ([`query_types::VM_RESTORE_POINT`](crate::api::query_types::VM_RESTORE_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /vmRestorePoints?format=Entity` (`VmRestorePoints`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_vm_restore_point`]: a query, as references
    /// - [`Self::get_vm_restore_points`]: every one, as references
    /// - [`Self::get_vm_restore_points_entities`]: every one, in full
    /// - [`Self::get_vm_restore_points_by_id`]: one, by its id
    pub async fn get_query_vm_restore_point_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::VmRestorePoint> {
        self.query_entities_of(&super::query_types::VM_RESTORE_POINT, query).await
    }
    /// Every entity ([`VmRestorePoint`](crate::api::types::VmRestorePoint)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_vm_restore_point_entities`].
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs in backup files. For details, see /vmRestorePoints.
    ///
    /// `GET /query?type=VmRestorePoint&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmrestorepoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VmRestorePoint` ([`query_types::VM_RESTORE_POINT`](crate::api::query_types::VM_RESTORE_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /vmRestorePoints?format=Entity` (`VmRestorePoints`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_vm_restore_point`]: a query, as references
    /// - [`Self::get_query_vm_restore_point_entities`]: a query, in full
    /// - [`Self::get_vm_restore_points`]: every one, as references
    /// - [`Self::get_vm_restore_points_entities`]: every one, in full
    /// - [`Self::get_vm_restore_points_by_id`]: one, by its id
    pub fn get_query_vm_restore_point_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::VmRestorePoint> + '_ {
        self.query_all_entities_of(&super::query_types::VM_RESTORE_POINT, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_vsphere_self_service_config_all`].
    ///
    /// Returns a resource representation of a collection of vSphere Self-Service Backup Portal tenant access configurations. For details, see /selfService/vSphere/Configs.
    ///
    /// `GET /query?type=VsphereSelfServiceConfig`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vsphereselfserviceconfig.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VsphereSelfServiceConfig` ([`query_types::VSPHERE_SELF_SERVICE_CONFIG`](crate::api::query_types::VSPHERE_SELF_SERVICE_CONFIG)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_vsphere_self_service_config_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_vsphere_self_service_config_entities`]: a query, in full
    /// - [`Self::get_self_service_v_sphere_configs`]: every one, as references
    /// - [`Self::get_self_service_v_sphere_configs_entities`]: every one, in full
    /// - [`Self::get_self_service_v_sphere_configs_by_id`]: one, by its id
    pub async fn get_query_vsphere_self_service_config(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::VSPHERE_SELF_SERVICE_CONFIG, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_vsphere_self_service_config`].
    ///
    /// Returns a resource representation of a collection of vSphere Self-Service Backup Portal tenant access configurations. For details, see /selfService/vSphere/Configs.
    ///
    /// `GET /query?type=VsphereSelfServiceConfig`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vsphereselfserviceconfig.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VsphereSelfServiceConfig` ([`query_types::VSPHERE_SELF_SERVICE_CONFIG`](crate::api::query_types::VSPHERE_SELF_SERVICE_CONFIG)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_vsphere_self_service_config_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_vsphere_self_service_config`]: a query, as references
    /// - [`Self::get_query_vsphere_self_service_config_entities`]: a query, in full
    /// - [`Self::get_self_service_v_sphere_configs`]: every one, as references
    /// - [`Self::get_self_service_v_sphere_configs_entities`]: every one, in full
    /// - [`Self::get_self_service_v_sphere_configs_by_id`]: one, by its id
    pub fn get_query_vsphere_self_service_config_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::VSPHERE_SELF_SERVICE_CONFIG, query)
    }
    /// One page of entities ([`VSphereSelfServiceConfig`](crate::api::types::VSphereSelfServiceConfig)) of the query, with its paging info. Every page: [`Self::get_query_vsphere_self_service_config_entities_all`].
    ///
    /// Returns a resource representation of a collection of vSphere Self-Service Backup Portal tenant access configurations. For details, see /selfService/vSphere/Configs.
    ///
    /// `GET /query?type=VsphereSelfServiceConfig&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vsphereselfserviceconfig.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VsphereSelfServiceConfig` ([`query_types::VSPHERE_SELF_SERVICE_CONFIG`](crate::api::query_types::VSPHERE_SELF_SERVICE_CONFIG)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /selfService/vSphere/Configs?format=Entity` (`VSphereSelfServiceConfigs`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_vsphere_self_service_config`]: a query, as references
    /// - [`Self::get_self_service_v_sphere_configs`]: every one, as references
    /// - [`Self::get_self_service_v_sphere_configs_entities`]: every one, in full
    /// - [`Self::get_self_service_v_sphere_configs_by_id`]: one, by its id
    pub async fn get_query_vsphere_self_service_config_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::VSphereSelfServiceConfig> {
        self.query_entities_of(&super::query_types::VSPHERE_SELF_SERVICE_CONFIG, query)
            .await
    }
    /// Every entity ([`VSphereSelfServiceConfig`](crate::api::types::VSphereSelfServiceConfig)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_vsphere_self_service_config_entities`].
    ///
    /// Returns a resource representation of a collection of vSphere Self-Service Backup Portal tenant access configurations. For details, see /selfService/vSphere/Configs.
    ///
    /// `GET /query?type=VsphereSelfServiceConfig&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vsphereselfserviceconfig.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `VsphereSelfServiceConfig` ([`query_types::VSPHERE_SELF_SERVICE_CONFIG`](crate::api::query_types::VSPHERE_SELF_SERVICE_CONFIG)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /selfService/vSphere/Configs?format=Entity` (`VSphereSelfServiceConfigs`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_vsphere_self_service_config`]: a query, as references
    /// - [`Self::get_query_vsphere_self_service_config_entities`]: a query, in full
    /// - [`Self::get_self_service_v_sphere_configs`]: every one, as references
    /// - [`Self::get_self_service_v_sphere_configs_entities`]: every one, in full
    /// - [`Self::get_self_service_v_sphere_configs_by_id`]: one, by its id
    pub fn get_query_vsphere_self_service_config_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::VSphereSelfServiceConfig> + '_ {
        self.query_all_entities_of(
            &super::query_types::VSPHERE_SELF_SERVICE_CONFIG,
            query,
        )
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_wan_accelerator_all`].
    ///
    /// Returns a resource representation of a collection of WAN accelerators configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /wanAccelerators.
    ///
    /// `GET /query?type=WanAccelerator`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_wanaccelerator.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `WanAccelerator` ([`query_types::WAN_ACCELERATOR`](crate::api::query_types::WAN_ACCELERATOR)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_wan_accelerator_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_wan_accelerator_entities`]: a query, in full
    /// - [`Self::get_wan_accelerators`]: every one, as references
    /// - [`Self::get_wan_accelerators_entities`]: every one, in full
    /// - [`Self::get_wan_accelerators_by_id`]: one, by its id
    pub async fn get_query_wan_accelerator(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::WAN_ACCELERATOR, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_wan_accelerator`].
    ///
    /// Returns a resource representation of a collection of WAN accelerators configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /wanAccelerators.
    ///
    /// `GET /query?type=WanAccelerator`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_wanaccelerator.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `WanAccelerator` ([`query_types::WAN_ACCELERATOR`](crate::api::query_types::WAN_ACCELERATOR)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_wan_accelerator_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_wan_accelerator`]: a query, as references
    /// - [`Self::get_query_wan_accelerator_entities`]: a query, in full
    /// - [`Self::get_wan_accelerators`]: every one, as references
    /// - [`Self::get_wan_accelerators_entities`]: every one, in full
    /// - [`Self::get_wan_accelerators_by_id`]: one, by its id
    pub fn get_query_wan_accelerator_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::WAN_ACCELERATOR, query)
    }
    /// One page of entities ([`WanAccelerator`](crate::api::types::WanAccelerator)) of the query, with its paging info. Every page: [`Self::get_query_wan_accelerator_entities_all`].
    ///
    /// Returns a resource representation of a collection of WAN accelerators configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /wanAccelerators.
    ///
    /// `GET /query?type=WanAccelerator&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_wanaccelerator.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `WanAccelerator` ([`query_types::WAN_ACCELERATOR`](crate::api::query_types::WAN_ACCELERATOR)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /wanAccelerators?format=Entity` (`WanAccelerators`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_wan_accelerator`]: a query, as references
    /// - [`Self::get_wan_accelerators`]: every one, as references
    /// - [`Self::get_wan_accelerators_entities`]: every one, in full
    /// - [`Self::get_wan_accelerators_by_id`]: one, by its id
    pub async fn get_query_wan_accelerator_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::WanAccelerator> {
        self.query_entities_of(&super::query_types::WAN_ACCELERATOR, query).await
    }
    /// Every entity ([`WanAccelerator`](crate::api::types::WanAccelerator)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_wan_accelerator_entities`].
    ///
    /// Returns a resource representation of a collection of WAN accelerators configured on backup servers connected to Veeam Backup Enterprise Manager. For details, see /wanAccelerators.
    ///
    /// `GET /query?type=WanAccelerator&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_wanaccelerator.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `WanAccelerator` ([`query_types::WAN_ACCELERATOR`](crate::api::query_types::WAN_ACCELERATOR)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /wanAccelerators?format=Entity` (`WanAccelerators`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_wan_accelerator`]: a query, as references
    /// - [`Self::get_query_wan_accelerator_entities`]: a query, in full
    /// - [`Self::get_wan_accelerators`]: every one, as references
    /// - [`Self::get_wan_accelerators_entities`]: every one, in full
    /// - [`Self::get_wan_accelerators_by_id`]: one, by its id
    pub fn get_query_wan_accelerator_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::WanAccelerator> + '_ {
        self.query_all_entities_of(&super::query_types::WAN_ACCELERATOR, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_v_app_replica_point_all`].
    ///
    /// Returns resource representation of a collection of restore points of separate vApps replicas. For details, see /vAppReplicaPoints.
    ///
    /// `GET /query?type=vAppReplicaPoint`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vappreplicapoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `vAppReplicaPoint` ([`query_types::V_APP_REPLICA_POINT`](crate::api::query_types::V_APP_REPLICA_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_v_app_replica_point_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_v_app_replica_point_entities`]: a query, in full
    /// - [`Self::get_v_app_replica_points`]: every one, as references
    /// - [`Self::get_v_app_replica_points_entities`]: every one, in full
    /// - [`Self::get_v_app_replica_points_by_id`]: one, by its id
    pub async fn get_query_v_app_replica_point(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::V_APP_REPLICA_POINT, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_v_app_replica_point`].
    ///
    /// Returns resource representation of a collection of restore points of separate vApps replicas. For details, see /vAppReplicaPoints.
    ///
    /// `GET /query?type=vAppReplicaPoint`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vappreplicapoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `vAppReplicaPoint` ([`query_types::V_APP_REPLICA_POINT`](crate::api::query_types::V_APP_REPLICA_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_v_app_replica_point_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_v_app_replica_point`]: a query, as references
    /// - [`Self::get_query_v_app_replica_point_entities`]: a query, in full
    /// - [`Self::get_v_app_replica_points`]: every one, as references
    /// - [`Self::get_v_app_replica_points_entities`]: every one, in full
    /// - [`Self::get_v_app_replica_points_by_id`]: one, by its id
    pub fn get_query_v_app_replica_point_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::V_APP_REPLICA_POINT, query)
    }
    /// One page of entities ([`VAppReplicaPoint`](crate::api::types::VAppReplicaPoint)) of the query, with its paging info. Every page: [`Self::get_query_v_app_replica_point_entities_all`].
    ///
    /// Returns resource representation of a collection of restore points of separate vApps replicas. For details, see /vAppReplicaPoints.
    ///
    /// `GET /query?type=vAppReplicaPoint&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vappreplicapoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `vAppReplicaPoint` ([`query_types::V_APP_REPLICA_POINT`](crate::api::query_types::V_APP_REPLICA_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /vAppReplicaPoints?format=Entity` (`VAppReplicaPoints`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_v_app_replica_point`]: a query, as references
    /// - [`Self::get_v_app_replica_points`]: every one, as references
    /// - [`Self::get_v_app_replica_points_entities`]: every one, in full
    /// - [`Self::get_v_app_replica_points_by_id`]: one, by its id
    pub async fn get_query_v_app_replica_point_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::VAppReplicaPoint> {
        self.query_entities_of(&super::query_types::V_APP_REPLICA_POINT, query).await
    }
    /// Every entity ([`VAppReplicaPoint`](crate::api::types::VAppReplicaPoint)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_v_app_replica_point_entities`].
    ///
    /// Returns resource representation of a collection of restore points of separate vApps replicas. For details, see /vAppReplicaPoints.
    ///
    /// `GET /query?type=vAppReplicaPoint&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vappreplicapoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `vAppReplicaPoint` ([`query_types::V_APP_REPLICA_POINT`](crate::api::query_types::V_APP_REPLICA_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /vAppReplicaPoints?format=Entity` (`VAppReplicaPoints`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_v_app_replica_point`]: a query, as references
    /// - [`Self::get_query_v_app_replica_point_entities`]: a query, in full
    /// - [`Self::get_v_app_replica_points`]: every one, as references
    /// - [`Self::get_v_app_replica_points_entities`]: every one, in full
    /// - [`Self::get_v_app_replica_points_by_id`]: one, by its id
    pub fn get_query_v_app_replica_point_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::VAppReplicaPoint> + '_ {
        self.query_all_entities_of(&super::query_types::V_APP_REPLICA_POINT, query)
    }
    /// One page of references ([`Ref`](crate::api::types::Ref)) of the query, with its paging info. Every page: [`Self::get_query_v_app_restore_point_all`].
    ///
    /// Returns a resource representation of a collection of vApp restore points created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /vAppRestorePoints.
    ///
    /// `GET /query?type=vAppRestorePoint`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vapprestorepoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `vAppRestorePoint` ([`query_types::V_APP_RESTORE_POINT`](crate::api::query_types::V_APP_RESTORE_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_v_app_restore_point_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_v_app_restore_point_entities`]: a query, in full
    /// - [`Self::get_v_app_restore_points`]: every one, as references
    /// - [`Self::get_v_app_restore_points_entities`]: every one, in full
    /// - [`Self::get_v_app_restore_points_by_id`]: one, by its id
    pub async fn get_query_v_app_restore_point(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::Ref> {
        self.query_refs_of(&super::query_types::V_APP_RESTORE_POINT, query).await
    }
    /// Every reference ([`Ref`](crate::api::types::Ref)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_v_app_restore_point`].
    ///
    /// Returns a resource representation of a collection of vApp restore points created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /vAppRestorePoints.
    ///
    /// `GET /query?type=vAppRestorePoint`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vapprestorepoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `vAppRestorePoint` ([`query_types::V_APP_RESTORE_POINT`](crate::api::query_types::V_APP_RESTORE_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entities themselves: [`Self::get_query_v_app_restore_point_entities`] (`format=Entities`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_v_app_restore_point`]: a query, as references
    /// - [`Self::get_query_v_app_restore_point_entities`]: a query, in full
    /// - [`Self::get_v_app_restore_points`]: every one, as references
    /// - [`Self::get_v_app_restore_points_entities`]: every one, in full
    /// - [`Self::get_v_app_restore_points_by_id`]: one, by its id
    pub fn get_query_v_app_restore_point_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::Ref> + '_ {
        self.query_all_refs_of(&super::query_types::V_APP_RESTORE_POINT, query)
    }
    /// One page of entities ([`VAppRestorePoint`](crate::api::types::VAppRestorePoint)) of the query, with its paging info. Every page: [`Self::get_query_v_app_restore_point_entities_all`].
    ///
    /// Returns a resource representation of a collection of vApp restore points created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /vAppRestorePoints.
    ///
    /// `GET /query?type=vAppRestorePoint&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vapprestorepoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `vAppRestorePoint` ([`query_types::V_APP_RESTORE_POINT`](crate::api::query_types::V_APP_RESTORE_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /vAppRestorePoints?format=Entity` (`VAppRestorePoints`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_v_app_restore_point`]: a query, as references
    /// - [`Self::get_v_app_restore_points`]: every one, as references
    /// - [`Self::get_v_app_restore_points_entities`]: every one, in full
    /// - [`Self::get_v_app_restore_points_by_id`]: one, by its id
    pub async fn get_query_v_app_restore_point_entities(
        &self,
        query: &crate::flows::Query,
    ) -> crate::flows::QueryPage<super::types::VAppRestorePoint> {
        self.query_entities_of(&super::query_types::V_APP_RESTORE_POINT, query).await
    }
    /// Every entity ([`VAppRestorePoint`](crate::api::types::VAppRestorePoint)) of the query, across pages, as a stream; an error ends it. One page: [`Self::get_query_v_app_restore_point_entities`].
    ///
    /// Returns a resource representation of a collection of vApp restore points created on backup servers that are connected to Veeam Backup Enterprise Manager. For details, see /vAppRestorePoints.
    ///
    /// `GET /query?type=vAppRestorePoint&format=Entities`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vapprestorepoint.html>
    ///
    /// `query` ([`Query`](crate::flows::Query)) is sent as type `vAppRestorePoint` ([`query_types::V_APP_RESTORE_POINT`](crate::api::query_types::V_APP_RESTORE_POINT)), as [`Query::for_type`](crate::flows::Query::for_type) says; its filter and sort fields must be ones that type lists unless it allows undocumented fields.
    ///
    /// The entity type from the items of `GET /vAppRestorePoints?format=Entity` (`VAppRestorePoints`), the collection the page names.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_v_app_restore_point`]: a query, as references
    /// - [`Self::get_query_v_app_restore_point_entities`]: a query, in full
    /// - [`Self::get_v_app_restore_points`]: every one, as references
    /// - [`Self::get_v_app_restore_points_entities`]: every one, in full
    /// - [`Self::get_v_app_restore_points_by_id`]: one, by its id
    pub fn get_query_v_app_restore_point_entities_all(
        &self,
        query: &crate::flows::Query,
    ) -> impl crate::flows::QueryStream<super::types::VAppRestorePoint> + '_ {
        self.query_all_entities_of(&super::query_types::V_APP_RESTORE_POINT, query)
    }
    /// Returns a list of queries for entity resources.
    ///
    /// `GET /querySvc`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_querysvc.html>
    ///
    /// # Returns
    ///
    /// [`QuerySvc`](crate::api::types::QuerySvc) (`<QuerySvc>` in XML), on 200 OK.
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
    /// Returns a resource representation of a collection of all replication job sessions performed on all backup servers connected to Veeam Backup Enterprise Manager. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// `GET /replicaSessions`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicasessions.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EntityReferences>`.
    ///
    /// The entities themselves: [`Self::get_replica_sessions_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_replica_job_session`]: a query, as references
    /// - [`Self::get_query_replica_job_session_entities`]: a query, in full
    /// - [`Self::get_replica_sessions_entities`]: every one, in full
    /// - [`Self::get_replica_sessions_by_id`]: one, by its id
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
    /// The entity form of [`Self::get_replica_sessions`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of all replication job sessions performed on all backup servers connected to Veeam Backup Enterprise Manager. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// `GET /replicaSessions?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicasessions.html>
    ///
    /// # Returns
    ///
    /// [`ReplicaJobSessions`](crate::api::types::ReplicaJobSessions) (`<ReplicaJobSessions>` in XML), on 200 OK. Typed from the conventions: items `<ReplicaJobSession>` from `GET /replicaSessions/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_replica_job_session`]: a query, as references
    /// - [`Self::get_query_replica_job_session_entities`]: a query, in full
    /// - [`Self::get_replica_sessions`]: every one, as references
    /// - [`Self::get_replica_sessions_by_id`]: one, by its id
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
    /// Returns a resource representation of a replication job session having the specified ID.
    ///
    /// `GET /replicaSessions/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicasessions_id.html>
    ///
    /// # Arguments
    ///
    /// - `replica_session_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`ReplicaJobSession`](crate::api::types::ReplicaJobSession) (`<ReplicaJobSession>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_replica_job_session`]: a query, as references
    /// - [`Self::get_query_replica_job_session_entities`]: a query, in full
    /// - [`Self::get_replica_sessions`]: every one, as references
    /// - [`Self::get_replica_sessions_entities`]: every one, in full
    pub async fn get_replica_sessions_by_id(
        &self,
        replica_session_id: impl AsRef<str>,
    ) -> Result<super::types::ReplicaJobSession, crate::runtime::Error> {
        const OPERATION: &str = "GET /replicaSessions/{ID}";
        let replica_session_id = crate::runtime::id_segment(replica_session_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/replicaSessions/{}", replica_session_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a collection of replication task sessions of the replication session that has the specified ID. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// `GET /replicaSessions/{ID}/replicaTaskSessions`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicasessions_id_replicatasksessions.html>
    ///
    /// # Arguments
    ///
    /// - `replica_session_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_replica_sessions_by_id_replica_task_sessions_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_replica_task_session`]: a query, as references
    /// - [`Self::get_query_replica_task_session_entities`]: a query, in full
    /// - [`Self::get_replica_task_sessions`]: every one, as references
    /// - [`Self::get_replica_task_sessions_entities`]: every one, in full
    /// - [`Self::get_replica_task_sessions_by_id`]: one, by its id
    pub async fn get_replica_sessions_by_id_replica_task_sessions(
        &self,
        replica_session_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /replicaSessions/{ID}/replicaTaskSessions";
        let replica_session_id = crate::runtime::id_segment(replica_session_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/replicaSessions/{}/replicaTaskSessions", replica_session_id),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// The entity form of [`Self::get_replica_sessions_by_id_replica_task_sessions`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a collection of replication task sessions of the replication session that has the specified ID. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// `GET /replicaSessions/{ID}/replicaTaskSessions?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicasessions_id_replicatasksessions.html>
    ///
    /// # Arguments
    ///
    /// - `replica_session_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`ReplicaTaskSessions`](crate::api::types::ReplicaTaskSessions) (`<ReplicaTaskSessions>` in XML), on 200 OK. Typed from the conventions: items `<ReplicaTaskSession>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_replica_task_session`]: a query, as references
    /// - [`Self::get_query_replica_task_session_entities`]: a query, in full
    /// - [`Self::get_replica_task_sessions`]: every one, as references
    /// - [`Self::get_replica_task_sessions_entities`]: every one, in full
    /// - [`Self::get_replica_task_sessions_by_id`]: one, by its id
    pub async fn get_replica_sessions_by_id_replica_task_sessions_entities(
        &self,
        replica_session_id: impl AsRef<str>,
    ) -> Result<super::types::ReplicaTaskSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /replicaSessions/{ID}/replicaTaskSessions";
        let replica_session_id = crate::runtime::id_segment(replica_session_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/replicaSessions/{}/replicaTaskSessions", replica_session_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a replication tasks collection. Tasks are performed on all backup servers connected to Veeam Backup Enterprise Manager. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// `GET /replicaTaskSessions`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicatasksessions.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_replica_task_sessions_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_replica_task_session`]: a query, as references
    /// - [`Self::get_query_replica_task_session_entities`]: a query, in full
    /// - [`Self::get_replica_task_sessions_entities`]: every one, in full
    /// - [`Self::get_replica_task_sessions_by_id`]: one, by its id
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
    /// The entity form of [`Self::get_replica_task_sessions`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a replication tasks collection. Tasks are performed on all backup servers connected to Veeam Backup Enterprise Manager. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// `GET /replicaTaskSessions?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicatasksessions.html>
    ///
    /// # Returns
    ///
    /// [`ReplicaTaskSessions`](crate::api::types::ReplicaTaskSessions) (`<ReplicaTaskSessions>` in XML), on 200 OK. Typed from the conventions: items `<ReplicaTaskSession>` from `GET /replicaTaskSessions/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_replica_task_session`]: a query, as references
    /// - [`Self::get_query_replica_task_session_entities`]: a query, in full
    /// - [`Self::get_replica_task_sessions`]: every one, as references
    /// - [`Self::get_replica_task_sessions_by_id`]: one, by its id
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
    /// Returns a resource representation of a replication task session having the specified ID.
    ///
    /// `GET /replicaTaskSessions/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_replicatasksessions_id.html>
    ///
    /// # Arguments
    ///
    /// - `replica_task_session_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`ReplicaTaskSession`](crate::api::types::ReplicaTaskSession) (`<ReplicaTaskSession>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_replica_task_session`]: a query, as references
    /// - [`Self::get_query_replica_task_session_entities`]: a query, in full
    /// - [`Self::get_replica_task_sessions`]: every one, as references
    /// - [`Self::get_replica_task_sessions_entities`]: every one, in full
    pub async fn get_replica_task_sessions_by_id(
        &self,
        replica_task_session_id: impl AsRef<str>,
    ) -> Result<super::types::ReplicaTaskSession, crate::runtime::Error> {
        const OPERATION: &str = "GET /replicaTaskSessions/{ID}";
        let replica_task_session_id = crate::runtime::id_segment(
            replica_task_session_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/replicaTaskSessions/{}", replica_task_session_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
    /// - [`Self::get_query_replica`]: a query, as references
    /// - [`Self::get_query_replica_entities`]: a query, in full
    /// - [`Self::get_replicas_entities`]: every one, in full
    /// - [`Self::get_replicas_by_id`]: one, by its id
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
    /// - [`Self::get_query_replica`]: a query, as references
    /// - [`Self::get_query_replica_entities`]: a query, in full
    /// - [`Self::get_replicas`]: every one, as references
    /// - [`Self::get_replicas_by_id`]: one, by its id
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
    /// - [`Self::get_query_replica`]: a query, as references
    /// - [`Self::get_query_replica_entities`]: a query, in full
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
            method: crate::runtime::Method::Get,
            path: format!("/replicas/{}", replica_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a set of links to reports on Veeam Backup Enterprise Manager and Veeam Backup & Replication entities.
    ///
    /// `GET /reports/summary`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_reports_summary.html>
    ///
    /// # Returns
    ///
    /// [`SummaryReport`](crate::api::types::SummaryReport) (`<SummaryReport>` in XML), on 200 OK.
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
    /// Returns an overview report about performed jobs, their status, duration and other job-related information.
    ///
    /// `GET /reports/summary/job_statistics`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_reports_summary_statistics.html>
    ///
    /// # Returns
    ///
    /// [`JobStatisticsReportFrame`](crate::api::types::JobStatisticsReportFrame) (`<JobStatisticsReportFrame>` in XML), on 200 OK.
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
    /// Returns a resource representation of an overview report about backup infrastructure components and performed backup and replication jobs.
    ///
    /// `GET /reports/summary/overview`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_reports_summary_overview.html>
    ///
    /// # Returns
    ///
    /// [`OverviewReportFrame`](crate::api::types::OverviewReportFrame) (`<OverviewReportFrame>` in XML), on 200 OK.
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
    /// Returns an overview report about the number of VMs processed per day.
    ///
    /// `GET /reports/summary/processed_vms`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_reports_summary_processed_vms.html>
    ///
    /// # Returns
    ///
    /// [`ProcessedVmsReportFrame`](crate::api::types::ProcessedVmsReportFrame) (`<ProcessedVmsReportFrame>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<ProcessedVmsReportFrame>`; convention: `resource_representations` (<https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>).
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
    /// Returns an overview report about backup repositories, their capacity, free space and size of backup files on these backup repositories.
    ///
    /// `GET /reports/summary/repository`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_reports_summary_repository.html>
    ///
    /// # Returns
    ///
    /// [`RepositoryReportFrame`](crate::api::types::RepositoryReportFrame) (`<RepositoryReportFrame>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<RepositoryReportFrame>`; convention: `resource_representations` (<https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>).
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
    /// Returns a resource representation of an overview report about backed up and replicated VMs, available restore points and so on.
    ///
    /// `GET /reports/summary/vms_overview`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_reports_summary_vms_overview.html>
    ///
    /// # Returns
    ///
    /// [`VmsOverviewReportFrame`](crate::api::types::VmsOverviewReportFrame) (`<VmsOverviewReportFrame>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<VmsOverviewReportFrame>`; convention: `resource_representations` (<https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>).
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
    /// Returns a resource representation of the collection of backup repositories created on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /repositories`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_repositories.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_repositories_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_repository`]: a query, as references
    /// - [`Self::get_query_repository_entities`]: a query, in full
    /// - [`Self::get_repositories_entities`]: every one, in full
    /// - [`Self::get_repositories_by_id`]: one, by its id
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
    /// The entity form of [`Self::get_repositories`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of the collection of backup repositories created on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /repositories?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_repositories.html>
    ///
    /// # Returns
    ///
    /// [`Repositories`](crate::api::types::Repositories) (`<Repositories>` in XML), on 200 OK. Typed from the conventions: items `<Repository>` from `GET /repositories/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_repository`]: a query, as references
    /// - [`Self::get_query_repository_entities`]: a query, in full
    /// - [`Self::get_repositories`]: every one, as references
    /// - [`Self::get_repositories_by_id`]: one, by its id
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
    /// Returns a resource representation of a backup repository having the specified ID. The backup repository is created on the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /repositories/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_repositories_id.html>
    ///
    /// # Arguments
    ///
    /// - `repository_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Repository`](crate::api::types::Repository) (`<Repository>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_repository`]: a query, as references
    /// - [`Self::get_query_repository_entities`]: a query, in full
    /// - [`Self::get_repositories`]: every one, as references
    /// - [`Self::get_repositories_entities`]: every one, in full
    pub async fn get_repositories_by_id(
        &self,
        repository_id: impl AsRef<str>,
    ) -> Result<super::types::Repository, crate::runtime::Error> {
        const OPERATION: &str = "GET /repositories/{ID}";
        let repository_id = crate::runtime::id_segment(repository_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/repositories/{}", repository_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a restore points collection for backups and replicas created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /restorePoints`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_restore_points_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_restore_point`]: a query, as references
    /// - [`Self::get_query_restore_point_entities`]: a query, in full
    /// - [`Self::get_restore_points_entities`]: every one, in full
    /// - [`Self::get_restore_points_by_id`]: one, by its id
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
    /// The entity form of [`Self::get_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a restore points collection for backups and replicas created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /restorePoints?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints.html>
    ///
    /// # Returns
    ///
    /// [`RestorePoints`](crate::api::types::RestorePoints) (`<RestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<RestorePoint>` from `GET /restorePoints/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_restore_point`]: a query, as references
    /// - [`Self::get_query_restore_point_entities`]: a query, in full
    /// - [`Self::get_restore_points`]: every one, as references
    /// - [`Self::get_restore_points_by_id`]: one, by its id
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
    /// Returns a resource representation of a backup restore point having the specified ID.
    ///
    /// `GET /restorePoints/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id.html>
    ///
    /// # Arguments
    ///
    /// - `restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`RestorePoint`](crate::api::types::RestorePoint) (`<RestorePoint>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_restore_point`]: a query, as references
    /// - [`Self::get_query_restore_point_entities`]: a query, in full
    /// - [`Self::get_restore_points`]: every one, as references
    /// - [`Self::get_restore_points_entities`]: every one, in full
    pub async fn get_restore_points_by_id(
        &self,
        restore_point_id: impl AsRef<str>,
    ) -> Result<super::types::RestorePoint, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints/{ID}";
        let restore_point_id = crate::runtime::id_segment(restore_point_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/restorePoints/{}", restore_point_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a restore points collection for Veeam Agent backups created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /restorePoints/{ID}/agentRestorePoints`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id_agentrestorepoints.html>
    ///
    /// # Arguments
    ///
    /// - `restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_restore_points_by_id_agent_restore_points_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_agent_restore_points`]: every one, as references
    /// - [`Self::get_agents_agent_restore_points_entities`]: every one, in full
    /// - [`Self::get_agents_agent_restore_points_by_id`]: one, by its id
    /// - [`Self::get_agents_restore_points`]: every one, as references
    /// - [`Self::get_agents_restore_points_entities`]: every one, in full
    /// - [`Self::get_query_agent_restore_point`]: a query, as references
    /// - [`Self::get_query_agent_restore_point_entities`]: a query, in full
    pub async fn get_restore_points_by_id_agent_restore_points(
        &self,
        restore_point_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints/{ID}/agentRestorePoints";
        let restore_point_id = crate::runtime::id_segment(restore_point_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/restorePoints/{}/agentRestorePoints", restore_point_id),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// The entity form of [`Self::get_restore_points_by_id_agent_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a restore points collection for Veeam Agent backups created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /restorePoints/{ID}/agentRestorePoints?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id_agentrestorepoints.html>
    ///
    /// # Arguments
    ///
    /// - `restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`AgentRestorePoints`](crate::api::types::AgentRestorePoints) (`<AgentRestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<AgentRestorePoint>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_agent_restore_points`]: every one, as references
    /// - [`Self::get_agents_agent_restore_points_entities`]: every one, in full
    /// - [`Self::get_agents_agent_restore_points_by_id`]: one, by its id
    /// - [`Self::get_agents_restore_points`]: every one, as references
    /// - [`Self::get_agents_restore_points_entities`]: every one, in full
    /// - [`Self::get_query_agent_restore_point`]: a query, as references
    /// - [`Self::get_query_agent_restore_point_entities`]: a query, in full
    pub async fn get_restore_points_by_id_agent_restore_points_entities(
        &self,
        restore_point_id: impl AsRef<str>,
    ) -> Result<super::types::AgentRestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints/{ID}/agentRestorePoints";
        let restore_point_id = crate::runtime::id_segment(restore_point_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/restorePoints/{}/agentRestorePoints", restore_point_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a collection of backup files created for a restore point with the specified ID.
    ///
    /// `GET /restorePoints/{ID}/backupFiles`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id_backupfiles.html>
    ///
    /// # Arguments
    ///
    /// - `restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_restore_points_by_id_backup_files_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_backup_files`]: every one, as references
    /// - [`Self::get_agents_backup_files_entities`]: every one, in full
    /// - [`Self::get_backup_files`]: every one, as references
    /// - [`Self::get_backup_files_entities`]: every one, in full
    /// - [`Self::get_backup_files_by_id`]: one, by its id
    /// - [`Self::get_query_backup_file`]: a query, as references
    /// - [`Self::get_query_backup_file_entities`]: a query, in full
    pub async fn get_restore_points_by_id_backup_files(
        &self,
        restore_point_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints/{ID}/backupFiles";
        let restore_point_id = crate::runtime::id_segment(restore_point_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/restorePoints/{}/backupFiles", restore_point_id),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// The entity form of [`Self::get_restore_points_by_id_backup_files`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of backup files created for a restore point with the specified ID.
    ///
    /// `GET /restorePoints/{ID}/backupFiles?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id_backupfiles.html>
    ///
    /// # Arguments
    ///
    /// - `restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`BackupFiles`](crate::api::types::BackupFiles) (`<BackupFiles>` in XML), on 200 OK. Typed from the conventions: items `<BackupFile>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_agents_backup_files`]: every one, as references
    /// - [`Self::get_agents_backup_files_entities`]: every one, in full
    /// - [`Self::get_backup_files`]: every one, as references
    /// - [`Self::get_backup_files_entities`]: every one, in full
    /// - [`Self::get_backup_files_by_id`]: one, by its id
    /// - [`Self::get_query_backup_file`]: a query, as references
    /// - [`Self::get_query_backup_file_entities`]: a query, in full
    pub async fn get_restore_points_by_id_backup_files_entities(
        &self,
        restore_point_id: impl AsRef<str>,
    ) -> Result<super::types::BackupFiles, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints/{ID}/backupFiles";
        let restore_point_id = crate::runtime::id_segment(restore_point_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/restorePoints/{}/backupFiles", restore_point_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a collection of vApp restore points created for a backup restore point with the specified ID.
    ///
    /// `GET /restorePoints/{ID}/vAppRestorePoints`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id_vapprestorepoints.html>
    ///
    /// # Arguments
    ///
    /// - `restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_restore_points_by_id_v_app_restore_points_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_v_app_restore_point`]: a query, as references
    /// - [`Self::get_query_v_app_restore_point_entities`]: a query, in full
    /// - [`Self::get_v_app_restore_points`]: every one, as references
    /// - [`Self::get_v_app_restore_points_entities`]: every one, in full
    /// - [`Self::get_v_app_restore_points_by_id`]: one, by its id
    pub async fn get_restore_points_by_id_v_app_restore_points(
        &self,
        restore_point_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints/{ID}/vAppRestorePoints";
        let restore_point_id = crate::runtime::id_segment(restore_point_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/restorePoints/{}/vAppRestorePoints", restore_point_id),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// The entity form of [`Self::get_restore_points_by_id_v_app_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of vApp restore points created for a backup restore point with the specified ID.
    ///
    /// `GET /restorePoints/{ID}/vAppRestorePoints?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id_vapprestorepoints.html>
    ///
    /// # Arguments
    ///
    /// - `restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`VAppRestorePoints`](crate::api::types::VAppRestorePoints) (`<VAppRestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<VAppRestorePoint>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_v_app_restore_point`]: a query, as references
    /// - [`Self::get_query_v_app_restore_point_entities`]: a query, in full
    /// - [`Self::get_v_app_restore_points`]: every one, as references
    /// - [`Self::get_v_app_restore_points_entities`]: every one, in full
    /// - [`Self::get_v_app_restore_points_by_id`]: one, by its id
    pub async fn get_restore_points_by_id_v_app_restore_points_entities(
        &self,
        restore_point_id: impl AsRef<str>,
    ) -> Result<super::types::VAppRestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints/{ID}/vAppRestorePoints";
        let restore_point_id = crate::runtime::id_segment(restore_point_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/restorePoints/{}/vAppRestorePoints", restore_point_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a collection of restore points for separate VMs created for a backup restore point with the specified ID.
    ///
    /// `GET /restorePoints/{ID}/vmRestorePoints`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id_vmrestorepoints.html>
    ///
    /// # Arguments
    ///
    /// - `restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_restore_points_by_id_vm_restore_points_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_vm_restore_point`]: a query, as references
    /// - [`Self::get_query_vm_restore_point_entities`]: a query, in full
    /// - [`Self::get_vm_restore_points`]: every one, as references
    /// - [`Self::get_vm_restore_points_entities`]: every one, in full
    /// - [`Self::get_vm_restore_points_by_id`]: one, by its id
    pub async fn get_restore_points_by_id_vm_restore_points(
        &self,
        restore_point_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints/{ID}/vmRestorePoints";
        let restore_point_id = crate::runtime::id_segment(restore_point_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/restorePoints/{}/vmRestorePoints", restore_point_id),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// The entity form of [`Self::get_restore_points_by_id_vm_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs created for a backup restore point with the specified ID.
    ///
    /// `GET /restorePoints/{ID}/vmRestorePoints?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id_vmrestorepoints.html>
    ///
    /// # Arguments
    ///
    /// - `restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`VmRestorePoints`](crate::api::types::VmRestorePoints) (`<VmRestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<VmRestorePoint>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_vm_restore_point`]: a query, as references
    /// - [`Self::get_query_vm_restore_point_entities`]: a query, in full
    /// - [`Self::get_vm_restore_points`]: every one, as references
    /// - [`Self::get_vm_restore_points_entities`]: every one, in full
    /// - [`Self::get_vm_restore_points_by_id`]: one, by its id
    pub async fn get_restore_points_by_id_vm_restore_points_entities(
        &self,
        restore_point_id: impl AsRef<str>,
    ) -> Result<super::types::VmRestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints/{ID}/vmRestorePoints";
        let restore_point_id = crate::runtime::id_segment(restore_point_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/restorePoints/{}/vmRestorePoints", restore_point_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a collection of restore sessions performed on all backup servers connected to Veeam Backup Enterprise Manager. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// `GET /restoreSessions`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restoresessions.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EntityReferences>`.
    ///
    /// The entities themselves: [`Self::get_restore_sessions_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_restore_session`]: a query, as references
    /// - [`Self::get_query_restore_session_entities`]: a query, in full
    /// - [`Self::get_restore_sessions_entities`]: every one, in full
    /// - [`Self::get_restore_sessions_by_id`]: one, by its id
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
    /// The entity form of [`Self::get_restore_sessions`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a collection of restore sessions performed on all backup servers connected to Veeam Backup Enterprise Manager. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// `GET /restoreSessions?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restoresessions.html>
    ///
    /// # Returns
    ///
    /// [`RestoreSessions`](crate::api::types::RestoreSessions) (`<RestoreSessions>` in XML), on 200 OK. Typed from the conventions: items `<RestoreSession>` from `GET /restoreSessions/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_restore_session`]: a query, as references
    /// - [`Self::get_query_restore_session_entities`]: a query, in full
    /// - [`Self::get_restore_sessions`]: every one, as references
    /// - [`Self::get_restore_sessions_by_id`]: one, by its id
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
    /// Returns a restore session having the specified ID.
    ///
    /// `GET /restoreSessions/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restoresessions_id.html>
    ///
    /// # Arguments
    ///
    /// - `restore_session_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`RestoreSession`](crate::api::types::RestoreSession) (`<RestoreSession>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_restore_session`]: a query, as references
    /// - [`Self::get_query_restore_session_entities`]: a query, in full
    /// - [`Self::get_restore_sessions`]: every one, as references
    /// - [`Self::get_restore_sessions_entities`]: every one, in full
    pub async fn get_restore_sessions_by_id(
        &self,
        restore_session_id: impl AsRef<str>,
    ) -> Result<super::types::RestoreSession, crate::runtime::Error> {
        const OPERATION: &str = "GET /restoreSessions/{ID}";
        let restore_session_id = crate::runtime::id_segment(restore_session_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/restoreSessions/{}", restore_session_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of the security resource. The security resource provides access to the Veeam Backup Enterprise Manager security settings and allows the client to manage roles used in Veeam Backup Enterprise Manager.
    ///
    /// `GET /security`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security.html>
    ///
    /// # Returns
    ///
    /// [`EnterpriseSecuritySettings`](crate::api::types::EnterpriseSecuritySettings) (`<EnterpriseSecuritySettings>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EnterpriseSecuritySettings>`; convention: `resource_representations` (<https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>).
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
    /// Returns a collection of accounts having specific security roles in Veeam Backup Enterprise Manager.
    ///
    /// `GET /security/accounts`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_security_accounts_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_security_accounts_entities`]: every one, in full
    /// - [`Self::get_security_accounts_by_id`]: one, by its id
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
    /// The entity form of [`Self::get_security_accounts`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a collection of accounts having specific security roles in Veeam Backup Enterprise Manager.
    ///
    /// `GET /security/accounts?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts.html>
    ///
    /// # Returns
    ///
    /// [`EnterpriseAccounts`](crate::api::types::EnterpriseAccounts) (`<EnterpriseAccounts>` in XML), on 200 OK. Typed from the conventions: items `<EnterpriseAccount>` from `GET /security/accounts/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_security_accounts`]: every one, as references
    /// - [`Self::get_security_accounts_by_id`]: one, by its id
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
    /// Adds a user or group account having a specific security role to Veeam Backup Enterprise Manager.
    ///
    /// `POST /security/accounts`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts.html>
    ///
    /// # Arguments
    ///
    /// - `body`: the request body, [`EnterpriseAccountCreateSpec`](crate::api::types::EnterpriseAccountCreateSpec) (`<EnterpriseAccountCreateSpec>` in XML). Build it with [`EnterpriseAccountCreateSpec::builder`](crate::api::types::EnterpriseAccountCreateSpec::builder).
    ///
    /// # Returns
    ///
    /// `Some(`[`EnterpriseAccount`](crate::api::types::EnterpriseAccount)`)` (`<EnterpriseAccount>` in XML), or `None` when the body is empty, on 201 Created.
    ///
    /// The answer's type is not on the page; from convention: 201 Created answers the created resource, as `GET /security/accounts/{ID}` does; the page says the body is `None.`, so an empty body is `None`.
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
    /// Rebuilds a restore scope for user accounts added to Veeam Backup Enterprise Manager.
    ///
    /// `POST /security/accounts?action=rebuildScope`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts_actionrebuildscope.html>
    ///
    /// # Arguments
    ///
    /// - `body`: the request body, [`RebuildScopeJobSpec`](crate::api::types::RebuildScopeJobSpec) (`<RebuildScopeJobSpec>` in XML).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 201 Created.
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
    /// Removes an account having the specified ID and a specific security role from Veeam Backup Enterprise Manager.
    ///
    /// `DELETE /security/accounts/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_security_accounts_id.html>
    ///
    /// # Arguments
    ///
    /// - `account_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// `()`: the answer has no body, on 204 No Content.
    ///
    /// The answer's type is not on the page; from 204 No Content.
    pub async fn delete_security_accounts_by_id(
        &self,
        account_id: impl AsRef<str>,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "DELETE /security/accounts/{ID}";
        let account_id = crate::runtime::id_segment(account_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!("/security/accounts/{}", account_id),
            query: vec![],
            body: None,
            expect: &[204],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
    /// Returns an account having the specified ID. The account is added to Veeam Backup Enterprise Manager and is assigned a specific security role.
    ///
    /// `GET /security/accounts/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id.html>
    ///
    /// # Arguments
    ///
    /// - `account_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EnterpriseAccount`](crate::api::types::EnterpriseAccount) (`<EnterpriseAccount>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_security_accounts`]: every one, as references
    /// - [`Self::get_security_accounts_entities`]: every one, in full
    pub async fn get_security_accounts_by_id(
        &self,
        account_id: impl AsRef<str>,
    ) -> Result<super::types::EnterpriseAccount, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/accounts/{ID}";
        let account_id = crate::runtime::id_segment(account_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/security/accounts/{}", account_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Enables or disables the Restore scope: All virtual machines option specified for the account.
    ///
    /// `POST /security/accounts/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts_id.html>
    ///
    /// # Arguments
    ///
    /// - `account_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// `()`: the answer has no body, on 204 No Content.
    ///
    /// The answer's type is not on the page; from 204 No Content.
    pub async fn post_security_accounts_by_id(
        &self,
        account_id: impl AsRef<str>,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "POST /security/accounts/{ID}";
        let account_id = crate::runtime::id_segment(account_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/security/accounts/{}", account_id),
            query: vec![],
            body: None,
            expect: &[204],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
    /// Returns a collection of security roles assigned to the specified Veeam Backup Enterprise Manager account. For details on security roles, see Security Roles.
    ///
    /// `GET /security/accounts/{ID}/roles`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id_roles.html>
    ///
    /// # Arguments
    ///
    /// - `account_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EnterpriseAccountInRoleList`](crate::api::types::EnterpriseAccountInRoleList) (`<EnterpriseAccountInRoleList>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from resource page: `<EnterpriseAccountInRoleList>`.
    pub async fn get_security_accounts_by_id_roles(
        &self,
        account_id: impl AsRef<str>,
    ) -> Result<super::types::EnterpriseAccountInRoleList, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/accounts/{ID}/roles";
        let account_id = crate::runtime::id_segment(account_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/security/accounts/{}/roles", account_id),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Assigns a Veeam Backup Enterprise Manager security role to the specified account.For details on security roles, see Security Roles.
    ///
    /// `POST /security/accounts/{ID}/roles`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts_id_roles.html>
    ///
    /// # Arguments
    ///
    /// - `account_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`EnterpriseAccountInRoleCreateSpec`](crate::api::types::EnterpriseAccountInRoleCreateSpec) (`<EnterpriseAccountInRoleCreateSpec>` in XML). Build it with [`EnterpriseAccountInRoleCreateSpec::builder`](crate::api::types::EnterpriseAccountInRoleCreateSpec::builder).
    ///
    /// # Returns
    ///
    /// `Some(`[`EnterpriseAccountInRole`](crate::api::types::EnterpriseAccountInRole)`)` (`<EnterpriseAccountInRole>` in XML), or `None` when the body is empty, on 201 Created.
    ///
    /// The answer's type is not on the page; from convention: 201 Created answers the created resource, as `GET /security/accounts/{ID}/roles/{ID}` does; the page says the body is `None.`, so an empty body is `None`.
    pub async fn post_security_accounts_by_id_roles(
        &self,
        account_id: impl AsRef<str>,
        body: &super::types::EnterpriseAccountInRoleCreateSpec,
    ) -> Result<Option<super::types::EnterpriseAccountInRole>, crate::runtime::Error> {
        const OPERATION: &str = "POST /security/accounts/{ID}/roles";
        let account_id = crate::runtime::id_segment(account_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/security/accounts/{}/roles", account_id),
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
    /// Removes the Veeam Backup Enterprise Manager security role from the account having the specified ID.
    ///
    /// `DELETE /security/accounts/{ID}/roles/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_security_accounts_id_roles_id.html>
    ///
    /// # Arguments
    ///
    /// - `account_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `role_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// `()`: the answer has no body, on 204 No Content.
    ///
    /// The answer's type is not on the page; from 204 No Content.
    pub async fn delete_security_accounts_by_id_roles_by_id(
        &self,
        account_id: impl AsRef<str>,
        role_id: impl AsRef<str>,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "DELETE /security/accounts/{ID}/roles/{ID}";
        let account_id = crate::runtime::id_segment(account_id.as_ref());
        let role_id = crate::runtime::id_segment(role_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!("/security/accounts/{}/roles/{}", account_id, role_id),
            query: vec![],
            body: None,
            expect: &[204],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
    /// Returns a specific security role assigned to the specified account that is added to Veeam Backup Enterprise Manager. For details on security roles, see Security Roles.
    ///
    /// `GET /security/accounts/{ID}/roles/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id_roles_id.html>
    ///
    /// # Arguments
    ///
    /// - `account_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `role_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EnterpriseAccountInRole`](crate::api::types::EnterpriseAccountInRole) (`<EnterpriseAccountInRole>` in XML), on 200 OK.
    pub async fn get_security_accounts_by_id_roles_by_id(
        &self,
        account_id: impl AsRef<str>,
        role_id: impl AsRef<str>,
    ) -> Result<super::types::EnterpriseAccountInRole, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/accounts/{ID}/roles/{ID}";
        let account_id = crate::runtime::id_segment(account_id.as_ref());
        let role_id = crate::runtime::id_segment(role_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/security/accounts/{}/roles/{}", account_id, role_id),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a collection of restore scopes defined for the specified account. The account is added to Veeam Backup Enterprise Manager and is assigned a specific security role.
    ///
    /// `GET /security/accounts/{ID}/scopes`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id_scopes.html>
    ///
    /// # Arguments
    ///
    /// - `account_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EnterpriseAccountHierarchyScopes`](crate::api::types::EnterpriseAccountHierarchyScopes) (`<EnterpriseAccountHierarchyScopes>` in XML), on 200 OK.
    pub async fn get_security_accounts_by_id_scopes(
        &self,
        account_id: impl AsRef<str>,
    ) -> Result<super::types::EnterpriseAccountHierarchyScopes, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/accounts/{ID}/scopes";
        let account_id = crate::runtime::id_segment(account_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/security/accounts/{}/scopes", account_id),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Assigns a restore scope to the account having the specified ID. The account is added to Veeam Backup Enterprise Manager and has a specific security role.
    ///
    /// `POST /security/accounts/{ID}/scopes`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_security_accounts_id_scopes.html>
    ///
    /// # Arguments
    ///
    /// - `account_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`HierarchyScopeCreateSpec`](crate::api::types::HierarchyScopeCreateSpec) (`<HierarchyScopeCreateSpec>` in XML).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    ///
    /// The answer's type is not on the page; from convention: 202 Accepted answers a Task (`format` (<https://helpcenter.veeam.com/docs/vbr/em_rest/format.html>)).
    pub async fn post_security_accounts_by_id_scopes(
        &self,
        account_id: impl AsRef<str>,
        body: &super::types::HierarchyScopeCreateSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /security/accounts/{ID}/scopes";
        let account_id = crate::runtime::id_segment(account_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/security/accounts/{}/scopes", account_id),
            query: vec![],
            body: Some(
                crate::runtime::encode(self.format(), "HierarchyScopeCreateSpec", body),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Removes a restore scope having the specified ID from the account having the specified ID. The account is added to Veeam Backup Enterprise Manager and is assigned a specific security role.
    ///
    /// `DELETE /security/accounts/{ID}/scopes/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_security_accounts_id_scopes_id.html>
    ///
    /// # Arguments
    ///
    /// - `account_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `scope_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// `()`: the answer has no body, on 204 No Content.
    ///
    /// The answer's type is not on the page; from 204 No Content.
    pub async fn delete_security_accounts_by_id_scopes_by_id(
        &self,
        account_id: impl AsRef<str>,
        scope_id: impl AsRef<str>,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "DELETE /security/accounts/{ID}/scopes/{ID}";
        let account_id = crate::runtime::id_segment(account_id.as_ref());
        let scope_id = crate::runtime::id_segment(scope_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!("/security/accounts/{}/scopes/{}", account_id, scope_id),
            query: vec![],
            body: None,
            expect: &[204],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
    /// Returns a restore scope having the specified ID. The scope is defined for the account that is added to Veeam Backup Enterprise Manager and is assigned a specific security role.
    ///
    /// `GET /security/accounts/{ID}/scopes/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_accounts_id_scopes_id.html>
    ///
    /// # Arguments
    ///
    /// - `account_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `scope_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EnterpriseAccountHierarchyScope`](crate::api::types::EnterpriseAccountHierarchyScope) (`<EnterpriseAccountHierarchyScope>` in XML), on 200 OK.
    pub async fn get_security_accounts_by_id_scopes_by_id(
        &self,
        account_id: impl AsRef<str>,
        scope_id: impl AsRef<str>,
    ) -> Result<super::types::EnterpriseAccountHierarchyScope, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/accounts/{ID}/scopes/{ID}";
        let account_id = crate::runtime::id_segment(account_id.as_ref());
        let scope_id = crate::runtime::id_segment(scope_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/security/accounts/{}/scopes/{}", account_id, scope_id),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a collection of security roles used for access management in Veeam Backup Enterprise Manager REST API. For details on security roles, see Security Roles.
    ///
    /// `GET /security/roles`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_roles.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_security_roles_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_security_roles_entities`]: every one, in full
    /// - [`Self::get_security_roles_by_id`]: one, by its id
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
    /// The entity form of [`Self::get_security_roles`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a collection of security roles used for access management in Veeam Backup Enterprise Manager REST API. For details on security roles, see Security Roles.
    ///
    /// `GET /security/roles?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_roles.html>
    ///
    /// # Returns
    ///
    /// [`EnterpriseRoles`](crate::api::types::EnterpriseRoles) (`<EnterpriseRoles>` in XML), on 200 OK. Typed from the conventions: items `<EnterpriseRole>` from `GET /security/roles/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_security_roles`]: every one, as references
    /// - [`Self::get_security_roles_by_id`]: one, by its id
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
    /// Returns a security role having the specified ID. The security role belongs to a list of roles used in Veeam Backup Enterprise Manager.
    ///
    /// `GET /security/roles/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_security_roles_id.html>
    ///
    /// # Arguments
    ///
    /// - `role_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`EnterpriseRole`](crate::api::types::EnterpriseRole) (`<EnterpriseRole>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_security_roles`]: every one, as references
    /// - [`Self::get_security_roles_entities`]: every one, in full
    pub async fn get_security_roles_by_id(
        &self,
        role_id: impl AsRef<str>,
    ) -> Result<super::types::EnterpriseRole, crate::runtime::Error> {
        const OPERATION: &str = "GET /security/roles/{ID}";
        let role_id = crate::runtime::id_segment(role_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/security/roles/{}", role_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
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
            method: crate::runtime::Method::Get,
            path: "/selfService/vSphere".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
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
    /// - [`Self::get_query_vsphere_self_service_config`]: a query, as references
    /// - [`Self::get_query_vsphere_self_service_config_entities`]: a query, in full
    /// - [`Self::get_self_service_v_sphere_configs_entities`]: every one, in full
    /// - [`Self::get_self_service_v_sphere_configs_by_id`]: one, by its id
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
    /// - [`Self::get_query_vsphere_self_service_config`]: a query, as references
    /// - [`Self::get_query_vsphere_self_service_config_entities`]: a query, in full
    /// - [`Self::get_self_service_v_sphere_configs`]: every one, as references
    /// - [`Self::get_self_service_v_sphere_configs_by_id`]: one, by its id
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
            method: crate::runtime::Method::Delete,
            path: format!("/selfService/vSphere/Configs/{}", config_id),
            query: vec![],
            body: None,
            expect: &[202],
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
    /// - [`Self::get_query_vsphere_self_service_config`]: a query, as references
    /// - [`Self::get_query_vsphere_self_service_config_entities`]: a query, in full
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
            method: crate::runtime::Method::Get,
            path: format!("/selfService/vSphere/Configs/{}", config_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Put,
            path: format!("/selfService/vSphere/Configs/{}", config_id),
            query: vec![],
            body: Some(
                crate::runtime::encode(self.format(), "VSphereSelfServiceConfig", body),
            ),
            expect: &[202],
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
            method: crate::runtime::Method::Get,
            path: format!(
                "/selfService/vSphere/Configs/{}/backupJobSettings", config_id
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Creates a new logon session for Veeam Backup Enterprise Manager REST API.
    ///
    /// `POST /sessionMngr/?v=v1_7`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_sessionmngr.html>
    ///
    /// # Returns
    ///
    /// [`LogonSession`](crate::api::types::LogonSession) (`<LogonSession>` in XML), on 201 Created.
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
    /// Returns a resource representation of a collection of all system sessions of Veeam Backup Enterprise Manager. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// `GET /systemSessions`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_systemsessions.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_system_sessions_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_system_sessions_entities`]: every one, in full
    /// - [`Self::get_system_sessions_by_id`]: one, by its id
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
    /// The entity form of [`Self::get_system_sessions`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of all system sessions of Veeam Backup Enterprise Manager. Note, the request only returns the sessions that has been created for the last 30 days.
    ///
    /// `GET /systemSessions?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_systemsessions.html>
    ///
    /// # Returns
    ///
    /// [`SystemSessions`](crate::api::types::SystemSessions) (`<SystemSessions>` in XML), on 200 OK. Typed from the conventions: items `<SystemSession>` from `GET /systemSessions/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_system_sessions`]: every one, as references
    /// - [`Self::get_system_sessions_by_id`]: one, by its id
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
    /// Returns a resource representation of a system session having the specified ID.
    ///
    /// `GET /systemSessions/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_systemsessions_id.html>
    ///
    /// # Arguments
    ///
    /// - `system_session_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`SystemSession`](crate::api::types::SystemSession) (`<SystemSession>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_system_sessions`]: every one, as references
    /// - [`Self::get_system_sessions_entities`]: every one, in full
    pub async fn get_system_sessions_by_id(
        &self,
        system_session_id: impl AsRef<str>,
    ) -> Result<super::types::SystemSession, crate::runtime::Error> {
        const OPERATION: &str = "GET /systemSessions/{ID}";
        let system_session_id = crate::runtime::id_segment(system_session_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/systemSessions/{}", system_session_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a collection of all log events of a system session having the specified ID.
    ///
    /// `GET /systemSessions/{ID}/events`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_systemsessions_id_events.html>
    ///
    /// # Arguments
    ///
    /// - `system_session_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`SystemSessionEvents`](crate::api::types::SystemSessionEvents) (`<SystemSessionEvents>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from resource page: `<SystemSessionEvents>`; convention: `resource_representations` (<https://helpcenter.veeam.com/docs/vbr/em_rest/resource_representations.html>).
    pub async fn get_system_sessions_by_id_events(
        &self,
        system_session_id: impl AsRef<str>,
    ) -> Result<super::types::SystemSessionEvents, crate::runtime::Error> {
        const OPERATION: &str = "GET /systemSessions/{ID}/events";
        let system_session_id = crate::runtime::id_segment(system_session_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/systemSessions/{}/events", system_session_id),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a collection of tasks created by Veeam Backup Enterprise Manager within the currently existing logon session.
    ///
    /// `GET /tasks`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tasks.html>
    ///
    /// # Returns
    ///
    /// [`Tasks`](crate::api::types::Tasks) (`<Tasks>` in XML), on 200 OK.
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
    /// Removes a task having the specified ID.
    ///
    /// `DELETE /tasks/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_task_id.html>
    ///
    /// # Arguments
    ///
    /// - `task_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// `()`: the answer has no body, on 204 No Content.
    ///
    /// The answer's type is not on the page; from 204 No Content.
    pub async fn delete_tasks_by_id(
        &self,
        task_id: impl AsRef<str>,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "DELETE /tasks/{ID}";
        let task_id = crate::runtime::id_segment(task_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!("/tasks/{}", task_id),
            query: vec![],
            body: None,
            expect: &[204],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
    /// Returns a resource representation of a task having the specified ID. The task is created by Veeam Backup Enterprise Manager in response to client requests.
    ///
    /// `GET /tasks/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_tasks_id.html>
    ///
    /// # Arguments
    ///
    /// - `task_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 200 OK.
    pub async fn get_tasks_by_id(
        &self,
        task_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "GET /tasks/{ID}";
        let task_id = crate::runtime::id_segment(task_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/tasks/{}", task_id),
            query: vec![],
            body: None,
            expect: &[200],
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
    /// - [`Self::get_query_v_app_replica_point`]: a query, as references
    /// - [`Self::get_query_v_app_replica_point_entities`]: a query, in full
    /// - [`Self::get_v_app_replica_points_entities`]: every one, in full
    /// - [`Self::get_v_app_replica_points_by_id`]: one, by its id
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
    /// - [`Self::get_query_v_app_replica_point`]: a query, as references
    /// - [`Self::get_query_v_app_replica_point_entities`]: a query, in full
    /// - [`Self::get_v_app_replica_points`]: every one, as references
    /// - [`Self::get_v_app_replica_points_by_id`]: one, by its id
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
    /// - [`Self::get_query_v_app_replica_point`]: a query, as references
    /// - [`Self::get_query_v_app_replica_point_entities`]: a query, in full
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
            method: crate::runtime::Method::Get,
            path: format!("/vAppReplicaPoints/{}", v_app_replica_point_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Post,
            path: format!("/vAppReplicaPoints/{}", v_app_replica_point_id),
            query: vec![("action", "failover".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a collection of vApp restore points created on backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /vAppRestorePoints`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vapprestorepoints.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_v_app_restore_points_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_v_app_restore_point`]: a query, as references
    /// - [`Self::get_query_v_app_restore_point_entities`]: a query, in full
    /// - [`Self::get_v_app_restore_points_entities`]: every one, in full
    /// - [`Self::get_v_app_restore_points_by_id`]: one, by its id
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
    /// The entity form of [`Self::get_v_app_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of vApp restore points created on backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /vAppRestorePoints?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vapprestorepoints.html>
    ///
    /// # Returns
    ///
    /// [`VAppRestorePoints`](crate::api::types::VAppRestorePoints) (`<VAppRestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<VAppRestorePoint>` from `GET /vAppRestorePoints/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_v_app_restore_point`]: a query, as references
    /// - [`Self::get_query_v_app_restore_point_entities`]: a query, in full
    /// - [`Self::get_v_app_restore_points`]: every one, as references
    /// - [`Self::get_v_app_restore_points_by_id`]: one, by its id
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
    /// Returns a resource representation of a vApp restore point having the specified ID.
    ///
    /// `GET /vAppRestorePoints/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vapprestorepoints_id.html>
    ///
    /// # Arguments
    ///
    /// - `v_app_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`VAppRestorePoint`](crate::api::types::VAppRestorePoint) (`<VAppRestorePoint>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_v_app_restore_point`]: a query, as references
    /// - [`Self::get_query_v_app_restore_point_entities`]: a query, in full
    /// - [`Self::get_v_app_restore_points`]: every one, as references
    /// - [`Self::get_v_app_restore_points_entities`]: every one, in full
    pub async fn get_v_app_restore_points_by_id(
        &self,
        v_app_restore_point_id: impl AsRef<str>,
    ) -> Result<super::types::VAppRestorePoint, crate::runtime::Error> {
        const OPERATION: &str = "GET /vAppRestorePoints/{ID}";
        let v_app_restore_point_id = crate::runtime::id_segment(
            v_app_restore_point_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/vAppRestorePoints/{}", v_app_restore_point_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Starts the entire VM restore process from the vApp restore point having the specified ID.
    ///
    /// `POST /vAppRestorePoints/{ID}?action=restore`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vapprestorepoints_id_actionrestore.html>
    ///
    /// # Arguments
    ///
    /// - `v_app_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`RestoreSpec`](crate::api::types::RestoreSpec) (`<RestoreSpec>` in XML).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_v_app_restore_points_by_id_restore(
        &self,
        v_app_restore_point_id: impl AsRef<str>,
        body: &super::types::RestoreSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /vAppRestorePoints/{ID}";
        let v_app_restore_point_id = crate::runtime::id_segment(
            v_app_restore_point_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/vAppRestorePoints/{}", v_app_restore_point_id),
            query: vec![("action", "restore".to_string())],
            body: Some(crate::runtime::encode(self.format(), "RestoreSpec", body)),
            expect: &[202],
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
            method: crate::runtime::Method::Get,
            path: "/vCloud".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
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
    /// - [`Self::get_query_v_cloud_organization_config`]: a query, as references
    /// - [`Self::get_query_v_cloud_organization_config_entities`]: a query, in full
    /// - [`Self::get_v_cloud_org_configs_entities`]: every one, in full
    /// - [`Self::get_v_cloud_org_configs_by_id`]: one, by its id
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
    /// - [`Self::get_query_v_cloud_organization_config`]: a query, as references
    /// - [`Self::get_query_v_cloud_organization_config_entities`]: a query, in full
    /// - [`Self::get_v_cloud_org_configs`]: every one, as references
    /// - [`Self::get_v_cloud_org_configs_by_id`]: one, by its id
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
            method: crate::runtime::Method::Delete,
            path: format!("/vCloud/orgConfigs/{}", org_config_id),
            query: vec![],
            body: None,
            expect: &[202],
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
    /// - [`Self::get_query_v_cloud_organization_config`]: a query, as references
    /// - [`Self::get_query_v_cloud_organization_config_entities`]: a query, in full
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
            method: crate::runtime::Method::Get,
            path: format!("/vCloud/orgConfigs/{}", org_config_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Post,
            path: format!("/vCloud/orgConfigs/{}", org_config_id),
            query: vec![("action", "disable".to_string())],
            body: None,
            expect: &[202],
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
            method: crate::runtime::Method::Put,
            path: format!("/vCloud/orgConfigs/{}", org_config_id),
            query: vec![],
            body: Some(
                crate::runtime::encode(self.format(), "VCloudOrganizationConfig", body),
            ),
            expect: &[202],
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
            method: crate::runtime::Method::Get,
            path: format!("/vCloud/orgConfigs/{}/backupJobSettings", org_config_id),
            query: vec![],
            body: None,
            expect: &[200],
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
    /// - [`Self::get_query_vm_replica_point`]: a query, as references
    /// - [`Self::get_query_vm_replica_point_entities`]: a query, in full
    /// - [`Self::get_vm_replica_points_entities`]: every one, in full
    /// - [`Self::get_vm_replica_points_by_id`]: one, by its id
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
    /// - [`Self::get_query_vm_replica_point`]: a query, as references
    /// - [`Self::get_query_vm_replica_point_entities`]: a query, in full
    /// - [`Self::get_vm_replica_points`]: every one, as references
    /// - [`Self::get_vm_replica_points_by_id`]: one, by its id
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
    /// - [`Self::get_query_vm_replica_point`]: a query, as references
    /// - [`Self::get_query_vm_replica_point_entities`]: a query, in full
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
            method: crate::runtime::Method::Get,
            path: format!("/vmReplicaPoints/{}", vm_replica_point_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Post,
            path: format!("/vmReplicaPoints/{}", vm_replica_point_id),
            query: vec![("action", "failover".to_string())],
            body: None,
            expect: &[202],
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
            method: crate::runtime::Method::Get,
            path: format!("/vmReplicaPoints/{}/mounts", vm_replica_point_id),
            query: vec![],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Post,
            path: format!("/vmReplicaPoints/{}/mounts", vm_replica_point_id),
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
            method: crate::runtime::Method::Delete,
            path: format!(
                "/vmReplicaPoints/{}/mounts/{}", vm_replica_point_id, mount_id
            ),
            query: vec![],
            body: None,
            expect: &[204],
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
            method: crate::runtime::Method::Get,
            path: format!(
                "/vmReplicaPoints/{}/mounts/{}", vm_replica_point_id, mount_id
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Get,
            path: format!(
                "/vmReplicaPoints/{}/mounts/{}/{}", vm_replica_point_id, mount_id,
                filepath
            ),
            query: vec![],
            body: None,
            expect: &[200],
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
            method: crate::runtime::Method::Post,
            path: format!(
                "/vmReplicaPoints/{}/mounts/{}/{}", vm_replica_point_id, mount_id,
                filepath
            ),
            query: vec![("action", "restore".to_string())],
            body: Some(crate::runtime::encode(self.format(), "FileRestoreSpec", body)),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a collection of restore points for separate VMs in backup files.
    ///
    /// `GET /vmRestorePoints`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmrestorepoints.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_vm_restore_points_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_vm_restore_point`]: a query, as references
    /// - [`Self::get_query_vm_restore_point_entities`]: a query, in full
    /// - [`Self::get_vm_restore_points_entities`]: every one, in full
    /// - [`Self::get_vm_restore_points_by_id`]: one, by its id
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
    /// The entity form of [`Self::get_vm_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs in backup files.
    ///
    /// `GET /vmRestorePoints?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmrestorepoints.html>
    ///
    /// # Returns
    ///
    /// [`VmRestorePoints`](crate::api::types::VmRestorePoints) (`<VmRestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<VmRestorePoint>` from `GET /vmRestorePoints/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_vm_restore_point`]: a query, as references
    /// - [`Self::get_query_vm_restore_point_entities`]: a query, in full
    /// - [`Self::get_vm_restore_points`]: every one, as references
    /// - [`Self::get_vm_restore_points_by_id`]: one, by its id
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
    /// Returns a resource representation of a VM restore point having the specified ID.
    ///
    /// `GET /vmRestorePoints/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmrestorepoints_id.html>
    ///
    /// # Arguments
    ///
    /// - `vm_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`VmRestorePoint`](crate::api::types::VmRestorePoint) (`<VmRestorePoint>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_vm_restore_point`]: a query, as references
    /// - [`Self::get_query_vm_restore_point_entities`]: a query, in full
    /// - [`Self::get_vm_restore_points`]: every one, as references
    /// - [`Self::get_vm_restore_points_entities`]: every one, in full
    pub async fn get_vm_restore_points_by_id(
        &self,
        vm_restore_point_id: impl AsRef<str>,
    ) -> Result<super::types::VmRestorePoint, crate::runtime::Error> {
        const OPERATION: &str = "GET /vmRestorePoints/{ID}";
        let vm_restore_point_id = crate::runtime::id_segment(
            vm_restore_point_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/vmRestorePoints/{}", vm_restore_point_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Starts the entire VM restore process from the restore point having the specified ID.
    ///
    /// `POST /vmRestorePoints/{ID}?action=restore`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vmrestorepoints_id_actionrestore.html>
    ///
    /// # Arguments
    ///
    /// - `vm_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`RestoreSpec`](crate::api::types::RestoreSpec) (`<RestoreSpec>` in XML).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_vm_restore_points_by_id_restore(
        &self,
        vm_restore_point_id: impl AsRef<str>,
        body: &super::types::RestoreSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /vmRestorePoints/{ID}";
        let vm_restore_point_id = crate::runtime::id_segment(
            vm_restore_point_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/vmRestorePoints/{}", vm_restore_point_id),
            query: vec![("action", "restore".to_string())],
            body: Some(crate::runtime::encode(self.format(), "RestoreSpec", body)),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a mount points collection.
    ///
    /// `GET /vmRestorePoints/{ID}/mounts`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmrestorepoints_id_mountpoints.html>
    ///
    /// # Arguments
    ///
    /// - `vm_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`VmRestorePointMounts`](crate::api::types::VmRestorePointMounts) (`<VmRestorePointMounts>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<VmRestorePointMounts>`; convention: `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
    pub async fn get_vm_restore_points_by_id_mounts(
        &self,
        vm_restore_point_id: impl AsRef<str>,
    ) -> Result<super::types::VmRestorePointMounts, crate::runtime::Error> {
        const OPERATION: &str = "GET /vmRestorePoints/{ID}/mounts";
        let vm_restore_point_id = crate::runtime::id_segment(
            vm_restore_point_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/vmRestorePoints/{}/mounts", vm_restore_point_id),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Starts the VM guest OS files restore from the specified restore point. Disks of the restored VM are mounted to the backup server and the VM guest OS files become available under the C:\\VeeamFLR&lt;vm-name&gt; folder.
    ///
    /// `POST /vmRestorePoints/{ID}/mounts`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vmrestorepoints_id_mountpoints.html>
    ///
    /// # Arguments
    ///
    /// - `vm_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`PostVmRestorePointsMountsSpec`](crate::api::types::PostVmRestorePointsMountsSpec) (`<PostVmRestorePointsMountsSpec>` in XML).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_vm_restore_points_by_id_mounts(
        &self,
        vm_restore_point_id: impl AsRef<str>,
        body: &super::types::PostVmRestorePointsMountsSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /vmRestorePoints/{ID}/mounts";
        let vm_restore_point_id = crate::runtime::id_segment(
            vm_restore_point_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/vmRestorePoints/{}/mounts", vm_restore_point_id),
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
    /// Deletes a mount point having the specified ID and unmounts the VM disks from the backup server.
    ///
    /// `DELETE /vmRestorePoints/{ID}/mounts/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_vmrestorepoints_id_mountpoints_id.html>
    ///
    /// # Arguments
    ///
    /// - `vm_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `mount_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// `()`: the answer has no body, on 204 No Content.
    ///
    /// The answer's type is not on the page; from 204 No Content.
    pub async fn delete_vm_restore_points_by_id_mounts_by_id(
        &self,
        vm_restore_point_id: impl AsRef<str>,
        mount_id: impl AsRef<str>,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "DELETE /vmRestorePoints/{ID}/mounts/{ID}";
        let vm_restore_point_id = crate::runtime::id_segment(
            vm_restore_point_id.as_ref(),
        );
        let mount_id = crate::runtime::id_segment(mount_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!(
                "/vmRestorePoints/{}/mounts/{}", vm_restore_point_id, mount_id
            ),
            query: vec![],
            body: None,
            expect: &[204],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
    /// Returns a resource representation of a mount point having the specified ID.
    ///
    /// `GET /vmRestorePoints/{ID}/mounts/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmrestorepoints_id_mountpoints_id.html>
    ///
    /// # Arguments
    ///
    /// - `vm_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `mount_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`VmRestorePointMount`](crate::api::types::VmRestorePointMount) (`<VmRestorePointMount>` in XML), on 200 OK.
    pub async fn get_vm_restore_points_by_id_mounts_by_id(
        &self,
        vm_restore_point_id: impl AsRef<str>,
        mount_id: impl AsRef<str>,
    ) -> Result<super::types::VmRestorePointMount, crate::runtime::Error> {
        const OPERATION: &str = "GET /vmRestorePoints/{ID}/mounts/{ID}";
        let vm_restore_point_id = crate::runtime::id_segment(
            vm_restore_point_id.as_ref(),
        );
        let mount_id = crate::runtime::id_segment(mount_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/vmRestorePoints/{}/mounts/{}", vm_restore_point_id, mount_id
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a file or folder in the VM guest OS.
    ///
    /// `GET /vmRestorePoints/{ID}/mounts/{ID}/{filepath}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmrestorepoints_id_mountpoints_id_filepath.html>
    ///
    /// # Arguments
    ///
    /// - `vm_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `mount_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `filepath`: the `{filepath}` of the path.
    ///
    /// # Returns
    ///
    /// [`FileSystemEntries`](crate::api::types::FileSystemEntries) (`<FileSystemEntries>` in XML), on 200 OK.
    pub async fn get_vm_restore_points_by_id_mounts_by_id_by_filepath(
        &self,
        vm_restore_point_id: impl AsRef<str>,
        mount_id: impl AsRef<str>,
        filepath: impl AsRef<str>,
    ) -> Result<super::types::FileSystemEntries, crate::runtime::Error> {
        const OPERATION: &str = "GET /vmRestorePoints/{ID}/mounts/{ID}/{filepath}";
        let vm_restore_point_id = crate::runtime::id_segment(
            vm_restore_point_id.as_ref(),
        );
        let mount_id = crate::runtime::id_segment(mount_id.as_ref());
        let filepath = crate::runtime::path_segment(filepath.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/vmRestorePoints/{}/mounts/{}/{}", vm_restore_point_id, mount_id,
                filepath
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Restores a VM guest OS file or folder. The file or folder can be restored to its original location on the VM or can be downloaded to the local machine.
    ///
    /// `POST /vmRestorePoints/{ID}/mounts/{ID}/{filepath}?action=restore`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vmrestorepoints_id_mountpoints_id_filepath_actionrestore.html>
    ///
    /// # Arguments
    ///
    /// - `vm_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `mount_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `filepath`: the `{filepath}` of the path.
    /// - `body`: the request body, [`FileRestoreSpec`](crate::api::types::FileRestoreSpec) (`<FileRestoreSpec>` in XML).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_vm_restore_points_by_id_mounts_by_id_by_filepath_restore(
        &self,
        vm_restore_point_id: impl AsRef<str>,
        mount_id: impl AsRef<str>,
        filepath: impl AsRef<str>,
        body: &super::types::FileRestoreSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /vmRestorePoints/{ID}/mounts/{ID}/{filepath}";
        let vm_restore_point_id = crate::runtime::id_segment(
            vm_restore_point_id.as_ref(),
        );
        let mount_id = crate::runtime::id_segment(mount_id.as_ref());
        let filepath = crate::runtime::path_segment(filepath.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/vmRestorePoints/{}/mounts/{}/{}", vm_restore_point_id, mount_id,
                filepath
            ),
            query: vec![("action", "restore".to_string())],
            body: Some(crate::runtime::encode(self.format(), "FileRestoreSpec", body)),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// Returns a resource representation of a collection of WAN accelerators configured on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /wanAccelerators`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_wanaccelerators.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_wan_accelerators_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_wan_accelerator`]: a query, as references
    /// - [`Self::get_query_wan_accelerator_entities`]: a query, in full
    /// - [`Self::get_wan_accelerators_entities`]: every one, in full
    /// - [`Self::get_wan_accelerators_by_id`]: one, by its id
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
    /// The entity form of [`Self::get_wan_accelerators`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of WAN accelerators configured on all backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// `GET /wanAccelerators?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_wanaccelerators.html>
    ///
    /// # Returns
    ///
    /// [`WanAccelerators`](crate::api::types::WanAccelerators) (`<WanAccelerators>` in XML), on 200 OK. Typed from the conventions: items `<WanAccelerator>` from `GET /wanAccelerators/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_query_wan_accelerator`]: a query, as references
    /// - [`Self::get_query_wan_accelerator_entities`]: a query, in full
    /// - [`Self::get_wan_accelerators`]: every one, as references
    /// - [`Self::get_wan_accelerators_by_id`]: one, by its id
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
    /// Returns a resource representation of a WAN accelerator having the specified ID.
    ///
    /// `GET /wanAccelerators/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_wanaccelerators_id.html>
    ///
    /// # Arguments
    ///
    /// - `wan_accelerator_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`WanAccelerator`](crate::api::types::WanAccelerator) (`<WanAccelerator>` in XML), on 200 OK.
    ///
    /// # See also
    ///
    /// - [`Self::get_query_wan_accelerator`]: a query, as references
    /// - [`Self::get_query_wan_accelerator_entities`]: a query, in full
    /// - [`Self::get_wan_accelerators`]: every one, as references
    /// - [`Self::get_wan_accelerators_entities`]: every one, in full
    pub async fn get_wan_accelerators_by_id(
        &self,
        wan_accelerator_id: impl AsRef<str>,
    ) -> Result<super::types::WanAccelerator, crate::runtime::Error> {
        const OPERATION: &str = "GET /wanAccelerators/{ID}";
        let wan_accelerator_id = crate::runtime::id_segment(wan_accelerator_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/wanAccelerators/{}", wan_accelerator_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
}
