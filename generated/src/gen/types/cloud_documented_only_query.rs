// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `cloud`, `documented-only`, `query`.

#[allow(unused_imports)]
use super::*;

/// Used by GET /cloud/tenants/{ID}/computeResources/{ID}, GET /cloud/tenants/{ID}/vCloudComputeResources/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_tenants_id_vcloudcomputeresources_id.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ManualIpAddressSettingsInfoType {
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
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for ManualIpAddressSettingsInfoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.opt("IpAddress", &self.ip_address)?;
        o.opt("SubnetMask", &self.subnet_mask)?;
        o.opt("DefaultGateway", &self.default_gateway)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for ManualIpAddressSettingsInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("IpAddress", &["ipAddress"]),
            F::new("SubnetMask", &["subnetMask"]),
            F::new("DefaultGateway", &["defaultGateway"]),
        ];
        crate::runtime::json::object(
            deserializer,
            "ManualIpAddressSettingsInfoType",
            FIELDS,
        )
    }
}

impl crate::runtime::json::ReadObject for ManualIpAddressSettingsInfoType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => out.ip_address = o.lenient()?,
                1 => out.subnet_mask = o.lenient()?,
                2 => out.default_gateway = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self { unknown: o.finish(), ..out })
    }
}

impl crate::runtime::xml::FromXml for ManualIpAddressSettingsInfoType {
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            ip_address: xml::elem_text(el, "IpAddress")?,
            subnet_mask: xml::elem_text(el, "SubnetMask")?,
            default_gateway: xml::elem_text(el, "DefaultGateway")?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("IpAddress"),
                    xml::Child::once_text::<String>("SubnetMask"),
                    xml::Child::once_text::<String>("DefaultGateway"),
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
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => out.ip_address = el_.text()?,
                1 => out.subnet_mask = el_.text()?,
                2 => out.default_gateway = el_.text()?,
                _ => {}
            }
        }
        out.unknown = el_.unknown()?;
        Some(out)
    }
}

impl crate::runtime::xml::ToXml for ManualIpAddressSettingsInfoType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text("IpAddress", &self.ip_address);
        w.elem_text("SubnetMask", &self.subnet_mask);
        w.elem_text("DefaultGateway", &self.default_gateway);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for ManualIpAddressSettingsInfoType {
    #[inline]
    fn unknown_members(&self, path: &str, out: &mut Vec<String>) {
        crate::runtime::unknown::push_names(&self.unknown, path, out);
    }
}

/// Used by GET /cloud/tenants/{ID}, GET /cloud/tenants/{ID}/computeResources/{ID}, GET /cloud/tenants/{ID}/vCloudComputeResources/{ID}, POST /cloud/tenants, POST /cloud/tenants/{ID}/vCloudComputeResources, PUT /cloud/tenants/{ID}.
///
/// Help center: <https://helpcenter.veeam.com/docs/vbr/em_rest/get_cloud_tenants_id_vcloudcomputeresources_id.html>
///
/// XML root element: `<NetworkAppliance>`.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkApplianceInfoType {
    /// Name for the network extension appliance.
    ///
    /// XML element `<Name>`; JSON `"Name"`.
    pub name: String,
    /// Network label that identifies the port group to which the network extension appliance is connected. The port group is configured on the virtual switch in the SP virtualization environment and provides networking for the Veeam Cloud Connect infrastructure.
    ///
    /// XML element `<ProductionNetwork>`; JSON `"ProductionNetwork"`.
    pub production_network: String,
    /// Defines whether network settings must be configured automatically for the network extension appliance. Possible values:
    ///
    /// - `True`
    /// - False If you set this option to False, you must pass network settings for the network extension appliance in the ManualIPAdressSettings section of the request body. For details, see Manual Ip Addressing Options.
    ///
    /// XML element `<ObtainIPAddressAutomatically>`; JSON `"ObtainIPAddressAutomatically"`.
    pub obtain_ip_address_automatically: bool,
    /// Network settings for the network extension appliance. For details, see Manual Ip Addressing Options.
    ///
    /// XML element `<ManualIpAddressSettingsInfoType>`; JSON `"ManualIpAddressSettingsInfoType"`.
    pub manual_ip_address_settings_info_type: Option<ManualIpAddressSettingsInfoType>,
    /// UID of the Distributed Virtual Switch on which the port group specified in the ProductionNetwork field is configured.
    ///
    /// XML element `<ViDistributedSwitchUuid>`; JSON `"ViDistributedSwitchUuid"`.
    pub vi_distributed_switch_uuid: Option<String>,
    /// Defines whether the port group to which the network extension appliance must be connected is configured on a Distributed Virtual Switch. Possible values:
    ///
    /// - `True`
    /// - False If you set this option to True, you must pass ID of the Distributed Virtual Switch in the ViDistributedSwitch element.
    ///
    /// XML element `<ProductionNetworkUnderDvs>`; JSON `"ProductionNetworkUnderDvs"`.
    pub production_network_under_dvs: Option<bool>,
    /// Members the server sent that the documentation does not name (JSON keys, XML attributes and elements), kept so that encoding writes them back; see [`UnknownMembers`](crate::runtime::UnknownMembers).
    pub unknown: crate::runtime::UnknownMembers,
}

