// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `nas`.
#[allow(unused_imports)]
use super::*;
impl crate::Client {
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
}
