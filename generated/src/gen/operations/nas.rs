// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `nas`.

#[allow(unused_imports)]
use super::*;

impl crate::Client {
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
            method: crate::runtime::Method::GET,
            path: "/nas".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
            method: crate::runtime::Method::GET,
            path: "/nas/backupSessions".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_file_server`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_file_server_entities`]: a query, in full"
    )]
    pub async fn get_nas_file_servers(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /nas/fileServers";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/nas/fileServers".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_file_server`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_file_server_entities`]: a query, in full"
    )]
    pub async fn get_nas_file_servers_entities(
        &self,
    ) -> Result<super::types::FileServers, crate::runtime::Error> {
        const OPERATION: &str = "GET /nas/fileServers";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/nas/fileServers".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_file_server`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_file_server_entities`]: a query, in full"
    )]
    pub async fn get_nas_file_servers_by_id(
        &self,
        file_server_id: impl AsRef<str>,
    ) -> Result<super::types::FileServer, crate::runtime::Error> {
        const OPERATION: &str = "GET /nas/fileServers/{ID}";
        let file_server_id = crate::runtime::id_segment(file_server_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/nas/fileServers/{}", file_server_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_nas_job`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_nas_job_entities`]: a query, in full"
    )]
    pub async fn get_nas_jobs(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /nas/jobs";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/nas/jobs".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_nas_job`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_nas_job_entities`]: a query, in full"
    )]
    pub async fn get_nas_jobs_entities(
        &self,
    ) -> Result<super::types::NasJobs, crate::runtime::Error> {
        const OPERATION: &str = "GET /nas/jobs";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/nas/jobs".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_nas_job`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_nas_job_entities`]: a query, in full"
    )]
    pub async fn get_nas_jobs_by_id(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::NasJob, crate::runtime::Error> {
        const OPERATION: &str = "GET /nas/jobs/{ID}";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/nas/jobs/{}", job_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(any(feature = "query", feature = "sessions"), doc = " # See also")]
    ///
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_backup_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_backup_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_backup_sessions_by_id`]: one, by its id"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_job_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_job_session_entities`]: a query, in full"
    )]
    pub async fn get_nas_jobs_by_id_backup_sessions(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /nas/jobs/{ID}/backupSessions";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/nas/jobs/{}/backupSessions", job_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(any(feature = "query", feature = "sessions"), doc = " # See also")]
    ///
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_backup_sessions`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_backup_sessions_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "sessions",
        doc = " - [`Self::get_backup_sessions_by_id`]: one, by its id"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_job_session`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_job_session_entities`]: a query, in full"
    )]
    pub async fn get_nas_jobs_by_id_backup_sessions_entities(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::BackupJobSessions, crate::runtime::Error> {
        const OPERATION: &str = "GET /nas/jobs/{ID}/backupSessions";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/nas/jobs/{}/backupSessions", job_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_nas_object`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_nas_object_entities`]: a query, in full"
    )]
    pub async fn get_nas_jobs_by_id_includes(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /nas/jobs/{ID}/includes";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/nas/jobs/{}/includes", job_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_nas_object`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_nas_object_entities`]: a query, in full"
    )]
    pub async fn get_nas_jobs_by_id_includes_entities(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::NasObjects, crate::runtime::Error> {
        const OPERATION: &str = "GET /nas/jobs/{ID}/includes";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/nas/jobs/{}/includes", job_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(feature = "query", doc = " # See also")]
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_nas_object`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_nas_object_entities`]: a query, in full"
    )]
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
            method: crate::runtime::Method::GET,
            path: format!("/nas/jobs/{}/includes/{}", job_id, include_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
            method: crate::runtime::Method::POST,
            path: format!("/nas/jobs/{}/retry", job_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
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
            method: crate::runtime::Method::POST,
            path: format!("/nas/jobs/{}/start", job_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
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
            method: crate::runtime::Method::POST,
            path: format!("/nas/jobs/{}/stop", job_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
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
            method: crate::runtime::Method::POST,
            path: format!("/nas/jobs/{}/toggleScheduleEnabled", job_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
}
