// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `documented-only`, `restore`.

#[allow(unused_imports)]
use super::*;

/// The `Vm` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Vm {
    /// XML element `<VmRestorePointUid>`; JSON `"VmRestorePointUid"`.
    pub vm_restore_point_uid: Option<crate::runtime::Uid>,
    /// XML element `<VmNewName>`; JSON `"VmNewName"`.
    pub vm_new_name: Option<String>,
    /// XML element `<DatastoreRef>`; JSON `"DatastoreRef"`.
    pub datastore_ref: Option<String>,
    /// XML element `<OrgVdcStorageProfileRef>`; JSON `"OrgVdcStorageProfileRef"`.
    pub org_vdc_storage_profile_ref: Option<String>,
    /// XML element `<LinkedCloneVmTemplateRef>`; JSON `"LinkedCloneVmTemplateRef"`.
    pub linked_clone_vm_template_ref: Option<String>,
    /// XML element `<Vm>`; JSON `"Vm"`.
    pub vm: Option<VmVm>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for Vm {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("VmRestorePointUid", &self.vm_restore_point_uid)?;
        o.opt("VmNewName", &self.vm_new_name)?;
        o.opt("DatastoreRef", &self.datastore_ref)?;
        o.opt("OrgVdcStorageProfileRef", &self.org_vdc_storage_profile_ref)?;
        o.opt("LinkedCloneVmTemplateRef", &self.linked_clone_vm_template_ref)?;
        o.opt("Vm", &self.vm)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for Vm {
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
            F::new("Vm", &["vm"]),
        ];
        crate::runtime::json::object(deserializer, "Vm", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for Vm {
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
                5 => out.vm = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for Vm {
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
            vm: xml::elem(el, "Vm")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<crate::runtime::Uid>("VmRestorePointUid"),
                    xml::Child::once_text::<String>("VmNewName"),
                    xml::Child::once_text::<String>("DatastoreRef"),
                    xml::Child::once_text::<String>("OrgVdcStorageProfileRef"),
                    xml::Child::once_text::<String>("LinkedCloneVmTemplateRef"),
                    xml::Child::once("Vm"),
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
            xml::Tag::once("Vm"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.vm_restore_point_uid = el_.text()?,
                1 => out.vm_new_name = el_.text()?,
                2 => out.datastore_ref = el_.text()?,
                3 => out.org_vdc_storage_profile_ref = el_.text()?,
                4 => out.linked_clone_vm_template_ref = el_.text()?,
                5 => out.vm = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for Vm {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("VmRestorePointUid", &self.vm_restore_point_uid);
        w.elem_text("VmNewName", &self.vm_new_name);
        w.elem_text("DatastoreRef", &self.datastore_ref);
        w.elem_text("OrgVdcStorageProfileRef", &self.org_vdc_storage_profile_ref);
        w.elem_text("LinkedCloneVmTemplateRef", &self.linked_clone_vm_template_ref);
        w.elem("Vm", &self.vm);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for Vm {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.vm,
            &crate::runtime::unknown::join(path, "Vm"),
            out,
        );
    }
}

/// 'Vm' of Vm, known only from a JSON sample.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VmVm {
    /// XML element `<DatastoreRef>`; JSON `"DatastoreRef"`.
    pub datastore_ref: Option<String>,
    /// XML element `<LinkedCloneVmTemplateRef>`; JSON `"LinkedCloneVmTemplateRef"`.
    pub linked_clone_vm_template_ref: Option<String>,
    /// XML element `<OrgVdcStorageProfileRef>`; JSON `"OrgVdcStorageProfileRef"`.
    pub org_vdc_storage_profile_ref: Option<String>,
    /// XML element `<VmNewName>`; JSON `"VmNewName"`.
    pub vm_new_name: Option<String>,
    /// XML element `<VmRestorePointUid>`; JSON `"VmRestorePointUid"`.
    pub vm_restore_point_uid: Option<crate::runtime::Uid>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VmVm {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("DatastoreRef", &self.datastore_ref)?;
        o.opt("LinkedCloneVmTemplateRef", &self.linked_clone_vm_template_ref)?;
        o.opt("OrgVdcStorageProfileRef", &self.org_vdc_storage_profile_ref)?;
        o.opt("VmNewName", &self.vm_new_name)?;
        o.opt("VmRestorePointUid", &self.vm_restore_point_uid)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VmVm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("DatastoreRef", &["datastoreRef"]),
            F::new("LinkedCloneVmTemplateRef", &["linkedCloneVmTemplateRef"]),
            F::new("OrgVdcStorageProfileRef", &["orgVdcStorageProfileRef"]),
            F::new("VmNewName", &["vmNewName"]),
            F::new("VmRestorePointUid", &["vmRestorePointUid"]),
        ];
        crate::runtime::json::object(deserializer, "VmVm", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VmVm {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.datastore_ref = o.lenient()?,
                1 => out.linked_clone_vm_template_ref = o.lenient()?,
                2 => out.org_vdc_storage_profile_ref = o.lenient()?,
                3 => out.vm_new_name = o.lenient()?,
                4 => out.vm_restore_point_uid = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VmVm {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            datastore_ref: xml::elem_text(el, "DatastoreRef")?,
            linked_clone_vm_template_ref: xml::elem_text(
                el,
                "LinkedCloneVmTemplateRef",
            )?,
            org_vdc_storage_profile_ref: xml::elem_text(el, "OrgVdcStorageProfileRef")?,
            vm_new_name: xml::elem_text(el, "VmNewName")?,
            vm_restore_point_uid: xml::elem_text(el, "VmRestorePointUid")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("DatastoreRef"),
                    xml::Child::once_text::<String>("LinkedCloneVmTemplateRef"),
                    xml::Child::once_text::<String>("OrgVdcStorageProfileRef"),
                    xml::Child::once_text::<String>("VmNewName"),
                    xml::Child::once_text::<crate::runtime::Uid>("VmRestorePointUid"),
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
            xml::Tag::once("DatastoreRef"),
            xml::Tag::once("LinkedCloneVmTemplateRef"),
            xml::Tag::once("OrgVdcStorageProfileRef"),
            xml::Tag::once("VmNewName"),
            xml::Tag::once("VmRestorePointUid"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.datastore_ref = el_.text()?,
                1 => out.linked_clone_vm_template_ref = el_.text()?,
                2 => out.org_vdc_storage_profile_ref = el_.text()?,
                3 => out.vm_new_name = el_.text()?,
                4 => out.vm_restore_point_uid = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VmVm {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("DatastoreRef", &self.datastore_ref);
        w.elem_text("LinkedCloneVmTemplateRef", &self.linked_clone_vm_template_ref);
        w.elem_text("OrgVdcStorageProfileRef", &self.org_vdc_storage_profile_ref);
        w.elem_text("VmNewName", &self.vm_new_name);
        w.elem_text("VmRestorePointUid", &self.vm_restore_point_uid);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VmVm {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}
