// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `backup-servers`.
#[allow(unused_imports)]
use super::*;
impl crate::Client {
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
}
