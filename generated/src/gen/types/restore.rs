// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `restore`.

#[allow(unused_imports)]
use super::*;

/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/catalog_vms_vmname.html>
///
/// XML root element: `<CatalogVm>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CatalogVm {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML attribute `VmDisplayName`; JSON `"VmDisplayName"`.
    pub vm_display_name: Option<String>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CatalogVm {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("VmDisplayName", &self.vm_display_name)?;
        o.opt("Links", &self.links)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CatalogVm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("Name", &["name"]),
            F::new("UID", &["uID", "uid"]),
            F::new("VmDisplayName", &["vmDisplayName"]),
            F::new("Links", &["Link", "links"]),
        ];
        crate::runtime::json::object(deserializer, "CatalogVm", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CatalogVm {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.r#type = o.lenient()?,
                1 => out.href = o.lenient()?,
                2 => out.name = o.lenient()?,
                3 => out.uid = o.lenient()?,
                4 => out.vm_display_name = o.lenient()?,
                5 => out.links = o.list_of("Link")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CatalogVm {
    const ROOTS: &'static [&'static str] = &["CatalogVm"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            r#type: xml::attr(el, "Type")?,
            href: xml::attr(el, "Href")?,
            name: xml::attr(el, "Name")?,
            uid: xml::attr(el, "UID")?,
            vm_display_name: xml::attr(el, "VmDisplayName")?,
            links: xml::wrapped(el, "Links", "Link")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID", "VmDisplayName"],
                &[xml::Child::once("Links")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        {
            let at_ = el_.attrs(&["Type", "Href", "Name", "UID", "VmDisplayName"])?;
            out.r#type = xml::attr_value(&at_[0])?;
            out.href = xml::attr_value(&at_[1])?;
            out.name = xml::attr_value(&at_[2])?;
            out.uid = xml::attr_value(&at_[3])?;
            out.vm_display_name = xml::attr_value(&at_[4])?;
        }
        while el_.next_child(&[xml::Tag::once("Links")])?.is_some() {
            out.links = Some(el_.wrapped("Link")?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CatalogVm {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.attr("VmDisplayName", &self.vm_display_name);
        w.wrapped("Links", "Link", self.links.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CatalogVm {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.links,
            &crate::runtime::unknown::join(path, "Links"),
            out,
        );
    }
}

/// '&lt;CatalogVms&gt;' of XML schema type 'CatalogVmEntityListType': the '&lt;CatalogVm&gt;' entities of a collection as repeated children; JSON '{"CatalogVms": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<CatalogVms>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CatalogVms {
    /// The 'CatalogVm' entities of the collection.
    ///
    /// repeated XML element `<CatalogVm>`; JSON `"CatalogVms": […]`.
    pub catalog_vms: crate::runtime::List<CatalogVm>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CatalogVms {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("CatalogVms", &self.catalog_vms)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CatalogVms {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[F::new("CatalogVms", &["CatalogVm", "catalogVms"])];
        crate::runtime::json::object(deserializer, "CatalogVms", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CatalogVms {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.catalog_vms = o.vec_of("CatalogVm")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CatalogVms {
    const ROOTS: &'static [&'static str] = &["CatalogVms"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            catalog_vms: xml::elems(el, "CatalogVm")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("CatalogVm")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("CatalogVm")])?.is_some() {
            out.catalog_vms.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CatalogVms {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("CatalogVm", &self.catalog_vms);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CatalogVms {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.catalog_vms,
            &crate::runtime::unknown::join(path, "CatalogVm"),
            out,
        );
    }
}

/// Used by POST /vmRestorePoints/{ID}/mounts.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vmrestorepoints_id_mountpoints.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PostVmRestorePointsMountsSpec {
    /// Specifies the guest OS:
    ///
    /// - `Linux`
    /// - `Windows`
    ///
    /// XML element `<OsKind>`; JSON `"OsKind"`.
    pub os_kind: Option<super::enums::OsKind>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for PostVmRestorePointsMountsSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("OsKind", &self.os_kind)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for PostVmRestorePointsMountsSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[F::new("OsKind", &["osKind"])];
        crate::runtime::json::object(
            deserializer,
            "PostVmRestorePointsMountsSpec",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for PostVmRestorePointsMountsSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.os_kind = o.value()?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for PostVmRestorePointsMountsSpec {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            os_kind: xml::elem_text(el, "OsKind")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::once_text::<super::enums::OsKind>("OsKind")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::once("OsKind")])?.is_some() {
            out.os_kind = el_.text()?;
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for PostVmRestorePointsMountsSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("OsKind", &self.os_kind);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for PostVmRestorePointsMountsSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by POST /vAppRestorePoints/{ID}?action=restore, POST /vmRestorePoints/{ID}?action=restore.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vapprestorepoints_id_actionrestore.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RestoreSpec {
    /// Specifies if VMs in the vApp must be powered on after the restore process is complete.
    ///
    /// XML element `<PowerOnAfter>`; JSON `"PowerOnAfter"`.
    pub power_on_after: Option<bool>,
    /// UID of the host on which the vApp must be restored, for example: urn:veeam:HierarchyRoot:2dcfebc9-eb06-4d3b-a639-c1cfa8483621.
    ///
    /// XML element `<HierarchyRoot>`; JSON `"HierarchyRoot"`.
    pub hierarchy_root: Option<crate::runtime::Uid>,
    /// Specifies if the VM must be powered on after the restore process is complete.
    ///
    /// XML element `<PowerOnAfterRestore>`; JSON `"PowerOnAfterRestore"`.
    pub power_on_after_restore: Option<bool>,
    /// ID of the host on which the VM should be restored, for example: urn:veeam:HierarchyRoot:fa099d3b-7376-49b1-884c-bb6fa47c7b1e.
    ///
    /// XML element `<HierarchyRootUid>`; JSON `"HierarchyRootUid"`.
    pub hierarchy_root_uid: Option<crate::runtime::Uid>,
    /// Specifies if Veeam Backup & Replication must use the incremental restore functionality to recover the VM. During incremental restore, Veeam Backup & Replication queries CBT to get data blocks that are necessary to revert the VM to an earlier point in time, and will restore only these data blocks from the backup. Incremental restore significantly reduces the restore time and has little impact on the production environment.
    ///
    /// XML element `<QuickRollback>`; JSON `"QuickRollback"`.
    pub quick_rollback: Option<bool>,
    /// Specifies if the original VM must be preserved on the host along with the restored VM. Note: If this option is set to true, the QuickRollback option must be set to false.
    ///
    /// XML element `<KeepOriginalVM>`; JSON `"KeepOriginalVM"`.
    pub keep_original_vm: Option<bool>,
    /// XML element `<VmRestoreParameters>`; JSON `"VmRestoreParameters"`.
    pub vm_restore_parameters: Option<VmRestoreParameters>,
    /// Reference to the OrgVdc to which the vApp must be restored. The reference can be constructed manually or obtained with the lookup service. For details on using the lookup, see Virtual Infrastructure Lookup.
    ///
    /// XML element `<OrgVdcRef>`; JSON `"OrgVdcRef"`.
    pub org_vdc_ref: Option<String>,
    /// Name of the restored vApp. If this parameter is not specified, the initial vApp name will be used.
    ///
    /// XML element `<vAppNewName>`; JSON `"vAppNewName"`.
    pub v_app_new_name: Option<String>,
    /// Defines VM-specific parameters.
    ///
    /// XML `<VmsRestoreParameters><Vm/>…</VmsRestoreParameters>`; JSON `"VmsRestoreParameters": {"Vms": […]}`.
    pub vms_restore_parameters: Option<crate::runtime::List<Vm>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for RestoreSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("PowerOnAfter", &self.power_on_after)?;
        o.opt("HierarchyRoot", &self.hierarchy_root)?;
        o.opt("PowerOnAfterRestore", &self.power_on_after_restore)?;
        o.opt("HierarchyRootUid", &self.hierarchy_root_uid)?;
        o.opt("QuickRollback", &self.quick_rollback)?;
        o.opt("KeepOriginalVM", &self.keep_original_vm)?;
        o.opt("VmRestoreParameters", &self.vm_restore_parameters)?;
        o.opt("OrgVdcRef", &self.org_vdc_ref)?;
        o.opt("vAppNewName", &self.v_app_new_name)?;
        o.documented("VmsRestoreParameters", "Vms", &self.vms_restore_parameters)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for RestoreSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("PowerOnAfter", &["powerOnAfter"]),
            F::new("HierarchyRoot", &["hierarchyRoot"]),
            F::new("PowerOnAfterRestore", &["powerOnAfterRestore"]),
            F::new("HierarchyRootUid", &["hierarchyRootUid"]),
            F::new("QuickRollback", &["quickRollback"]),
            F::new("KeepOriginalVM", &["keepOriginalVM"]),
            F::new("VmRestoreParameters", &["vmRestoreParameters"]),
            F::new("OrgVdcRef", &["orgVdcRef"]),
            F::new("vAppNewName", &[]),
            F::new("VmsRestoreParameters", &["Vm", "vmsRestoreParameters"]),
        ];
        crate::runtime::json::object(deserializer, "RestoreSpec", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for RestoreSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.power_on_after = o.lenient()?,
                1 => out.hierarchy_root = o.lenient()?,
                2 => out.power_on_after_restore = o.lenient()?,
                3 => out.hierarchy_root_uid = o.lenient()?,
                4 => out.quick_rollback = o.lenient()?,
                5 => out.keep_original_vm = o.lenient()?,
                6 => out.vm_restore_parameters = o.value()?,
                7 => out.org_vdc_ref = o.lenient()?,
                8 => out.v_app_new_name = o.lenient()?,
                9 => out.vms_restore_parameters = o.list_of("Vm")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for RestoreSpec {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            power_on_after: xml::elem_text(el, "PowerOnAfter")?,
            hierarchy_root: xml::elem_text(el, "HierarchyRoot")?,
            power_on_after_restore: xml::elem_text(el, "PowerOnAfterRestore")?,
            hierarchy_root_uid: xml::elem_text(el, "HierarchyRootUid")?,
            quick_rollback: xml::elem_text(el, "QuickRollback")?,
            keep_original_vm: xml::elem_text(el, "KeepOriginalVM")?,
            vm_restore_parameters: xml::elem(el, "VmRestoreParameters")?,
            org_vdc_ref: xml::elem_text(el, "OrgVdcRef")?,
            v_app_new_name: xml::elem_text(el, "vAppNewName")?,
            vms_restore_parameters: xml::wrapped(el, "VmsRestoreParameters", "Vm")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<bool>("PowerOnAfter"),
                    xml::Child::once_text::<crate::runtime::Uid>("HierarchyRoot"),
                    xml::Child::once_text::<bool>("PowerOnAfterRestore"),
                    xml::Child::once_text::<crate::runtime::Uid>("HierarchyRootUid"),
                    xml::Child::once_text::<bool>("QuickRollback"),
                    xml::Child::once_text::<bool>("KeepOriginalVM"),
                    xml::Child::once("VmRestoreParameters"),
                    xml::Child::once_text::<String>("OrgVdcRef"),
                    xml::Child::once_text::<String>("vAppNewName"),
                    xml::Child::once("VmsRestoreParameters"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("PowerOnAfter"),
            xml::Tag::once("HierarchyRoot"),
            xml::Tag::once("PowerOnAfterRestore"),
            xml::Tag::once("HierarchyRootUid"),
            xml::Tag::once("QuickRollback"),
            xml::Tag::once("KeepOriginalVM"),
            xml::Tag::once("VmRestoreParameters"),
            xml::Tag::once("OrgVdcRef"),
            xml::Tag::once("vAppNewName"),
            xml::Tag::once("VmsRestoreParameters"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.power_on_after = el_.text()?,
                1 => out.hierarchy_root = el_.text()?,
                2 => out.power_on_after_restore = el_.text()?,
                3 => out.hierarchy_root_uid = el_.text()?,
                4 => out.quick_rollback = el_.text()?,
                5 => out.keep_original_vm = el_.text()?,
                6 => out.vm_restore_parameters = Some(el_.elem()?),
                7 => out.org_vdc_ref = el_.text()?,
                8 => out.v_app_new_name = el_.text()?,
                9 => out.vms_restore_parameters = Some(el_.wrapped("Vm")?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for RestoreSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("PowerOnAfter", &self.power_on_after);
        w.elem_text("HierarchyRoot", &self.hierarchy_root);
        w.elem_text("PowerOnAfterRestore", &self.power_on_after_restore);
        w.elem_text("HierarchyRootUid", &self.hierarchy_root_uid);
        w.elem_text("QuickRollback", &self.quick_rollback);
        w.elem_text("KeepOriginalVM", &self.keep_original_vm);
        w.elem("VmRestoreParameters", &self.vm_restore_parameters);
        w.elem_text("OrgVdcRef", &self.org_vdc_ref);
        w.elem_text("vAppNewName", &self.v_app_new_name);
        w.wrapped("VmsRestoreParameters", "Vm", self.vms_restore_parameters.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for RestoreSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.vm_restore_parameters,
            &crate::runtime::unknown::join(path, "VmRestoreParameters"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.vms_restore_parameters,
            &crate::runtime::unknown::join(path, "VmsRestoreParameters"),
            out,
        );
    }
}

/// Used by POST /vmRestorePoints/{ID}?action=restore.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vmrestorepoints_id_actionrestore.html>
///
/// XML root element: `<RestoreSpec>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VmRestoreParameters {
    /// ID of the restore point from which the VM should be restored, for example: urn:veeam:VmRestorePoint:48c8cd65-d5fa-4ca6-8a98-d3fde641086e.
    ///
    /// XML element `<VmRestorePointUid>`; JSON `"VmRestorePointUid"`.
    pub vm_restore_point_uid: Option<crate::runtime::Uid>,
    /// Name of the restored VM. If this parameter is not specified, the VM is restored with its initial name.
    ///
    /// XML element `<VmNewName>`; JSON `"VmNewName"`.
    pub vm_new_name: Option<String>,
    /// Reference to the datastore on which VM files should be placed. You can construct the reference manually or use the lookup service to retrieve the reference.
    ///
    /// XML element `<DatastoreRef>`; JSON `"DatastoreRef"`.
    pub datastore_ref: Option<String>,
    /// Reference to the OrgVdc profile to be used for the restored VM. You can construct the reference manually or use the lookup service to retrieve the reference.
    ///
    /// XML element `<OrgVdcStorageProfileRef>`; JSON `"OrgVdcStorageProfileRef"`.
    pub org_vdc_storage_profile_ref: Option<String>,
    /// (For linked clone VMs) Reference to the template that was used to create the VM. You can construct the reference manually or use the lookup service to retrieve the reference.
    ///
    /// XML element `<LinkedCloneVmTemplateRef>`; JSON `"LinkedCloneVmTemplateRef"`.
    pub linked_clone_vm_template_ref: Option<String>,
    /// XML element `<VmRestoreSpec>`; JSON `"VmRestoreSpec"`.
    pub vm_restore_spec: Option<Box<VmRestoreSpec>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VmRestoreParameters {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("VmRestorePointUid", &self.vm_restore_point_uid)?;
        o.opt("VmNewName", &self.vm_new_name)?;
        o.opt("DatastoreRef", &self.datastore_ref)?;
        o.opt("OrgVdcStorageProfileRef", &self.org_vdc_storage_profile_ref)?;
        o.opt("LinkedCloneVmTemplateRef", &self.linked_clone_vm_template_ref)?;
        o.opt("VmRestoreSpec", &self.vm_restore_spec)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VmRestoreParameters {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("VmRestorePointUid", &["vmRestorePointUid"]),
            F::new("VmNewName", &["vmNewName"]),
            F::new("DatastoreRef", &["datastoreRef"]),
            F::new("OrgVdcStorageProfileRef", &["orgVdcStorageProfileRef"]),
            F::new("LinkedCloneVmTemplateRef", &["linkedCloneVmTemplateRef"]),
            F::new("VmRestoreSpec", &["vmRestoreSpec"]),
        ];
        crate::runtime::json::object(deserializer, "VmRestoreParameters", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VmRestoreParameters {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.vm_restore_point_uid = o.lenient()?,
                1 => out.vm_new_name = o.lenient()?,
                2 => out.datastore_ref = o.lenient()?,
                3 => out.org_vdc_storage_profile_ref = o.lenient()?,
                4 => out.linked_clone_vm_template_ref = o.lenient()?,
                5 => out.vm_restore_spec = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VmRestoreParameters {
    const ROOTS: &'static [&'static str] = &["RestoreSpec"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            vm_restore_point_uid: xml::elem_text(el, "VmRestorePointUid")?,
            vm_new_name: xml::elem_text(el, "VmNewName")?,
            datastore_ref: xml::elem_text(el, "DatastoreRef")?,
            org_vdc_storage_profile_ref: xml::elem_text(el, "OrgVdcStorageProfileRef")?,
            linked_clone_vm_template_ref: xml::elem_text(
                el,
                "LinkedCloneVmTemplateRef",
            )?,
            vm_restore_spec: xml::elem(el, "VmRestoreSpec")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<crate::runtime::Uid>("VmRestorePointUid"),
                    xml::Child::once_text::<String>("VmNewName"),
                    xml::Child::once_text::<String>("DatastoreRef"),
                    xml::Child::once_text::<String>("OrgVdcStorageProfileRef"),
                    xml::Child::once_text::<String>("LinkedCloneVmTemplateRef"),
                    xml::Child::once("VmRestoreSpec"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("VmRestorePointUid"),
            xml::Tag::once("VmNewName"),
            xml::Tag::once("DatastoreRef"),
            xml::Tag::once("OrgVdcStorageProfileRef"),
            xml::Tag::once("LinkedCloneVmTemplateRef"),
            xml::Tag::once("VmRestoreSpec"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.vm_restore_point_uid = el_.text()?,
                1 => out.vm_new_name = el_.text()?,
                2 => out.datastore_ref = el_.text()?,
                3 => out.org_vdc_storage_profile_ref = el_.text()?,
                4 => out.linked_clone_vm_template_ref = el_.text()?,
                5 => out.vm_restore_spec = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VmRestoreParameters {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("VmRestorePointUid", &self.vm_restore_point_uid);
        w.elem_text("VmNewName", &self.vm_new_name);
        w.elem_text("DatastoreRef", &self.datastore_ref);
        w.elem_text("OrgVdcStorageProfileRef", &self.org_vdc_storage_profile_ref);
        w.elem_text("LinkedCloneVmTemplateRef", &self.linked_clone_vm_template_ref);
        w.elem("VmRestoreSpec", &self.vm_restore_spec);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VmRestoreParameters {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.vm_restore_spec,
            &crate::runtime::unknown::join(path, "VmRestoreSpec"),
            out,
        );
    }
}

/// Used by GET /vmRestorePoints/{ID}/mounts/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmrestorepoints_id_mountpoints_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VmRestorePointMount {
    /// Collection of DirectoryEntry resources that represent VM guest OS files and folders in the VM file system hierarchy. For details, see Directory Entries.
    ///
    /// XML element `<FSRoots>`; JSON `"FSRoots"`.
    pub fs_roots: Option<DirectoryEntryListType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VmRestorePointMount {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("FSRoots", &self.fs_roots)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VmRestorePointMount {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[F::new("FSRoots", &["fSRoots", "fsRoots"])];
        crate::runtime::json::object(deserializer, "VmRestorePointMount", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VmRestorePointMount {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.fs_roots = o.value()?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VmRestorePointMount {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            fs_roots: xml::elem(el, "FSRoots")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::once("FSRoots")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::once("FSRoots")])?.is_some() {
            out.fs_roots = Some(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VmRestorePointMount {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem("FSRoots", &self.fs_roots);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VmRestorePointMount {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.fs_roots,
            &crate::runtime::unknown::join(path, "FSRoots"),
            out,
        );
    }
}

/// '&lt;VmRestorePointMounts&gt;' of XML schema type 'VmRestorePointMountListType': the '&lt;VmRestorePointMount&gt;' entities of a collection as repeated children; JSON '{"VmRestorePointMounts": \[…\]}'. The shape is the one representation\_collections (see <https://helpcenter.veeam.com/docs/vbr/em_rest/representation_collections.html>) shows; the list and item types are from the link-type mapping mapping\_link\_types\_to\_xml\_schema (see <https://helpcenter.veeam.com/docs/vbr/em_rest/mapping_link_types_to_xml_schema.html>).
///
/// XML root element: `<VmRestorePointMounts>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VmRestorePointMounts {
    /// The 'VmRestorePointMount' entities of the collection.
    ///
    /// repeated XML element `<VmRestorePointMount>`; JSON `"VmRestorePointMounts": […]`.
    pub vm_restore_point_mounts: crate::runtime::List<VmRestorePointMount>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VmRestorePointMounts {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.elems("VmRestorePointMounts", &self.vm_restore_point_mounts)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VmRestorePointMounts {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new(
                "VmRestorePointMounts",
                &["VmRestorePointMount", "vmRestorePointMounts"],
            ),
        ];
        crate::runtime::json::object(deserializer, "VmRestorePointMounts", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VmRestorePointMounts {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.vm_restore_point_mounts = o.vec_of("VmRestorePointMount")?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VmRestorePointMounts {
    const ROOTS: &'static [&'static str] = &["VmRestorePointMounts"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            vm_restore_point_mounts: xml::elems(el, "VmRestorePointMount")?.into(),
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::many("VmRestorePointMount")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::many("VmRestorePointMount")])?.is_some() {
            out.vm_restore_point_mounts.push(el_.elem()?);
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VmRestorePointMounts {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elems("VmRestorePointMount", &self.vm_restore_point_mounts);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VmRestorePointMounts {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.vm_restore_point_mounts,
            &crate::runtime::unknown::join(path, "VmRestorePointMount"),
            out,
        );
    }
}

/// The `VmRestoreSpec` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VmRestoreSpec {
    /// XML element `<PowerOnAfterRestore>`; JSON `"PowerOnAfterRestore"`.
    pub power_on_after_restore: Option<String>,
    /// XML element `<HierarchyRootUid>`; JSON `"HierarchyRootUid"`.
    pub hierarchy_root_uid: Option<crate::runtime::Uid>,
    /// XML element `<QuickRollback>`; JSON `"QuickRollback"`.
    pub quick_rollback: Option<String>,
    /// XML element `<VmRestoreParameters>`; JSON `"VmRestoreParameters"`.
    pub vm_restore_parameters: Option<Box<VmRestoreParameters>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VmRestoreSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("PowerOnAfterRestore", &self.power_on_after_restore)?;
        o.opt("HierarchyRootUid", &self.hierarchy_root_uid)?;
        o.opt("QuickRollback", &self.quick_rollback)?;
        o.opt("VmRestoreParameters", &self.vm_restore_parameters)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VmRestoreSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("PowerOnAfterRestore", &["powerOnAfterRestore"]),
            F::new("HierarchyRootUid", &["hierarchyRootUid"]),
            F::new("QuickRollback", &["quickRollback"]),
            F::new("VmRestoreParameters", &["vmRestoreParameters"]),
        ];
        crate::runtime::json::object(deserializer, "VmRestoreSpec", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VmRestoreSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.power_on_after_restore = o.lenient()?,
                1 => out.hierarchy_root_uid = o.lenient()?,
                2 => out.quick_rollback = o.lenient()?,
                3 => out.vm_restore_parameters = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VmRestoreSpec {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            power_on_after_restore: xml::elem_text(el, "PowerOnAfterRestore")?,
            hierarchy_root_uid: xml::elem_text(el, "HierarchyRootUid")?,
            quick_rollback: xml::elem_text(el, "QuickRollback")?,
            vm_restore_parameters: xml::elem(el, "VmRestoreParameters")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("PowerOnAfterRestore"),
                    xml::Child::once_text::<crate::runtime::Uid>("HierarchyRootUid"),
                    xml::Child::once_text::<String>("QuickRollback"),
                    xml::Child::once("VmRestoreParameters"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("PowerOnAfterRestore"),
            xml::Tag::once("HierarchyRootUid"),
            xml::Tag::once("QuickRollback"),
            xml::Tag::once("VmRestoreParameters"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.power_on_after_restore = el_.text()?,
                1 => out.hierarchy_root_uid = el_.text()?,
                2 => out.quick_rollback = el_.text()?,
                3 => out.vm_restore_parameters = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VmRestoreSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("PowerOnAfterRestore", &self.power_on_after_restore);
        w.elem_text("HierarchyRootUid", &self.hierarchy_root_uid);
        w.elem_text("QuickRollback", &self.quick_rollback);
        w.elem("VmRestoreParameters", &self.vm_restore_parameters);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VmRestoreSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.vm_restore_parameters,
            &crate::runtime::unknown::join(path, "VmRestoreParameters"),
            out,
        );
    }
}
