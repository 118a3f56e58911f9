// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `documented-only`.

#[allow(unused_imports)]
use super::*;

/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/catalog_vms_vmname_vmrestorepoints_id.html>
///
/// XML root element: `<CatalogVmRestorePoint>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CatalogVmRestorePoint {
    /// XML attribute `Type`; JSON `"Type"`.
    pub r#type: Option<String>,
    /// XML attribute `Href`; JSON `"Href"`.
    pub href: Option<crate::runtime::Url>,
    /// XML attribute `Name`; JSON `"Name"`.
    pub name: Option<String>,
    /// XML attribute `UID`; JSON `"UID"`.
    pub uid: Option<crate::runtime::Uid>,
    /// XML `<Links><Link/>…</Links>`; JSON `"Links": […]`.
    pub links: Option<crate::runtime::List<Link>>,
    /// XML element `<BackupDateUTC>`; JSON `"BackupDateUTC"`.
    pub backup_date_utc: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for CatalogVmRestorePoint {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Type", &self.r#type)?;
        o.opt("Href", &self.href)?;
        o.opt("Name", &self.name)?;
        o.opt("UID", &self.uid)?;
        o.opt("Links", &self.links)?;
        o.opt("BackupDateUTC", &self.backup_date_utc)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CatalogVmRestorePoint {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Type", &["type"]),
            F::new("Href", &["href"]),
            F::new("Name", &["name"]),
            F::new("UID", &["uID", "uid"]),
            F::new("Links", &["Link", "links"]),
            F::new("BackupDateUTC", &["backupDateUTC"]),
        ];
        crate::runtime::json::object(deserializer, "CatalogVmRestorePoint", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for CatalogVmRestorePoint {
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
                4 => out.links = o.list_of("Link")?,
                5 => out.backup_date_utc = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for CatalogVmRestorePoint {
    const ROOTS: &'static [&'static str] = &["CatalogVmRestorePoint"];
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
            links: xml::wrapped(el, "Links", "Link")?,
            backup_date_utc: xml::elem_text(el, "BackupDateUTC")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &["Type", "Href", "Name", "UID"],
                &[
                    xml::Child::once("Links"),
                    xml::Child::once_text::<String>("BackupDateUTC"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        {
            let at_ = el_.attrs(&["Type", "Href", "Name", "UID"])?;
            out.r#type = xml::attr_value(&at_[0])?;
            out.href = xml::attr_value(&at_[1])?;
            out.name = xml::attr_value(&at_[2])?;
            out.uid = xml::attr_value(&at_[3])?;
        }
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Links"),
            xml::Tag::once("BackupDateUTC"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.links = Some(el_.wrapped("Link")?),
                1 => out.backup_date_utc = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for CatalogVmRestorePoint {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.attr("Type", &self.r#type);
        w.attr("Href", &self.href);
        w.attr("Name", &self.name);
        w.attr("UID", &self.uid);
        w.wrapped("Links", "Link", self.links.as_ref());
        w.elem_text("BackupDateUTC", &self.backup_date_utc);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for CatalogVmRestorePoint {
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

/// Used by DELETE /cloud/tenants/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/delete_tenants_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteCloudTenantsSpec {
    /// Defines if the backups created for the tenant account will be deleted from the cloud repository. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<includeBackups>`; JSON `"includeBackups"`.
    pub include_backups: Option<bool>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for DeleteCloudTenantsSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("includeBackups", &self.include_backups)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for DeleteCloudTenantsSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[F::new("includeBackups", &[])];
        crate::runtime::json::object(deserializer, "DeleteCloudTenantsSpec", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for DeleteCloudTenantsSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.include_backups = o.lenient()?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for DeleteCloudTenantsSpec {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            include_backups: xml::elem_text(el, "includeBackups")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::once_text::<bool>("includeBackups")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::once("includeBackups")])?.is_some() {
            out.include_backups = el_.text()?;
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for DeleteCloudTenantsSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("includeBackups", &self.include_backups);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for DeleteCloudTenantsSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /query?type=ObjectInAgentBackupJob.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_objectinagentbackuplob.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetQueryObjectInAgentBackupJobSpec {
    /// ID of the protected computer or protection group, for example: e310aa12-eff2-41f4-97c8-631b677fc17f.
    ///
    /// XML element `<ObjectInJobId>`; JSON `"ObjectInJobId"`.
    pub object_in_job_id: Option<String>,
    /// Name of the protected computer or protection group, for example: DC-SRV.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    pub name: Option<String>,
    /// Display name of the protected computer or protection group, for example: DC-SRV.
    ///
    /// XML element `<DisplayName>`; JSON `"DisplayName"`.
    pub display_name: Option<String>,
    /// Options for application-aware image processing. For details, see Guest Processing Options.
    ///
    /// XML element `<GuestProcessingOptions>`; JSON `"GuestProcessingOptions"`.
    pub guest_processing_options: Option<GuestProcessingOptionsType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for GetQueryObjectInAgentBackupJobSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("ObjectInJobId", &self.object_in_job_id)?;
        o.opt("Name", &self.name)?;
        o.opt("DisplayName", &self.display_name)?;
        o.opt("GuestProcessingOptions", &self.guest_processing_options)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for GetQueryObjectInAgentBackupJobSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("ObjectInJobId", &["objectInJobId"]),
            F::new("Name", &["name"]),
            F::new("DisplayName", &["displayName"]),
            F::new("GuestProcessingOptions", &["guestProcessingOptions"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "GetQueryObjectInAgentBackupJobSpec",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for GetQueryObjectInAgentBackupJobSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.object_in_job_id = o.lenient()?,
                1 => out.name = o.lenient()?,
                2 => out.display_name = o.lenient()?,
                3 => out.guest_processing_options = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for GetQueryObjectInAgentBackupJobSpec {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            object_in_job_id: xml::elem_text(el, "ObjectInJobId")?,
            name: xml::elem_text(el, "Name")?,
            display_name: xml::elem_text(el, "DisplayName")?,
            guest_processing_options: xml::elem(el, "GuestProcessingOptions")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("ObjectInJobId"),
                    xml::Child::once_text::<String>("Name"),
                    xml::Child::once_text::<String>("DisplayName"),
                    xml::Child::once("GuestProcessingOptions"),
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
            xml::Tag::once("ObjectInJobId"),
            xml::Tag::once("Name"),
            xml::Tag::once("DisplayName"),
            xml::Tag::once("GuestProcessingOptions"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.object_in_job_id = el_.text()?,
                1 => out.name = el_.text()?,
                2 => out.display_name = el_.text()?,
                3 => out.guest_processing_options = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for GetQueryObjectInAgentBackupJobSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("ObjectInJobId", &self.object_in_job_id);
        w.elem_text("Name", &self.name);
        w.elem_text("DisplayName", &self.display_name);
        w.elem("GuestProcessingOptions", &self.guest_processing_options);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for GetQueryObjectInAgentBackupJobSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.guest_processing_options,
            &crate::runtime::unknown::join(path, "GuestProcessingOptions"),
            out,
        );
    }
}

/// Used by GET /nas/fileServers/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_nas_fileservers_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NasServerAdvancedOptionsInfoType {
    /// Processing mode that defines if Veeam Backup & Replication uses snapshots for backups.
    ///
    /// XML element `<ProcessingMode>`; JSON `"ProcessingMode"`.
    pub processing_mode: Option<String>,
    /// Path to the folder on the file share where the file share snapshot is saved.
    ///
    /// XML element `<StorageSnapshotPath>`; JSON `"StorageSnapshotPath"`.
    pub storage_snapshot_path: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for NasServerAdvancedOptionsInfoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("ProcessingMode", &self.processing_mode)?;
        o.opt("StorageSnapshotPath", &self.storage_snapshot_path)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for NasServerAdvancedOptionsInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("ProcessingMode", &["processingMode"]),
            F::new("StorageSnapshotPath", &["storageSnapshotPath"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "NASServerAdvancedOptionsInfoType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for NasServerAdvancedOptionsInfoType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.processing_mode = o.lenient()?,
                1 => out.storage_snapshot_path = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for NasServerAdvancedOptionsInfoType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            processing_mode: xml::elem_text(el, "ProcessingMode")?,
            storage_snapshot_path: xml::elem_text(el, "StorageSnapshotPath")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("ProcessingMode"),
                    xml::Child::once_text::<String>("StorageSnapshotPath"),
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
            xml::Tag::once("ProcessingMode"),
            xml::Tag::once("StorageSnapshotPath"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.processing_mode = el_.text()?,
                1 => out.storage_snapshot_path = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for NasServerAdvancedOptionsInfoType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("ProcessingMode", &self.processing_mode);
        w.elem_text("StorageSnapshotPath", &self.storage_snapshot_path);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for NasServerAdvancedOptionsInfoType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by POST /cloud/tenants, POST /cloud/tenants/{ID}/computeResources, POST /cloud/tenants/{ID}/vCloudComputeResources, PUT /cloud/tenants/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_cloud_tenants_id_vcloudcomputeresources.html>
///
/// XML root element: `<NetworkAppliance>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NetworkAppliance {
    /// IP address for the network extension appliance.
    ///
    /// XML element `<IpAddress>`; JSON `"IpAddress"`.
    pub ip_address: Option<String>,
    /// Subnet mask for the network extension appliance.
    ///
    /// XML element `<SubnetMask>`; JSON `"SubnetMask"`.
    pub subnet_mask: Option<String>,
    /// Default gateway for the network extension appliance.
    ///
    /// XML element `<DefaultGateway>`; JSON `"DefaultGateway"`.
    pub default_gateway: Option<String>,
    /// Name for the network extension appliance.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    pub name: Option<String>,
    /// Network label that identifies the port group to which you want to connect the network extension appliance. The port group is configured on the virtual switch in the SP virtualization environment and provides networking for the Veeam Cloud Connect infrastructure.
    ///
    /// XML element `<ProductionNetwork>`; JSON `"ProductionNetwork"`.
    pub production_network: Option<String>,
    /// Defines whether network settings must be configured automatically for the network extension appliance. Possible values:
    ///
    /// - `True`
    /// - False If you set this option to False, you must pass network settings for the network extension appliance in the ManualIPAdressSettings section of the request body. For details, see Manual Ip Addressing Options.
    ///
    /// XML element `<ObtainIPAddressAutomatically>`; JSON `"ObtainIPAddressAutomatically"`.
    pub obtain_ip_address_automatically: Option<bool>,
    /// UID of the Distributed Virtual Switch on which the port group specified in the ProductionNetwork field is configured.
    ///
    /// XML element `<ViDistributedSwitchUuid>`; JSON `"ViDistributedSwitchUuid"`.
    pub vi_distributed_switch_uuid: Option<String>,
    /// Defines whether the port group to which the network extension appliance must be connected is configured on a Distributed Virtual Switch. Possible values:
    ///
    /// - `True`
    /// - False If you set this option to True, you must pass ID of the Distributed Virtual Switch in the ViDistributedSwitch field.
    ///
    /// XML element `<ProductionNetworkUnderDvs>`; JSON `"ProductionNetworkUnderDvs"`.
    pub production_network_under_dvs: Option<bool>,
    /// XML element `<ManualIpAddressSettingsInfoType>`; JSON `"ManualIpAddressSettingsInfoType"`.
    pub manual_ip_address_settings_info_type: Option<ManualIpAddressSettingsInfoType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for NetworkAppliance {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("IpAddress", &self.ip_address)?;
        o.opt("SubnetMask", &self.subnet_mask)?;
        o.opt("DefaultGateway", &self.default_gateway)?;
        o.opt("Name", &self.name)?;
        o.opt("ProductionNetwork", &self.production_network)?;
        o.opt("ObtainIPAddressAutomatically", &self.obtain_ip_address_automatically)?;
        o.opt("ViDistributedSwitchUuid", &self.vi_distributed_switch_uuid)?;
        o.opt("ProductionNetworkUnderDvs", &self.production_network_under_dvs)?;
        o.opt(
            "ManualIpAddressSettingsInfoType",
            &self.manual_ip_address_settings_info_type,
        )?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for NetworkAppliance {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("IpAddress", &["ipAddress"]),
            F::new("SubnetMask", &["subnetMask"]),
            F::new("DefaultGateway", &["defaultGateway"]),
            F::new("Name", &["name"]),
            F::new("ProductionNetwork", &["productionNetwork"]),
            F::new("ObtainIPAddressAutomatically", &["obtainIPAddressAutomatically"]),
            F::new("ViDistributedSwitchUuid", &["viDistributedSwitchUuid"]),
            F::new("ProductionNetworkUnderDvs", &["productionNetworkUnderDvs"]),
            F::new(
                "ManualIpAddressSettingsInfoType",
                &["manualIpAddressSettingsInfoType"],
            ),
        ];
        crate::runtime::json::object(deserializer, "NetworkAppliance", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for NetworkAppliance {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.ip_address = o.lenient()?,
                1 => out.subnet_mask = o.lenient()?,
                2 => out.default_gateway = o.lenient()?,
                3 => out.name = o.lenient()?,
                4 => out.production_network = o.lenient()?,
                5 => out.obtain_ip_address_automatically = o.lenient()?,
                6 => out.vi_distributed_switch_uuid = o.lenient()?,
                7 => out.production_network_under_dvs = o.lenient()?,
                8 => out.manual_ip_address_settings_info_type = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for NetworkAppliance {
    const ROOTS: &'static [&'static str] = &["NetworkAppliance"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            ip_address: xml::elem_text(el, "IpAddress")?,
            subnet_mask: xml::elem_text(el, "SubnetMask")?,
            default_gateway: xml::elem_text(el, "DefaultGateway")?,
            name: xml::elem_text(el, "Name")?,
            production_network: xml::elem_text(el, "ProductionNetwork")?,
            obtain_ip_address_automatically: xml::elem_text(
                el,
                "ObtainIPAddressAutomatically",
            )?,
            vi_distributed_switch_uuid: xml::elem_text(el, "ViDistributedSwitchUuid")?,
            production_network_under_dvs: xml::elem_text(
                el,
                "ProductionNetworkUnderDvs",
            )?,
            manual_ip_address_settings_info_type: xml::elem(
                el,
                "ManualIpAddressSettingsInfoType",
            )?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("IpAddress"),
                    xml::Child::once_text::<String>("SubnetMask"),
                    xml::Child::once_text::<String>("DefaultGateway"),
                    xml::Child::once_text::<String>("Name"),
                    xml::Child::once_text::<String>("ProductionNetwork"),
                    xml::Child::once_text::<bool>("ObtainIPAddressAutomatically"),
                    xml::Child::once_text::<String>("ViDistributedSwitchUuid"),
                    xml::Child::once_text::<bool>("ProductionNetworkUnderDvs"),
                    xml::Child::once("ManualIpAddressSettingsInfoType"),
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
            xml::Tag::once("IpAddress"),
            xml::Tag::once("SubnetMask"),
            xml::Tag::once("DefaultGateway"),
            xml::Tag::once("Name"),
            xml::Tag::once("ProductionNetwork"),
            xml::Tag::once("ObtainIPAddressAutomatically"),
            xml::Tag::once("ViDistributedSwitchUuid"),
            xml::Tag::once("ProductionNetworkUnderDvs"),
            xml::Tag::once("ManualIpAddressSettingsInfoType"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.ip_address = el_.text()?,
                1 => out.subnet_mask = el_.text()?,
                2 => out.default_gateway = el_.text()?,
                3 => out.name = el_.text()?,
                4 => out.production_network = el_.text()?,
                5 => out.obtain_ip_address_automatically = el_.text()?,
                6 => out.vi_distributed_switch_uuid = el_.text()?,
                7 => out.production_network_under_dvs = el_.text()?,
                8 => out.manual_ip_address_settings_info_type = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for NetworkAppliance {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("IpAddress", &self.ip_address);
        w.elem_text("SubnetMask", &self.subnet_mask);
        w.elem_text("DefaultGateway", &self.default_gateway);
        w.elem_text("Name", &self.name);
        w.elem_text("ProductionNetwork", &self.production_network);
        w.elem_text(
            "ObtainIPAddressAutomatically",
            &self.obtain_ip_address_automatically,
        );
        w.elem_text("ViDistributedSwitchUuid", &self.vi_distributed_switch_uuid);
        w.elem_text("ProductionNetworkUnderDvs", &self.production_network_under_dvs);
        w.elem(
            "ManualIpAddressSettingsInfoType",
            &self.manual_ip_address_settings_info_type,
        );
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for NetworkAppliance {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.manual_ip_address_settings_info_type,
            &crate::runtime::unknown::join(path, "ManualIpAddressSettingsInfoType"),
            out,
        );
    }
}

/// Used by PUT /cdpPolicies/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_cdppolicies_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyScheduleOptions {
    /// Recovery point objective in seconds.
    ///
    /// XML element `<RecoveryPointObjectiveSeconds>`; JSON `"RecoveryPointObjectiveSeconds"`.
    pub recovery_point_objective_seconds: Option<i64>,
    /// Recovery point objective in minutes.
    ///
    /// XML element `<RecoveryPointObjectiveMinutes>`; JSON `"RecoveryPointObjectiveMinutes"`.
    pub recovery_point_objective_minutes: Option<i64>,
    /// Time intervals that define when the CDP policy is allowed to create a replicated state of the source VMs. For details, see RPO Schedule Options.
    ///
    /// XML element `<RPOSchedule>`; JSON `"RPOSchedule"`.
    pub rpo_schedule: Option<RpoScheduleType>,
    /// Defines RPO reporting settings. For details, see RPO Reporting Options.
    ///
    /// XML element `<RPOReporting>`; JSON `"RPOReporting"`.
    pub rpo_reporting: Option<RpoReportingType>,
    /// Time period for which short-term restore points must be stored, in minutes.
    ///
    /// XML element `<ShortTermRetentionMinutes>`; JSON `"ShortTermRetentionMinutes"`.
    pub short_term_retention_minutes: Option<i64>,
    /// Time period for which short-term restore points must be stored, in hours.
    ///
    /// XML element `<ShortTermRetentionHours>`; JSON `"ShortTermRetentionHours"`.
    pub short_term_retention_hours: Option<i64>,
    /// Defines how often new long-term restore points must be created, in hours.
    ///
    /// XML element `<LongTermRetentionHours>`; JSON `"LongTermRetentionHours"`.
    pub long_term_retention_hours: Option<i64>,
    /// Defines for how long the long-term restore points must be retained, in days.
    ///
    /// XML element `<LongTermRetentionKeepDays>`; JSON `"LongTermRetentionKeepDays"`.
    pub long_term_retention_keep_days: Option<i64>,
    /// Time intervals that define when the CDP policy must create application-consistent and when crash-consistent long-term restore points. For details, see Long-Term Retention Schedule Options.
    ///
    /// XML element `<LongTermRetentionSchedule>`; JSON `"LongTermRetentionSchedule"`.
    pub long_term_retention_schedule: Option<LongTermRetentionScheduleType>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for PolicyScheduleOptions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("RecoveryPointObjectiveSeconds", &self.recovery_point_objective_seconds)?;
        o.opt("RecoveryPointObjectiveMinutes", &self.recovery_point_objective_minutes)?;
        o.opt("RPOSchedule", &self.rpo_schedule)?;
        o.opt("RPOReporting", &self.rpo_reporting)?;
        o.opt("ShortTermRetentionMinutes", &self.short_term_retention_minutes)?;
        o.opt("ShortTermRetentionHours", &self.short_term_retention_hours)?;
        o.opt("LongTermRetentionHours", &self.long_term_retention_hours)?;
        o.opt("LongTermRetentionKeepDays", &self.long_term_retention_keep_days)?;
        o.opt("LongTermRetentionSchedule", &self.long_term_retention_schedule)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for PolicyScheduleOptions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("RecoveryPointObjectiveSeconds", &["recoveryPointObjectiveSeconds"]),
            F::new("RecoveryPointObjectiveMinutes", &["recoveryPointObjectiveMinutes"]),
            F::new("RPOSchedule", &["rPOSchedule", "rpoSchedule"]),
            F::new("RPOReporting", &["rPOReporting", "rpoReporting"]),
            F::new("ShortTermRetentionMinutes", &["shortTermRetentionMinutes"]),
            F::new("ShortTermRetentionHours", &["shortTermRetentionHours"]),
            F::new("LongTermRetentionHours", &["longTermRetentionHours"]),
            F::new("LongTermRetentionKeepDays", &["longTermRetentionKeepDays"]),
            F::new("LongTermRetentionSchedule", &["longTermRetentionSchedule"]),
        ];
        crate::runtime::json::object(deserializer, "PolicyScheduleOptions", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for PolicyScheduleOptions {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.recovery_point_objective_seconds = o.lenient()?,
                1 => out.recovery_point_objective_minutes = o.lenient()?,
                2 => out.rpo_schedule = o.value()?,
                3 => out.rpo_reporting = o.value()?,
                4 => out.short_term_retention_minutes = o.lenient()?,
                5 => out.short_term_retention_hours = o.lenient()?,
                6 => out.long_term_retention_hours = o.lenient()?,
                7 => out.long_term_retention_keep_days = o.lenient()?,
                8 => out.long_term_retention_schedule = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for PolicyScheduleOptions {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            recovery_point_objective_seconds: xml::elem_text(
                el,
                "RecoveryPointObjectiveSeconds",
            )?,
            recovery_point_objective_minutes: xml::elem_text(
                el,
                "RecoveryPointObjectiveMinutes",
            )?,
            rpo_schedule: xml::elem(el, "RPOSchedule")?,
            rpo_reporting: xml::elem(el, "RPOReporting")?,
            short_term_retention_minutes: xml::elem_text(
                el,
                "ShortTermRetentionMinutes",
            )?,
            short_term_retention_hours: xml::elem_text(el, "ShortTermRetentionHours")?,
            long_term_retention_hours: xml::elem_text(el, "LongTermRetentionHours")?,
            long_term_retention_keep_days: xml::elem_text(
                el,
                "LongTermRetentionKeepDays",
            )?,
            long_term_retention_schedule: xml::elem(el, "LongTermRetentionSchedule")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<i64>("RecoveryPointObjectiveSeconds"),
                    xml::Child::once_text::<i64>("RecoveryPointObjectiveMinutes"),
                    xml::Child::once("RPOSchedule"),
                    xml::Child::once("RPOReporting"),
                    xml::Child::once_text::<i64>("ShortTermRetentionMinutes"),
                    xml::Child::once_text::<i64>("ShortTermRetentionHours"),
                    xml::Child::once_text::<i64>("LongTermRetentionHours"),
                    xml::Child::once_text::<i64>("LongTermRetentionKeepDays"),
                    xml::Child::once("LongTermRetentionSchedule"),
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
            xml::Tag::once("RecoveryPointObjectiveSeconds"),
            xml::Tag::once("RecoveryPointObjectiveMinutes"),
            xml::Tag::once("RPOSchedule"),
            xml::Tag::once("RPOReporting"),
            xml::Tag::once("ShortTermRetentionMinutes"),
            xml::Tag::once("ShortTermRetentionHours"),
            xml::Tag::once("LongTermRetentionHours"),
            xml::Tag::once("LongTermRetentionKeepDays"),
            xml::Tag::once("LongTermRetentionSchedule"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.recovery_point_objective_seconds = el_.text()?,
                1 => out.recovery_point_objective_minutes = el_.text()?,
                2 => out.rpo_schedule = Some(el_.elem()?),
                3 => out.rpo_reporting = Some(el_.elem()?),
                4 => out.short_term_retention_minutes = el_.text()?,
                5 => out.short_term_retention_hours = el_.text()?,
                6 => out.long_term_retention_hours = el_.text()?,
                7 => out.long_term_retention_keep_days = el_.text()?,
                8 => out.long_term_retention_schedule = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for PolicyScheduleOptions {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text(
            "RecoveryPointObjectiveSeconds",
            &self.recovery_point_objective_seconds,
        );
        w.elem_text(
            "RecoveryPointObjectiveMinutes",
            &self.recovery_point_objective_minutes,
        );
        w.elem("RPOSchedule", &self.rpo_schedule);
        w.elem("RPOReporting", &self.rpo_reporting);
        w.elem_text("ShortTermRetentionMinutes", &self.short_term_retention_minutes);
        w.elem_text("ShortTermRetentionHours", &self.short_term_retention_hours);
        w.elem_text("LongTermRetentionHours", &self.long_term_retention_hours);
        w.elem_text("LongTermRetentionKeepDays", &self.long_term_retention_keep_days);
        w.elem("LongTermRetentionSchedule", &self.long_term_retention_schedule);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for PolicyScheduleOptions {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.rpo_schedule,
            &crate::runtime::unknown::join(path, "RPOSchedule"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.rpo_reporting,
            &crate::runtime::unknown::join(path, "RPOReporting"),
            out,
        );
        crate::runtime::Members::unknown_members(
            &self.long_term_retention_schedule,
            &crate::runtime::unknown::join(path, "LongTermRetentionSchedule"),
            out,
        );
    }
}

/// Used by GET /selfService/vSphere/Configs/{ID}, POST /selfService/vSphere/Configs, PUT /selfService/vSphere/Configs/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_selfservice_vsphere_configs_id.html>
///
/// XML root element: `<Tags>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TagsListType {
    /// vSphere tag assigned to a VM that must be available to the tenant. If tags are specified in the tenant access configuration, the vSphere tags delegation mode is selected in Veeam Backup Enterprise Manager. The tenant is able to back up only those VMs to which the specified tags are assigned.
    ///
    /// XML element `<Tag>`; JSON `"Tag"`.
    pub tag: Option<String>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for TagsListType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("Tag", &self.tag)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for TagsListType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[F::new("Tag", &["tag"])];
        crate::runtime::json::object(deserializer, "TagsListType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for TagsListType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while o.next_field()?.is_some() {
            out.tag = o.lenient()?;
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for TagsListType {
    const ROOTS: &'static [&'static str] = &["Tags"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            tag: xml::elem_text(el, "Tag")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[xml::Child::once_text::<String>("Tag")],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        let mut out = Self::default();
        el_.attrs(&[])?;
        while el_.next_child(&[xml::Tag::once("Tag")])?.is_some() {
            out.tag = el_.text()?;
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for TagsListType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("Tag", &self.tag);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for TagsListType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by POST /cloud/tenants, PUT /cloud/tenants/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_tenants_id.html>
#[derive(Debug, Clone, PartialEq)]
pub struct VCloudComputeResources {
    /// XML element `<VirtualDataCenterRef>`; JSON `"VirtualDataCenterRef"`.
    pub virtual_data_center_ref: Option<String>,
    /// Defines whether the network extension appliance must be deployed for the VMware Cloud Director tenant account. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<UseNetworkFailoverResources>`; JSON `"UseNetworkFailoverResources"`.
    pub use_network_failover_resources: bool,
    /// If UseNetworkFailoverResources option is set to True, you can pass parameters for the network extension appliance in the NetworkAppliance section of the request body. For details, see Network Extension Options.
    ///
    /// XML element `<NetworkAppliance>`; JSON `"NetworkAppliance"`.
    pub network_appliance: Option<NetworkApplianceInfoType>,
    /// UID of the WAN accelerator that must be used as a target WAN accelerator. This parameter must be specified if you want tenants to communicate with vCloud hosts through WAN accelerators.
    ///
    /// XML element `<WanAcceleratorUid>`; JSON `"WanAcceleratorUid"`.
    pub wan_accelerator_uid: Option<crate::runtime::Uid>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VCloudComputeResources {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("VirtualDataCenterRef", &self.virtual_data_center_ref)?;
        o.req("UseNetworkFailoverResources", &self.use_network_failover_resources)?;
        o.opt("NetworkAppliance", &self.network_appliance)?;
        o.opt("WanAcceleratorUid", &self.wan_accelerator_uid)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VCloudComputeResources {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("VirtualDataCenterRef", &["virtualDataCenterRef"]),
            F::new("UseNetworkFailoverResources", &["useNetworkFailoverResources"]),
            F::new("NetworkAppliance", &["networkAppliance"]),
            F::new("WanAcceleratorUid", &["wanAcceleratorUid"]),
        ];
        crate::runtime::json::object(deserializer, "VCloudComputeResources", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VCloudComputeResources {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut virtual_data_center_ref = Default::default();
        let mut use_network_failover_resources = Default::default();
        let mut network_appliance = Default::default();
        let mut wan_accelerator_uid = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => virtual_data_center_ref = o.lenient()?,
                1 => use_network_failover_resources = Some(o.lenient_req()?),
                2 => network_appliance = o.value()?,
                3 => wan_accelerator_uid = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self {
            virtual_data_center_ref,
            use_network_failover_resources: o
                .required(use_network_failover_resources, 1)?,
            network_appliance,
            wan_accelerator_uid,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for VCloudComputeResources {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            virtual_data_center_ref: xml::elem_text(el, "VirtualDataCenterRef")?,
            use_network_failover_resources: xml::elem_text(
                    el,
                    "UseNetworkFailoverResources",
                )?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "UseNetworkFailoverResources",
                ))?,
            network_appliance: xml::elem(el, "NetworkAppliance")?,
            wan_accelerator_uid: xml::elem_text(el, "WanAcceleratorUid")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("VirtualDataCenterRef"),
                    xml::Child::once_text::<bool>("UseNetworkFailoverResources"),
                    xml::Child::once("NetworkAppliance"),
                    xml::Child::once_text::<crate::runtime::Uid>("WanAcceleratorUid"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        el_.attrs(&[])?;
        let mut virtual_data_center_ref = None;
        let mut use_network_failover_resources = None;
        let mut network_appliance = None;
        let mut wan_accelerator_uid = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("VirtualDataCenterRef"),
            xml::Tag::once("UseNetworkFailoverResources"),
            xml::Tag::once("NetworkAppliance"),
            xml::Tag::once("WanAcceleratorUid"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => virtual_data_center_ref = el_.text()?,
                1 => use_network_failover_resources = el_.text()?,
                2 => network_appliance = Some(el_.elem()?),
                3 => wan_accelerator_uid = el_.text()?,
                _ => {}
            }
        }
        Some(Self {
            virtual_data_center_ref,
            use_network_failover_resources: use_network_failover_resources?,
            network_appliance,
            wan_accelerator_uid,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for VCloudComputeResources {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("VirtualDataCenterRef", &self.virtual_data_center_ref);
        w.elem_text_req(
            "UseNetworkFailoverResources",
            &self.use_network_failover_resources,
        );
        w.elem("NetworkAppliance", &self.network_appliance);
        w.elem_text("WanAcceleratorUid", &self.wan_accelerator_uid);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VCloudComputeResources {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.network_appliance,
            &crate::runtime::unknown::join(path, "NetworkAppliance"),
            out,
        );
    }
}

/// Used by PUT /selfService/vSphere/Configs/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/put_selfservice_vsphere_configs_id.html>
///
/// XML root element: `<JobSettings>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VSphereSelfServiceConfigEntityTypeJobSettings {
    /// Defines what settings are applied to backup jobs created by the tenant of vSphere Self-Service Backup Portal. Possible values:
    ///
    /// - `True` — tenant jobs are configured with the default settings of a backup job for vSphere VMs.
    /// - `False` — tenant jobs are configured with settings of the backup job specified as a template.
    ///
    /// XML element `<DefaultSettings>`; JSON `"DefaultSettings"`.
    pub default_settings: Option<bool>,
    /// Job scheduling options. Possible values:
    ///
    /// - `Full` — tenant of the vSphere Self-Service Backup Portal has full access to all job scheduling options.
    /// - `Partial` — tenant of the vSphere Self-Service Backup Portal can create daily and monthly jobs only.
    /// - `Random` — tenant of the vSphere Self-Service Backup Portal can create daily jobs with randomized start time within the backup window.
    /// - `Disabled` — tenant of the vSphere Self-Service Backup Portal can create only jobs with no schedule assigned.
    ///
    /// XML element `<JobSchedulerType>`; JSON `"JobSchedulerType"`.
    pub job_scheduler_type: Option<super::enums::JobSchedulerType>,
    /// Defines whether the backup job has a high priority. Possible values:
    ///
    /// - `True`
    /// - `False`
    ///
    /// XML element `<HighPriorityJob>`; JSON `"HighPriorityJob"`.
    pub high_priority_job: Option<bool>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VSphereSelfServiceConfigEntityTypeJobSettings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("DefaultSettings", &self.default_settings)?;
        o.opt("JobSchedulerType", &self.job_scheduler_type)?;
        o.opt("HighPriorityJob", &self.high_priority_job)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VSphereSelfServiceConfigEntityTypeJobSettings {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("DefaultSettings", &["defaultSettings"]),
            F::new("JobSchedulerType", &["jobSchedulerType"]),
            F::new("HighPriorityJob", &["highPriorityJob"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "VSphereSelfServiceConfigEntityTypeJobSettings",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for VSphereSelfServiceConfigEntityTypeJobSettings {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.default_settings = o.lenient()?,
                1 => out.job_scheduler_type = o.value()?,
                2 => out.high_priority_job = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VSphereSelfServiceConfigEntityTypeJobSettings {
    const ROOTS: &'static [&'static str] = &["JobSettings"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            default_settings: xml::elem_text(el, "DefaultSettings")?,
            job_scheduler_type: xml::elem_text(el, "JobSchedulerType")?,
            high_priority_job: xml::elem_text(el, "HighPriorityJob")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<bool>("DefaultSettings"),
                    xml::Child::once_text::<
                        super::enums::JobSchedulerType,
                    >("JobSchedulerType"),
                    xml::Child::once_text::<bool>("HighPriorityJob"),
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
            xml::Tag::once("DefaultSettings"),
            xml::Tag::once("JobSchedulerType"),
            xml::Tag::once("HighPriorityJob"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.default_settings = el_.text()?,
                1 => out.job_scheduler_type = el_.text()?,
                2 => out.high_priority_job = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VSphereSelfServiceConfigEntityTypeJobSettings {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("DefaultSettings", &self.default_settings);
        w.elem_text("JobSchedulerType", &self.job_scheduler_type);
        w.elem_text("HighPriorityJob", &self.high_priority_job);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VSphereSelfServiceConfigEntityTypeJobSettings {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by POST /vAppRestorePoints/{ID}?action=restore.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/post_vapprestorepoints_id_actionrestore.html>
///
/// XML root element: `<RestoreSpec>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VmsRestoreParameters {
    /// UID of the restore point from which the VM must be restored, for example: urn:veeam:VmRestorePoint:48c8cd65-d5fa-4ca6-8a98-d3fde641086e.
    ///
    /// XML element `<VmRestorePointUid>`; JSON `"VmRestorePointUid"`.
    pub vm_restore_point_uid: Option<crate::runtime::Uid>,
    /// Name of the restored VM. If this parameter is not specified, the VM is restored with its initial name.
    ///
    /// XML element `<VmNewName>`; JSON `"VmNewName"`.
    pub vm_new_name: Option<String>,
    /// Reference to the datastore on which VM files must be placed. You can construct the reference manually or use the lookup service to retrieve the reference.
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
    /// XML element `<vCloudVAppRestoreSpec>`; JSON `"vCloudVAppRestoreSpec"`.
    pub v_cloud_v_app_restore_spec: Option<VCloudVAppRestoreSpec>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VmsRestoreParameters {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("VmRestorePointUid", &self.vm_restore_point_uid)?;
        o.opt("VmNewName", &self.vm_new_name)?;
        o.opt("DatastoreRef", &self.datastore_ref)?;
        o.opt("OrgVdcStorageProfileRef", &self.org_vdc_storage_profile_ref)?;
        o.opt("LinkedCloneVmTemplateRef", &self.linked_clone_vm_template_ref)?;
        o.opt("vCloudVAppRestoreSpec", &self.v_cloud_v_app_restore_spec)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VmsRestoreParameters {
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
            F::new("vCloudVAppRestoreSpec", &[]),
        ];
        crate::runtime::json::object(deserializer, "VmsRestoreParameters", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VmsRestoreParameters {
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
                5 => out.v_cloud_v_app_restore_spec = o.value()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VmsRestoreParameters {
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
            v_cloud_v_app_restore_spec: xml::elem(el, "vCloudVAppRestoreSpec")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<crate::runtime::Uid>("VmRestorePointUid"),
                    xml::Child::once_text::<String>("VmNewName"),
                    xml::Child::once_text::<String>("DatastoreRef"),
                    xml::Child::once_text::<String>("OrgVdcStorageProfileRef"),
                    xml::Child::once_text::<String>("LinkedCloneVmTemplateRef"),
                    xml::Child::once("vCloudVAppRestoreSpec"),
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
            xml::Tag::once("vCloudVAppRestoreSpec"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.vm_restore_point_uid = el_.text()?,
                1 => out.vm_new_name = el_.text()?,
                2 => out.datastore_ref = el_.text()?,
                3 => out.org_vdc_storage_profile_ref = el_.text()?,
                4 => out.linked_clone_vm_template_ref = el_.text()?,
                5 => out.v_cloud_v_app_restore_spec = Some(el_.elem()?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VmsRestoreParameters {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("VmRestorePointUid", &self.vm_restore_point_uid);
        w.elem_text("VmNewName", &self.vm_new_name);
        w.elem_text("DatastoreRef", &self.datastore_ref);
        w.elem_text("OrgVdcStorageProfileRef", &self.org_vdc_storage_profile_ref);
        w.elem_text("LinkedCloneVmTemplateRef", &self.linked_clone_vm_template_ref);
        w.elem("vCloudVAppRestoreSpec", &self.v_cloud_v_app_restore_spec);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VmsRestoreParameters {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.v_cloud_v_app_restore_spec,
            &crate::runtime::unknown::join(path, "vCloudVAppRestoreSpec"),
            out,
        );
    }
}

/// The `vCloudVAppRestoreSpec` type of the Enterprise Manager REST API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VCloudVAppRestoreSpec {
    /// XML element `<PowerOnAfterRestore>`; JSON `"PowerOnAfterRestore"`.
    pub power_on_after_restore: Option<String>,
    /// XML element `<HierarchyRootUid>`; JSON `"HierarchyRootUid"`.
    pub hierarchy_root_uid: Option<crate::runtime::Uid>,
    /// XML element `<OrgVdcRef>`; JSON `"OrgVdcRef"`.
    pub org_vdc_ref: Option<String>,
    /// XML element `<vAppNewName>`; JSON `"vAppNewName"`.
    pub v_app_new_name: Option<String>,
    /// XML `<VmsRestoreParameters><Vm/>…</VmsRestoreParameters>`; JSON `"VmsRestoreParameters": {"Vms": […]}`.
    pub vms_restore_parameters: Option<crate::runtime::List<Vm>>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for VCloudVAppRestoreSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("PowerOnAfterRestore", &self.power_on_after_restore)?;
        o.opt("HierarchyRootUid", &self.hierarchy_root_uid)?;
        o.opt("OrgVdcRef", &self.org_vdc_ref)?;
        o.opt("vAppNewName", &self.v_app_new_name)?;
        o.documented("VmsRestoreParameters", "Vms", &self.vms_restore_parameters)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for VCloudVAppRestoreSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("PowerOnAfterRestore", &["powerOnAfterRestore"]),
            F::new("HierarchyRootUid", &["hierarchyRootUid"]),
            F::new("OrgVdcRef", &["orgVdcRef"]),
            F::new("vAppNewName", &[]),
            F::new("VmsRestoreParameters", &["Vm", "vmsRestoreParameters"]),
        ];
        crate::runtime::json::object(deserializer, "vCloudVAppRestoreSpec", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for VCloudVAppRestoreSpec {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.power_on_after_restore = o.lenient()?,
                1 => out.hierarchy_root_uid = o.lenient()?,
                2 => out.org_vdc_ref = o.lenient()?,
                3 => out.v_app_new_name = o.lenient()?,
                4 => out.vms_restore_parameters = o.list_of("Vm")?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for VCloudVAppRestoreSpec {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            power_on_after_restore: xml::elem_text(el, "PowerOnAfterRestore")?,
            hierarchy_root_uid: xml::elem_text(el, "HierarchyRootUid")?,
            org_vdc_ref: xml::elem_text(el, "OrgVdcRef")?,
            v_app_new_name: xml::elem_text(el, "vAppNewName")?,
            vms_restore_parameters: xml::wrapped(el, "VmsRestoreParameters", "Vm")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("PowerOnAfterRestore"),
                    xml::Child::once_text::<crate::runtime::Uid>("HierarchyRootUid"),
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
            xml::Tag::once("PowerOnAfterRestore"),
            xml::Tag::once("HierarchyRootUid"),
            xml::Tag::once("OrgVdcRef"),
            xml::Tag::once("vAppNewName"),
            xml::Tag::once("VmsRestoreParameters"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.power_on_after_restore = el_.text()?,
                1 => out.hierarchy_root_uid = el_.text()?,
                2 => out.org_vdc_ref = el_.text()?,
                3 => out.v_app_new_name = el_.text()?,
                4 => out.vms_restore_parameters = Some(el_.wrapped("Vm")?),
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for VCloudVAppRestoreSpec {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("PowerOnAfterRestore", &self.power_on_after_restore);
        w.elem_text("HierarchyRootUid", &self.hierarchy_root_uid);
        w.elem_text("OrgVdcRef", &self.org_vdc_ref);
        w.elem_text("vAppNewName", &self.v_app_new_name);
        w.wrapped("VmsRestoreParameters", "Vm", self.vms_restore_parameters.as_ref());
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for VCloudVAppRestoreSpec {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
        crate::runtime::Members::unknown_members(
            &self.vms_restore_parameters,
            &crate::runtime::unknown::join(path, "VmsRestoreParameters"),
            out,
        );
    }
}