impl serde::Serialize for NetworkApplianceInfoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut o = crate::runtime::json::ObjectWriter::new(serializer)?;
        o.req("Name", &self.name)?;
        o.req("ProductionNetwork", &self.production_network)?;
        o.req("ObtainIPAddressAutomatically", &self.obtain_ip_address_automatically)?;
        o.opt(
            "ManualIpAddressSettingsInfoType",
            &self.manual_ip_address_settings_info_type,
        )?;
        o.opt("ViDistributedSwitchUuid", &self.vi_distributed_switch_uuid)?;
        o.opt("ProductionNetworkUnderDvs", &self.production_network_under_dvs)?;
        o.end(&self.unknown)
    }
}

impl<'de> serde::Deserialize<'de> for NetworkApplianceInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::json::Field as F;
        const FIELDS: &[F] = &[
            F::new("Name", &["name"]),
            F::new("ProductionNetwork", &["productionNetwork"]),
            F::new("ObtainIPAddressAutomatically", &["obtainIPAddressAutomatically"]),
            F::new(
                "ManualIpAddressSettingsInfoType",
                &["manualIpAddressSettingsInfoType"],
            ),
            F::new("ViDistributedSwitchUuid", &["viDistributedSwitchUuid"]),
            F::new("ProductionNetworkUnderDvs", &["productionNetworkUnderDvs"]),
        ];
        crate::runtime::json::object(deserializer, "NetworkApplianceInfoType", FIELDS)
    }
}

impl crate::runtime::json::ReadObject for NetworkApplianceInfoType {
    fn read_object<'de, A: serde::de::MapAccess<'de>>(
        mut o: crate::runtime::json::Object<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = Default::default();
        let mut production_network = Default::default();
        let mut obtain_ip_address_automatically = Default::default();
        let mut manual_ip_address_settings_info_type = Default::default();
        let mut vi_distributed_switch_uuid = Default::default();
        let mut production_network_under_dvs = Default::default();
        while let Some(i) = o.next_field()? {
            match i {
                0 => name = Some(o.lenient_req()?),
                1 => production_network = Some(o.lenient_req()?),
                2 => obtain_ip_address_automatically = Some(o.lenient_req()?),
                3 => manual_ip_address_settings_info_type = o.value()?,
                4 => vi_distributed_switch_uuid = o.lenient()?,
                5 => production_network_under_dvs = o.lenient()?,
                _ => {}
            }
        }
        Ok(Self {
            name: o.required(name, 0)?,
            production_network: o.required(production_network, 1)?,
            obtain_ip_address_automatically: o
                .required(obtain_ip_address_automatically, 2)?,
            manual_ip_address_settings_info_type,
            vi_distributed_switch_uuid,
            production_network_under_dvs,
            unknown: o.finish(),
        })
    }
}

