// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `backups`.
#[allow(unused_imports)]
use super::*;
impl crate::Client {
    /// `GET /backupFiles`
    ///
    /// Returns a resource representation of a collection of backup files created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_backup_files_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupfiles.html>
    pub async fn get_backup_files(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupFiles";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/backupFiles".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backupFiles?format=Entity`
    ///
    /// The entity form of [`Self::get_backup_files`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `BackupFiles` (`<BackupFiles>` in XML), on 200 OK. Typed from the conventions: items `<BackupFile>` from `GET /backupFiles/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupfiles.html>
    pub async fn get_backup_files_entities(
        &self,
    ) -> Result<super::types::BackupFiles, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupFiles";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/backupFiles".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backupFiles/{ID}`
    ///
    /// Returns a resource representation of a backup file with the specified ID. The backup file is created on or imported to the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `BackupFile` (`<BackupFile>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupfiles_id.html>
    pub async fn get_backup_files_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::BackupFile, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupFiles/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/backupFiles/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backupFiles/{ID}/restorePoints`
    ///
    /// Returns a collection of restore points for a backup file with the specified ID. The backup file was created on or imported to the backup server connected to Veeam Backup Enterprise Manager.
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
    /// The entities themselves: [`Self::get_backup_files_by_id_restore_points_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupfiles_id_restorepoints.html>
    pub async fn get_backup_files_by_id_restore_points(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupFiles/{ID}/restorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/backupFiles/{}/restorePoints", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backupFiles/{ID}/restorePoints?format=Entity`
    ///
    /// The entity form of [`Self::get_backup_files_by_id_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `RestorePoints` (`<RestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<RestorePoint>` from the reference items' `Type` in the example of get_backupfiles_id_restorepoints.md; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupfiles_id_restorepoints.html>
    pub async fn get_backup_files_by_id_restore_points_entities(
        &self,
        id: &str,
    ) -> Result<super::types::RestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupFiles/{ID}/restorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/backupFiles/{}/restorePoints", crate ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backupFiles/{ID}/vmRestorePoints`
    ///
    /// Returns a collection of restore points for separate VMs in a backup file with the specified ID. The backup file was created on or imported to the backup server connected to Veeam Backup Enterprise Manager.
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
    /// The entities themselves: [`Self::get_backup_files_by_id_vm_restore_points_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupfiles_id_vmrestorepoints.html>
    pub async fn get_backup_files_by_id_vm_restore_points(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupFiles/{ID}/vmRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/backupFiles/{}/vmRestorePoints", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backupFiles/{ID}/vmRestorePoints?format=Entity`
    ///
    /// The entity form of [`Self::get_backup_files_by_id_vm_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `VmRestorePoints` (`<VmRestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<VmRestorePoint>` from the reference items' `Type` in the example of get_backupfiles_id_vmrestorepoints.md; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backupfiles_id_vmrestorepoints.html>
    pub async fn get_backup_files_by_id_vm_restore_points_entities(
        &self,
        id: &str,
    ) -> Result<super::types::VmRestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /backupFiles/{ID}/vmRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/backupFiles/{}/vmRestorePoints", crate ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backups`
    ///
    /// Returns a resource representation of a collection of all backups created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_backups_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backups.html>
    pub async fn get_backups(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backups";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/backups".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backups?format=Entity`
    ///
    /// The entity form of [`Self::get_backups`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `Backups` (`<Backups>` in XML), on 200 OK. Typed from the conventions: items `<Backup>` from `GET /backups/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backups.html>
    pub async fn get_backups_entities(
        &self,
    ) -> Result<super::types::Backups, crate::runtime::Error> {
        const OPERATION: &str = "GET /backups";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/backups".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backups/{ID}`
    ///
    /// Returns a resource representation of a backup having the specified ID. The backup is created on or imported to the backup server connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Backup` (`<Backup>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backups_id.html>
    pub async fn get_backups_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::Backup, crate::runtime::Error> {
        const OPERATION: &str = "GET /backups/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/backups/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backups/{ID}/childbackups`
    ///
    /// Returns a resource representation of a collection of all ChildBackup resources of a ParentBackup backup type having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backups_id_childbackups.html>
    pub async fn get_backups_by_id_childbackups(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backups/{ID}/childbackups";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/backups/{}/childbackups", crate ::runtime::path_segment(id)),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backups/{ID}/restorePoints`
    ///
    /// Returns a resource representation of a collection of restore points of Standard and ChildBackup backups having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_backups_by_id_restore_points_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backups_id_restorepoints.html>
    pub async fn get_backups_by_id_restore_points(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /backups/{ID}/restorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/backups/{}/restorePoints", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /backups/{ID}/restorePoints?format=Entity`
    ///
    /// The entity form of [`Self::get_backups_by_id_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `RestorePoints` (`<RestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<RestorePoint>` from the reference items' `Type` in the example of get_backups_id_restorepoints.cell-text.txt; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_backups_id_restorepoints.html>
    pub async fn get_backups_by_id_restore_points_entities(
        &self,
        id: &str,
    ) -> Result<super::types::RestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /backups/{ID}/restorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/backups/{}/restorePoints", crate ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /restorePoints`
    ///
    /// Returns a resource representation of a restore points collection for backups and replicas created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_restore_points_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints.html>
    pub async fn get_restore_points(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/restorePoints".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /restorePoints?format=Entity`
    ///
    /// The entity form of [`Self::get_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `RestorePoints` (`<RestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<RestorePoint>` from `GET /restorePoints/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints.html>
    pub async fn get_restore_points_entities(
        &self,
    ) -> Result<super::types::RestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/restorePoints".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /restorePoints/{ID}`
    ///
    /// Returns a resource representation of a backup restore point having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `RestorePoint` (`<RestorePoint>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id.html>
    pub async fn get_restore_points_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::RestorePoint, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/restorePoints/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /restorePoints/{ID}/agentRestorePoints`
    ///
    /// Returns a resource representation of a restore points collection for Veeam Agent backups created on or imported to backup servers connected to Veeam Backup Enterprise Manager.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_restore_points_by_id_agent_restore_points_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id_agentrestorepoints.html>
    pub async fn get_restore_points_by_id_agent_restore_points(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints/{ID}/agentRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/restorePoints/{}/agentRestorePoints", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /restorePoints/{ID}/agentRestorePoints?format=Entity`
    ///
    /// The entity form of [`Self::get_restore_points_by_id_agent_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `AgentRestorePoints` (`<AgentRestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<AgentRestorePoint>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id_agentrestorepoints.html>
    pub async fn get_restore_points_by_id_agent_restore_points_entities(
        &self,
        id: &str,
    ) -> Result<super::types::AgentRestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints/{ID}/agentRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/restorePoints/{}/agentRestorePoints", crate ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /restorePoints/{ID}/backupFiles`
    ///
    /// Returns a resource representation of a collection of backup files created for a restore point with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_restore_points_by_id_backup_files_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id_backupfiles.html>
    pub async fn get_restore_points_by_id_backup_files(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints/{ID}/backupFiles";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/restorePoints/{}/backupFiles", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /restorePoints/{ID}/backupFiles?format=Entity`
    ///
    /// The entity form of [`Self::get_restore_points_by_id_backup_files`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `BackupFiles` (`<BackupFiles>` in XML), on 200 OK. Typed from the conventions: items `<BackupFile>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id_backupfiles.html>
    pub async fn get_restore_points_by_id_backup_files_entities(
        &self,
        id: &str,
    ) -> Result<super::types::BackupFiles, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints/{ID}/backupFiles";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/restorePoints/{}/backupFiles", crate ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /restorePoints/{ID}/vAppRestorePoints`
    ///
    /// Returns a resource representation of a collection of vApp restore points created for a backup restore point with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_restore_points_by_id_v_app_restore_points_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id_vapprestorepoints.html>
    pub async fn get_restore_points_by_id_v_app_restore_points(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints/{ID}/vAppRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/restorePoints/{}/vAppRestorePoints", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /restorePoints/{ID}/vAppRestorePoints?format=Entity`
    ///
    /// The entity form of [`Self::get_restore_points_by_id_v_app_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `VAppRestorePoints` (`<VAppRestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<VAppRestorePoint>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id_vapprestorepoints.html>
    pub async fn get_restore_points_by_id_v_app_restore_points_entities(
        &self,
        id: &str,
    ) -> Result<super::types::VAppRestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints/{ID}/vAppRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/restorePoints/{}/vAppRestorePoints", crate ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /restorePoints/{ID}/vmRestorePoints`
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs created for a backup restore point with the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_restore_points_by_id_vm_restore_points_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id_vmrestorepoints.html>
    pub async fn get_restore_points_by_id_vm_restore_points(
        &self,
        id: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints/{ID}/vmRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/restorePoints/{}/vmRestorePoints", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /restorePoints/{ID}/vmRestorePoints?format=Entity`
    ///
    /// The entity form of [`Self::get_restore_points_by_id_vm_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `VmRestorePoints` (`<VmRestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<VmRestorePoint>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_restorepoints_id_vmrestorepoints.html>
    pub async fn get_restore_points_by_id_vm_restore_points_entities(
        &self,
        id: &str,
    ) -> Result<super::types::VmRestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /restorePoints/{ID}/vmRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/restorePoints/{}/vmRestorePoints", crate ::runtime::path_segment(id)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /vAppRestorePoints`
    ///
    /// Returns a resource representation of a collection of vApp restore points created on backup servers that are connected to Veeam Backup Enterprise Manager.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_v_app_restore_points_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vapprestorepoints.html>
    pub async fn get_v_app_restore_points(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /vAppRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/vAppRestorePoints".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /vAppRestorePoints?format=Entity`
    ///
    /// The entity form of [`Self::get_v_app_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `VAppRestorePoints` (`<VAppRestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<VAppRestorePoint>` from `GET /vAppRestorePoints/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vapprestorepoints.html>
    pub async fn get_v_app_restore_points_entities(
        &self,
    ) -> Result<super::types::VAppRestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /vAppRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/vAppRestorePoints".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /vAppRestorePoints/{ID}`
    ///
    /// Returns a resource representation of a vApp restore point having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `VAppRestorePoint` (`<VAppRestorePoint>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vapprestorepoints_id.html>
    pub async fn get_v_app_restore_points_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::VAppRestorePoint, crate::runtime::Error> {
        const OPERATION: &str = "GET /vAppRestorePoints/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/vAppRestorePoints/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /vmRestorePoints`
    ///
    /// Returns a resource representation of a collection of restore points for separate VMs in backup files.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_vm_restore_points_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmrestorepoints.html>
    pub async fn get_vm_restore_points(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /vmRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/vmRestorePoints".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /vmRestorePoints?format=Entity`
    ///
    /// The entity form of [`Self::get_vm_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `VmRestorePoints` (`<VmRestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<VmRestorePoint>` from `GET /vmRestorePoints/{ID}`; the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmrestorepoints.html>
    pub async fn get_vm_restore_points_entities(
        &self,
    ) -> Result<super::types::VmRestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /vmRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/vmRestorePoints".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /vmRestorePoints/{ID}`
    ///
    /// Returns a resource representation of a VM restore point having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `VmRestorePoint` (`<VmRestorePoint>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmrestorepoints_id.html>
    pub async fn get_vm_restore_points_by_id(
        &self,
        id: &str,
    ) -> Result<super::types::VmRestorePoint, crate::runtime::Error> {
        const OPERATION: &str = "GET /vmRestorePoints/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/vmRestorePoints/{}", crate ::runtime::path_segment(id)),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
}
