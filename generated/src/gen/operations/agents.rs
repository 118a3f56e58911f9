// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `agents`.

#[allow(unused_imports)]
use super::*;

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
            method: crate::runtime::Method::GET,
            path: "/agents".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_agent_restore_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_agent_restore_point_entities`]: a query, in full"
    )]
    pub async fn get_agents_agent_restore_points(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/agentRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/agents/agentRestorePoints".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_agent_restore_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_agent_restore_point_entities`]: a query, in full"
    )]
    pub async fn get_agents_agent_restore_points_entities(
        &self,
    ) -> Result<super::types::AgentRestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/agentRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/agents/agentRestorePoints".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_agent_restore_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_agent_restore_point_entities`]: a query, in full"
    )]
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
            method: crate::runtime::Method::GET,
            path: format!("/agents/agentRestorePoints/{}", agent_restore_point_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
            method: crate::runtime::Method::GET,
            path: format!(
                "/agents/agentRestorePoints/{}/mounts", agent_restore_point_id
            ),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
            method: crate::runtime::Method::POST,
            path: format!(
                "/agents/agentRestorePoints/{}/mounts", agent_restore_point_id
            ),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
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
            method: crate::runtime::Method::DELETE,
            path: format!(
                "/agents/agentRestorePoints/{}/mounts/{}", agent_restore_point_id,
                mount_id
            ),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::NO_CONTENT],
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
            method: crate::runtime::Method::GET,
            path: format!(
                "/agents/agentRestorePoints/{}/mounts/{}", agent_restore_point_id,
                mount_id
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
            method: crate::runtime::Method::GET,
            path: format!(
                "/agents/agentRestorePoints/{}/mounts/{}/{}", agent_restore_point_id,
                mount_id, filepath
            ),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
            method: crate::runtime::Method::POST,
            path: format!(
                "/agents/agentRestorePoints/{}/mounts/{}/{}", agent_restore_point_id,
                mount_id, filepath
            ),
            query: vec![("action", "restore".to_string())],
            body: Some(crate::runtime::encode(self.format(), "FileRestoreSpec", body)),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
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
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backup_files`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backup_files_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backup_files_by_id`]: one, by its id"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_file`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_file_entities`]: a query, in full"
    )]
    pub async fn get_agents_backup_files(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/backupFiles";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/agents/backupFiles".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backup_files`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backup_files_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backup_files_by_id`]: one, by its id"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_file`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_file_entities`]: a query, in full"
    )]
    pub async fn get_agents_backup_files_entities(
        &self,
    ) -> Result<super::types::BackupFiles, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/backupFiles";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/agents/backupFiles".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
            method: crate::runtime::Method::GET,
            path: "/agents/backupSessions".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backups`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backups_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backups_by_id`]: one, by its id"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_entities`]: a query, in full"
    )]
    pub async fn get_agents_backups(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/backups";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/agents/backups".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backups`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backups_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_backups_by_id`]: one, by its id"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_entities`]: a query, in full"
    )]
    pub async fn get_agents_backups_entities(
        &self,
    ) -> Result<super::types::Backups, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/backups";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/agents/backups".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_discovered_computer`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_discovered_computer_entities`]: a query, in full"
    )]
    pub async fn get_agents_discovered_computers(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/discoveredComputers";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/agents/discoveredComputers".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_discovered_computer`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_discovered_computer_entities`]: a query, in full"
    )]
    pub async fn get_agents_discovered_computers_entities(
        &self,
    ) -> Result<super::types::DiscoveredComputers, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/discoveredComputers";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/agents/discoveredComputers".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_discovered_computer`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_discovered_computer_entities`]: a query, in full"
    )]
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
            method: crate::runtime::Method::GET,
            path: format!("/agents/discoveredComputers/{}", discovered_computer_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_agent_backup_job`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_agent_backup_job_entities`]: a query, in full"
    )]
    pub async fn get_agents_jobs(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/jobs";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/agents/jobs".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_agent_backup_job`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_agent_backup_job_entities`]: a query, in full"
    )]
    pub async fn get_agents_jobs_entities(
        &self,
    ) -> Result<super::types::AgentBackupJobs, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/jobs";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/agents/jobs".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_agent_backup_job`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_agent_backup_job_entities`]: a query, in full"
    )]
    pub async fn get_agents_jobs_by_id(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::AgentBackupJob, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/jobs/{ID}";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/agents/jobs/{}", job_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
            method: crate::runtime::Method::POST,
            path: format!("/agents/jobs/{}", job_id),
            query: vec![("action", "retry".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
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
            method: crate::runtime::Method::POST,
            path: format!("/agents/jobs/{}", job_id),
            query: vec![("action", "start".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
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
            method: crate::runtime::Method::POST,
            path: format!("/agents/jobs/{}", job_id),
            query: vec![("action", "stop".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
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
            method: crate::runtime::Method::POST,
            path: format!("/agents/jobs/{}", job_id),
            query: vec![("action", "toggleScheduleEnabled".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
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
            method: crate::runtime::Method::GET,
            path: format!("/agents/jobs/{}/includes", job_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
            method: crate::runtime::Method::GET,
            path: format!("/agents/jobs/{}/includes/{}", job_id, include_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_agent_protection_group`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_agent_protection_group_entities`]: a query, in full"
    )]
    pub async fn get_agents_protection_groups(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/protectionGroups";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/agents/protectionGroups".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_agent_protection_group`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_agent_protection_group_entities`]: a query, in full"
    )]
    pub async fn get_agents_protection_groups_entities(
        &self,
    ) -> Result<super::types::AgentProtectionGroups, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/protectionGroups";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/agents/protectionGroups".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_agent_protection_group`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_agent_protection_group_entities`]: a query, in full"
    )]
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
            method: crate::runtime::Method::GET,
            path: format!("/agents/protectionGroups/{}", protection_group_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_discovered_computer`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_discovered_computer_entities`]: a query, in full"
    )]
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
            method: crate::runtime::Method::GET,
            path: format!(
                "/agents/protectionGroups/{}/discoveredComputers", protection_group_id
            ),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_discovered_computer`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_discovered_computer_entities`]: a query, in full"
    )]
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
            method: crate::runtime::Method::GET,
            path: format!(
                "/agents/protectionGroups/{}/discoveredComputers", protection_group_id
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_agent_restore_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_agent_restore_point_entities`]: a query, in full"
    )]
    pub async fn get_agents_restore_points(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/restorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/agents/restorePoints".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_agent_restore_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_agent_restore_point_entities`]: a query, in full"
    )]
    pub async fn get_agents_restore_points_entities(
        &self,
    ) -> Result<super::types::AgentRestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /agents/restorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/agents/restorePoints".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
}
