// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `jobs`.

#[allow(unused_imports)]
use super::*;

impl crate::Client {
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_job`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_job_entities`]: a query, in full"
    )]
    pub async fn get_jobs(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /jobs";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/jobs".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_job`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_job_entities`]: a query, in full"
    )]
    pub async fn get_jobs_entities(
        &self,
    ) -> Result<super::types::Jobs, crate::runtime::Error> {
        const OPERATION: &str = "GET /jobs";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/jobs".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
            method: crate::runtime::Method::DELETE,
            path: format!("/jobs/{}", job_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_job`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_job_entities`]: a query, in full"
    )]
    pub async fn get_jobs_by_id(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::Job, crate::runtime::Error> {
        const OPERATION: &str = "GET /jobs/{ID}";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/jobs/{}", job_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
            method: crate::runtime::Method::POST,
            path: format!("/jobs/{}", job_id),
            query: vec![("action", "clone".to_string())],
            body: Some(crate::runtime::encode(self.format(), "JobCloneSpec", body)),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
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
            method: crate::runtime::Method::POST,
            path: format!("/jobs/{}", job_id),
            query: vec![("action", "retry".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
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
            method: crate::runtime::Method::POST,
            path: format!("/jobs/{}", job_id),
            query: vec![("action", "start".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
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
            method: crate::runtime::Method::POST,
            path: format!("/jobs/{}", job_id),
            query: vec![("action", "stop".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
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
            method: crate::runtime::Method::POST,
            path: format!("/jobs/{}", job_id),
            query: vec![("action", "sync".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
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
            method: crate::runtime::Method::POST,
            path: format!("/jobs/{}", job_id),
            query: vec![("action", "toggleScheduleEnabled".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
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
            method: crate::runtime::Method::PUT,
            path: format!("/jobs/{}", job_id),
            query: vec![("action", "edit".to_string())],
            body: Some(crate::runtime::encode(self.format(), "Job", body)),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
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
    #[cfg_attr(feature = "query", doc = " # See also")]
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_object_in_job`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_object_in_job_entities`]: a query, in full"
    )]
    pub async fn get_jobs_by_id_includes(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /jobs/{ID}/includes";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/jobs/{}/includes", job_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(feature = "query", doc = " # See also")]
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_object_in_job`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_object_in_job_entities`]: a query, in full"
    )]
    pub async fn get_jobs_by_id_includes_entities(
        &self,
        job_id: impl AsRef<str>,
    ) -> Result<super::types::ObjectsInJob, crate::runtime::Error> {
        const OPERATION: &str = "GET /jobs/{ID}/includes";
        let job_id = crate::runtime::id_segment(job_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/jobs/{}/includes", job_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
            method: crate::runtime::Method::POST,
            path: format!("/jobs/{}/includes", job_id),
            query: vec![],
            body: Some(
                crate::runtime::encode(self.format(), "CreateObjectInJobSpec", body),
            ),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
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
            method: crate::runtime::Method::DELETE,
            path: format!("/jobs/{}/includes/{}", job_id, include_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
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
            method: crate::runtime::Method::GET,
            path: format!("/jobs/{}/includes/{}", job_id, include_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
            method: crate::runtime::Method::GET,
            path: format!("/jobs/{}/linkedBackupRepositories", job_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
            method: crate::runtime::Method::POST,
            path: format!("/jobs/{}/linkedBackupRepositories", job_id),
            query: vec![],
            body: Some(
                crate::runtime::encode(
                    self.format(),
                    "PostJobsLinkedBackupRepositoriesSpec",
                    body,
                ),
            ),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
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
            method: crate::runtime::Method::DELETE,
            path: format!(
                "/jobs/{}/linkedBackupRepositories/{}", job_id,
                linked_backup_repository_id
            ),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
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
            method: crate::runtime::Method::GET,
            path: format!("/jobs/{}/linkedJobs", job_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
            method: crate::runtime::Method::POST,
            path: format!("/jobs/{}/linkedJobs", job_id),
            query: vec![],
            body: Some(
                crate::runtime::encode(self.format(), "PostJobsLinkedJobsSpec", body),
            ),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
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
            method: crate::runtime::Method::DELETE,
            path: format!("/jobs/{}/linkedJobs/{}", job_id, linked_job_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
}
