// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `restore`.

#[allow(unused_imports)]
use super::*;

impl crate::Client {
    /// Returns a resource representation of a VM collection whose guest OS files have been indexed during backup.
    ///
    /// `GET /catalog/vms`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms.html>
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_catalog_vms_entities`] (`?format=Entity`).
    ///
    /// # See also
    ///
    /// - [`Self::get_catalog_vms_entities`]: every one, in full
    pub async fn get_catalog_vms(
        &self,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /catalog/vms";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/catalog/vms".to_string(),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_catalog_vms`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a VM collection whose guest OS files have been indexed during backup.
    ///
    /// `GET /catalog/vms?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms.html>
    ///
    /// # Returns
    ///
    /// [`CatalogVms`](crate::api::types::CatalogVms) (`<CatalogVms>` in XML), on 200 OK. Typed from the conventions: items `<CatalogVm>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    /// # See also
    ///
    /// - [`Self::get_catalog_vms`]: every one, as references
    pub async fn get_catalog_vms_entities(
        &self,
    ) -> Result<super::types::CatalogVms, crate::runtime::Error> {
        const OPERATION: &str = "GET /catalog/vms";
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: "/catalog/vms".to_string(),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a VM having the specified name whose guest OS files have been indexed during backup.
    ///
    /// `GET /catalog/vms/{vmname}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms_vmname.html>
    ///
    /// # Arguments
    ///
    /// - `vmname`: the `{vmname}` of the path.
    ///
    /// # Returns
    ///
    /// [`Ref`](crate::api::types::Ref) (`<EntityRef>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EntityRef>`.
    pub async fn get_catalog_vms_by_vmname(
        &self,
        vmname: impl AsRef<str>,
    ) -> Result<super::types::Ref, crate::runtime::Error> {
        const OPERATION: &str = "GET /catalog/vms/{vmname}";
        let vmname = crate::runtime::path_segment(vmname.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/catalog/vms/{}", vmname),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a collection of restore points for a VM whose guest OS files have been indexed during backup.
    ///
    /// `GET /catalog/vms/{vmname}/vmRestorePoints`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms_vmname_vmrestorepoints.html>
    ///
    /// # Arguments
    ///
    /// - `vmname`: the `{vmname}` of the path.
    ///
    /// # Returns
    ///
    /// [`EntityReferences`](crate::api::types::EntityReferences) (`<EntityReferences>` in XML), on 200 OK.
    ///
    /// The entities themselves: [`Self::get_catalog_vms_by_vmname_vm_restore_points_entities`] (`?format=Entity`).
    ///
    #[cfg_attr(any(feature = "backups", feature = "query"), doc = " # See also")]
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vm_restore_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vm_restore_point_entities`]: a query, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_vm_restore_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_vm_restore_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_vm_restore_points_by_id`]: one, by its id"
    )]
    pub async fn get_catalog_vms_by_vmname_vm_restore_points(
        &self,
        vmname: impl AsRef<str>,
    ) -> Result<super::types::EntityReferences, crate::runtime::Error> {
        const OPERATION: &str = "GET /catalog/vms/{vmname}/vmRestorePoints";
        let vmname = crate::runtime::path_segment(vmname.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/catalog/vms/{}/vmRestorePoints", vmname),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// The entity form of [`Self::get_catalog_vms_by_vmname_vm_restore_points`]: every entity of the collection in full rather than as a reference.
    ///
    /// Returns a resource representation of a collection of restore points for a VM whose guest OS files have been indexed during backup.
    ///
    /// `GET /catalog/vms/{vmname}/vmRestorePoints?format=Entity`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms_vmname_vmrestorepoints.html>
    ///
    /// # Arguments
    ///
    /// - `vmname`: the `{vmname}` of the path.
    ///
    /// # Returns
    ///
    /// [`VmRestorePoints`](crate::api::types::VmRestorePoints) (`<VmRestorePoints>` in XML), on 200 OK. Typed from the conventions: items `<VmRestorePoint>` from the path segment, in `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>); the entity form from `representation_collections` (<https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>).
    ///
    #[cfg_attr(any(feature = "backups", feature = "query"), doc = " # See also")]
    ///
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vm_restore_point`]: a query, as references"
    )]
    #[cfg_attr(
        feature = "query",
        doc = " - [`Self::get_query_vm_restore_point_entities`]: a query, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_vm_restore_points`]: every one, as references"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_vm_restore_points_entities`]: every one, in full"
    )]
    #[cfg_attr(
        feature = "backups",
        doc = " - [`Self::get_vm_restore_points_by_id`]: one, by its id"
    )]
    pub async fn get_catalog_vms_by_vmname_vm_restore_points_entities(
        &self,
        vmname: impl AsRef<str>,
    ) -> Result<super::types::VmRestorePoints, crate::runtime::Error> {
        const OPERATION: &str = "GET /catalog/vms/{vmname}/vmRestorePoints";
        let vmname = crate::runtime::path_segment(vmname.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/catalog/vms/{}/vmRestorePoints", vmname),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a VM restore point having the specified ID. The restore point is created for a VM having the specified name; guest OS files of the VM have been indexed during backup.
    ///
    /// `GET /catalog/vms/{vmname}/vmRestorePoints/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms_vmname_vmrestorepoints_id.html>
    ///
    /// # Arguments
    ///
    /// - `vmname`: the `{vmname}` of the path.
    /// - `vm_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Ref`](crate::api::types::Ref) (`<EntityRef>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<EntityRef>`.
    pub async fn get_catalog_vms_by_vmname_vm_restore_points_by_id(
        &self,
        vmname: impl AsRef<str>,
        vm_restore_point_id: impl AsRef<str>,
    ) -> Result<super::types::Ref, crate::runtime::Error> {
        const OPERATION: &str = "GET /catalog/vms/{vmname}/vmRestorePoints/{ID}";
        let vmname = crate::runtime::path_segment(vmname.as_ref());
        let vm_restore_point_id = crate::runtime::id_segment(
            vm_restore_point_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!(
                "/catalog/vms/{}/vmRestorePoints/{}", vmname, vm_restore_point_id
            ),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Starts the guest OS file restore process of the VM from the specified restore point. The VM disks are mounted to the backup server and VM guest OS files become available for restore.
    ///
    /// `POST /catalog/vms/{vmname}/vmRestorePoints/{ID}?action=browse`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_catalog_vms_vmname_vmrestorepoints_id_actoinbrowse.html>
    ///
    /// # Arguments
    ///
    /// - `vmname`: the `{vmname}` of the path.
    /// - `vm_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 200 OK.
    pub async fn post_catalog_vms_by_vmname_vm_restore_points_by_id_browse(
        &self,
        vmname: impl AsRef<str>,
        vm_restore_point_id: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /catalog/vms/{vmname}/vmRestorePoints/{ID}";
        let vmname = crate::runtime::path_segment(vmname.as_ref());
        let vm_restore_point_id = crate::runtime::id_segment(
            vm_restore_point_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: format!(
                "/catalog/vms/{}/vmRestorePoints/{}", vmname, vm_restore_point_id
            ),
            query: vec![("action", "browse".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of the hierarchy of the VM guest OS file system within a VM backup.
    ///
    /// `GET /catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms_vmname_vmrestorepoints_id_guestfs.html>
    ///
    /// # Arguments
    ///
    /// - `vmname`: the `{vmname}` of the path.
    /// - `vm_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`FileSystemEntry`](crate::api::types::FileSystemEntry) (`<FileSystemEntry>` in XML), on 200 OK.
    pub async fn get_catalog_vms_by_vmname_vm_restore_points_by_id_guestfs(
        &self,
        vmname: impl AsRef<str>,
        vm_restore_point_id: impl AsRef<str>,
    ) -> Result<super::types::FileSystemEntry, crate::runtime::Error> {
        const OPERATION: &str = "GET /catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/";
        let vmname = crate::runtime::path_segment(vmname.as_ref());
        let vm_restore_point_id = crate::runtime::id_segment(
            vm_restore_point_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!(
                "/catalog/vms/{}/vmRestorePoints/{}/guestfs/", vmname,
                vm_restore_point_id
            ),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a file or folder in the VM guest OS.
    ///
    /// `GET /catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/{filepath}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_catalog_vms_vmname_vmrestorepoints_id_guestfs_filepath.html>
    ///
    /// # Arguments
    ///
    /// - `vmname`: the `{vmname}` of the path.
    /// - `vm_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `filepath`: the `{filepath}` of the path.
    ///
    /// # Returns
    ///
    /// [`FileSystemEntries`](crate::api::types::FileSystemEntries) (`<FileSystemEntries>` in XML), on 200 OK.
    pub async fn get_catalog_vms_by_vmname_vm_restore_points_by_id_guestfs_by_filepath(
        &self,
        vmname: impl AsRef<str>,
        vm_restore_point_id: impl AsRef<str>,
        filepath: impl AsRef<str>,
    ) -> Result<super::types::FileSystemEntries, crate::runtime::Error> {
        const OPERATION: &str = "GET /catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/{filepath}";
        let vmname = crate::runtime::path_segment(vmname.as_ref());
        let vm_restore_point_id = crate::runtime::id_segment(
            vm_restore_point_id.as_ref(),
        );
        let filepath = crate::runtime::path_segment(filepath.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!(
                "/catalog/vms/{}/vmRestorePoints/{}/guestfs/{}", vmname,
                vm_restore_point_id, filepath
            ),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Starts restore of the specified VM guest OS file or folder from the specified restore point. The file or folder is restored to its original location.
    ///
    /// `POST /catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/{filepath}?action=restore`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_catalog_vms_vmname_vmrestorepoints_id_guestfs_filepath.html>
    ///
    /// # Arguments
    ///
    /// - `vmname`: the `{vmname}` of the path.
    /// - `vm_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `filepath`: the `{filepath}` of the path.
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_catalog_vms_by_vmname_vm_restore_points_by_id_guestfs_by_filepath_restore(
        &self,
        vmname: impl AsRef<str>,
        vm_restore_point_id: impl AsRef<str>,
        filepath: impl AsRef<str>,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/{filepath}";
        let vmname = crate::runtime::path_segment(vmname.as_ref());
        let vm_restore_point_id = crate::runtime::id_segment(
            vm_restore_point_id.as_ref(),
        );
        let filepath = crate::runtime::path_segment(filepath.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: format!(
                "/catalog/vms/{}/vmRestorePoints/{}/guestfs/{}", vmname,
                vm_restore_point_id, filepath
            ),
            query: vec![("action", "restore".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Starts the entire VM restore process from the vApp restore point having the specified ID.
    ///
    /// `POST /vAppRestorePoints/{ID}?action=restore`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vapprestorepoints_id_actionrestore.html>
    ///
    /// # Arguments
    ///
    /// - `v_app_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`RestoreSpec`](crate::api::types::RestoreSpec) (`<RestoreSpec>` in XML).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_v_app_restore_points_by_id_restore(
        &self,
        v_app_restore_point_id: impl AsRef<str>,
        body: &super::types::RestoreSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /vAppRestorePoints/{ID}";
        let v_app_restore_point_id = crate::runtime::id_segment(
            v_app_restore_point_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: format!("/vAppRestorePoints/{}", v_app_restore_point_id),
            query: vec![("action", "restore".to_string())],
            body: Some(crate::runtime::encode(self.format(), "RestoreSpec", body)),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Starts the entire VM restore process from the restore point having the specified ID.
    ///
    /// `POST /vmRestorePoints/{ID}?action=restore`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vmrestorepoints_id_actionrestore.html>
    ///
    /// # Arguments
    ///
    /// - `vm_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`RestoreSpec`](crate::api::types::RestoreSpec) (`<RestoreSpec>` in XML).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_vm_restore_points_by_id_restore(
        &self,
        vm_restore_point_id: impl AsRef<str>,
        body: &super::types::RestoreSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /vmRestorePoints/{ID}";
        let vm_restore_point_id = crate::runtime::id_segment(
            vm_restore_point_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: format!("/vmRestorePoints/{}", vm_restore_point_id),
            query: vec![("action", "restore".to_string())],
            body: Some(crate::runtime::encode(self.format(), "RestoreSpec", body)),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a mount points collection.
    ///
    /// `GET /vmRestorePoints/{ID}/mounts`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmrestorepoints_id_mountpoints.html>
    ///
    /// # Arguments
    ///
    /// - `vm_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`VmRestorePointMounts`](crate::api::types::VmRestorePointMounts) (`<VmRestorePointMounts>` in XML), on 200 OK.
    ///
    /// The answer's type is not on the page; from sample: `<VmRestorePointMounts>`; convention: `mapping_link_types_to_xml_schema` (<https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
    pub async fn get_vm_restore_points_by_id_mounts(
        &self,
        vm_restore_point_id: impl AsRef<str>,
    ) -> Result<super::types::VmRestorePointMounts, crate::runtime::Error> {
        const OPERATION: &str = "GET /vmRestorePoints/{ID}/mounts";
        let vm_restore_point_id = crate::runtime::id_segment(
            vm_restore_point_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!("/vmRestorePoints/{}/mounts", vm_restore_point_id),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Starts the VM guest OS files restore from the specified restore point. Disks of the restored VM are mounted to the backup server and the VM guest OS files become available under the C:\\VeeamFLR&lt;vm-name&gt; folder.
    ///
    /// `POST /vmRestorePoints/{ID}/mounts`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vmrestorepoints_id_mountpoints.html>
    ///
    /// # Arguments
    ///
    /// - `vm_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `body`: the request body, [`PostVmRestorePointsMountsSpec`](crate::api::types::PostVmRestorePointsMountsSpec) (`<PostVmRestorePointsMountsSpec>` in XML).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_vm_restore_points_by_id_mounts(
        &self,
        vm_restore_point_id: impl AsRef<str>,
        body: &super::types::PostVmRestorePointsMountsSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /vmRestorePoints/{ID}/mounts";
        let vm_restore_point_id = crate::runtime::id_segment(
            vm_restore_point_id.as_ref(),
        );
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: format!("/vmRestorePoints/{}/mounts", vm_restore_point_id),
            query: vec![],
            body: Some(
                crate::runtime::encode(
                    self.format(),
                    "PostVmRestorePointsMountsSpec",
                    body,
                ),
            ),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Deletes a mount point having the specified ID and unmounts the VM disks from the backup server.
    ///
    /// `DELETE /vmRestorePoints/{ID}/mounts/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_vmrestorepoints_id_mountpoints_id.html>
    ///
    /// # Arguments
    ///
    /// - `vm_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `mount_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// `()`: the answer has no body, on 204 No Content.
    ///
    /// The answer's type is not on the page; from 204 No Content.
    pub async fn delete_vm_restore_points_by_id_mounts_by_id(
        &self,
        vm_restore_point_id: impl AsRef<str>,
        mount_id: impl AsRef<str>,
    ) -> Result<(), crate::runtime::Error> {
        const OPERATION: &str = "DELETE /vmRestorePoints/{ID}/mounts/{ID}";
        let vm_restore_point_id = crate::runtime::id_segment(
            vm_restore_point_id.as_ref(),
        );
        let mount_id = crate::runtime::id_segment(mount_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::DELETE,
            path: format!(
                "/vmRestorePoints/{}/mounts/{}", vm_restore_point_id, mount_id
            ),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::NO_CONTENT],
        };
        let response = self.send(request).await?;
        let _ = response;
        Ok(())
    }

    /// Returns a resource representation of a mount point having the specified ID.
    ///
    /// `GET /vmRestorePoints/{ID}/mounts/{ID}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmrestorepoints_id_mountpoints_id.html>
    ///
    /// # Arguments
    ///
    /// - `vm_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `mount_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    ///
    /// # Returns
    ///
    /// [`VmRestorePointMount`](crate::api::types::VmRestorePointMount) (`<VmRestorePointMount>` in XML), on 200 OK.
    pub async fn get_vm_restore_points_by_id_mounts_by_id(
        &self,
        vm_restore_point_id: impl AsRef<str>,
        mount_id: impl AsRef<str>,
    ) -> Result<super::types::VmRestorePointMount, crate::runtime::Error> {
        const OPERATION: &str = "GET /vmRestorePoints/{ID}/mounts/{ID}";
        let vm_restore_point_id = crate::runtime::id_segment(
            vm_restore_point_id.as_ref(),
        );
        let mount_id = crate::runtime::id_segment(mount_id.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!(
                "/vmRestorePoints/{}/mounts/{}", vm_restore_point_id, mount_id
            ),
            query: vec![("format", "Entity".to_string())],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Returns a resource representation of a file or folder in the VM guest OS.
    ///
    /// `GET /vmRestorePoints/{ID}/mounts/{ID}/{filepath}`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmrestorepoints_id_mountpoints_id_filepath.html>
    ///
    /// # Arguments
    ///
    /// - `vm_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `mount_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `filepath`: the `{filepath}` of the path.
    ///
    /// # Returns
    ///
    /// [`FileSystemEntries`](crate::api::types::FileSystemEntries) (`<FileSystemEntries>` in XML), on 200 OK.
    pub async fn get_vm_restore_points_by_id_mounts_by_id_by_filepath(
        &self,
        vm_restore_point_id: impl AsRef<str>,
        mount_id: impl AsRef<str>,
        filepath: impl AsRef<str>,
    ) -> Result<super::types::FileSystemEntries, crate::runtime::Error> {
        const OPERATION: &str = "GET /vmRestorePoints/{ID}/mounts/{ID}/{filepath}";
        let vm_restore_point_id = crate::runtime::id_segment(
            vm_restore_point_id.as_ref(),
        );
        let mount_id = crate::runtime::id_segment(mount_id.as_ref());
        let filepath = crate::runtime::path_segment(filepath.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::GET,
            path: format!(
                "/vmRestorePoints/{}/mounts/{}/{}", vm_restore_point_id, mount_id,
                filepath
            ),
            query: vec![],
            body: None,
            expect: &[crate::runtime::StatusCode::OK],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }

    /// Restores a VM guest OS file or folder. The file or folder can be restored to its original location on the VM or can be downloaded to the local machine.
    ///
    /// `POST /vmRestorePoints/{ID}/mounts/{ID}/{filepath}?action=restore`
    ///
    /// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vmrestorepoints_id_mountpoints_id_filepath_actionrestore.html>
    ///
    /// # Arguments
    ///
    /// - `vm_restore_point_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `mount_id`: the `{ID}` of the path: the id, or a [`Uid`](crate::runtime::Uid) (`urn:veeam:<Type>:<id>` sends its id).
    /// - `filepath`: the `{filepath}` of the path.
    /// - `body`: the request body, [`FileRestoreSpec`](crate::api::types::FileRestoreSpec) (`<FileRestoreSpec>` in XML).
    ///
    /// # Returns
    ///
    /// [`Task`](crate::api::types::Task) (`<Task>` in XML), on 202 Accepted.
    pub async fn post_vm_restore_points_by_id_mounts_by_id_by_filepath_restore(
        &self,
        vm_restore_point_id: impl AsRef<str>,
        mount_id: impl AsRef<str>,
        filepath: impl AsRef<str>,
        body: &super::types::FileRestoreSpec,
    ) -> Result<super::types::Task, crate::runtime::Error> {
        const OPERATION: &str = "POST /vmRestorePoints/{ID}/mounts/{ID}/{filepath}";
        let vm_restore_point_id = crate::runtime::id_segment(
            vm_restore_point_id.as_ref(),
        );
        let mount_id = crate::runtime::id_segment(mount_id.as_ref());
        let filepath = crate::runtime::path_segment(filepath.as_ref());
        let request = crate::runtime::Request {
            operation: OPERATION,
            method: crate::runtime::Method::POST,
            path: format!(
                "/vmRestorePoints/{}/mounts/{}/{}", vm_restore_point_id, mount_id,
                filepath
            ),
            query: vec![("action", "restore".to_string())],
            body: Some(crate::runtime::encode(self.format(), "FileRestoreSpec", body)),
            expect: &[crate::runtime::StatusCode::ACCEPTED],
        };
        let response = self.send(request).await?;
        response.decode(OPERATION, self.format())
    }
}
