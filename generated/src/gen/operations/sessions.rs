// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `sessions`.

#[allow(unused_imports)]
use super::*;

impl crate::Client {
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_job_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_job_session_entities`]: a query, in full"
    )]
    pub async fn get_backup_sessions(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/backupSessions".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_job_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_job_session_entities`]: a query, in full"
    )]
    pub async fn get_backup_sessions_entities(
        &self,
    ) -> Result<super::types::BackupJobSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/backupSessions".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_job_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_job_session_entities`]: a query, in full"
    )]
    pub async fn get_backup_sessions_by_id(
        &self,
        backup_session_id: impl AsRef<str>,
    ) -> Result<super::types::BackupJobSession, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupSessions/{ID}";
        let backup_session_id = crate::runtime::id_segment(backup_session_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/backupSessions/{}", backup_session_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
            method: crate::runtime::Method::POST,
            path: format!("/backupSessions/{}", backup_session_id),
            query: vec![("action", "stop".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_job_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_job_session_entities`]: a query, in full"
    )]
    pub async fn get_backup_sessions_by_id_agent_management_sessions(
        &self,
        backup_session_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupSessions/{ID}/agentManagementSessions";
        let backup_session_id = crate::runtime::id_segment(backup_session_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!(
                "/backupSessions/{}/agentManagementSessions", backup_session_id
            ),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_job_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_job_session_entities`]: a query, in full"
    )]
    pub async fn get_backup_sessions_by_id_agent_management_sessions_entities(
        &self,
        backup_session_id: impl AsRef<str>,
    ) -> Result<super::types::BackupJobSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupSessions/{ID}/agentManagementSessions";
        let backup_session_id = crate::runtime::id_segment(backup_session_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!(
                "/backupSessions/{}/agentManagementSessions", backup_session_id
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_task_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_task_session_entities`]: a query, in full"
    )]
    pub async fn get_backup_sessions_by_id_task_sessions(
        &self,
        backup_session_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupSessions/{ID}/taskSessions";
        let backup_session_id = crate::runtime::id_segment(backup_session_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/backupSessions/{}/taskSessions", backup_session_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_task_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_task_session_entities`]: a query, in full"
    )]
    pub async fn get_backup_sessions_by_id_task_sessions_entities(
        &self,
        backup_session_id: impl AsRef<str>,
    ) -> Result<super::types::BackupTaskSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupSessions/{ID}/taskSessions";
        let backup_session_id = crate::runtime::id_segment(backup_session_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/backupSessions/{}/taskSessions", backup_session_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_task_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_task_session_entities`]: a query, in full"
    )]
    pub async fn get_backup_task_sessions(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupTaskSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/backupTaskSessions".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_task_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_task_session_entities`]: a query, in full"
    )]
    pub async fn get_backup_task_sessions_entities(
        &self,
    ) -> Result<super::types::BackupTaskSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupTaskSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/backupTaskSessions".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_task_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_task_session_entities`]: a query, in full"
    )]
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
            method: crate::runtime::Method::GET,
            path: format!("/backupTaskSessions/{}", backup_task_session_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_replica_job_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_replica_job_session_entities`]: a query, in full"
    )]
    /// - [`Self::get_replica_sessions_entities`]: every one, in full
    /// - [`Self::get_replica_sessions_by_id`]: one, by its id
    pub async fn get_replica_sessions(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /replicaSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/replicaSessions".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_replica_job_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_replica_job_session_entities`]: a query, in full"
    )]
    /// - [`Self::get_replica_sessions`]: every one, as references
    /// - [`Self::get_replica_sessions_by_id`]: one, by its id
    pub async fn get_replica_sessions_entities(
        &self,
    ) -> Result<super::types::ReplicaJobSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /replicaSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/replicaSessions".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_replica_job_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_replica_job_session_entities`]: a query, in full"
    )]
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
            method: crate::runtime::Method::GET,
            path: format!("/replicaSessions/{}", replica_session_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_replica_task_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_replica_task_session_entities`]: a query, in full"
    )]
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
            method: crate::runtime::Method::GET,
            path: format!("/replicaSessions/{}/replicaTaskSessions", replica_session_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_replica_task_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_replica_task_session_entities`]: a query, in full"
    )]
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
            method: crate::runtime::Method::GET,
            path: format!("/replicaSessions/{}/replicaTaskSessions", replica_session_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_replica_task_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_replica_task_session_entities`]: a query, in full"
    )]
    /// - [`Self::get_replica_task_sessions_entities`]: every one, in full
    /// - [`Self::get_replica_task_sessions_by_id`]: one, by its id
    pub async fn get_replica_task_sessions(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /replicaTaskSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/replicaTaskSessions".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_replica_task_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_replica_task_session_entities`]: a query, in full"
    )]
    /// - [`Self::get_replica_task_sessions`]: every one, as references
    /// - [`Self::get_replica_task_sessions_by_id`]: one, by its id
    pub async fn get_replica_task_sessions_entities(
        &self,
    ) -> Result<super::types::ReplicaTaskSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /replicaTaskSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/replicaTaskSessions".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_replica_task_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_replica_task_session_entities`]: a query, in full"
    )]
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
            method: crate::runtime::Method::GET,
            path: format!("/replicaTaskSessions/{}", replica_task_session_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_restore_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_restore_session_entities`]: a query, in full"
    )]
    /// - [`Self::get_restore_sessions_entities`]: every one, in full
    /// - [`Self::get_restore_sessions_by_id`]: one, by its id
    pub async fn get_restore_sessions(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /restoreSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/restoreSessions".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_restore_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_restore_session_entities`]: a query, in full"
    )]
    /// - [`Self::get_restore_sessions`]: every one, as references
    /// - [`Self::get_restore_sessions_by_id`]: one, by its id
    pub async fn get_restore_sessions_entities(
        &self,
    ) -> Result<super::types::RestoreSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /restoreSessions";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/restoreSessions".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_restore_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_restore_session_entities`]: a query, in full"
    )]
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
            method: crate::runtime::Method::GET,
            path: format!("/restoreSessions/{}", restore_session_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
            method: crate::runtime::Method::GET,
            path: "/systemSessions".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
            method: crate::runtime::Method::GET,
            path: "/systemSessions".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
            method: crate::runtime::Method::GET,
            path: format!("/systemSessions/{}", system_session_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
            method: crate::runtime::Method::GET,
            path: format!("/systemSessions/{}/events", system_session_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
            method: crate::runtime::Method::GET,
            path: "/tasks".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
            method: crate::runtime::Method::DELETE,
            path: format!("/tasks/{}", task_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::NO_CONTENT],
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
            method: crate::runtime::Method::GET,
            path: format!("/tasks/{}", task_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
}
