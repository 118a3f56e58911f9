// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `backups`.

#[allow(unused_imports)]
use super::*;

impl crate::Client {
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
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backup_files`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backup_files_entities`]: every one, in full"
    )]
    /// - [`Self::get_backup_files_entities`]: every one, in full
    /// - [`Self::get_backup_files_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_file`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_file_entities`]: a query, in full"
    )]
    pub async fn get_backup_files(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupFiles";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/backupFiles".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backup_files`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backup_files_entities`]: every one, in full"
    )]
    /// - [`Self::get_backup_files`]: every one, as references
    /// - [`Self::get_backup_files_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_file`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_file_entities`]: a query, in full"
    )]
    pub async fn get_backup_files_entities(
        &self,
    ) -> Result<super::types::BackupFiles, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupFiles";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/backupFiles".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backup_files`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backup_files_entities`]: every one, in full"
    )]
    /// - [`Self::get_backup_files`]: every one, as references
    /// - [`Self::get_backup_files_entities`]: every one, in full
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_file`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_file_entities`]: a query, in full"
    )]
    pub async fn get_backup_files_by_id(
        &self,
        backup_file_id: impl AsRef<str>,
    ) -> Result<super::types::BackupFile, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupFiles/{ID}";
        let backup_file_id = crate::runtime::id_segment(backup_file_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/backupFiles/{}", backup_file_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_restore_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_restore_point_entities`]: a query, in full"
    )]
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
            method: crate::runtime::Method::GET,
            path: format!("/backupFiles/{}/restorePoints", backup_file_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_restore_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_restore_point_entities`]: a query, in full"
    )]
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
            method: crate::runtime::Method::GET,
            path: format!("/backupFiles/{}/restorePoints", backup_file_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vm_restore_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vm_restore_point_entities`]: a query, in full"
    )]
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
            method: crate::runtime::Method::GET,
            path: format!("/backupFiles/{}/vmRestorePoints", backup_file_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vm_restore_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vm_restore_point_entities`]: a query, in full"
    )]
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
            method: crate::runtime::Method::GET,
            path: format!("/backupFiles/{}/vmRestorePoints", backup_file_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backups`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backups_entities`]: every one, in full"
    )]
    /// - [`Self::get_backups_entities`]: every one, in full
    /// - [`Self::get_backups_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_entities`]: a query, in full"
    )]
    pub async fn get_backups(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backups";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/backups".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backups`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backups_entities`]: every one, in full"
    )]
    /// - [`Self::get_backups`]: every one, as references
    /// - [`Self::get_backups_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_entities`]: a query, in full"
    )]
    pub async fn get_backups_entities(
        &self,
    ) -> Result<super::types::Backups, crate::runtime::Error> {
        const OPERATION: &str = "GET /backups";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/backups".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backups`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backups_entities`]: every one, in full"
    )]
    /// - [`Self::get_backups`]: every one, as references
    /// - [`Self::get_backups_entities`]: every one, in full
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_entities`]: a query, in full"
    )]
    pub async fn get_backups_by_id(
        &self,
        backup_id: impl AsRef<str>,
    ) -> Result<super::types::Backup, crate::runtime::Error> {
        const OPERATION: &str = "GET /backups/{ID}";
        let backup_id = crate::runtime::id_segment(backup_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/backups/{}", backup_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
            method: crate::runtime::Method::GET,
            path: format!("/backups/{}/childbackups", backup_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_restore_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_restore_point_entities`]: a query, in full"
    )]
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
            method: crate::runtime::Method::GET,
            path: format!("/backups/{}/restorePoints", backup_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_restore_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_restore_point_entities`]: a query, in full"
    )]
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
            method: crate::runtime::Method::GET,
            path: format!("/backups/{}/restorePoints", backup_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_restore_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_restore_point_entities`]: a query, in full"
    )]
    /// - [`Self::get_restore_points_entities`]: every one, in full
    /// - [`Self::get_restore_points_by_id`]: one, by its id
    pub async fn get_restore_points(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/restorePoints".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_restore_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_restore_point_entities`]: a query, in full"
    )]
    /// - [`Self::get_restore_points`]: every one, as references
    /// - [`Self::get_restore_points_by_id`]: one, by its id
    pub async fn get_restore_points_entities(
        &self,
    ) -> Result<super::types::RestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/restorePoints".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_restore_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_restore_point_entities`]: a query, in full"
    )]
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
            method: crate::runtime::Method::GET,
            path: format!("/restorePoints/{}", restore_point_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(any(feature = "agents", feature = "query"), doc = " # See also")]
    ///
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_agent_restore_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_agent_restore_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_agent_restore_points_by_id`]: one, by its id"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_restore_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_restore_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_agent_restore_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_agent_restore_point_entities`]: a query, in full"
    )]
    pub async fn get_restore_points_by_id_agent_restore_points(
        &self,
        restore_point_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints/{ID}/agentRestorePoints";
        let restore_point_id = crate::runtime::id_segment(restore_point_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/restorePoints/{}/agentRestorePoints", restore_point_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(any(feature = "agents", feature = "query"), doc = " # See also")]
    ///
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_agent_restore_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_agent_restore_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_agent_restore_points_by_id`]: one, by its id"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_restore_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_restore_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_agent_restore_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_agent_restore_point_entities`]: a query, in full"
    )]
    pub async fn get_restore_points_by_id_agent_restore_points_entities(
        &self,
        restore_point_id: impl AsRef<str>,
    ) -> Result<super::types::AgentRestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints/{ID}/agentRestorePoints";
        let restore_point_id = crate::runtime::id_segment(restore_point_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/restorePoints/{}/agentRestorePoints", restore_point_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backup_files`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backup_files_entities`]: every one, in full"
    )]
    /// - [`Self::get_backup_files`]: every one, as references
    /// - [`Self::get_backup_files_entities`]: every one, in full
    /// - [`Self::get_backup_files_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_file`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_file_entities`]: a query, in full"
    )]
    pub async fn get_restore_points_by_id_backup_files(
        &self,
        restore_point_id: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints/{ID}/backupFiles";
        let restore_point_id = crate::runtime::id_segment(restore_point_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/restorePoints/{}/backupFiles", restore_point_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backup_files`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "agents",
        doc = " - [`Self::get_agents_backup_files_entities`]: every one, in full"
    )]
    /// - [`Self::get_backup_files`]: every one, as references
    /// - [`Self::get_backup_files_entities`]: every one, in full
    /// - [`Self::get_backup_files_by_id`]: one, by its id
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_file`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_backup_file_entities`]: a query, in full"
    )]
    pub async fn get_restore_points_by_id_backup_files_entities(
        &self,
        restore_point_id: impl AsRef<str>,
    ) -> Result<super::types::BackupFiles, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints/{ID}/backupFiles";
        let restore_point_id = crate::runtime::id_segment(restore_point_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/restorePoints/{}/backupFiles", restore_point_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_v_app_restore_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_v_app_restore_point_entities`]: a query, in full"
    )]
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
            method: crate::runtime::Method::GET,
            path: format!("/restorePoints/{}/vAppRestorePoints", restore_point_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_v_app_restore_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_v_app_restore_point_entities`]: a query, in full"
    )]
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
            method: crate::runtime::Method::GET,
            path: format!("/restorePoints/{}/vAppRestorePoints", restore_point_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vm_restore_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vm_restore_point_entities`]: a query, in full"
    )]
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
            method: crate::runtime::Method::GET,
            path: format!("/restorePoints/{}/vmRestorePoints", restore_point_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vm_restore_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vm_restore_point_entities`]: a query, in full"
    )]
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
            method: crate::runtime::Method::GET,
            path: format!("/restorePoints/{}/vmRestorePoints", restore_point_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_v_app_restore_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_v_app_restore_point_entities`]: a query, in full"
    )]
    /// - [`Self::get_v_app_restore_points_entities`]: every one, in full
    /// - [`Self::get_v_app_restore_points_by_id`]: one, by its id
    pub async fn get_v_app_restore_points(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /vAppRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/vAppRestorePoints".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_v_app_restore_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_v_app_restore_point_entities`]: a query, in full"
    )]
    /// - [`Self::get_v_app_restore_points`]: every one, as references
    /// - [`Self::get_v_app_restore_points_by_id`]: one, by its id
    pub async fn get_v_app_restore_points_entities(
        &self,
    ) -> Result<super::types::VAppRestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /vAppRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/vAppRestorePoints".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_v_app_restore_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_v_app_restore_point_entities`]: a query, in full"
    )]
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
            method: crate::runtime::Method::GET,
            path: format!("/vAppRestorePoints/{}", v_app_restore_point_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vm_restore_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vm_restore_point_entities`]: a query, in full"
    )]
    /// - [`Self::get_vm_restore_points_entities`]: every one, in full
    /// - [`Self::get_vm_restore_points_by_id`]: one, by its id
    pub async fn get_vm_restore_points(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /vmRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/vmRestorePoints".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vm_restore_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vm_restore_point_entities`]: a query, in full"
    )]
    /// - [`Self::get_vm_restore_points`]: every one, as references
    /// - [`Self::get_vm_restore_points_by_id`]: one, by its id
    pub async fn get_vm_restore_points_entities(
        &self,
    ) -> Result<super::types::VmRestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /vmRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/vmRestorePoints".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
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
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vm_restore_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vm_restore_point_entities`]: a query, in full"
    )]
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
            method: crate::runtime::Method::GET,
            path: format!("/vmRestorePoints/{}", vm_restore_point_id),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
}