impl crate::runtime::xml::FromXml for NetworkApplianceInfoType {
    const ROOTS: &'static [&'static str] = &["NetworkAppliance"];
    #[inline]
    fn from_xml(
        el: &crate::runtime::xml::Element,
    ) -> Result<Self, crate::runtime::DecodeError> {
        use crate::runtime::xml;
        Ok(Self {
            name: xml::elem_text(el, "Name")?
                .ok_or_else(|| crate::runtime::DecodeError::missing("Name"))?,
            production_network: xml::elem_text(el, "ProductionNetwork")?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "ProductionNetwork",
                ))?,
            obtain_ip_address_automatically: xml::elem_text(
                    el,
                    "ObtainIPAddressAutomatically",
                )?
                .ok_or_else(|| crate::runtime::DecodeError::missing(
                    "ObtainIPAddressAutomatically",
                ))?,
            manual_ip_address_settings_info_type: xml::elem(
                el,
                "ManualIpAddressSettingsInfoType",
            )?,
            vi_distributed_switch_uuid: xml::elem_text(el, "ViDistributedSwitchUuid")?,
            production_network_under_dvs: xml::elem_text(
                el,
                "ProductionNetworkUnderDvs",
            )?,
            unknown: crate::runtime::UnknownMembers::from_xml(
                el,
                &[],
                &[
                    xml::Child::once_text::<String>("Name"),
                    xml::Child::once_text::<String>("ProductionNetwork"),
                    xml::Child::once_text::<bool>("ObtainIPAddressAutomatically"),
                    xml::Child::once("ManualIpAddressSettingsInfoType"),
                    xml::Child::once_text::<String>("ViDistributedSwitchUuid"),
                    xml::Child::once_text::<bool>("ProductionNetworkUnderDvs"),
                ],
                false,
            ),
        })
    }

    #[inline]
    fn read_xml(el_: &mut crate::runtime::xml::Reading<'_, '_>) -> Option<Self> {
        use crate::runtime::xml;
        el_.attrs(&[])?;
        let mut name = None;
        let mut production_network = None;
        let mut obtain_ip_address_automatically = None;
        let mut manual_ip_address_settings_info_type = None;
        let mut vi_distributed_switch_uuid = None;
        let mut production_network_under_dvs = None;
        const TAGS: &[xml::Tag] = &[
            xml::Tag::once("Name"),
            xml::Tag::once("ProductionNetwork"),
            xml::Tag::once("ObtainIPAddressAutomatically"),
            xml::Tag::once("ManualIpAddressSettingsInfoType"),
            xml::Tag::once("ViDistributedSwitchUuid"),
            xml::Tag::once("ProductionNetworkUnderDvs"),
        ];
        while let Some(ix_) = el_.next_child(TAGS)? {
            match ix_ {
                0 => name = el_.text()?,
                1 => production_network = el_.text()?,
                2 => obtain_ip_address_automatically = el_.text()?,
                3 => manual_ip_address_settings_info_type = Some(el_.elem()?),
                4 => vi_distributed_switch_uuid = el_.text()?,
                5 => production_network_under_dvs = el_.text()?,
                _ => {}
            }
        }
        Some(Self {
            name: name?,
            production_network: production_network?,
            obtain_ip_address_automatically: obtain_ip_address_automatically?,
            manual_ip_address_settings_info_type,
            vi_distributed_switch_uuid,
            production_network_under_dvs,
            unknown: el_.unknown()?,
        })
    }
}

impl crate::runtime::xml::ToXml for NetworkApplianceInfoType {
    #[inline]
    fn write_xml(&self, w: &mut crate::runtime::xml::ElementWriter) {
        w.elem_text_req("Name", &self.name);
        w.elem_text_req("ProductionNetwork", &self.production_network);
        w.elem_text_req(
            "ObtainIPAddressAutomatically",
            &self.obtain_ip_address_automatically,
        );
        w.elem(
            "ManualIpAddressSettingsInfoType",
            &self.manual_ip_address_settings_info_type,
        );
        w.elem_text("ViDistributedSwitchUuid", &self.vi_distributed_switch_uuid);
        w.elem_text("ProductionNetworkUnderDvs", &self.production_network_under_dvs);
        self.unknown.write_xml(w);
    }
}

impl crate::runtime::Members for NetworkApplianceInfoType {
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
