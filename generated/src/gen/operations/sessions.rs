// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `sessions`.
#[allow(unused_imports)]
use super::*;
impl crate::Client {
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
}
