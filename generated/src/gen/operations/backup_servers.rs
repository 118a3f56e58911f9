// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `backup-servers`.

#[allow(unused_imports)]
use super::*;

impl crate::Client {
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_server`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_server_entities`]: a query, in full"
    )]
    pub async fn get_backup_servers(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupServers";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/backupServers".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_server`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_server_entities`]: a query, in full"
    )]
    pub async fn get_backup_servers_entities(
        &self,
    ) -> Result<super::types::BackupServers, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupServers";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/backupServers".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
            method: crate::runtime::Method::POST,
            path: "/backupServers".to_string(),
            query: vec![("action", "create".to_string())],
            body: Some(crate::runtime::encode(self.format(), "BackupServerSpec", body)),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
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
            method: crate::runtime::Method::DELETE,
            path: format!("/backupServers/{}", backup_server_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::NO_CONTENT],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_server`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_server_entities`]: a query, in full"
    )]
    pub async fn get_backup_servers_by_id(
        &self,
        backup_server_id: impl AsRef<str>,
    ) -> Result<super::types::BackupServer, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupServers/{ID}";
        let backup_server_id = crate::runtime::id_segment(backup_server_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/backupServers/{}", backup_server_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
            method: crate::runtime::Method::POST,
            path: format!("/backupServers/{}", backup_server_id),
            query: vec![("action", "collect".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
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
            method: crate::runtime::Method::POST,
            path: format!("/backupServers/{}", backup_server_id),
            query: vec![("action", "quickbackup".to_string())],
            body: Some(
                crate::runtime::encode(self.format(), "QuickBackupStartupSpec", body),
            ),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
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
            method: crate::runtime::Method::POST,
            path: format!("/backupServers/{}", backup_server_id),
            query: vec![("action", "veeamzip".to_string())],
            body: Some(
                crate::runtime::encode(self.format(), "VeeamZipStartupSpec", body),
            ),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
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
            method: crate::runtime::Method::PUT,
            path: format!("/backupServers/{}", backup_server_id),
            query: vec![],
            body: Some(crate::runtime::encode(self.format(), "BackupServerSpec", body)),
            expect: &[crate::runtime::StatusCode::NO_CONTENT],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_credentials`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_credentials_entities`]: a query, in full"
    )]
    pub async fn get_backup_servers_by_id_credentials(
        &self,
        backup_server_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupServers/{ID}/credentials";
        let backup_server_id = crate::runtime::id_segment(backup_server_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/backupServers/{}/credentials", backup_server_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_credentials`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_credentials_entities`]: a query, in full"
    )]
    pub async fn get_backup_servers_by_id_credentials_entities(
        &self,
        backup_server_id: impl AsRef<str>,
    ) -> Result<super::types::CredentialsInfoList, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupServers/{ID}/credentials";
        let backup_server_id = crate::runtime::id_segment(backup_server_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/backupServers/{}/credentials", backup_server_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
            method: crate::runtime::Method::POST,
            path: format!("/backupServers/{}/credentials", backup_server_id),
            query: vec![("action", "create".to_string())],
            body: Some(
                crate::runtime::encode(self.format(), "CredentialsInfoSpec", body),
            ),
            expect: &[crate::runtime::StatusCode::CREATED],
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
            method: crate::runtime::Method::DELETE,
            path: format!(
                "/backupServers/{}/credentials/{}", backup_server_id, credential_id
            ),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::NO_CONTENT],
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
    #[cfg_attr(feature = "query", doc = " # See also")]
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_credentials`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_credentials_entities`]: a query, in full"
    )]
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
            method: crate::runtime::Method::GET,
            path: format!(
                "/backupServers/{}/credentials/{}", backup_server_id, credential_id
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
            method: crate::runtime::Method::PUT,
            path: format!(
                "/backupServers/{}/credentials/{}", backup_server_id, credential_id
            ),
            query: vec![],
            body: Some(crate::runtime::encode(self.format(), "CredentialsInfo", body)),
            expect: &[crate::runtime::StatusCode::NO_CONTENT],
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
    #[cfg_attr(feature = "repositories", doc = " # See also")]
    ///
    #[cfg_attr(
        feature = "repositories",
        doc = " - [`Self::get_external_repositories`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "repositories",
        doc = " - [`Self::get_external_repositories_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "repositories",
        doc = " - [`Self::get_external_repositories_by_id`]: one, by its id"
    )]
    pub async fn get_backup_servers_by_id_external_repositories(
        &self,
        backup_server_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupServers/{ID}/externalRepositories";
        let backup_server_id = crate::runtime::id_segment(backup_server_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/backupServers/{}/externalRepositories", backup_server_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(feature = "repositories", doc = " # See also")]
    ///
    #[cfg_attr(
        feature = "repositories",
        doc = " - [`Self::get_external_repositories`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "repositories",
        doc = " - [`Self::get_external_repositories_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "repositories",
        doc = " - [`Self::get_external_repositories_by_id`]: one, by its id"
    )]
    pub async fn get_backup_servers_by_id_external_repositories_entities(
        &self,
        backup_server_id: impl AsRef<str>,
    ) -> Result<super::types::ExternalRepositories, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupServers/{ID}/externalRepositories";
        let backup_server_id = crate::runtime::id_segment(backup_server_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/backupServers/{}/externalRepositories", backup_server_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_passwords`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_passwords_entities`]: a query, in full"
    )]
    pub async fn get_backup_servers_by_id_passwords(
        &self,
        backup_server_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupServers/{ID}/passwords";
        let backup_server_id = crate::runtime::id_segment(backup_server_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/backupServers/{}/passwords", backup_server_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_passwords`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_passwords_entities`]: a query, in full"
    )]
    pub async fn get_backup_servers_by_id_passwords_entities(
        &self,
        backup_server_id: impl AsRef<str>,
    ) -> Result<super::types::PasswordKeyInfoList, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupServers/{ID}/passwords";
        let backup_server_id = crate::runtime::id_segment(backup_server_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/backupServers/{}/passwords", backup_server_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
            method: crate::runtime::Method::POST,
            path: format!("/backupServers/{}/passwords", backup_server_id),
            query: vec![("action", "create".to_string())],
            body: Some(
                crate::runtime::encode(self.format(), "PasswordKeyInfoSpec", body),
            ),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
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
            method: crate::runtime::Method::DELETE,
            path: format!(
                "/backupServers/{}/passwords/{}", backup_server_id, password_id
            ),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::NO_CONTENT],
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
    #[cfg_attr(feature = "query", doc = " # See also")]
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_passwords`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_passwords_entities`]: a query, in full"
    )]
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
            method: crate::runtime::Method::GET,
            path: format!(
                "/backupServers/{}/passwords/{}", backup_server_id, password_id
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
            method: crate::runtime::Method::PUT,
            path: format!(
                "/backupServers/{}/passwords/{}", backup_server_id, password_id
            ),
            query: vec![],
            body: Some(
                crate::runtime::encode(self.format(), "PasswordKeyInfoSpec", body),
            ),
            expect: &[crate::runtime::StatusCode::NO_CONTENT],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
}
