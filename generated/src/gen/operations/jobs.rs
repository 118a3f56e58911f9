// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `jobs`.
#[allow(unused_imports)]
use super::*;
impl crate::Client {
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
}
