// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `restore`.
#[allow(unused_imports)]
use super::*;
impl crate::Client {
    /// `GET /catalog/vms`
    ///
    /// Returns a resource representation of a VM collection whose guest OS files have been indexed during backup.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_catalog_vms_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms.html>
    pub async fn get_catalog_vms(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /catalog/vms";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/catalog/vms".to_string(),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /catalog/vms?format=Entity`
    ///
    /// The entity form of [`Self::get_catalog_vms`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Returns
    ///
    /// `CatalogVms` (`<CatalogVms>` in XML), on 200 OK. Typed from the conventions: items `<CatalogVm>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms.html>
    pub async fn get_catalog_vms_entities(
        &self,
    ) -> Result<super::types::CatalogVms, crate::runtime::Error> {
        const OPERATION: &str = "GET /catalog/vms";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: "/catalog/vms".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /catalog/vms/{vmname}`
    ///
    /// Returns a resource representation of a VM having the specified name whose guest OS files have been indexed during backup.
    ///
    /// # Arguments
    ///
    /// - `vmname`: the `{vmname}` path parameter.
    ///
    /// # Returns
    ///
    /// `Ref` (`<EntityRef>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EntityRef>`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms_vmname.html>
    pub async fn get_catalog_vms_by_vmname(
        &self,
        vmname: &str,
    ) -> Result<super::types::Ref, crate::runtime::Error> {
        const OPERATION: &str = "GET /catalog/vms/{vmname}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!("/catalog/vms/{}", crate ::runtime::path_segment(vmname)),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /catalog/vms/{vmname}/vmRestorePoints`
    ///
    /// Returns a resource representation of a collection of restore points for a VM whose guest OS files have been indexed during backup.
    ///
    /// # Arguments
    ///
    /// - `vmname`: the `{vmname}` path parameter.
    ///
    /// # Returns
    ///
    /// `EntityReferences` (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_catalog_vms_by_vmname_vm_restore_points_entities`] (`?format=Entity`).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms_vmname_vmrestorepoints.html>
    pub async fn get_catalog_vms_by_vmname_vm_restore_points(
        &self,
        vmname: &str,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /catalog/vms/{vmname}/vmRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/catalog/vms/{}/vmRestorePoints", crate ::runtime::path_segment(vmname)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /catalog/vms/{vmname}/vmRestorePoints?format=Entity`
    ///
    /// The entity form of [`Self::get_catalog_vms_by_vmname_vm_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// # Arguments
    ///
    /// - `vmname`: the `{vmname}` path parameter.
    ///
    /// # Returns
    ///
    /// `VmRestorePoints` (`<VmRestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<VmRestorePoint>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms_vmname_vmrestorepoints.html>
    pub async fn get_catalog_vms_by_vmname_vm_restore_points_entities(
        &self,
        vmname: &str,
    ) -> Result<super::types::VmRestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /catalog/vms/{vmname}/vmRestorePoints";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/catalog/vms/{}/vmRestorePoints", crate ::runtime::path_segment(vmname)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /catalog/vms/{vmname}/vmRestorePoints/{ID}`
    ///
    /// Returns a VM restore point having the specified ID. The restore point is created for a VM having the specified name; guest OS files of the VM have been indexed during backup.
    ///
    /// # Arguments
    ///
    /// - `vmname`: the `{vmname}` path parameter.
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Ref` (`<EntityRef>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EntityRef>`.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms_vmname_vmrestorepoints_id.html>
    pub async fn get_catalog_vms_by_vmname_vm_restore_points_by_id(
        &self,
        vmname: &str,
        id: &str,
    ) -> Result<super::types::Ref, crate::runtime::Error> {
        const OPERATION: &str = "GET /catalog/vms/{vmname}/vmRestorePoints/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/catalog/vms/{}/vmRestorePoints/{}", crate
                ::runtime::path_segment(vmname), crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /catalog/vms/{vmname}/vmRestorePoints/{ID}?action=browse`
    ///
    /// Starts the guest OS file restore process of the VM from the specified restore point. The VM disks are mounted to the backup server and VM guest OS files become available for restore.
    ///
    /// # Arguments
    ///
    /// - `vmname`: the `{vmname}` path parameter.
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_catalog_vms_vmname_vmrestorepoints_id_actoinbrowse.html>
    pub async fn post_catalog_vms_by_vmname_vm_restore_points_by_id_browse(
        &self,
        vmname: &str,
        id: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /catalog/vms/{vmname}/vmRestorePoints/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/catalog/vms/{}/vmRestorePoints/{}", crate
                ::runtime::path_segment(vmname), crate ::runtime::path_segment(id)
            ),
            query: vec![("action", "browse".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/`
    ///
    /// Returns a resource representation of the hierarchy of the VM guest OS file system within a VM backup.
    ///
    /// # Arguments
    ///
    /// - `vmname`: the `{vmname}` path parameter.
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `FileSystemEntry` (`<FileSystemEntry>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms_vmname_vmrestorepoints_id_guestfs.html>
    pub async fn get_catalog_vms_by_vmname_vm_restore_points_by_id_guestfs(
        &self,
        vmname: &str,
        id: &str,
    ) -> Result<super::types::FileSystemEntry, crate::runtime::Error> {
        const OPERATION: &str = "GET /catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/catalog/vms/{}/vmRestorePoints/{}/guestfs/", crate
                ::runtime::path_segment(vmname), crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/{filepath}`
    ///
    /// Returns a resource representation of a file or folder in the VM guest OS.
    ///
    /// # Arguments
    ///
    /// - `vmname`: the `{vmname}` path parameter.
    /// - `id`: the `{ID}` path parameter.
    /// - `filepath`: the `{filepath}` path parameter.
    ///
    /// # Returns
    ///
    /// `FileSystemEntries` (`<FileSystemEntries>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms_vmname_vmrestorepoints_id_guestfs_filepath.html>
    pub async fn get_catalog_vms_by_vmname_vm_restore_points_by_id_guestfs_by_filepath(
        &self,
        vmname: &str,
        id: &str,
        filepath: &str,
    ) -> Result<super::types::FileSystemEntries, crate::runtime::Error> {
        const OPERATION: &str = "GET /catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/{filepath}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/catalog/vms/{}/vmRestorePoints/{}/guestfs/{}", crate
                ::runtime::path_segment(vmname), crate ::runtime::path_segment(id), crate
                ::runtime::path_segment(filepath)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/{filepath}?action=restore`
    ///
    /// Starts restore of the specified VM guest OS file or folder from the specified restore point. The file or folder is restored to its original location.
    ///
    /// # Arguments
    ///
    /// - `vmname`: the `{vmname}` path parameter.
    /// - `id`: the `{ID}` path parameter.
    /// - `filepath`: the `{filepath}` path parameter.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_catalog_vms_vmname_vmrestorepoints_id_guestfs_filepath.html>
    pub async fn post_catalog_vms_by_vmname_vm_restore_points_by_id_guestfs_by_filepath_restore(
        &self,
        vmname: &str,
        id: &str,
        filepath: &str,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/{filepath}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/catalog/vms/{}/vmRestorePoints/{}/guestfs/{}", crate
                ::runtime::path_segment(vmname), crate ::runtime::path_segment(id), crate
                ::runtime::path_segment(filepath)
            ),
            query: vec![("action", "restore".to_string())],
            body: None,
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /vAppRestorePoints/{ID}?action=restore`
    ///
    /// Starts the entire VM restore process from the vApp restore point having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<RestoreSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vapprestorepoints_id_actionrestore.html>
    pub async fn post_v_app_restore_points_by_id_restore(
        &self,
        id: &str,
        body: &super::types::RestoreSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /vAppRestorePoints/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/vAppRestorePoints/{}", crate ::runtime::path_segment(id)),
            query: vec![("action", "restore".to_string())],
            body: Some(crate::runtime::encode(self.format(), "RestoreSpec", body)),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /vmRestorePoints/{ID}?action=restore`
    ///
    /// Starts the entire VM restore process from the restore point having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<RestoreSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vmrestorepoints_id_actionrestore.html>
    pub async fn post_vm_restore_points_by_id_restore(
        &self,
        id: &str,
        body: &super::types::RestoreSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /vmRestorePoints/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!("/vmRestorePoints/{}", crate ::runtime::path_segment(id)),
            query: vec![("action", "restore".to_string())],
            body: Some(crate::runtime::encode(self.format(), "RestoreSpec", body)),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /vmRestorePoints/{ID}/mounts`
    ///
    /// Returns a resource representation of a mount points collection.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `VmRestorePointMounts` (`<VmRestorePointMounts>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<VmRestorePointMounts>`; convention: `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmrestorepoints_id_mountpoints.html>
    pub async fn get_vm_restore_points_by_id_mounts(
        &self,
        id: &str,
    ) -> Result<super::types::VmRestorePointMounts, crate::runtime::Error> {
        const OPERATION: &str = "GET /vmRestorePoints/{ID}/mounts";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/vmRestorePoints/{}/mounts", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /vmRestorePoints/{ID}/mounts`
    ///
    /// Starts the VM guest OS files restore from the specified restore point. Disks of the restored VM are mounted to the backup server and the VM guest OS files become available under the C:\\VeeamFLR&lt;vm-name&gt; folder.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `body`: the request body, `<PostVmRestorePointsMountsSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vmrestorepoints_id_mountpoints.html>
    pub async fn post_vm_restore_points_by_id_mounts(
        &self,
        id: &str,
        body: &super::types::PostVmRestorePointsMountsSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /vmRestorePoints/{ID}/mounts";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/vmRestorePoints/{}/mounts", crate ::runtime::path_segment(id)
            ),
            query: vec![],
            body: Some(
                crate::runtime::encode(
                    self.format(),
                    "PostVmRestorePointsMountsSpec",
                    body,
                ),
            ),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `DELETE /vmRestorePoints/{ID}/mounts/{ID}`
    ///
    /// Deletes a mount point having the specified ID and unmounts the VM disks from the backup server.
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
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_vmrestorepoints_id_mountpoints_id.html>
    pub async fn delete_vm_restore_points_by_id_mounts_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "DELETE /vmRestorePoints/{ID}/mounts/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Delete,
            path: format!(
                "/vmRestorePoints/{}/mounts/{}", crate ::runtime::path_segment(id), crate
                ::runtime::path_segment(id2)
            ),
            query: vec![],
            body: None,
            expect: &[204],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }
    /// `GET /vmRestorePoints/{ID}/mounts/{ID}`
    ///
    /// Returns a resource representation of a mount point having the specified ID.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    ///
    /// # Returns
    ///
    /// `VmRestorePointMount` (`<VmRestorePointMount>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmrestorepoints_id_mountpoints_id.html>
    pub async fn get_vm_restore_points_by_id_mounts_by_id(
        &self,
        id: &str,
        id2: &str,
    ) -> Result<super::types::VmRestorePointMount, crate::runtime::Error> {
        const OPERATION: &str = "GET /vmRestorePoints/{ID}/mounts/{ID}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/vmRestorePoints/{}/mounts/{}", crate ::runtime::path_segment(id), crate
                ::runtime::path_segment(id2)
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `GET /vmRestorePoints/{ID}/mounts/{ID}/{filepath}`
    ///
    /// Returns a resource representation of a file or folder in the VM guest OS.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    /// - `filepath`: the `{filepath}` path parameter.
    ///
    /// # Returns
    ///
    /// `FileSystemEntries` (`<FileSystemEntries>` in XML), on 200 OK.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmrestorepoints_id_mountpoints_id_filepath.html>
    pub async fn get_vm_restore_points_by_id_mounts_by_id_by_filepath(
        &self,
        id: &str,
        id2: &str,
        filepath: &str,
    ) -> Result<super::types::FileSystemEntries, crate::runtime::Error> {
        const OPERATION: &str = "GET /vmRestorePoints/{ID}/mounts/{ID}/{filepath}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Get,
            path: format!(
                "/vmRestorePoints/{}/mounts/{}/{}", crate ::runtime::path_segment(id),
                crate ::runtime::path_segment(id2), crate
                ::runtime::path_segment(filepath)
            ),
            query: vec![],
            body: None,
            expect: &[200],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
    /// `POST /vmRestorePoints/{ID}/mounts/{ID}/{filepath}?action=restore`
    ///
    /// Restores a VM guest OS file or folder. The file or folder can be restored to its original location on the VM or can be downloaded to the local machine.
    ///
    /// # Arguments
    ///
    /// - `id`: the `{ID}` path parameter.
    /// - `id2`: the `{ID}` path parameter.
    /// - `filepath`: the `{filepath}` path parameter.
    /// - `body`: the request body, `<FileRestoreSpec>` in XML.
    ///
    /// # Returns
    ///
    /// `Task` (`<Task>` in XML), on 202 Accepted.
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vmrestorepoints_id_mountpoints_id_filepath_actionrestore.html>
    pub async fn post_vm_restore_points_by_id_mounts_by_id_by_filepath_restore(
        &self,
        id: &str,
        id2: &str,
        filepath: &str,
        body: &super::types::FileRestoreSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /vmRestorePoints/{ID}/mounts/{ID}/{filepath}";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::Post,
            path: format!(
                "/vmRestorePoints/{}/mounts/{}/{}", crate ::runtime::path_segment(id),
                crate ::runtime::path_segment(id2), crate
                ::runtime::path_segment(filepath)
            ),
            query: vec![("action", "restore".to_string())],
            body: Some(crate::runtime::encode(self.format(), "FileRestoreSpec", body)),
            expect: &[202],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
}
