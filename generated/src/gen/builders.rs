// @generated — do not edit; run `cargo xtask codegen`
//! Builders for the types with required members: `X::builder()` → `XBuilder`, one setter
//! per member (optional ones by their value), and `build()`, which fails with
//! [`MissingMembers`](crate::runtime::MissingMembers) naming every required member not
//! set.

#[allow(unused_imports)]
use super::types::*;

#[cfg(feature = "backup-servers")]
impl super::types::BackupServerSpec {
    /// A [`BackupServerSpecBuilder`]: set the members, then [`build`](BackupServerSpecBuilder::build). Required: `Description`, `DnsNameOrIpAddress`.
    pub fn builder() -> BackupServerSpecBuilder {
        BackupServerSpecBuilder::default()
    }
}

#[cfg(feature = "backup-servers")]
/// Builds a [`BackupServerSpec`] ([`BackupServerSpec::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct BackupServerSpecBuilder {
    description: Option<String>,
    dns_name_or_ip_address: Option<String>,
    username: Option<String>,
    port: Option<String>,
    password: Option<crate::runtime::Secret>,
    wcf_port: Option<i64>,
    vbr_certificate_thumbprint: Option<String>,
}

#[cfg(feature = "backup-servers")]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for BackupServerSpecBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(BackupServerSpecBuilder)).finish_non_exhaustive()
    }
}

#[cfg(feature = "backup-servers")]
impl BackupServerSpecBuilder {
    /// Sets [`BackupServerSpec::description`] (`Description`, required).
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets [`BackupServerSpec::dns_name_or_ip_address`] (`DnsNameOrIpAddress`, required).
    pub fn dns_name_or_ip_address(mut self, value: impl Into<String>) -> Self {
        self.dns_name_or_ip_address = Some(value.into());
        self
    }

    /// Sets [`BackupServerSpec::username`] (`Username`, optional).
    pub fn username(mut self, value: impl Into<String>) -> Self {
        self.username = Some(value.into());
        self
    }

    /// Sets [`BackupServerSpec::port`] (`Port`, optional).
    pub fn port(mut self, value: impl Into<String>) -> Self {
        self.port = Some(value.into());
        self
    }

    /// Sets [`BackupServerSpec::password`] (`Password`, optional).
    pub fn password(mut self, value: impl Into<crate::runtime::Secret>) -> Self {
        self.password = Some(value.into());
        self
    }

    /// Sets [`BackupServerSpec::wcf_port`] (`WcfPort`, optional).
    pub fn wcf_port(mut self, value: impl Into<i64>) -> Self {
        self.wcf_port = Some(value.into());
        self
    }

    /// Sets [`BackupServerSpec::vbr_certificate_thumbprint`] (`VbrCertificateThumbprint`, optional).
    pub fn vbr_certificate_thumbprint(mut self, value: impl Into<String>) -> Self {
        self.vbr_certificate_thumbprint = Some(value.into());
        self
    }

    /// The [`BackupServerSpec`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<super::types::BackupServerSpec, crate::runtime::MissingMembers> {
        let members: Vec<&'static str> = [
            (self.description.is_none(), "Description"),
            (self.dns_name_or_ip_address.is_none(), "DnsNameOrIpAddress"),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (Some(description), Some(dns_name_or_ip_address)) = (
            self.description,
            self.dns_name_or_ip_address,
        ) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "BackupServerSpec",
                members,
            });
        };
        Ok(super::types::BackupServerSpec {
            description,
            dns_name_or_ip_address,
            username: self.username,
            port: self.port,
            password: self.password,
            wcf_port: self.wcf_port,
            vbr_certificate_thumbprint: self.vbr_certificate_thumbprint,
            unknown: Default::default(),
        })
    }
}

#[cfg(feature = "cdp")]
impl super::types::CdpFailoverStartSpec {
    /// A [`CdpFailoverStartSpecBuilder`]: set the members, then [`build`](CdpFailoverStartSpecBuilder::build). Required: `RestoreCurrent`, `RestoreCurrentVss`.
    pub fn builder() -> CdpFailoverStartSpecBuilder {
        CdpFailoverStartSpecBuilder::default()
    }
}

#[cfg(feature = "cdp")]
/// Builds a [`CdpFailoverStartSpec`] ([`CdpFailoverStartSpec::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct CdpFailoverStartSpecBuilder {
    restore_current: Option<bool>,
    restore_current_vss: Option<bool>,
    restore_at_interval: Option<crate::runtime::DateTime>,
    restore_at_pointin_time: Option<crate::runtime::DateTime>,
}

#[cfg(feature = "cdp")]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for CdpFailoverStartSpecBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(CdpFailoverStartSpecBuilder)).finish_non_exhaustive()
    }
}

#[cfg(feature = "cdp")]
impl CdpFailoverStartSpecBuilder {
    /// Sets [`CdpFailoverStartSpec::restore_current`] (`RestoreCurrent`, required).
    pub fn restore_current(mut self, value: impl Into<bool>) -> Self {
        self.restore_current = Some(value.into());
        self
    }

    /// Sets [`CdpFailoverStartSpec::restore_current_vss`] (`RestoreCurrentVss`, required).
    pub fn restore_current_vss(mut self, value: impl Into<bool>) -> Self {
        self.restore_current_vss = Some(value.into());
        self
    }

    /// Sets [`CdpFailoverStartSpec::restore_at_interval`] (`RestoreAtInterval`, optional).
    pub fn restore_at_interval(
        mut self,
        value: impl Into<crate::runtime::DateTime>,
    ) -> Self {
        self.restore_at_interval = Some(value.into());
        self
    }

    /// Sets [`CdpFailoverStartSpec::restore_at_pointin_time`] (`RestoreAtPointinTime`, optional).
    pub fn restore_at_pointin_time(
        mut self,
        value: impl Into<crate::runtime::DateTime>,
    ) -> Self {
        self.restore_at_pointin_time = Some(value.into());
        self
    }

    /// The [`CdpFailoverStartSpec`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<super::types::CdpFailoverStartSpec, crate::runtime::MissingMembers> {
        let members: Vec<&'static str> = [
            (self.restore_current.is_none(), "RestoreCurrent"),
            (self.restore_current_vss.is_none(), "RestoreCurrentVss"),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (Some(restore_current), Some(restore_current_vss)) = (
            self.restore_current,
            self.restore_current_vss,
        ) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "CdpFailoverStartSpec",
                members,
            });
        };
        Ok(super::types::CdpFailoverStartSpec {
            restore_current,
            restore_current_vss,
            restore_at_interval: self.restore_at_interval,
            restore_at_pointin_time: self.restore_at_pointin_time,
            unknown: Default::default(),
        })
    }
}

#[cfg(any(feature = "cloud", feature = "query"))]
impl super::types::CloudGateway {
    /// A [`CloudGatewayBuilder`]: set the members, then [`build`](CloudGatewayBuilder::build). Required: `NetworkMode`, `ExternalIP`.
    pub fn builder() -> CloudGatewayBuilder {
        CloudGatewayBuilder::default()
    }
}

#[cfg(any(feature = "cloud", feature = "query"))]
/// Builds a [`CloudGateway`] ([`CloudGateway::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct CloudGatewayBuilder {
    r#type: Option<String>,
    href: Option<crate::runtime::Url>,
    name: Option<String>,
    uid: Option<crate::runtime::Uid>,
    links: Option<crate::runtime::List<Link>>,
    enabled: Option<bool>,
    network_mode: Option<super::enums::CloudGatewayNetworking>,
    external_ip: Option<String>,
    external_port: Option<i64>,
    internal_port: Option<i64>,
    description: Option<String>,
}

#[cfg(any(feature = "cloud", feature = "query"))]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for CloudGatewayBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(CloudGatewayBuilder)).finish_non_exhaustive()
    }
}

#[cfg(any(feature = "cloud", feature = "query"))]
impl CloudGatewayBuilder {
    /// Sets [`CloudGateway::type`] (`Type`, optional).
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Sets [`CloudGateway::href`] (`Href`, optional).
    pub fn href(mut self, value: impl Into<crate::runtime::Url>) -> Self {
        self.href = Some(value.into());
        self
    }

    /// Sets [`CloudGateway::name`] (`Name`, optional).
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets [`CloudGateway::uid`] (`UID`, optional).
    pub fn uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.uid = Some(value.into());
        self
    }

    /// Sets [`CloudGateway::links`] (`Links`, optional).
    pub fn links(mut self, value: impl Into<crate::runtime::List<Link>>) -> Self {
        self.links = Some(value.into());
        self
    }

    /// Sets [`CloudGateway::enabled`] (`Enabled`, optional).
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }

    /// Sets [`CloudGateway::network_mode`] (`NetworkMode`, required).
    pub fn network_mode(
        mut self,
        value: impl Into<super::enums::CloudGatewayNetworking>,
    ) -> Self {
        self.network_mode = Some(value.into());
        self
    }

    /// Sets [`CloudGateway::external_ip`] (`ExternalIP`, required).
    pub fn external_ip(mut self, value: impl Into<String>) -> Self {
        self.external_ip = Some(value.into());
        self
    }

    /// Sets [`CloudGateway::external_port`] (`ExternalPort`, optional).
    pub fn external_port(mut self, value: impl Into<i64>) -> Self {
        self.external_port = Some(value.into());
        self
    }

    /// Sets [`CloudGateway::internal_port`] (`InternalPort`, optional).
    pub fn internal_port(mut self, value: impl Into<i64>) -> Self {
        self.internal_port = Some(value.into());
        self
    }

    /// Sets [`CloudGateway::description`] (`Description`, optional).
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// The [`CloudGateway`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<super::types::CloudGateway, crate::runtime::MissingMembers> {
        let members: Vec<&'static str> = [
            (self.network_mode.is_none(), "NetworkMode"),
            (self.external_ip.is_none(), "ExternalIP"),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (Some(network_mode), Some(external_ip)) = (
            self.network_mode,
            self.external_ip,
        ) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "CloudGateway",
                members,
            });
        };
        Ok(super::types::CloudGateway {
            r#type: self.r#type,
            href: self.href,
            name: self.name,
            uid: self.uid,
            links: self.links,
            enabled: self.enabled,
            network_mode,
            external_ip,
            external_port: self.external_port,
            internal_port: self.internal_port,
            description: self.description,
            unknown: Default::default(),
        })
    }
}

#[cfg(any(feature = "cloud", feature = "query"))]
impl super::types::CloudHardwarePlan {
    /// A [`CloudHardwarePlanBuilder`]: set the members, then [`build`](CloudHardwarePlanBuilder::build). Required: `ProcessorUsageLimitMhz`, `MemoryUsageLimitMb`, `HardwarePlanDetails`.
    pub fn builder() -> CloudHardwarePlanBuilder {
        CloudHardwarePlanBuilder::default()
    }
}

#[cfg(any(feature = "cloud", feature = "query"))]
/// Builds a [`CloudHardwarePlan`] ([`CloudHardwarePlan::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct CloudHardwarePlanBuilder {
    r#type: Option<String>,
    href: Option<crate::runtime::Url>,
    name: Option<String>,
    uid: Option<crate::runtime::Uid>,
    links: Option<crate::runtime::List<Link>>,
    description: Option<String>,
    processor_usage_limit_mhz: Option<i64>,
    memory_usage_limit_mb: Option<i64>,
    hardware_plan_details: Option<ViCloudHardwarePlanorHvCloudHardwarePlan>,
}

#[cfg(any(feature = "cloud", feature = "query"))]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for CloudHardwarePlanBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(CloudHardwarePlanBuilder)).finish_non_exhaustive()
    }
}

#[cfg(any(feature = "cloud", feature = "query"))]
impl CloudHardwarePlanBuilder {
    /// Sets [`CloudHardwarePlan::type`] (`Type`, optional).
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Sets [`CloudHardwarePlan::href`] (`Href`, optional).
    pub fn href(mut self, value: impl Into<crate::runtime::Url>) -> Self {
        self.href = Some(value.into());
        self
    }

    /// Sets [`CloudHardwarePlan::name`] (`Name`, optional).
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets [`CloudHardwarePlan::uid`] (`UID`, optional).
    pub fn uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.uid = Some(value.into());
        self
    }

    /// Sets [`CloudHardwarePlan::links`] (`Links`, optional).
    pub fn links(mut self, value: impl Into<crate::runtime::List<Link>>) -> Self {
        self.links = Some(value.into());
        self
    }

    /// Sets [`CloudHardwarePlan::description`] (`Description`, optional).
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets [`CloudHardwarePlan::processor_usage_limit_mhz`] (`ProcessorUsageLimitMhz`, required).
    pub fn processor_usage_limit_mhz(mut self, value: impl Into<i64>) -> Self {
        self.processor_usage_limit_mhz = Some(value.into());
        self
    }

    /// Sets [`CloudHardwarePlan::memory_usage_limit_mb`] (`MemoryUsageLimitMb`, required).
    pub fn memory_usage_limit_mb(mut self, value: impl Into<i64>) -> Self {
        self.memory_usage_limit_mb = Some(value.into());
        self
    }

    /// Sets [`CloudHardwarePlan::hardware_plan_details`] (`HardwarePlanDetails`, required).
    pub fn hardware_plan_details(
        mut self,
        value: impl Into<ViCloudHardwarePlanorHvCloudHardwarePlan>,
    ) -> Self {
        self.hardware_plan_details = Some(value.into());
        self
    }

    /// The [`CloudHardwarePlan`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<super::types::CloudHardwarePlan, crate::runtime::MissingMembers> {
        let members: Vec<&'static str> = [
            (self.processor_usage_limit_mhz.is_none(), "ProcessorUsageLimitMhz"),
            (self.memory_usage_limit_mb.is_none(), "MemoryUsageLimitMb"),
            (self.hardware_plan_details.is_none(), "HardwarePlanDetails"),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (
            Some(processor_usage_limit_mhz),
            Some(memory_usage_limit_mb),
            Some(hardware_plan_details),
        ) = (
            self.processor_usage_limit_mhz,
            self.memory_usage_limit_mb,
            self.hardware_plan_details,
        ) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "CloudHardwarePlan",
                members,
            });
        };
        Ok(super::types::CloudHardwarePlan {
            r#type: self.r#type,
            href: self.href,
            name: self.name,
            uid: self.uid,
            links: self.links,
            description: self.description,
            processor_usage_limit_mhz,
            memory_usage_limit_mb,
            hardware_plan_details,
            unknown: Default::default(),
        })
    }
}

#[cfg(feature = "cloud")]
impl super::types::CloudHardwarePlanCreateSpec {
    /// A [`CloudHardwarePlanCreateSpecBuilder`]: set the members, then [`build`](CloudHardwarePlanCreateSpecBuilder::build). Required: `BackupServerUid`, `Name`, `ProcessorUsageLimitMhz`, `MemoryUsageLimitMb`, `HardwarePlanDetails`.
    pub fn builder() -> CloudHardwarePlanCreateSpecBuilder {
        CloudHardwarePlanCreateSpecBuilder::default()
    }
}

#[cfg(feature = "cloud")]
/// Builds a [`CloudHardwarePlanCreateSpec`] ([`CloudHardwarePlanCreateSpec::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct CloudHardwarePlanCreateSpecBuilder {
    backup_server_uid: Option<crate::runtime::Uid>,
    name: Option<String>,
    description: Option<String>,
    processor_usage_limit_mhz: Option<i64>,
    memory_usage_limit_mb: Option<i64>,
    hardware_plan_details: Option<ViCloudHardwarePlanorHvCloudHardwarePlan>,
}

#[cfg(feature = "cloud")]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for CloudHardwarePlanCreateSpecBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(CloudHardwarePlanCreateSpecBuilder))
            .finish_non_exhaustive()
    }
}

#[cfg(feature = "cloud")]
impl CloudHardwarePlanCreateSpecBuilder {
    /// Sets [`CloudHardwarePlanCreateSpec::backup_server_uid`] (`BackupServerUid`, required).
    pub fn backup_server_uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.backup_server_uid = Some(value.into());
        self
    }

    /// Sets [`CloudHardwarePlanCreateSpec::name`] (`Name`, required).
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets [`CloudHardwarePlanCreateSpec::description`] (`Description`, optional).
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets [`CloudHardwarePlanCreateSpec::processor_usage_limit_mhz`] (`ProcessorUsageLimitMhz`, required).
    pub fn processor_usage_limit_mhz(mut self, value: impl Into<i64>) -> Self {
        self.processor_usage_limit_mhz = Some(value.into());
        self
    }

    /// Sets [`CloudHardwarePlanCreateSpec::memory_usage_limit_mb`] (`MemoryUsageLimitMb`, required).
    pub fn memory_usage_limit_mb(mut self, value: impl Into<i64>) -> Self {
        self.memory_usage_limit_mb = Some(value.into());
        self
    }

    /// Sets [`CloudHardwarePlanCreateSpec::hardware_plan_details`] (`HardwarePlanDetails`, required).
    pub fn hardware_plan_details(
        mut self,
        value: impl Into<ViCloudHardwarePlanorHvCloudHardwarePlan>,
    ) -> Self {
        self.hardware_plan_details = Some(value.into());
        self
    }

    /// The [`CloudHardwarePlanCreateSpec`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<
        super::types::CloudHardwarePlanCreateSpec,
        crate::runtime::MissingMembers,
    > {
        let members: Vec<&'static str> = [
            (self.backup_server_uid.is_none(), "BackupServerUid"),
            (self.name.is_none(), "Name"),
            (self.processor_usage_limit_mhz.is_none(), "ProcessorUsageLimitMhz"),
            (self.memory_usage_limit_mb.is_none(), "MemoryUsageLimitMb"),
            (self.hardware_plan_details.is_none(), "HardwarePlanDetails"),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (
            Some(backup_server_uid),
            Some(name),
            Some(processor_usage_limit_mhz),
            Some(memory_usage_limit_mb),
            Some(hardware_plan_details),
        ) = (
            self.backup_server_uid,
            self.name,
            self.processor_usage_limit_mhz,
            self.memory_usage_limit_mb,
            self.hardware_plan_details,
        ) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "CloudHardwarePlanCreateSpec",
                members,
            });
        };
        Ok(super::types::CloudHardwarePlanCreateSpec {
            backup_server_uid,
            name,
            description: self.description,
            processor_usage_limit_mhz,
            memory_usage_limit_mb,
            hardware_plan_details,
            unknown: Default::default(),
        })
    }
}

#[cfg(feature = "cloud")]
impl super::types::CloudPublicIpAddressCreateSpec {
    /// A [`CloudPublicIpAddressCreateSpecBuilder`]: set the members, then [`build`](CloudPublicIpAddressCreateSpecBuilder::build). Required: `BackupServerUid`, `IpAddressLowerBound`, `IpAddressUpperBound`.
    pub fn builder() -> CloudPublicIpAddressCreateSpecBuilder {
        CloudPublicIpAddressCreateSpecBuilder::default()
    }
}

#[cfg(feature = "cloud")]
/// Builds a [`CloudPublicIpAddressCreateSpec`] ([`CloudPublicIpAddressCreateSpec::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct CloudPublicIpAddressCreateSpecBuilder {
    backup_server_uid: Option<crate::runtime::Uid>,
    ip_address_lower_bound: Option<String>,
    ip_address_upper_bound: Option<String>,
}

#[cfg(feature = "cloud")]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for CloudPublicIpAddressCreateSpecBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(CloudPublicIpAddressCreateSpecBuilder))
            .finish_non_exhaustive()
    }
}

#[cfg(feature = "cloud")]
impl CloudPublicIpAddressCreateSpecBuilder {
    /// Sets [`CloudPublicIpAddressCreateSpec::backup_server_uid`] (`BackupServerUid`, required).
    pub fn backup_server_uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.backup_server_uid = Some(value.into());
        self
    }

    /// Sets [`CloudPublicIpAddressCreateSpec::ip_address_lower_bound`] (`IpAddressLowerBound`, required).
    pub fn ip_address_lower_bound(mut self, value: impl Into<String>) -> Self {
        self.ip_address_lower_bound = Some(value.into());
        self
    }

    /// Sets [`CloudPublicIpAddressCreateSpec::ip_address_upper_bound`] (`IpAddressUpperBound`, required).
    pub fn ip_address_upper_bound(mut self, value: impl Into<String>) -> Self {
        self.ip_address_upper_bound = Some(value.into());
        self
    }

    /// The [`CloudPublicIpAddressCreateSpec`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<
        super::types::CloudPublicIpAddressCreateSpec,
        crate::runtime::MissingMembers,
    > {
        let members: Vec<&'static str> = [
            (self.backup_server_uid.is_none(), "BackupServerUid"),
            (self.ip_address_lower_bound.is_none(), "IpAddressLowerBound"),
            (self.ip_address_upper_bound.is_none(), "IpAddressUpperBound"),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (
            Some(backup_server_uid),
            Some(ip_address_lower_bound),
            Some(ip_address_upper_bound),
        ) = (
            self.backup_server_uid,
            self.ip_address_lower_bound,
            self.ip_address_upper_bound,
        ) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "CloudPublicIpAddressCreateSpec",
                members,
            });
        };
        Ok(super::types::CloudPublicIpAddressCreateSpec {
            backup_server_uid,
            ip_address_lower_bound,
            ip_address_upper_bound,
            unknown: Default::default(),
        })
    }
}

#[cfg(feature = "cloud")]
impl super::types::CloudSubtenantCreateSpec {
    /// A [`CloudSubtenantCreateSpecBuilder`]: set the members, then [`build`](CloudSubtenantCreateSpecBuilder::build). Required: `Name`, `Password`, `TenantResourceId`, `UnlimitedQuota`.
    pub fn builder() -> CloudSubtenantCreateSpecBuilder {
        CloudSubtenantCreateSpecBuilder::default()
    }
}

#[cfg(feature = "cloud")]
/// Builds a [`CloudSubtenantCreateSpec`] ([`CloudSubtenantCreateSpec::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct CloudSubtenantCreateSpecBuilder {
    name: Option<String>,
    description: Option<String>,
    password: Option<crate::runtime::Secret>,
    enabled: Option<bool>,
    tenant_resource_id: Option<String>,
    quota_name: Option<String>,
    quota_mb: Option<i64>,
    unlimited_quota: Option<bool>,
}

#[cfg(feature = "cloud")]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for CloudSubtenantCreateSpecBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(CloudSubtenantCreateSpecBuilder))
            .finish_non_exhaustive()
    }
}

#[cfg(feature = "cloud")]
impl CloudSubtenantCreateSpecBuilder {
    /// Sets [`CloudSubtenantCreateSpec::name`] (`Name`, required).
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets [`CloudSubtenantCreateSpec::description`] (`Description`, optional).
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets [`CloudSubtenantCreateSpec::password`] (`Password`, required).
    pub fn password(mut self, value: impl Into<crate::runtime::Secret>) -> Self {
        self.password = Some(value.into());
        self
    }

    /// Sets [`CloudSubtenantCreateSpec::enabled`] (`Enabled`, optional).
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }

    /// Sets [`CloudSubtenantCreateSpec::tenant_resource_id`] (`TenantResourceId`, required).
    pub fn tenant_resource_id(mut self, value: impl Into<String>) -> Self {
        self.tenant_resource_id = Some(value.into());
        self
    }

    /// Sets [`CloudSubtenantCreateSpec::quota_name`] (`QuotaName`, optional).
    pub fn quota_name(mut self, value: impl Into<String>) -> Self {
        self.quota_name = Some(value.into());
        self
    }

    /// Sets [`CloudSubtenantCreateSpec::quota_mb`] (`QuotaMb`, optional).
    pub fn quota_mb(mut self, value: impl Into<i64>) -> Self {
        self.quota_mb = Some(value.into());
        self
    }

    /// Sets [`CloudSubtenantCreateSpec::unlimited_quota`] (`UnlimitedQuota`, required).
    pub fn unlimited_quota(mut self, value: impl Into<bool>) -> Self {
        self.unlimited_quota = Some(value.into());
        self
    }

    /// The [`CloudSubtenantCreateSpec`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<super::types::CloudSubtenantCreateSpec, crate::runtime::MissingMembers> {
        let members: Vec<&'static str> = [
            (self.name.is_none(), "Name"),
            (self.password.is_none(), "Password"),
            (self.tenant_resource_id.is_none(), "TenantResourceId"),
            (self.unlimited_quota.is_none(), "UnlimitedQuota"),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (
            Some(name),
            Some(password),
            Some(tenant_resource_id),
            Some(unlimited_quota),
        ) = (self.name, self.password, self.tenant_resource_id, self.unlimited_quota)
        else {
            return Err(crate::runtime::MissingMembers {
                type_name: "CloudSubtenantCreateSpec",
                members,
            });
        };
        Ok(super::types::CloudSubtenantCreateSpec {
            name,
            description: self.description,
            password,
            enabled: self.enabled,
            tenant_resource_id,
            quota_name: self.quota_name,
            quota_mb: self.quota_mb,
            unlimited_quota,
            unknown: Default::default(),
        })
    }
}

#[cfg(any(feature = "cloud", feature = "query"))]
impl super::types::CloudSubtenantRepositoryQuotaInfoType {
    /// A [`CloudSubtenantRepositoryQuotaInfoTypeBuilder`]: set the members, then [`build`](CloudSubtenantRepositoryQuotaInfoTypeBuilder::build). Required: `QuotaMb`.
    pub fn builder() -> CloudSubtenantRepositoryQuotaInfoTypeBuilder {
        CloudSubtenantRepositoryQuotaInfoTypeBuilder::default()
    }
}

#[cfg(any(feature = "cloud", feature = "query"))]
/// Builds a [`CloudSubtenantRepositoryQuotaInfoType`] ([`CloudSubtenantRepositoryQuotaInfoType::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct CloudSubtenantRepositoryQuotaInfoTypeBuilder {
    unlimited: Option<String>,
    display_name: Option<String>,
    tenant_resource_id: Option<String>,
    quota_mb: Option<i64>,
    used_quota_mb: Option<i64>,
    quota_id: Option<String>,
}

#[cfg(any(feature = "cloud", feature = "query"))]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for CloudSubtenantRepositoryQuotaInfoTypeBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(CloudSubtenantRepositoryQuotaInfoTypeBuilder))
            .finish_non_exhaustive()
    }
}

#[cfg(any(feature = "cloud", feature = "query"))]
impl CloudSubtenantRepositoryQuotaInfoTypeBuilder {
    /// Sets [`CloudSubtenantRepositoryQuotaInfoType::unlimited`] (`Unlimited`, optional).
    pub fn unlimited(mut self, value: impl Into<String>) -> Self {
        self.unlimited = Some(value.into());
        self
    }

    /// Sets [`CloudSubtenantRepositoryQuotaInfoType::display_name`] (`DisplayName`, optional).
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self
    }

    /// Sets [`CloudSubtenantRepositoryQuotaInfoType::tenant_resource_id`] (`TenantResourceId`, optional).
    pub fn tenant_resource_id(mut self, value: impl Into<String>) -> Self {
        self.tenant_resource_id = Some(value.into());
        self
    }

    /// Sets [`CloudSubtenantRepositoryQuotaInfoType::quota_mb`] (`QuotaMb`, required).
    pub fn quota_mb(mut self, value: impl Into<i64>) -> Self {
        self.quota_mb = Some(value.into());
        self
    }

    /// Sets [`CloudSubtenantRepositoryQuotaInfoType::used_quota_mb`] (`UsedQuotaMb`, optional).
    pub fn used_quota_mb(mut self, value: impl Into<i64>) -> Self {
        self.used_quota_mb = Some(value.into());
        self
    }

    /// Sets [`CloudSubtenantRepositoryQuotaInfoType::quota_id`] (`QuotaId`, optional).
    pub fn quota_id(mut self, value: impl Into<String>) -> Self {
        self.quota_id = Some(value.into());
        self
    }

    /// The [`CloudSubtenantRepositoryQuotaInfoType`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<
        super::types::CloudSubtenantRepositoryQuotaInfoType,
        crate::runtime::MissingMembers,
    > {
        let members: Vec<&'static str> = [(self.quota_mb.is_none(), "QuotaMb")]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (Some(quota_mb),) = (self.quota_mb,) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "CloudSubtenantRepositoryQuotaInfoType",
                members,
            });
        };
        Ok(super::types::CloudSubtenantRepositoryQuotaInfoType {
            unlimited: self.unlimited,
            display_name: self.display_name,
            tenant_resource_id: self.tenant_resource_id,
            quota_mb,
            used_quota_mb: self.used_quota_mb,
            quota_id: self.quota_id,
            unknown: Default::default(),
        })
    }
}

#[cfg(feature = "cloud")]
impl super::types::CloudTenantAdDomainInfoType {
    /// A [`CloudTenantAdDomainInfoTypeBuilder`]: set the members, then [`build`](CloudTenantAdDomainInfoTypeBuilder::build). Required: `DomainName`, `DomainAccount`, `Port`.
    pub fn builder() -> CloudTenantAdDomainInfoTypeBuilder {
        CloudTenantAdDomainInfoTypeBuilder::default()
    }
}

#[cfg(feature = "cloud")]
/// Builds a [`CloudTenantAdDomainInfoType`] ([`CloudTenantAdDomainInfoType::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct CloudTenantAdDomainInfoTypeBuilder {
    domain_name: Option<String>,
    domain_account: Option<String>,
    port: Option<i64>,
    domain_accout: Option<String>,
}

#[cfg(feature = "cloud")]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for CloudTenantAdDomainInfoTypeBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(CloudTenantAdDomainInfoTypeBuilder))
            .finish_non_exhaustive()
    }
}

#[cfg(feature = "cloud")]
impl CloudTenantAdDomainInfoTypeBuilder {
    /// Sets [`CloudTenantAdDomainInfoType::domain_name`] (`DomainName`, required).
    pub fn domain_name(mut self, value: impl Into<String>) -> Self {
        self.domain_name = Some(value.into());
        self
    }

    /// Sets [`CloudTenantAdDomainInfoType::domain_account`] (`DomainAccount`, required).
    pub fn domain_account(mut self, value: impl Into<String>) -> Self {
        self.domain_account = Some(value.into());
        self
    }

    /// Sets [`CloudTenantAdDomainInfoType::port`] (`Port`, required).
    pub fn port(mut self, value: impl Into<i64>) -> Self {
        self.port = Some(value.into());
        self
    }

    /// Sets [`CloudTenantAdDomainInfoType::domain_accout`] (`DomainAccout`, optional).
    pub fn domain_accout(mut self, value: impl Into<String>) -> Self {
        self.domain_accout = Some(value.into());
        self
    }

    /// The [`CloudTenantAdDomainInfoType`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<
        super::types::CloudTenantAdDomainInfoType,
        crate::runtime::MissingMembers,
    > {
        let members: Vec<&'static str> = [
            (self.domain_name.is_none(), "DomainName"),
            (self.domain_account.is_none(), "DomainAccount"),
            (self.port.is_none(), "Port"),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (Some(domain_name), Some(domain_account), Some(port)) = (
            self.domain_name,
            self.domain_account,
            self.port,
        ) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "CloudTenantAdDomainInfoType",
                members,
            });
        };
        Ok(super::types::CloudTenantAdDomainInfoType {
            domain_name,
            domain_account,
            port,
            domain_accout: self.domain_accout,
            unknown: Default::default(),
        })
    }
}

#[cfg(any(feature = "cloud", feature = "query"))]
impl super::types::CloudTenantComputeResource {
    /// A [`CloudTenantComputeResourceBuilder`]: set the members, then [`build`](CloudTenantComputeResourceBuilder::build). Required: `CloudHardwarePlanUid`, `UseNetworkFailoverResources`, `NetworkAppliance`.
    pub fn builder() -> CloudTenantComputeResourceBuilder {
        CloudTenantComputeResourceBuilder::default()
    }
}

#[cfg(any(feature = "cloud", feature = "query"))]
/// Builds a [`CloudTenantComputeResource`] ([`CloudTenantComputeResource::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct CloudTenantComputeResourceBuilder {
    r#type: Option<String>,
    href: Option<crate::runtime::Url>,
    id: Option<String>,
    cloud_hardware_plan_uid: Option<crate::runtime::Uid>,
    wan_accelerator_uid: Option<crate::runtime::Uid>,
    platform_type: Option<super::enums::PlatformType>,
    use_network_failover_resources: Option<bool>,
    network_appliance: Option<NetworkApplianceInfoType>,
    compute_resource_stats: Option<ComputeResourceStatsInfoType>,
    storage_name: Option<String>,
    storage_usage_gb: Option<i64>,
    storage_limit_gb: Option<i64>,
}

#[cfg(any(feature = "cloud", feature = "query"))]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for CloudTenantComputeResourceBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(CloudTenantComputeResourceBuilder))
            .finish_non_exhaustive()
    }
}

#[cfg(any(feature = "cloud", feature = "query"))]
impl CloudTenantComputeResourceBuilder {
    /// Sets [`CloudTenantComputeResource::type`] (`Type`, optional).
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Sets [`CloudTenantComputeResource::href`] (`Href`, optional).
    pub fn href(mut self, value: impl Into<crate::runtime::Url>) -> Self {
        self.href = Some(value.into());
        self
    }

    /// Sets [`CloudTenantComputeResource::id`] (`Id`, optional).
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets [`CloudTenantComputeResource::cloud_hardware_plan_uid`] (`CloudHardwarePlanUid`, required).
    pub fn cloud_hardware_plan_uid(
        mut self,
        value: impl Into<crate::runtime::Uid>,
    ) -> Self {
        self.cloud_hardware_plan_uid = Some(value.into());
        self
    }

    /// Sets [`CloudTenantComputeResource::wan_accelerator_uid`] (`WanAcceleratorUid`, optional).
    pub fn wan_accelerator_uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.wan_accelerator_uid = Some(value.into());
        self
    }

    /// Sets [`CloudTenantComputeResource::platform_type`] (`PlatformType`, optional).
    pub fn platform_type(
        mut self,
        value: impl Into<super::enums::PlatformType>,
    ) -> Self {
        self.platform_type = Some(value.into());
        self
    }

    /// Sets [`CloudTenantComputeResource::use_network_failover_resources`] (`UseNetworkFailoverResources`, required).
    pub fn use_network_failover_resources(mut self, value: impl Into<bool>) -> Self {
        self.use_network_failover_resources = Some(value.into());
        self
    }

    /// Sets [`CloudTenantComputeResource::network_appliance`] (`NetworkAppliance`, required).
    pub fn network_appliance(
        mut self,
        value: impl Into<NetworkApplianceInfoType>,
    ) -> Self {
        self.network_appliance = Some(value.into());
        self
    }

    /// Sets [`CloudTenantComputeResource::compute_resource_stats`] (`ComputeResourceStats`, optional).
    pub fn compute_resource_stats(
        mut self,
        value: impl Into<ComputeResourceStatsInfoType>,
    ) -> Self {
        self.compute_resource_stats = Some(value.into());
        self
    }

    /// Sets [`CloudTenantComputeResource::storage_name`] (`StorageName`, optional).
    pub fn storage_name(mut self, value: impl Into<String>) -> Self {
        self.storage_name = Some(value.into());
        self
    }

    /// Sets [`CloudTenantComputeResource::storage_usage_gb`] (`StorageUsageGb`, optional).
    pub fn storage_usage_gb(mut self, value: impl Into<i64>) -> Self {
        self.storage_usage_gb = Some(value.into());
        self
    }

    /// Sets [`CloudTenantComputeResource::storage_limit_gb`] (`StorageLimitGb`, optional).
    pub fn storage_limit_gb(mut self, value: impl Into<i64>) -> Self {
        self.storage_limit_gb = Some(value.into());
        self
    }

    /// The [`CloudTenantComputeResource`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<
        super::types::CloudTenantComputeResource,
        crate::runtime::MissingMembers,
    > {
        let members: Vec<&'static str> = [
            (self.cloud_hardware_plan_uid.is_none(), "CloudHardwarePlanUid"),
            (
                self.use_network_failover_resources.is_none(),
                "UseNetworkFailoverResources",
            ),
            (self.network_appliance.is_none(), "NetworkAppliance"),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (
            Some(cloud_hardware_plan_uid),
            Some(use_network_failover_resources),
            Some(network_appliance),
        ) = (
            self.cloud_hardware_plan_uid,
            self.use_network_failover_resources,
            self.network_appliance,
        ) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "CloudTenantComputeResource",
                members,
            });
        };
        Ok(super::types::CloudTenantComputeResource {
            r#type: self.r#type,
            href: self.href,
            id: self.id,
            cloud_hardware_plan_uid,
            wan_accelerator_uid: self.wan_accelerator_uid,
            platform_type: self.platform_type,
            use_network_failover_resources,
            network_appliance,
            compute_resource_stats: self.compute_resource_stats,
            storage_name: self.storage_name,
            storage_usage_gb: self.storage_usage_gb,
            storage_limit_gb: self.storage_limit_gb,
            unknown: Default::default(),
        })
    }
}

#[cfg(feature = "cloud")]
impl super::types::CloudTenantComputeResourceCreateSpec {
    /// A [`CloudTenantComputeResourceCreateSpecBuilder`]: set the members, then [`build`](CloudTenantComputeResourceCreateSpecBuilder::build). Required: `CloudHardwarePlanUid`, `PlatformType`, `UseNetworkFailoverResources`.
    pub fn builder() -> CloudTenantComputeResourceCreateSpecBuilder {
        CloudTenantComputeResourceCreateSpecBuilder::default()
    }
}

#[cfg(feature = "cloud")]
/// Builds a [`CloudTenantComputeResourceCreateSpec`] ([`CloudTenantComputeResourceCreateSpec::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct CloudTenantComputeResourceCreateSpecBuilder {
    cloud_hardware_plan_uid: Option<crate::runtime::Uid>,
    wan_accelerator_uid: Option<crate::runtime::Uid>,
    platform_type: Option<super::enums::PlatformType>,
    use_network_failover_resources: Option<bool>,
}

#[cfg(feature = "cloud")]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for CloudTenantComputeResourceCreateSpecBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(CloudTenantComputeResourceCreateSpecBuilder))
            .finish_non_exhaustive()
    }
}

#[cfg(feature = "cloud")]
impl CloudTenantComputeResourceCreateSpecBuilder {
    /// Sets [`CloudTenantComputeResourceCreateSpec::cloud_hardware_plan_uid`] (`CloudHardwarePlanUid`, required).
    pub fn cloud_hardware_plan_uid(
        mut self,
        value: impl Into<crate::runtime::Uid>,
    ) -> Self {
        self.cloud_hardware_plan_uid = Some(value.into());
        self
    }

    /// Sets [`CloudTenantComputeResourceCreateSpec::wan_accelerator_uid`] (`WanAcceleratorUid`, optional).
    pub fn wan_accelerator_uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.wan_accelerator_uid = Some(value.into());
        self
    }

    /// Sets [`CloudTenantComputeResourceCreateSpec::platform_type`] (`PlatformType`, required).
    pub fn platform_type(
        mut self,
        value: impl Into<super::enums::PlatformType>,
    ) -> Self {
        self.platform_type = Some(value.into());
        self
    }

    /// Sets [`CloudTenantComputeResourceCreateSpec::use_network_failover_resources`] (`UseNetworkFailoverResources`, required).
    pub fn use_network_failover_resources(mut self, value: impl Into<bool>) -> Self {
        self.use_network_failover_resources = Some(value.into());
        self
    }

    /// The [`CloudTenantComputeResourceCreateSpec`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<
        super::types::CloudTenantComputeResourceCreateSpec,
        crate::runtime::MissingMembers,
    > {
        let members: Vec<&'static str> = [
            (self.cloud_hardware_plan_uid.is_none(), "CloudHardwarePlanUid"),
            (self.platform_type.is_none(), "PlatformType"),
            (
                self.use_network_failover_resources.is_none(),
                "UseNetworkFailoverResources",
            ),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (
            Some(cloud_hardware_plan_uid),
            Some(platform_type),
            Some(use_network_failover_resources),
        ) = (
            self.cloud_hardware_plan_uid,
            self.platform_type,
            self.use_network_failover_resources,
        ) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "CloudTenantComputeResourceCreateSpec",
                members,
            });
        };
        Ok(super::types::CloudTenantComputeResourceCreateSpec {
            cloud_hardware_plan_uid,
            wan_accelerator_uid: self.wan_accelerator_uid,
            platform_type,
            use_network_failover_resources,
            unknown: Default::default(),
        })
    }
}

#[cfg(feature = "cloud")]
impl super::types::CloudTenantComputeResourceCreateSpecType {
    /// A [`CloudTenantComputeResourceCreateSpecTypeBuilder`]: set the members, then [`build`](CloudTenantComputeResourceCreateSpecTypeBuilder::build). Required: `CloudHardwarePlanUid`, `PlatformType`, `UseNetworkFailoverResources`.
    pub fn builder() -> CloudTenantComputeResourceCreateSpecTypeBuilder {
        CloudTenantComputeResourceCreateSpecTypeBuilder::default()
    }
}

#[cfg(feature = "cloud")]
/// Builds a [`CloudTenantComputeResourceCreateSpecType`] ([`CloudTenantComputeResourceCreateSpecType::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct CloudTenantComputeResourceCreateSpecTypeBuilder {
    cloud_hardware_plan_uid: Option<crate::runtime::Uid>,
    wan_accelerator_uid: Option<crate::runtime::Uid>,
    platform_type: Option<super::enums::PlatformType>,
    use_network_failover_resources: Option<bool>,
    network_appliance: Option<NetworkApplianceInfoType>,
}

#[cfg(feature = "cloud")]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for CloudTenantComputeResourceCreateSpecTypeBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(CloudTenantComputeResourceCreateSpecTypeBuilder))
            .finish_non_exhaustive()
    }
}

#[cfg(feature = "cloud")]
impl CloudTenantComputeResourceCreateSpecTypeBuilder {
    /// Sets [`CloudTenantComputeResourceCreateSpecType::cloud_hardware_plan_uid`] (`CloudHardwarePlanUid`, required).
    pub fn cloud_hardware_plan_uid(
        mut self,
        value: impl Into<crate::runtime::Uid>,
    ) -> Self {
        self.cloud_hardware_plan_uid = Some(value.into());
        self
    }

    /// Sets [`CloudTenantComputeResourceCreateSpecType::wan_accelerator_uid`] (`WanAcceleratorUid`, optional).
    pub fn wan_accelerator_uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.wan_accelerator_uid = Some(value.into());
        self
    }

    /// Sets [`CloudTenantComputeResourceCreateSpecType::platform_type`] (`PlatformType`, required).
    pub fn platform_type(
        mut self,
        value: impl Into<super::enums::PlatformType>,
    ) -> Self {
        self.platform_type = Some(value.into());
        self
    }

    /// Sets [`CloudTenantComputeResourceCreateSpecType::use_network_failover_resources`] (`UseNetworkFailoverResources`, required).
    pub fn use_network_failover_resources(mut self, value: impl Into<bool>) -> Self {
        self.use_network_failover_resources = Some(value.into());
        self
    }

    /// Sets [`CloudTenantComputeResourceCreateSpecType::network_appliance`] (`NetworkAppliance`, optional).
    pub fn network_appliance(
        mut self,
        value: impl Into<NetworkApplianceInfoType>,
    ) -> Self {
        self.network_appliance = Some(value.into());
        self
    }

    /// The [`CloudTenantComputeResourceCreateSpecType`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<
        super::types::CloudTenantComputeResourceCreateSpecType,
        crate::runtime::MissingMembers,
    > {
        let members: Vec<&'static str> = [
            (self.cloud_hardware_plan_uid.is_none(), "CloudHardwarePlanUid"),
            (self.platform_type.is_none(), "PlatformType"),
            (
                self.use_network_failover_resources.is_none(),
                "UseNetworkFailoverResources",
            ),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (
            Some(cloud_hardware_plan_uid),
            Some(platform_type),
            Some(use_network_failover_resources),
        ) = (
            self.cloud_hardware_plan_uid,
            self.platform_type,
            self.use_network_failover_resources,
        ) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "CloudTenantComputeResourceCreateSpecType",
                members,
            });
        };
        Ok(super::types::CloudTenantComputeResourceCreateSpecType {
            cloud_hardware_plan_uid,
            wan_accelerator_uid: self.wan_accelerator_uid,
            platform_type,
            use_network_failover_resources,
            network_appliance: self.network_appliance,
            unknown: Default::default(),
        })
    }
}

#[cfg(feature = "cloud")]
impl super::types::CloudTenantVCloudComputeResourceCreateSpec {
    /// A [`CloudTenantVCloudComputeResourceCreateSpecBuilder`]: set the members, then [`build`](CloudTenantVCloudComputeResourceCreateSpecBuilder::build). Required: `VirtualDataCenterRef`, `UseNetworkFailoverResources`.
    pub fn builder() -> CloudTenantVCloudComputeResourceCreateSpecBuilder {
        CloudTenantVCloudComputeResourceCreateSpecBuilder::default()
    }
}

#[cfg(feature = "cloud")]
/// Builds a [`CloudTenantVCloudComputeResourceCreateSpec`] ([`CloudTenantVCloudComputeResourceCreateSpec::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct CloudTenantVCloudComputeResourceCreateSpecBuilder {
    virtual_data_center_ref: Option<String>,
    use_network_failover_resources: Option<bool>,
    network_appliance: Option<NetworkApplianceInfoType>,
    wan_accelerator_uid: Option<crate::runtime::Uid>,
}

#[cfg(feature = "cloud")]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for CloudTenantVCloudComputeResourceCreateSpecBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(CloudTenantVCloudComputeResourceCreateSpecBuilder))
            .finish_non_exhaustive()
    }
}

#[cfg(feature = "cloud")]
impl CloudTenantVCloudComputeResourceCreateSpecBuilder {
    /// Sets [`CloudTenantVCloudComputeResourceCreateSpec::virtual_data_center_ref`] (`VirtualDataCenterRef`, required).
    pub fn virtual_data_center_ref(mut self, value: impl Into<String>) -> Self {
        self.virtual_data_center_ref = Some(value.into());
        self
    }

    /// Sets [`CloudTenantVCloudComputeResourceCreateSpec::use_network_failover_resources`] (`UseNetworkFailoverResources`, required).
    pub fn use_network_failover_resources(mut self, value: impl Into<bool>) -> Self {
        self.use_network_failover_resources = Some(value.into());
        self
    }

    /// Sets [`CloudTenantVCloudComputeResourceCreateSpec::network_appliance`] (`NetworkAppliance`, optional).
    pub fn network_appliance(
        mut self,
        value: impl Into<NetworkApplianceInfoType>,
    ) -> Self {
        self.network_appliance = Some(value.into());
        self
    }

    /// Sets [`CloudTenantVCloudComputeResourceCreateSpec::wan_accelerator_uid`] (`WanAcceleratorUid`, optional).
    pub fn wan_accelerator_uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.wan_accelerator_uid = Some(value.into());
        self
    }

    /// The [`CloudTenantVCloudComputeResourceCreateSpec`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<
        super::types::CloudTenantVCloudComputeResourceCreateSpec,
        crate::runtime::MissingMembers,
    > {
        let members: Vec<&'static str> = [
            (self.virtual_data_center_ref.is_none(), "VirtualDataCenterRef"),
            (
                self.use_network_failover_resources.is_none(),
                "UseNetworkFailoverResources",
            ),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (Some(virtual_data_center_ref), Some(use_network_failover_resources)) = (
            self.virtual_data_center_ref,
            self.use_network_failover_resources,
        ) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "CloudTenantVCloudComputeResourceCreateSpec",
                members,
            });
        };
        Ok(super::types::CloudTenantVCloudComputeResourceCreateSpec {
            virtual_data_center_ref,
            use_network_failover_resources,
            network_appliance: self.network_appliance,
            wan_accelerator_uid: self.wan_accelerator_uid,
            unknown: Default::default(),
        })
    }
}

#[cfg(feature = "cloud")]
impl super::types::CloudTenantVCloudComputeResourceCreateSpecType {
    /// A [`CloudTenantVCloudComputeResourceCreateSpecTypeBuilder`]: set the members, then [`build`](CloudTenantVCloudComputeResourceCreateSpecTypeBuilder::build). Required: `VirtualDataCenterRef`, `UseNetworkFailoverResources`.
    pub fn builder() -> CloudTenantVCloudComputeResourceCreateSpecTypeBuilder {
        CloudTenantVCloudComputeResourceCreateSpecTypeBuilder::default()
    }
}

#[cfg(feature = "cloud")]
/// Builds a [`CloudTenantVCloudComputeResourceCreateSpecType`] ([`CloudTenantVCloudComputeResourceCreateSpecType::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct CloudTenantVCloudComputeResourceCreateSpecTypeBuilder {
    virtual_data_center_ref: Option<String>,
    use_network_failover_resources: Option<bool>,
    network_appliance: Option<NetworkApplianceInfoType>,
    wan_accelerator_uid: Option<crate::runtime::Uid>,
}

#[cfg(feature = "cloud")]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for CloudTenantVCloudComputeResourceCreateSpecTypeBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(CloudTenantVCloudComputeResourceCreateSpecTypeBuilder))
            .finish_non_exhaustive()
    }
}

#[cfg(feature = "cloud")]
impl CloudTenantVCloudComputeResourceCreateSpecTypeBuilder {
    /// Sets [`CloudTenantVCloudComputeResourceCreateSpecType::virtual_data_center_ref`] (`VirtualDataCenterRef`, required).
    pub fn virtual_data_center_ref(mut self, value: impl Into<String>) -> Self {
        self.virtual_data_center_ref = Some(value.into());
        self
    }

    /// Sets [`CloudTenantVCloudComputeResourceCreateSpecType::use_network_failover_resources`] (`UseNetworkFailoverResources`, required).
    pub fn use_network_failover_resources(mut self, value: impl Into<bool>) -> Self {
        self.use_network_failover_resources = Some(value.into());
        self
    }

    /// Sets [`CloudTenantVCloudComputeResourceCreateSpecType::network_appliance`] (`NetworkAppliance`, optional).
    pub fn network_appliance(
        mut self,
        value: impl Into<NetworkApplianceInfoType>,
    ) -> Self {
        self.network_appliance = Some(value.into());
        self
    }

    /// Sets [`CloudTenantVCloudComputeResourceCreateSpecType::wan_accelerator_uid`] (`WanAcceleratorUid`, optional).
    pub fn wan_accelerator_uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.wan_accelerator_uid = Some(value.into());
        self
    }

    /// The [`CloudTenantVCloudComputeResourceCreateSpecType`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<
        super::types::CloudTenantVCloudComputeResourceCreateSpecType,
        crate::runtime::MissingMembers,
    > {
        let members: Vec<&'static str> = [
            (self.virtual_data_center_ref.is_none(), "VirtualDataCenterRef"),
            (
                self.use_network_failover_resources.is_none(),
                "UseNetworkFailoverResources",
            ),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (Some(virtual_data_center_ref), Some(use_network_failover_resources)) = (
            self.virtual_data_center_ref,
            self.use_network_failover_resources,
        ) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "CloudTenantVCloudComputeResourceCreateSpecType",
                members,
            });
        };
        Ok(super::types::CloudTenantVCloudComputeResourceCreateSpecType {
            virtual_data_center_ref,
            use_network_failover_resources,
            network_appliance: self.network_appliance,
            wan_accelerator_uid: self.wan_accelerator_uid,
            unknown: Default::default(),
        })
    }
}

#[cfg(feature = "cloud")]
impl super::types::CreateCloudGatewayPoolSpec {
    /// A [`CreateCloudGatewayPoolSpecBuilder`]: set the members, then [`build`](CreateCloudGatewayPoolSpecBuilder::build). Required: `Name`, `BackupServerUid`.
    pub fn builder() -> CreateCloudGatewayPoolSpecBuilder {
        CreateCloudGatewayPoolSpecBuilder::default()
    }
}

#[cfg(feature = "cloud")]
/// Builds a [`CreateCloudGatewayPoolSpec`] ([`CreateCloudGatewayPoolSpec::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct CreateCloudGatewayPoolSpecBuilder {
    name: Option<String>,
    description: Option<String>,
    cloud_gateways: Option<crate::runtime::List<crate::runtime::Uid>>,
    cloud_tenants: Option<crate::runtime::List<crate::runtime::Uid>>,
    backup_server_uid: Option<crate::runtime::Uid>,
}

#[cfg(feature = "cloud")]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for CreateCloudGatewayPoolSpecBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(CreateCloudGatewayPoolSpecBuilder))
            .finish_non_exhaustive()
    }
}

#[cfg(feature = "cloud")]
impl CreateCloudGatewayPoolSpecBuilder {
    /// Sets [`CreateCloudGatewayPoolSpec::name`] (`Name`, required).
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets [`CreateCloudGatewayPoolSpec::description`] (`Description`, optional).
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets [`CreateCloudGatewayPoolSpec::cloud_gateways`] (`CloudGateways`, optional).
    pub fn cloud_gateways(
        mut self,
        value: impl Into<crate::runtime::List<crate::runtime::Uid>>,
    ) -> Self {
        self.cloud_gateways = Some(value.into());
        self
    }

    /// Sets [`CreateCloudGatewayPoolSpec::cloud_tenants`] (`CloudTenants`, optional).
    pub fn cloud_tenants(
        mut self,
        value: impl Into<crate::runtime::List<crate::runtime::Uid>>,
    ) -> Self {
        self.cloud_tenants = Some(value.into());
        self
    }

    /// Sets [`CreateCloudGatewayPoolSpec::backup_server_uid`] (`BackupServerUid`, required).
    pub fn backup_server_uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.backup_server_uid = Some(value.into());
        self
    }

    /// The [`CreateCloudGatewayPoolSpec`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<
        super::types::CreateCloudGatewayPoolSpec,
        crate::runtime::MissingMembers,
    > {
        let members: Vec<&'static str> = [
            (self.name.is_none(), "Name"),
            (self.backup_server_uid.is_none(), "BackupServerUid"),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (Some(name), Some(backup_server_uid)) = (self.name, self.backup_server_uid)
        else {
            return Err(crate::runtime::MissingMembers {
                type_name: "CreateCloudGatewayPoolSpec",
                members,
            });
        };
        Ok(super::types::CreateCloudGatewayPoolSpec {
            name,
            description: self.description,
            cloud_gateways: self.cloud_gateways,
            cloud_tenants: self.cloud_tenants,
            backup_server_uid,
            unknown: Default::default(),
        })
    }
}

#[cfg(feature = "cloud")]
impl super::types::CreateCloudGatewaySpec {
    /// A [`CreateCloudGatewaySpecBuilder`]: set the members, then [`build`](CreateCloudGatewaySpecBuilder::build). Required: `ServerHostName`, `NetworkType`.
    pub fn builder() -> CreateCloudGatewaySpecBuilder {
        CreateCloudGatewaySpecBuilder::default()
    }
}

#[cfg(feature = "cloud")]
/// Builds a [`CreateCloudGatewaySpec`] ([`CreateCloudGatewaySpec::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct CreateCloudGatewaySpecBuilder {
    backup_server_id_or: Option<String>,
    server_host_name: Option<String>,
    description: Option<String>,
    external_ip: Option<String>,
    external_port: Option<i64>,
    network_type: Option<super::enums::CloudGatewayNetworking>,
    internal_port: Option<i64>,
    backup_server_uid: Option<crate::runtime::Uid>,
}

#[cfg(feature = "cloud")]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for CreateCloudGatewaySpecBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(CreateCloudGatewaySpecBuilder)).finish_non_exhaustive()
    }
}

#[cfg(feature = "cloud")]
impl CreateCloudGatewaySpecBuilder {
    /// Sets [`CreateCloudGatewaySpec::backup_server_id_or`] (`BackupServerIdOr`, optional).
    pub fn backup_server_id_or(mut self, value: impl Into<String>) -> Self {
        self.backup_server_id_or = Some(value.into());
        self
    }

    /// Sets [`CreateCloudGatewaySpec::server_host_name`] (`ServerHostName`, required).
    pub fn server_host_name(mut self, value: impl Into<String>) -> Self {
        self.server_host_name = Some(value.into());
        self
    }

    /// Sets [`CreateCloudGatewaySpec::description`] (`Description`, optional).
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets [`CreateCloudGatewaySpec::external_ip`] (`ExternalIp`, optional).
    pub fn external_ip(mut self, value: impl Into<String>) -> Self {
        self.external_ip = Some(value.into());
        self
    }

    /// Sets [`CreateCloudGatewaySpec::external_port`] (`ExternalPort`, optional).
    pub fn external_port(mut self, value: impl Into<i64>) -> Self {
        self.external_port = Some(value.into());
        self
    }

    /// Sets [`CreateCloudGatewaySpec::network_type`] (`NetworkType`, required).
    pub fn network_type(
        mut self,
        value: impl Into<super::enums::CloudGatewayNetworking>,
    ) -> Self {
        self.network_type = Some(value.into());
        self
    }

    /// Sets [`CreateCloudGatewaySpec::internal_port`] (`InternalPort`, optional).
    pub fn internal_port(mut self, value: impl Into<i64>) -> Self {
        self.internal_port = Some(value.into());
        self
    }

    /// Sets [`CreateCloudGatewaySpec::backup_server_uid`] (`BackupServerUid`, optional).
    pub fn backup_server_uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.backup_server_uid = Some(value.into());
        self
    }

    /// The [`CreateCloudGatewaySpec`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<super::types::CreateCloudGatewaySpec, crate::runtime::MissingMembers> {
        let members: Vec<&'static str> = [
            (self.server_host_name.is_none(), "ServerHostName"),
            (self.network_type.is_none(), "NetworkType"),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (Some(server_host_name), Some(network_type)) = (
            self.server_host_name,
            self.network_type,
        ) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "CreateCloudGatewaySpec",
                members,
            });
        };
        Ok(super::types::CreateCloudGatewaySpec {
            backup_server_id_or: self.backup_server_id_or,
            server_host_name,
            description: self.description,
            external_ip: self.external_ip,
            external_port: self.external_port,
            network_type,
            internal_port: self.internal_port,
            backup_server_uid: self.backup_server_uid,
            unknown: Default::default(),
        })
    }
}

#[cfg(feature = "cloud")]
impl super::types::CreateCloudTenantResourceSpec {
    /// A [`CreateCloudTenantResourceSpecBuilder`]: set the members, then [`build`](CreateCloudTenantResourceSpecBuilder::build). Required: `Name`, `RepositoryUid`, `QuotaMb`.
    pub fn builder() -> CreateCloudTenantResourceSpecBuilder {
        CreateCloudTenantResourceSpecBuilder::default()
    }
}

#[cfg(feature = "cloud")]
/// Builds a [`CreateCloudTenantResourceSpec`] ([`CreateCloudTenantResourceSpec::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct CreateCloudTenantResourceSpecBuilder {
    name: Option<String>,
    repository_uid: Option<crate::runtime::Uid>,
    quota_mb: Option<i64>,
    wan_accelerator_uid: Option<crate::runtime::Uid>,
}

#[cfg(feature = "cloud")]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for CreateCloudTenantResourceSpecBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(CreateCloudTenantResourceSpecBuilder))
            .finish_non_exhaustive()
    }
}

#[cfg(feature = "cloud")]
impl CreateCloudTenantResourceSpecBuilder {
    /// Sets [`CreateCloudTenantResourceSpec::name`] (`Name`, required).
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets [`CreateCloudTenantResourceSpec::repository_uid`] (`RepositoryUid`, required).
    pub fn repository_uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.repository_uid = Some(value.into());
        self
    }

    /// Sets [`CreateCloudTenantResourceSpec::quota_mb`] (`QuotaMb`, required).
    pub fn quota_mb(mut self, value: impl Into<i64>) -> Self {
        self.quota_mb = Some(value.into());
        self
    }

    /// Sets [`CreateCloudTenantResourceSpec::wan_accelerator_uid`] (`WanAcceleratorUid`, optional).
    pub fn wan_accelerator_uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.wan_accelerator_uid = Some(value.into());
        self
    }

    /// The [`CreateCloudTenantResourceSpec`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<
        super::types::CreateCloudTenantResourceSpec,
        crate::runtime::MissingMembers,
    > {
        let members: Vec<&'static str> = [
            (self.name.is_none(), "Name"),
            (self.repository_uid.is_none(), "RepositoryUid"),
            (self.quota_mb.is_none(), "QuotaMb"),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (Some(name), Some(repository_uid), Some(quota_mb)) = (
            self.name,
            self.repository_uid,
            self.quota_mb,
        ) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "CreateCloudTenantResourceSpec",
                members,
            });
        };
        Ok(super::types::CreateCloudTenantResourceSpec {
            name,
            repository_uid,
            quota_mb,
            wan_accelerator_uid: self.wan_accelerator_uid,
            unknown: Default::default(),
        })
    }
}

#[cfg(feature = "cloud")]
impl super::types::CreateCloudTenantResourceSpecType {
    /// A [`CreateCloudTenantResourceSpecTypeBuilder`]: set the members, then [`build`](CreateCloudTenantResourceSpecTypeBuilder::build). Required: `Name`, `RepositoryUid`, `QuotaMb`.
    pub fn builder() -> CreateCloudTenantResourceSpecTypeBuilder {
        CreateCloudTenantResourceSpecTypeBuilder::default()
    }
}

#[cfg(feature = "cloud")]
/// Builds a [`CreateCloudTenantResourceSpecType`] ([`CreateCloudTenantResourceSpecType::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct CreateCloudTenantResourceSpecTypeBuilder {
    name: Option<String>,
    repository_uid: Option<crate::runtime::Uid>,
    quota_mb: Option<i64>,
    wan_accelerator_uid: Option<crate::runtime::Uid>,
}

#[cfg(feature = "cloud")]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for CreateCloudTenantResourceSpecTypeBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(CreateCloudTenantResourceSpecTypeBuilder))
            .finish_non_exhaustive()
    }
}

#[cfg(feature = "cloud")]
impl CreateCloudTenantResourceSpecTypeBuilder {
    /// Sets [`CreateCloudTenantResourceSpecType::name`] (`Name`, required).
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets [`CreateCloudTenantResourceSpecType::repository_uid`] (`RepositoryUid`, required).
    pub fn repository_uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.repository_uid = Some(value.into());
        self
    }

    /// Sets [`CreateCloudTenantResourceSpecType::quota_mb`] (`QuotaMb`, required).
    pub fn quota_mb(mut self, value: impl Into<i64>) -> Self {
        self.quota_mb = Some(value.into());
        self
    }

    /// Sets [`CreateCloudTenantResourceSpecType::wan_accelerator_uid`] (`WanAcceleratorUid`, optional).
    pub fn wan_accelerator_uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.wan_accelerator_uid = Some(value.into());
        self
    }

    /// The [`CreateCloudTenantResourceSpecType`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<
        super::types::CreateCloudTenantResourceSpecType,
        crate::runtime::MissingMembers,
    > {
        let members: Vec<&'static str> = [
            (self.name.is_none(), "Name"),
            (self.repository_uid.is_none(), "RepositoryUid"),
            (self.quota_mb.is_none(), "QuotaMb"),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (Some(name), Some(repository_uid), Some(quota_mb)) = (
            self.name,
            self.repository_uid,
            self.quota_mb,
        ) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "CreateCloudTenantResourceSpecType",
                members,
            });
        };
        Ok(super::types::CreateCloudTenantResourceSpecType {
            name,
            repository_uid,
            quota_mb,
            wan_accelerator_uid: self.wan_accelerator_uid,
            unknown: Default::default(),
        })
    }
}

#[cfg(feature = "cloud")]
impl super::types::CreateCloudTenantSpec {
    /// A [`CreateCloudTenantSpecBuilder`]: set the members, then [`build`](CreateCloudTenantSpecBuilder::build). Required: `Name`, `BackupServerUid`.
    pub fn builder() -> CreateCloudTenantSpecBuilder {
        CreateCloudTenantSpecBuilder::default()
    }
}

#[cfg(feature = "cloud")]
/// Builds a [`CreateCloudTenantSpec`] ([`CreateCloudTenantSpec::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct CreateCloudTenantSpecBuilder {
    name: Option<String>,
    description: Option<String>,
    password: Option<crate::runtime::Secret>,
    enabled: Option<bool>,
    lease_expiration_date: Option<crate::runtime::DateTime>,
    resources: Option<crate::runtime::List<CreateCloudTenantResourceSpecType>>,
    compute_resources: Option<
        crate::runtime::List<CloudTenantComputeResourceCreateSpecType>,
    >,
    backup_server_uid: Option<crate::runtime::Uid>,
    throttling_enabled: Option<bool>,
    throttling_speed_limit: Option<i64>,
    throttling_speed_unit: Option<super::enums::ThrottlingSpeedUnit>,
    public_ip_count: Option<i64>,
    max_concurrent_tasks: Option<i64>,
    backup_protection_enabled: Option<bool>,
    backup_protection_period: Option<i64>,
    tenant_type: Option<super::enums::CloudTenantType>,
    cloud_gateway_pools: Option<CloudGatewayPoolEntityListType>,
    failover_to_other_gateways_if_fail: Option<bool>,
    domain: Option<CloudTenantAdDomainInfoType>,
    organization_ref: Option<String>,
    v_cloud_compute_resources: Option<
        crate::runtime::List<CloudTenantVCloudComputeResourceCreateSpecType>,
    >,
    failover_to_others_gateways_if_fail: Option<bool>,
}

#[cfg(feature = "cloud")]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for CreateCloudTenantSpecBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(CreateCloudTenantSpecBuilder)).finish_non_exhaustive()
    }
}

#[cfg(feature = "cloud")]
impl CreateCloudTenantSpecBuilder {
    /// Sets [`CreateCloudTenantSpec::name`] (`Name`, required).
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets [`CreateCloudTenantSpec::description`] (`Description`, optional).
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets [`CreateCloudTenantSpec::password`] (`Password`, optional).
    pub fn password(mut self, value: impl Into<crate::runtime::Secret>) -> Self {
        self.password = Some(value.into());
        self
    }

    /// Sets [`CreateCloudTenantSpec::enabled`] (`Enabled`, optional).
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }

    /// Sets [`CreateCloudTenantSpec::lease_expiration_date`] (`LeaseExpirationDate`, optional).
    pub fn lease_expiration_date(
        mut self,
        value: impl Into<crate::runtime::DateTime>,
    ) -> Self {
        self.lease_expiration_date = Some(value.into());
        self
    }

    /// Sets [`CreateCloudTenantSpec::resources`] (`Resources`, optional).
    pub fn resources(
        mut self,
        value: impl Into<crate::runtime::List<CreateCloudTenantResourceSpecType>>,
    ) -> Self {
        self.resources = Some(value.into());
        self
    }

    /// Sets [`CreateCloudTenantSpec::compute_resources`] (`ComputeResources`, optional).
    pub fn compute_resources(
        mut self,
        value: impl Into<crate::runtime::List<CloudTenantComputeResourceCreateSpecType>>,
    ) -> Self {
        self.compute_resources = Some(value.into());
        self
    }

    /// Sets [`CreateCloudTenantSpec::backup_server_uid`] (`BackupServerUid`, required).
    pub fn backup_server_uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.backup_server_uid = Some(value.into());
        self
    }

    /// Sets [`CreateCloudTenantSpec::throttling_enabled`] (`ThrottlingEnabled`, optional).
    pub fn throttling_enabled(mut self, value: impl Into<bool>) -> Self {
        self.throttling_enabled = Some(value.into());
        self
    }

    /// Sets [`CreateCloudTenantSpec::throttling_speed_limit`] (`ThrottlingSpeedLimit`, optional).
    pub fn throttling_speed_limit(mut self, value: impl Into<i64>) -> Self {
        self.throttling_speed_limit = Some(value.into());
        self
    }

    /// Sets [`CreateCloudTenantSpec::throttling_speed_unit`] (`ThrottlingSpeedUnit`, optional).
    pub fn throttling_speed_unit(
        mut self,
        value: impl Into<super::enums::ThrottlingSpeedUnit>,
    ) -> Self {
        self.throttling_speed_unit = Some(value.into());
        self
    }

    /// Sets [`CreateCloudTenantSpec::public_ip_count`] (`PublicIPCount`, optional).
    pub fn public_ip_count(mut self, value: impl Into<i64>) -> Self {
        self.public_ip_count = Some(value.into());
        self
    }

    /// Sets [`CreateCloudTenantSpec::max_concurrent_tasks`] (`MaxConcurrentTasks`, optional).
    pub fn max_concurrent_tasks(mut self, value: impl Into<i64>) -> Self {
        self.max_concurrent_tasks = Some(value.into());
        self
    }

    /// Sets [`CreateCloudTenantSpec::backup_protection_enabled`] (`BackupProtectionEnabled`, optional).
    pub fn backup_protection_enabled(mut self, value: impl Into<bool>) -> Self {
        self.backup_protection_enabled = Some(value.into());
        self
    }

    /// Sets [`CreateCloudTenantSpec::backup_protection_period`] (`BackupProtectionPeriod`, optional).
    pub fn backup_protection_period(mut self, value: impl Into<i64>) -> Self {
        self.backup_protection_period = Some(value.into());
        self
    }

    /// Sets [`CreateCloudTenantSpec::tenant_type`] (`TenantType`, optional).
    pub fn tenant_type(
        mut self,
        value: impl Into<super::enums::CloudTenantType>,
    ) -> Self {
        self.tenant_type = Some(value.into());
        self
    }

    /// Sets [`CreateCloudTenantSpec::cloud_gateway_pools`] (`CloudGatewayPools`, optional).
    pub fn cloud_gateway_pools(
        mut self,
        value: impl Into<CloudGatewayPoolEntityListType>,
    ) -> Self {
        self.cloud_gateway_pools = Some(value.into());
        self
    }

    /// Sets [`CreateCloudTenantSpec::failover_to_other_gateways_if_fail`] (`FailoverToOtherGatewaysIfFail`, optional).
    pub fn failover_to_other_gateways_if_fail(mut self, value: impl Into<bool>) -> Self {
        self.failover_to_other_gateways_if_fail = Some(value.into());
        self
    }

    /// Sets [`CreateCloudTenantSpec::domain`] (`Domain`, optional).
    pub fn domain(mut self, value: impl Into<CloudTenantAdDomainInfoType>) -> Self {
        self.domain = Some(value.into());
        self
    }

    /// Sets [`CreateCloudTenantSpec::organization_ref`] (`OrganizationRef`, optional).
    pub fn organization_ref(mut self, value: impl Into<String>) -> Self {
        self.organization_ref = Some(value.into());
        self
    }

    /// Sets [`CreateCloudTenantSpec::v_cloud_compute_resources`] (`VCloudComputeResources`, optional).
    pub fn v_cloud_compute_resources(
        mut self,
        value: impl Into<
            crate::runtime::List<CloudTenantVCloudComputeResourceCreateSpecType>,
        >,
    ) -> Self {
        self.v_cloud_compute_resources = Some(value.into());
        self
    }

    /// Sets [`CreateCloudTenantSpec::failover_to_others_gateways_if_fail`] (`FailoverToOthersGatewaysIfFail`, optional).
    pub fn failover_to_others_gateways_if_fail(
        mut self,
        value: impl Into<bool>,
    ) -> Self {
        self.failover_to_others_gateways_if_fail = Some(value.into());
        self
    }

    /// The [`CreateCloudTenantSpec`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<super::types::CreateCloudTenantSpec, crate::runtime::MissingMembers> {
        let members: Vec<&'static str> = [
            (self.name.is_none(), "Name"),
            (self.backup_server_uid.is_none(), "BackupServerUid"),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (Some(name), Some(backup_server_uid)) = (self.name, self.backup_server_uid)
        else {
            return Err(crate::runtime::MissingMembers {
                type_name: "CreateCloudTenantSpec",
                members,
            });
        };
        Ok(super::types::CreateCloudTenantSpec {
            name,
            description: self.description,
            password: self.password,
            enabled: self.enabled,
            lease_expiration_date: self.lease_expiration_date,
            resources: self.resources,
            compute_resources: self.compute_resources,
            backup_server_uid,
            throttling_enabled: self.throttling_enabled,
            throttling_speed_limit: self.throttling_speed_limit,
            throttling_speed_unit: self.throttling_speed_unit,
            public_ip_count: self.public_ip_count,
            max_concurrent_tasks: self.max_concurrent_tasks,
            backup_protection_enabled: self.backup_protection_enabled,
            backup_protection_period: self.backup_protection_period,
            tenant_type: self.tenant_type,
            cloud_gateway_pools: self.cloud_gateway_pools,
            failover_to_other_gateways_if_fail: self.failover_to_other_gateways_if_fail,
            domain: self.domain,
            organization_ref: self.organization_ref,
            v_cloud_compute_resources: self.v_cloud_compute_resources,
            failover_to_others_gateways_if_fail: self
                .failover_to_others_gateways_if_fail,
            unknown: Default::default(),
        })
    }
}

#[cfg(any(feature = "cdp", feature = "jobs"))]
impl super::types::CreateObjectInJobSpec {
    /// A [`CreateObjectInJobSpecBuilder`]: set the members, then [`build`](CreateObjectInJobSpecBuilder::build). Required: `HierarchyObjRef`, `HierarchyObjName`.
    pub fn builder() -> CreateObjectInJobSpecBuilder {
        CreateObjectInJobSpecBuilder::default()
    }
}

#[cfg(any(feature = "cdp", feature = "jobs"))]
/// Builds a [`CreateObjectInJobSpec`] ([`CreateObjectInJobSpec::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct CreateObjectInJobSpecBuilder {
    hierarchy_obj_ref: Option<String>,
    hierarchy_obj_name: Option<String>,
    guest_processing_options: Option<GuestProcessingOptionsType>,
}

#[cfg(any(feature = "cdp", feature = "jobs"))]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for CreateObjectInJobSpecBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(CreateObjectInJobSpecBuilder)).finish_non_exhaustive()
    }
}

#[cfg(any(feature = "cdp", feature = "jobs"))]
impl CreateObjectInJobSpecBuilder {
    /// Sets [`CreateObjectInJobSpec::hierarchy_obj_ref`] (`HierarchyObjRef`, required).
    pub fn hierarchy_obj_ref(mut self, value: impl Into<String>) -> Self {
        self.hierarchy_obj_ref = Some(value.into());
        self
    }

    /// Sets [`CreateObjectInJobSpec::hierarchy_obj_name`] (`HierarchyObjName`, required).
    pub fn hierarchy_obj_name(mut self, value: impl Into<String>) -> Self {
        self.hierarchy_obj_name = Some(value.into());
        self
    }

    /// Sets [`CreateObjectInJobSpec::guest_processing_options`] (`GuestProcessingOptions`, optional).
    pub fn guest_processing_options(
        mut self,
        value: impl Into<GuestProcessingOptionsType>,
    ) -> Self {
        self.guest_processing_options = Some(value.into());
        self
    }

    /// The [`CreateObjectInJobSpec`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<super::types::CreateObjectInJobSpec, crate::runtime::MissingMembers> {
        let members: Vec<&'static str> = [
            (self.hierarchy_obj_ref.is_none(), "HierarchyObjRef"),
            (self.hierarchy_obj_name.is_none(), "HierarchyObjName"),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (Some(hierarchy_obj_ref), Some(hierarchy_obj_name)) = (
            self.hierarchy_obj_ref,
            self.hierarchy_obj_name,
        ) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "CreateObjectInJobSpec",
                members,
            });
        };
        Ok(super::types::CreateObjectInJobSpec {
            hierarchy_obj_ref,
            hierarchy_obj_name,
            guest_processing_options: self.guest_processing_options,
            unknown: Default::default(),
        })
    }
}

#[cfg(feature = "security")]
impl super::types::EnterpriseAccountCreateSpec {
    /// A [`EnterpriseAccountCreateSpecBuilder`]: set the members, then [`build`](EnterpriseAccountCreateSpecBuilder::build). Required: `AccountType`, `AccountName`, `AllowRestoreAllVms`.
    pub fn builder() -> EnterpriseAccountCreateSpecBuilder {
        EnterpriseAccountCreateSpecBuilder::default()
    }
}

#[cfg(feature = "security")]
/// Builds a [`EnterpriseAccountCreateSpec`] ([`EnterpriseAccountCreateSpec::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct EnterpriseAccountCreateSpecBuilder {
    account_type: Option<super::enums::AccountTypeEnumeration>,
    account_name: Option<String>,
    roles: Option<crate::runtime::List<EnterpriseRole>>,
    allow_restore_all_vms: Option<bool>,
    hierarchy_scope_objects: Option<HierarchyScopeCreateSpecType>,
    flr_settings: Option<FileRestoreSettingsInfoType>,
    sql_settings: Option<SqlRestoreSettingsSpecsType>,
}

#[cfg(feature = "security")]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for EnterpriseAccountCreateSpecBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(EnterpriseAccountCreateSpecBuilder))
            .finish_non_exhaustive()
    }
}

#[cfg(feature = "security")]
impl EnterpriseAccountCreateSpecBuilder {
    /// Sets [`EnterpriseAccountCreateSpec::account_type`] (`AccountType`, required).
    pub fn account_type(
        mut self,
        value: impl Into<super::enums::AccountTypeEnumeration>,
    ) -> Self {
        self.account_type = Some(value.into());
        self
    }

    /// Sets [`EnterpriseAccountCreateSpec::account_name`] (`AccountName`, required).
    pub fn account_name(mut self, value: impl Into<String>) -> Self {
        self.account_name = Some(value.into());
        self
    }

    /// Sets [`EnterpriseAccountCreateSpec::roles`] (`Roles`, optional).
    pub fn roles(
        mut self,
        value: impl Into<crate::runtime::List<EnterpriseRole>>,
    ) -> Self {
        self.roles = Some(value.into());
        self
    }

    /// Sets [`EnterpriseAccountCreateSpec::allow_restore_all_vms`] (`AllowRestoreAllVms`, required).
    pub fn allow_restore_all_vms(mut self, value: impl Into<bool>) -> Self {
        self.allow_restore_all_vms = Some(value.into());
        self
    }

    /// Sets [`EnterpriseAccountCreateSpec::hierarchy_scope_objects`] (`HierarchyScopeObjects`, optional).
    pub fn hierarchy_scope_objects(
        mut self,
        value: impl Into<HierarchyScopeCreateSpecType>,
    ) -> Self {
        self.hierarchy_scope_objects = Some(value.into());
        self
    }

    /// Sets [`EnterpriseAccountCreateSpec::flr_settings`] (`FlrSettings`, optional).
    pub fn flr_settings(
        mut self,
        value: impl Into<FileRestoreSettingsInfoType>,
    ) -> Self {
        self.flr_settings = Some(value.into());
        self
    }

    /// Sets [`EnterpriseAccountCreateSpec::sql_settings`] (`SqlSettings`, optional).
    pub fn sql_settings(
        mut self,
        value: impl Into<SqlRestoreSettingsSpecsType>,
    ) -> Self {
        self.sql_settings = Some(value.into());
        self
    }

    /// The [`EnterpriseAccountCreateSpec`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<
        super::types::EnterpriseAccountCreateSpec,
        crate::runtime::MissingMembers,
    > {
        let members: Vec<&'static str> = [
            (self.account_type.is_none(), "AccountType"),
            (self.account_name.is_none(), "AccountName"),
            (self.allow_restore_all_vms.is_none(), "AllowRestoreAllVms"),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (Some(account_type), Some(account_name), Some(allow_restore_all_vms)) = (
            self.account_type,
            self.account_name,
            self.allow_restore_all_vms,
        ) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "EnterpriseAccountCreateSpec",
                members,
            });
        };
        Ok(super::types::EnterpriseAccountCreateSpec {
            account_type,
            account_name,
            roles: self.roles,
            allow_restore_all_vms,
            hierarchy_scope_objects: self.hierarchy_scope_objects,
            flr_settings: self.flr_settings,
            sql_settings: self.sql_settings,
            unknown: Default::default(),
        })
    }
}

#[cfg(feature = "security")]
impl super::types::EnterpriseAccountInRoleCreateSpec {
    /// A [`EnterpriseAccountInRoleCreateSpecBuilder`]: set the members, then [`build`](EnterpriseAccountInRoleCreateSpecBuilder::build). Required: `EnterpriseRoleUid`.
    pub fn builder() -> EnterpriseAccountInRoleCreateSpecBuilder {
        EnterpriseAccountInRoleCreateSpecBuilder::default()
    }
}

#[cfg(feature = "security")]
/// Builds a [`EnterpriseAccountInRoleCreateSpec`] ([`EnterpriseAccountInRoleCreateSpec::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct EnterpriseAccountInRoleCreateSpecBuilder {
    enterprise_role_uid: Option<crate::runtime::Uid>,
}

#[cfg(feature = "security")]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for EnterpriseAccountInRoleCreateSpecBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(EnterpriseAccountInRoleCreateSpecBuilder))
            .finish_non_exhaustive()
    }
}

#[cfg(feature = "security")]
impl EnterpriseAccountInRoleCreateSpecBuilder {
    /// Sets [`EnterpriseAccountInRoleCreateSpec::enterprise_role_uid`] (`EnterpriseRoleUid`, required).
    pub fn enterprise_role_uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.enterprise_role_uid = Some(value.into());
        self
    }

    /// The [`EnterpriseAccountInRoleCreateSpec`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<
        super::types::EnterpriseAccountInRoleCreateSpec,
        crate::runtime::MissingMembers,
    > {
        let members: Vec<&'static str> = [
            (self.enterprise_role_uid.is_none(), "EnterpriseRoleUid"),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (Some(enterprise_role_uid),) = (self.enterprise_role_uid,) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "EnterpriseAccountInRoleCreateSpec",
                members,
            });
        };
        Ok(super::types::EnterpriseAccountInRoleCreateSpec {
            enterprise_role_uid,
            unknown: Default::default(),
        })
    }
}

#[cfg(feature = "security")]
impl super::types::FileRestoreSettingsInfoType {
    /// A [`FileRestoreSettingsInfoTypeBuilder`]: set the members, then [`build`](FileRestoreSettingsInfoTypeBuilder::build). Required: `FlrInplaceOnly`.
    pub fn builder() -> FileRestoreSettingsInfoTypeBuilder {
        FileRestoreSettingsInfoTypeBuilder::default()
    }
}

#[cfg(feature = "security")]
/// Builds a [`FileRestoreSettingsInfoType`] ([`FileRestoreSettingsInfoType::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct FileRestoreSettingsInfoTypeBuilder {
    flr_inplace_only: Option<bool>,
    flr_extention_restrictions: Option<String>,
}

#[cfg(feature = "security")]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for FileRestoreSettingsInfoTypeBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(FileRestoreSettingsInfoTypeBuilder))
            .finish_non_exhaustive()
    }
}

#[cfg(feature = "security")]
impl FileRestoreSettingsInfoTypeBuilder {
    /// Sets [`FileRestoreSettingsInfoType::flr_inplace_only`] (`FlrInplaceOnly`, required).
    pub fn flr_inplace_only(mut self, value: impl Into<bool>) -> Self {
        self.flr_inplace_only = Some(value.into());
        self
    }

    /// Sets [`FileRestoreSettingsInfoType::flr_extention_restrictions`] (`FlrExtentionRestrictions`, optional).
    pub fn flr_extention_restrictions(mut self, value: impl Into<String>) -> Self {
        self.flr_extention_restrictions = Some(value.into());
        self
    }

    /// The [`FileRestoreSettingsInfoType`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<
        super::types::FileRestoreSettingsInfoType,
        crate::runtime::MissingMembers,
    > {
        let members: Vec<&'static str> = [
            (self.flr_inplace_only.is_none(), "FlrInplaceOnly"),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (Some(flr_inplace_only),) = (self.flr_inplace_only,) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "FileRestoreSettingsInfoType",
                members,
            });
        };
        Ok(super::types::FileRestoreSettingsInfoType {
            flr_inplace_only,
            flr_extention_restrictions: self.flr_extention_restrictions,
            unknown: Default::default(),
        })
    }
}

#[cfg(any(feature = "agents", feature = "replication", feature = "restore"))]
impl super::types::GuestCredentials {
    /// A [`GuestCredentialsBuilder`]: set the members, then [`build`](GuestCredentialsBuilder::build). Required: `UserName`, `Password`.
    pub fn builder() -> GuestCredentialsBuilder {
        GuestCredentialsBuilder::default()
    }
}

#[cfg(any(feature = "agents", feature = "replication", feature = "restore"))]
/// Builds a [`GuestCredentials`] ([`GuestCredentials::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct GuestCredentialsBuilder {
    user_name: Option<String>,
    password: Option<crate::runtime::Secret>,
}

#[cfg(any(feature = "agents", feature = "replication", feature = "restore"))]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for GuestCredentialsBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(GuestCredentialsBuilder)).finish_non_exhaustive()
    }
}

#[cfg(any(feature = "agents", feature = "replication", feature = "restore"))]
impl GuestCredentialsBuilder {
    /// Sets [`GuestCredentials::user_name`] (`UserName`, required).
    pub fn user_name(mut self, value: impl Into<String>) -> Self {
        self.user_name = Some(value.into());
        self
    }

    /// Sets [`GuestCredentials::password`] (`Password`, required).
    pub fn password(mut self, value: impl Into<crate::runtime::Secret>) -> Self {
        self.password = Some(value.into());
        self
    }

    /// The [`GuestCredentials`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<super::types::GuestCredentials, crate::runtime::MissingMembers> {
        let members: Vec<&'static str> = [
            (self.user_name.is_none(), "UserName"),
            (self.password.is_none(), "Password"),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (Some(user_name), Some(password)) = (self.user_name, self.password) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "GuestCredentials",
                members,
            });
        };
        Ok(super::types::GuestCredentials {
            user_name,
            password,
            unknown: Default::default(),
        })
    }
}

#[cfg(feature = "jobs")]
impl super::types::JobCloneSpec {
    /// A [`JobCloneSpecBuilder`]: set the members, then [`build`](JobCloneSpecBuilder::build). Required: `JobName`.
    pub fn builder() -> JobCloneSpecBuilder {
        JobCloneSpecBuilder::default()
    }
}

#[cfg(feature = "jobs")]
/// Builds a [`JobCloneSpec`] ([`JobCloneSpec::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct JobCloneSpecBuilder {
    job_name: Option<String>,
    folder_name: Option<String>,
    job_file_name: Option<String>,
    repository_uid: Option<crate::runtime::Uid>,
    vm_suffix: Option<String>,
    description: Option<String>,
}

#[cfg(feature = "jobs")]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for JobCloneSpecBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(JobCloneSpecBuilder)).finish_non_exhaustive()
    }
}

#[cfg(feature = "jobs")]
impl JobCloneSpecBuilder {
    /// Sets [`JobCloneSpec::job_name`] (`JobName`, required).
    pub fn job_name(mut self, value: impl Into<String>) -> Self {
        self.job_name = Some(value.into());
        self
    }

    /// Sets [`JobCloneSpec::folder_name`] (`FolderName`, optional).
    pub fn folder_name(mut self, value: impl Into<String>) -> Self {
        self.folder_name = Some(value.into());
        self
    }

    /// Sets [`JobCloneSpec::job_file_name`] (`JobFileName`, optional).
    pub fn job_file_name(mut self, value: impl Into<String>) -> Self {
        self.job_file_name = Some(value.into());
        self
    }

    /// Sets [`JobCloneSpec::repository_uid`] (`RepositoryUid`, optional).
    pub fn repository_uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.repository_uid = Some(value.into());
        self
    }

    /// Sets [`JobCloneSpec::vm_suffix`] (`VmSuffix`, optional).
    pub fn vm_suffix(mut self, value: impl Into<String>) -> Self {
        self.vm_suffix = Some(value.into());
        self
    }

    /// Sets [`JobCloneSpec::description`] (`Description`, optional).
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// The [`JobCloneSpec`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<super::types::JobCloneSpec, crate::runtime::MissingMembers> {
        let members: Vec<&'static str> = [(self.job_name.is_none(), "JobName")]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (Some(job_name),) = (self.job_name,) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "JobCloneSpec",
                members,
            });
        };
        Ok(super::types::JobCloneSpec {
            job_name,
            folder_name: self.folder_name,
            job_file_name: self.job_file_name,
            repository_uid: self.repository_uid,
            vm_suffix: self.vm_suffix,
            description: self.description,
            unknown: Default::default(),
        })
    }
}

#[cfg(
    any(
        feature = "agents",
        feature = "cdp",
        feature = "jobs",
        feature = "nas",
        feature = "query"
    )
)]
impl super::types::JobScheduleDaisyChainingOptionsType {
    /// A [`JobScheduleDaisyChainingOptionsTypeBuilder`]: set the members, then [`build`](JobScheduleDaisyChainingOptionsTypeBuilder::build). Required: `PreviousJobUid`.
    pub fn builder() -> JobScheduleDaisyChainingOptionsTypeBuilder {
        JobScheduleDaisyChainingOptionsTypeBuilder::default()
    }
}

#[cfg(
    any(
        feature = "agents",
        feature = "cdp",
        feature = "jobs",
        feature = "nas",
        feature = "query"
    )
)]
/// Builds a [`JobScheduleDaisyChainingOptionsType`] ([`JobScheduleDaisyChainingOptionsType::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct JobScheduleDaisyChainingOptionsTypeBuilder {
    enabled: Option<bool>,
    previous_job_uid: Option<crate::runtime::Uid>,
}

#[cfg(
    any(
        feature = "agents",
        feature = "cdp",
        feature = "jobs",
        feature = "nas",
        feature = "query"
    )
)]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for JobScheduleDaisyChainingOptionsTypeBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(JobScheduleDaisyChainingOptionsTypeBuilder))
            .finish_non_exhaustive()
    }
}

#[cfg(
    any(
        feature = "agents",
        feature = "cdp",
        feature = "jobs",
        feature = "nas",
        feature = "query"
    )
)]
impl JobScheduleDaisyChainingOptionsTypeBuilder {
    /// Sets [`JobScheduleDaisyChainingOptionsType::enabled`] (`Enabled`, optional).
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }

    /// Sets [`JobScheduleDaisyChainingOptionsType::previous_job_uid`] (`PreviousJobUid`, required).
    pub fn previous_job_uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.previous_job_uid = Some(value.into());
        self
    }

    /// The [`JobScheduleDaisyChainingOptionsType`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<
        super::types::JobScheduleDaisyChainingOptionsType,
        crate::runtime::MissingMembers,
    > {
        let members: Vec<&'static str> = [
            (self.previous_job_uid.is_none(), "PreviousJobUid"),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (Some(previous_job_uid),) = (self.previous_job_uid,) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "JobScheduleDaisyChainingOptionsType",
                members,
            });
        };
        Ok(super::types::JobScheduleDaisyChainingOptionsType {
            enabled: self.enabled,
            previous_job_uid,
            unknown: Default::default(),
        })
    }
}

#[cfg(any(feature = "cloud", feature = "documented-only", feature = "query"))]
impl super::types::NetworkApplianceInfoType {
    /// A [`NetworkApplianceInfoTypeBuilder`]: set the members, then [`build`](NetworkApplianceInfoTypeBuilder::build). Required: `Name`, `ProductionNetwork`, `ObtainIPAddressAutomatically`.
    pub fn builder() -> NetworkApplianceInfoTypeBuilder {
        NetworkApplianceInfoTypeBuilder::default()
    }
}

#[cfg(any(feature = "cloud", feature = "documented-only", feature = "query"))]
/// Builds a [`NetworkApplianceInfoType`] ([`NetworkApplianceInfoType::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct NetworkApplianceInfoTypeBuilder {
    name: Option<String>,
    production_network: Option<String>,
    obtain_ip_address_automatically: Option<bool>,
    manual_ip_address_settings_info_type: Option<ManualIpAddressSettingsInfoType>,
    vi_distributed_switch_uuid: Option<String>,
    production_network_under_dvs: Option<bool>,
}

#[cfg(any(feature = "cloud", feature = "documented-only", feature = "query"))]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for NetworkApplianceInfoTypeBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(NetworkApplianceInfoTypeBuilder))
            .finish_non_exhaustive()
    }
}

#[cfg(any(feature = "cloud", feature = "documented-only", feature = "query"))]
impl NetworkApplianceInfoTypeBuilder {
    /// Sets [`NetworkApplianceInfoType::name`] (`Name`, required).
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets [`NetworkApplianceInfoType::production_network`] (`ProductionNetwork`, required).
    pub fn production_network(mut self, value: impl Into<String>) -> Self {
        self.production_network = Some(value.into());
        self
    }

    /// Sets [`NetworkApplianceInfoType::obtain_ip_address_automatically`] (`ObtainIPAddressAutomatically`, required).
    pub fn obtain_ip_address_automatically(mut self, value: impl Into<bool>) -> Self {
        self.obtain_ip_address_automatically = Some(value.into());
        self
    }

    /// Sets [`NetworkApplianceInfoType::manual_ip_address_settings_info_type`] (`ManualIpAddressSettingsInfoType`, optional).
    pub fn manual_ip_address_settings_info_type(
        mut self,
        value: impl Into<ManualIpAddressSettingsInfoType>,
    ) -> Self {
        self.manual_ip_address_settings_info_type = Some(value.into());
        self
    }

    /// Sets [`NetworkApplianceInfoType::vi_distributed_switch_uuid`] (`ViDistributedSwitchUuid`, optional).
    pub fn vi_distributed_switch_uuid(mut self, value: impl Into<String>) -> Self {
        self.vi_distributed_switch_uuid = Some(value.into());
        self
    }

    /// Sets [`NetworkApplianceInfoType::production_network_under_dvs`] (`ProductionNetworkUnderDvs`, optional).
    pub fn production_network_under_dvs(mut self, value: impl Into<bool>) -> Self {
        self.production_network_under_dvs = Some(value.into());
        self
    }

    /// The [`NetworkApplianceInfoType`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<super::types::NetworkApplianceInfoType, crate::runtime::MissingMembers> {
        let members: Vec<&'static str> = [
            (self.name.is_none(), "Name"),
            (self.production_network.is_none(), "ProductionNetwork"),
            (
                self.obtain_ip_address_automatically.is_none(),
                "ObtainIPAddressAutomatically",
            ),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (
            Some(name),
            Some(production_network),
            Some(obtain_ip_address_automatically),
        ) = (self.name, self.production_network, self.obtain_ip_address_automatically)
        else {
            return Err(crate::runtime::MissingMembers {
                type_name: "NetworkApplianceInfoType",
                members,
            });
        };
        Ok(super::types::NetworkApplianceInfoType {
            name,
            production_network,
            obtain_ip_address_automatically,
            manual_ip_address_settings_info_type: self
                .manual_ip_address_settings_info_type,
            vi_distributed_switch_uuid: self.vi_distributed_switch_uuid,
            production_network_under_dvs: self.production_network_under_dvs,
            unknown: Default::default(),
        })
    }
}

#[cfg(feature = "cdp")]
impl super::types::PostCdpReplicaVAppsIntervalsSpec {
    /// A [`PostCdpReplicaVAppsIntervalsSpecBuilder`]: set the members, then [`build`](PostCdpReplicaVAppsIntervalsSpecBuilder::build). Required: `StartDate`, `EndDate`.
    pub fn builder() -> PostCdpReplicaVAppsIntervalsSpecBuilder {
        PostCdpReplicaVAppsIntervalsSpecBuilder::default()
    }
}

#[cfg(feature = "cdp")]
/// Builds a [`PostCdpReplicaVAppsIntervalsSpec`] ([`PostCdpReplicaVAppsIntervalsSpec::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct PostCdpReplicaVAppsIntervalsSpecBuilder {
    start_date: Option<crate::runtime::DateTime>,
    end_date: Option<crate::runtime::DateTime>,
}

#[cfg(feature = "cdp")]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for PostCdpReplicaVAppsIntervalsSpecBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(PostCdpReplicaVAppsIntervalsSpecBuilder))
            .finish_non_exhaustive()
    }
}

#[cfg(feature = "cdp")]
impl PostCdpReplicaVAppsIntervalsSpecBuilder {
    /// Sets [`PostCdpReplicaVAppsIntervalsSpec::start_date`] (`StartDate`, required).
    pub fn start_date(mut self, value: impl Into<crate::runtime::DateTime>) -> Self {
        self.start_date = Some(value.into());
        self
    }

    /// Sets [`PostCdpReplicaVAppsIntervalsSpec::end_date`] (`EndDate`, required).
    pub fn end_date(mut self, value: impl Into<crate::runtime::DateTime>) -> Self {
        self.end_date = Some(value.into());
        self
    }

    /// The [`PostCdpReplicaVAppsIntervalsSpec`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<
        super::types::PostCdpReplicaVAppsIntervalsSpec,
        crate::runtime::MissingMembers,
    > {
        let members: Vec<&'static str> = [
            (self.start_date.is_none(), "StartDate"),
            (self.end_date.is_none(), "EndDate"),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (Some(start_date), Some(end_date)) = (self.start_date, self.end_date) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "PostCdpReplicaVAppsIntervalsSpec",
                members,
            });
        };
        Ok(super::types::PostCdpReplicaVAppsIntervalsSpec {
            start_date,
            end_date,
            unknown: Default::default(),
        })
    }
}

#[cfg(feature = "cdp")]
impl super::types::PostCdpReplicasVmsIntervalsSpec {
    /// A [`PostCdpReplicasVmsIntervalsSpecBuilder`]: set the members, then [`build`](PostCdpReplicasVmsIntervalsSpecBuilder::build). Required: `StartDate`, `EndDate`.
    pub fn builder() -> PostCdpReplicasVmsIntervalsSpecBuilder {
        PostCdpReplicasVmsIntervalsSpecBuilder::default()
    }
}

#[cfg(feature = "cdp")]
/// Builds a [`PostCdpReplicasVmsIntervalsSpec`] ([`PostCdpReplicasVmsIntervalsSpec::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct PostCdpReplicasVmsIntervalsSpecBuilder {
    start_date: Option<crate::runtime::DateTime>,
    end_date: Option<crate::runtime::DateTime>,
}

#[cfg(feature = "cdp")]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for PostCdpReplicasVmsIntervalsSpecBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(PostCdpReplicasVmsIntervalsSpecBuilder))
            .finish_non_exhaustive()
    }
}

#[cfg(feature = "cdp")]
impl PostCdpReplicasVmsIntervalsSpecBuilder {
    /// Sets [`PostCdpReplicasVmsIntervalsSpec::start_date`] (`StartDate`, required).
    pub fn start_date(mut self, value: impl Into<crate::runtime::DateTime>) -> Self {
        self.start_date = Some(value.into());
        self
    }

    /// Sets [`PostCdpReplicasVmsIntervalsSpec::end_date`] (`EndDate`, required).
    pub fn end_date(mut self, value: impl Into<crate::runtime::DateTime>) -> Self {
        self.end_date = Some(value.into());
        self
    }

    /// The [`PostCdpReplicasVmsIntervalsSpec`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<
        super::types::PostCdpReplicasVmsIntervalsSpec,
        crate::runtime::MissingMembers,
    > {
        let members: Vec<&'static str> = [
            (self.start_date.is_none(), "StartDate"),
            (self.end_date.is_none(), "EndDate"),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (Some(start_date), Some(end_date)) = (self.start_date, self.end_date) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "PostCdpReplicasVmsIntervalsSpec",
                members,
            });
        };
        Ok(super::types::PostCdpReplicasVmsIntervalsSpec {
            start_date,
            end_date,
            unknown: Default::default(),
        })
    }
}

#[cfg(feature = "jobs")]
impl super::types::PostJobsLinkedBackupRepositoriesSpec {
    /// A [`PostJobsLinkedBackupRepositoriesSpecBuilder`]: set the members, then [`build`](PostJobsLinkedBackupRepositoriesSpecBuilder::build). Required: `LinkedBackupRepositoryUid`.
    pub fn builder() -> PostJobsLinkedBackupRepositoriesSpecBuilder {
        PostJobsLinkedBackupRepositoriesSpecBuilder::default()
    }
}

#[cfg(feature = "jobs")]
/// Builds a [`PostJobsLinkedBackupRepositoriesSpec`] ([`PostJobsLinkedBackupRepositoriesSpec::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct PostJobsLinkedBackupRepositoriesSpecBuilder {
    linked_backup_repository_uid: Option<crate::runtime::Uid>,
}

#[cfg(feature = "jobs")]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for PostJobsLinkedBackupRepositoriesSpecBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(PostJobsLinkedBackupRepositoriesSpecBuilder))
            .finish_non_exhaustive()
    }
}

#[cfg(feature = "jobs")]
impl PostJobsLinkedBackupRepositoriesSpecBuilder {
    /// Sets [`PostJobsLinkedBackupRepositoriesSpec::linked_backup_repository_uid`] (`LinkedBackupRepositoryUid`, required).
    pub fn linked_backup_repository_uid(
        mut self,
        value: impl Into<crate::runtime::Uid>,
    ) -> Self {
        self.linked_backup_repository_uid = Some(value.into());
        self
    }

    /// The [`PostJobsLinkedBackupRepositoriesSpec`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<
        super::types::PostJobsLinkedBackupRepositoriesSpec,
        crate::runtime::MissingMembers,
    > {
        let members: Vec<&'static str> = [
            (self.linked_backup_repository_uid.is_none(), "LinkedBackupRepositoryUid"),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (Some(linked_backup_repository_uid),) = (self.linked_backup_repository_uid,)
        else {
            return Err(crate::runtime::MissingMembers {
                type_name: "PostJobsLinkedBackupRepositoriesSpec",
                members,
            });
        };
        Ok(super::types::PostJobsLinkedBackupRepositoriesSpec {
            linked_backup_repository_uid,
            unknown: Default::default(),
        })
    }
}

#[cfg(feature = "jobs")]
impl super::types::PostJobsLinkedJobsSpec {
    /// A [`PostJobsLinkedJobsSpecBuilder`]: set the members, then [`build`](PostJobsLinkedJobsSpecBuilder::build). Required: `LinkedJobUid`.
    pub fn builder() -> PostJobsLinkedJobsSpecBuilder {
        PostJobsLinkedJobsSpecBuilder::default()
    }
}

#[cfg(feature = "jobs")]
/// Builds a [`PostJobsLinkedJobsSpec`] ([`PostJobsLinkedJobsSpec::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct PostJobsLinkedJobsSpecBuilder {
    linked_job_uid: Option<crate::runtime::Uid>,
}

#[cfg(feature = "jobs")]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for PostJobsLinkedJobsSpecBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(PostJobsLinkedJobsSpecBuilder)).finish_non_exhaustive()
    }
}

#[cfg(feature = "jobs")]
impl PostJobsLinkedJobsSpecBuilder {
    /// Sets [`PostJobsLinkedJobsSpec::linked_job_uid`] (`LinkedJobUid`, required).
    pub fn linked_job_uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.linked_job_uid = Some(value.into());
        self
    }

    /// The [`PostJobsLinkedJobsSpec`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<super::types::PostJobsLinkedJobsSpec, crate::runtime::MissingMembers> {
        let members: Vec<&'static str> = [
            (self.linked_job_uid.is_none(), "LinkedJobUid"),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (Some(linked_job_uid),) = (self.linked_job_uid,) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "PostJobsLinkedJobsSpec",
                members,
            });
        };
        Ok(super::types::PostJobsLinkedJobsSpec {
            linked_job_uid,
            unknown: Default::default(),
        })
    }
}

#[cfg(feature = "backup-servers")]
impl super::types::QuickBackupStartupSpec {
    /// A [`QuickBackupStartupSpecBuilder`]: set the members, then [`build`](QuickBackupStartupSpecBuilder::build). Required: `VmRef`.
    pub fn builder() -> QuickBackupStartupSpecBuilder {
        QuickBackupStartupSpecBuilder::default()
    }
}

#[cfg(feature = "backup-servers")]
/// Builds a [`QuickBackupStartupSpec`] ([`QuickBackupStartupSpec::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct QuickBackupStartupSpecBuilder {
    vm_ref: Option<String>,
}

#[cfg(feature = "backup-servers")]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for QuickBackupStartupSpecBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(QuickBackupStartupSpecBuilder)).finish_non_exhaustive()
    }
}

#[cfg(feature = "backup-servers")]
impl QuickBackupStartupSpecBuilder {
    /// Sets [`QuickBackupStartupSpec::vm_ref`] (`VmRef`, required).
    pub fn vm_ref(mut self, value: impl Into<String>) -> Self {
        self.vm_ref = Some(value.into());
        self
    }

    /// The [`QuickBackupStartupSpec`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<super::types::QuickBackupStartupSpec, crate::runtime::MissingMembers> {
        let members: Vec<&'static str> = [(self.vm_ref.is_none(), "VmRef")]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (Some(vm_ref),) = (self.vm_ref,) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "QuickBackupStartupSpec",
                members,
            });
        };
        Ok(super::types::QuickBackupStartupSpec {
            vm_ref,
            unknown: Default::default(),
        })
    }
}

#[cfg(feature = "security")]
impl super::types::SqlRestoreSettingsSpecsType {
    /// A [`SqlRestoreSettingsSpecsTypeBuilder`]: set the members, then [`build`](SqlRestoreSettingsSpecsTypeBuilder::build). Required: `DenyInPlaceRestore`.
    pub fn builder() -> SqlRestoreSettingsSpecsTypeBuilder {
        SqlRestoreSettingsSpecsTypeBuilder::default()
    }
}

#[cfg(feature = "security")]
/// Builds a [`SqlRestoreSettingsSpecsType`] ([`SqlRestoreSettingsSpecsType::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct SqlRestoreSettingsSpecsTypeBuilder {
    deny_in_place_restore: Option<bool>,
}

#[cfg(feature = "security")]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for SqlRestoreSettingsSpecsTypeBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(SqlRestoreSettingsSpecsTypeBuilder))
            .finish_non_exhaustive()
    }
}

#[cfg(feature = "security")]
impl SqlRestoreSettingsSpecsTypeBuilder {
    /// Sets [`SqlRestoreSettingsSpecsType::deny_in_place_restore`] (`DenyInPlaceRestore`, required).
    pub fn deny_in_place_restore(mut self, value: impl Into<bool>) -> Self {
        self.deny_in_place_restore = Some(value.into());
        self
    }

    /// The [`SqlRestoreSettingsSpecsType`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<
        super::types::SqlRestoreSettingsSpecsType,
        crate::runtime::MissingMembers,
    > {
        let members: Vec<&'static str> = [
            (self.deny_in_place_restore.is_none(), "DenyInPlaceRestore"),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (Some(deny_in_place_restore),) = (self.deny_in_place_restore,) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "SqlRestoreSettingsSpecsType",
                members,
            });
        };
        Ok(super::types::SqlRestoreSettingsSpecsType {
            deny_in_place_restore,
            unknown: Default::default(),
        })
    }
}

#[cfg(feature = "documented-only")]
impl super::types::VCloudComputeResources {
    /// A [`VCloudComputeResourcesBuilder`]: set the members, then [`build`](VCloudComputeResourcesBuilder::build). Required: `UseNetworkFailoverResources`.
    pub fn builder() -> VCloudComputeResourcesBuilder {
        VCloudComputeResourcesBuilder::default()
    }
}

#[cfg(feature = "documented-only")]
/// Builds a [`VCloudComputeResources`] ([`VCloudComputeResources::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct VCloudComputeResourcesBuilder {
    virtual_data_center_ref: Option<String>,
    use_network_failover_resources: Option<bool>,
    network_appliance: Option<NetworkApplianceInfoType>,
    wan_accelerator_uid: Option<crate::runtime::Uid>,
}

#[cfg(feature = "documented-only")]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for VCloudComputeResourcesBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(VCloudComputeResourcesBuilder)).finish_non_exhaustive()
    }
}

#[cfg(feature = "documented-only")]
impl VCloudComputeResourcesBuilder {
    /// Sets [`VCloudComputeResources::virtual_data_center_ref`] (`VirtualDataCenterRef`, optional).
    pub fn virtual_data_center_ref(mut self, value: impl Into<String>) -> Self {
        self.virtual_data_center_ref = Some(value.into());
        self
    }

    /// Sets [`VCloudComputeResources::use_network_failover_resources`] (`UseNetworkFailoverResources`, required).
    pub fn use_network_failover_resources(mut self, value: impl Into<bool>) -> Self {
        self.use_network_failover_resources = Some(value.into());
        self
    }

    /// Sets [`VCloudComputeResources::network_appliance`] (`NetworkAppliance`, optional).
    pub fn network_appliance(
        mut self,
        value: impl Into<NetworkApplianceInfoType>,
    ) -> Self {
        self.network_appliance = Some(value.into());
        self
    }

    /// Sets [`VCloudComputeResources::wan_accelerator_uid`] (`WanAcceleratorUid`, optional).
    pub fn wan_accelerator_uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.wan_accelerator_uid = Some(value.into());
        self
    }

    /// The [`VCloudComputeResources`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<super::types::VCloudComputeResources, crate::runtime::MissingMembers> {
        let members: Vec<&'static str> = [
            (
                self.use_network_failover_resources.is_none(),
                "UseNetworkFailoverResources",
            ),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (Some(use_network_failover_resources),) = (
            self.use_network_failover_resources,
        ) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "VCloudComputeResources",
                members,
            });
        };
        Ok(super::types::VCloudComputeResources {
            virtual_data_center_ref: self.virtual_data_center_ref,
            use_network_failover_resources,
            network_appliance: self.network_appliance,
            wan_accelerator_uid: self.wan_accelerator_uid,
            unknown: Default::default(),
        })
    }
}

#[cfg(any(feature = "query", feature = "self-service"))]
impl super::types::VCloudOrganizationConfig {
    /// A [`VCloudOrganizationConfigBuilder`]: set the members, then [`build`](VCloudOrganizationConfigBuilder::build). Required: `BackupServerUid`, `RepositoryUid`, `QuotaGb`, `IsDisabled`, `JobSettings`, `HostUid`, `RepositoryFriendlyName`.
    pub fn builder() -> VCloudOrganizationConfigBuilder {
        VCloudOrganizationConfigBuilder::default()
    }
}

#[cfg(any(feature = "query", feature = "self-service"))]
/// Builds a [`VCloudOrganizationConfig`] ([`VCloudOrganizationConfig::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct VCloudOrganizationConfigBuilder {
    href: Option<crate::runtime::Url>,
    r#type: Option<String>,
    name: Option<String>,
    uid: Option<crate::runtime::Uid>,
    backup_server_uid: Option<crate::runtime::Uid>,
    repository_uid: Option<crate::runtime::Uid>,
    quota_gb: Option<i64>,
    is_disabled: Option<bool>,
    job_settings: Option<JobSettings>,
    used_quota_mb: Option<i64>,
    host_uid: Option<crate::runtime::Uid>,
    repository_friendly_name: Option<String>,
    default_settings: Option<bool>,
    job_scheduler_type: Option<super::enums::JobSchedulerType>,
    high_priority_job: Option<bool>,
    template_job_uid: Option<crate::runtime::Uid>,
    links: Option<crate::runtime::List<Link>>,
}

#[cfg(any(feature = "query", feature = "self-service"))]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for VCloudOrganizationConfigBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(VCloudOrganizationConfigBuilder))
            .finish_non_exhaustive()
    }
}

#[cfg(any(feature = "query", feature = "self-service"))]
impl VCloudOrganizationConfigBuilder {
    /// Sets [`VCloudOrganizationConfig::href`] (`Href`, optional).
    pub fn href(mut self, value: impl Into<crate::runtime::Url>) -> Self {
        self.href = Some(value.into());
        self
    }

    /// Sets [`VCloudOrganizationConfig::type`] (`Type`, optional).
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Sets [`VCloudOrganizationConfig::name`] (`Name`, optional).
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets [`VCloudOrganizationConfig::uid`] (`UID`, optional).
    pub fn uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.uid = Some(value.into());
        self
    }

    /// Sets [`VCloudOrganizationConfig::backup_server_uid`] (`BackupServerUid`, required).
    pub fn backup_server_uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.backup_server_uid = Some(value.into());
        self
    }

    /// Sets [`VCloudOrganizationConfig::repository_uid`] (`RepositoryUid`, required).
    pub fn repository_uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.repository_uid = Some(value.into());
        self
    }

    /// Sets [`VCloudOrganizationConfig::quota_gb`] (`QuotaGb`, required).
    pub fn quota_gb(mut self, value: impl Into<i64>) -> Self {
        self.quota_gb = Some(value.into());
        self
    }

    /// Sets [`VCloudOrganizationConfig::is_disabled`] (`IsDisabled`, required).
    pub fn is_disabled(mut self, value: impl Into<bool>) -> Self {
        self.is_disabled = Some(value.into());
        self
    }

    /// Sets [`VCloudOrganizationConfig::job_settings`] (`JobSettings`, required).
    pub fn job_settings(mut self, value: impl Into<JobSettings>) -> Self {
        self.job_settings = Some(value.into());
        self
    }

    /// Sets [`VCloudOrganizationConfig::used_quota_mb`] (`UsedQuotaMb`, optional).
    pub fn used_quota_mb(mut self, value: impl Into<i64>) -> Self {
        self.used_quota_mb = Some(value.into());
        self
    }

    /// Sets [`VCloudOrganizationConfig::host_uid`] (`HostUid`, required).
    pub fn host_uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.host_uid = Some(value.into());
        self
    }

    /// Sets [`VCloudOrganizationConfig::repository_friendly_name`] (`RepositoryFriendlyName`, required).
    pub fn repository_friendly_name(mut self, value: impl Into<String>) -> Self {
        self.repository_friendly_name = Some(value.into());
        self
    }

    /// Sets [`VCloudOrganizationConfig::default_settings`] (`DefaultSettings`, optional).
    pub fn default_settings(mut self, value: impl Into<bool>) -> Self {
        self.default_settings = Some(value.into());
        self
    }

    /// Sets [`VCloudOrganizationConfig::job_scheduler_type`] (`JobSchedulerType`, optional).
    pub fn job_scheduler_type(
        mut self,
        value: impl Into<super::enums::JobSchedulerType>,
    ) -> Self {
        self.job_scheduler_type = Some(value.into());
        self
    }

    /// Sets [`VCloudOrganizationConfig::high_priority_job`] (`HighPriorityJob`, optional).
    pub fn high_priority_job(mut self, value: impl Into<bool>) -> Self {
        self.high_priority_job = Some(value.into());
        self
    }

    /// Sets [`VCloudOrganizationConfig::template_job_uid`] (`TemplateJobUid`, optional).
    pub fn template_job_uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.template_job_uid = Some(value.into());
        self
    }

    /// Sets [`VCloudOrganizationConfig::links`] (`Links`, optional).
    pub fn links(mut self, value: impl Into<crate::runtime::List<Link>>) -> Self {
        self.links = Some(value.into());
        self
    }

    /// The [`VCloudOrganizationConfig`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<super::types::VCloudOrganizationConfig, crate::runtime::MissingMembers> {
        let members: Vec<&'static str> = [
            (self.backup_server_uid.is_none(), "BackupServerUid"),
            (self.repository_uid.is_none(), "RepositoryUid"),
            (self.quota_gb.is_none(), "QuotaGb"),
            (self.is_disabled.is_none(), "IsDisabled"),
            (self.job_settings.is_none(), "JobSettings"),
            (self.host_uid.is_none(), "HostUid"),
            (self.repository_friendly_name.is_none(), "RepositoryFriendlyName"),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (
            Some(backup_server_uid),
            Some(repository_uid),
            Some(quota_gb),
            Some(is_disabled),
            Some(job_settings),
            Some(host_uid),
            Some(repository_friendly_name),
        ) = (
            self.backup_server_uid,
            self.repository_uid,
            self.quota_gb,
            self.is_disabled,
            self.job_settings,
            self.host_uid,
            self.repository_friendly_name,
        ) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "VCloudOrganizationConfig",
                members,
            });
        };
        Ok(super::types::VCloudOrganizationConfig {
            href: self.href,
            r#type: self.r#type,
            name: self.name,
            uid: self.uid,
            backup_server_uid,
            repository_uid,
            quota_gb,
            is_disabled,
            job_settings,
            used_quota_mb: self.used_quota_mb,
            host_uid,
            repository_friendly_name,
            default_settings: self.default_settings,
            job_scheduler_type: self.job_scheduler_type,
            high_priority_job: self.high_priority_job,
            template_job_uid: self.template_job_uid,
            links: self.links,
            unknown: Default::default(),
        })
    }
}

#[cfg(feature = "self-service")]
impl super::types::VCloudOrganizationConfigBackupJobSettings {
    /// A [`VCloudOrganizationConfigBackupJobSettingsBuilder`]: set the members, then [`build`](VCloudOrganizationConfigBackupJobSettingsBuilder::build). Required: `JobSchedulerType`.
    pub fn builder() -> VCloudOrganizationConfigBackupJobSettingsBuilder {
        VCloudOrganizationConfigBackupJobSettingsBuilder::default()
    }
}

#[cfg(feature = "self-service")]
/// Builds a [`VCloudOrganizationConfigBackupJobSettings`] ([`VCloudOrganizationConfigBackupJobSettings::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct VCloudOrganizationConfigBackupJobSettingsBuilder {
    default_settings: Option<bool>,
    custom_settings: Option<bool>,
    template_job_uid: Option<crate::runtime::Uid>,
    job_scheduler_type: Option<super::enums::JobSchedulerType>,
    high_priority_job: Option<bool>,
}

#[cfg(feature = "self-service")]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for VCloudOrganizationConfigBackupJobSettingsBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(VCloudOrganizationConfigBackupJobSettingsBuilder))
            .finish_non_exhaustive()
    }
}

#[cfg(feature = "self-service")]
impl VCloudOrganizationConfigBackupJobSettingsBuilder {
    /// Sets [`VCloudOrganizationConfigBackupJobSettings::default_settings`] (`DefaultSettings`, optional).
    pub fn default_settings(mut self, value: impl Into<bool>) -> Self {
        self.default_settings = Some(value.into());
        self
    }

    /// Sets [`VCloudOrganizationConfigBackupJobSettings::custom_settings`] (`CustomSettings`, optional).
    pub fn custom_settings(mut self, value: impl Into<bool>) -> Self {
        self.custom_settings = Some(value.into());
        self
    }

    /// Sets [`VCloudOrganizationConfigBackupJobSettings::template_job_uid`] (`TemplateJobUid`, optional).
    pub fn template_job_uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.template_job_uid = Some(value.into());
        self
    }

    /// Sets [`VCloudOrganizationConfigBackupJobSettings::job_scheduler_type`] (`JobSchedulerType`, required).
    pub fn job_scheduler_type(
        mut self,
        value: impl Into<super::enums::JobSchedulerType>,
    ) -> Self {
        self.job_scheduler_type = Some(value.into());
        self
    }

    /// Sets [`VCloudOrganizationConfigBackupJobSettings::high_priority_job`] (`HighPriorityJob`, optional).
    pub fn high_priority_job(mut self, value: impl Into<bool>) -> Self {
        self.high_priority_job = Some(value.into());
        self
    }

    /// The [`VCloudOrganizationConfigBackupJobSettings`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<
        super::types::VCloudOrganizationConfigBackupJobSettings,
        crate::runtime::MissingMembers,
    > {
        let members: Vec<&'static str> = [
            (self.job_scheduler_type.is_none(), "JobSchedulerType"),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (Some(job_scheduler_type),) = (self.job_scheduler_type,) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "VCloudOrganizationConfigBackupJobSettings",
                members,
            });
        };
        Ok(super::types::VCloudOrganizationConfigBackupJobSettings {
            default_settings: self.default_settings,
            custom_settings: self.custom_settings,
            template_job_uid: self.template_job_uid,
            job_scheduler_type,
            high_priority_job: self.high_priority_job,
            unknown: Default::default(),
        })
    }
}

#[cfg(feature = "self-service")]
impl super::types::VCloudOrganizationConfigCreateSpec {
    /// A [`VCloudOrganizationConfigCreateSpecBuilder`]: set the members, then [`build`](VCloudOrganizationConfigCreateSpecBuilder::build). Required: `OrganizationName`, `BackupServerUid`, `RepositoryUid`, `QuotaGb`, `JobSchedulerType`, `HostUid`, `RepositoryFriendlyName`.
    pub fn builder() -> VCloudOrganizationConfigCreateSpecBuilder {
        VCloudOrganizationConfigCreateSpecBuilder::default()
    }
}

#[cfg(feature = "self-service")]
/// Builds a [`VCloudOrganizationConfigCreateSpec`] ([`VCloudOrganizationConfigCreateSpec::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct VCloudOrganizationConfigCreateSpecBuilder {
    organization_name: Option<String>,
    backup_server_uid: Option<crate::runtime::Uid>,
    repository_uid: Option<crate::runtime::Uid>,
    quota_gb: Option<i64>,
    template_job_uid: Option<crate::runtime::Uid>,
    job_scheduler_type: Option<super::enums::JobSchedulerType>,
    high_priority_job: Option<bool>,
    host_uid: Option<crate::runtime::Uid>,
    repository_friendly_name: Option<String>,
}

#[cfg(feature = "self-service")]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for VCloudOrganizationConfigCreateSpecBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(VCloudOrganizationConfigCreateSpecBuilder))
            .finish_non_exhaustive()
    }
}

#[cfg(feature = "self-service")]
impl VCloudOrganizationConfigCreateSpecBuilder {
    /// Sets [`VCloudOrganizationConfigCreateSpec::organization_name`] (`OrganizationName`, required).
    pub fn organization_name(mut self, value: impl Into<String>) -> Self {
        self.organization_name = Some(value.into());
        self
    }

    /// Sets [`VCloudOrganizationConfigCreateSpec::backup_server_uid`] (`BackupServerUid`, required).
    pub fn backup_server_uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.backup_server_uid = Some(value.into());
        self
    }

    /// Sets [`VCloudOrganizationConfigCreateSpec::repository_uid`] (`RepositoryUid`, required).
    pub fn repository_uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.repository_uid = Some(value.into());
        self
    }

    /// Sets [`VCloudOrganizationConfigCreateSpec::quota_gb`] (`QuotaGb`, required).
    pub fn quota_gb(mut self, value: impl Into<i64>) -> Self {
        self.quota_gb = Some(value.into());
        self
    }

    /// Sets [`VCloudOrganizationConfigCreateSpec::template_job_uid`] (`TemplateJobUid`, optional).
    pub fn template_job_uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.template_job_uid = Some(value.into());
        self
    }

    /// Sets [`VCloudOrganizationConfigCreateSpec::job_scheduler_type`] (`JobSchedulerType`, required).
    pub fn job_scheduler_type(
        mut self,
        value: impl Into<super::enums::JobSchedulerType>,
    ) -> Self {
        self.job_scheduler_type = Some(value.into());
        self
    }

    /// Sets [`VCloudOrganizationConfigCreateSpec::high_priority_job`] (`HighPriorityJob`, optional).
    pub fn high_priority_job(mut self, value: impl Into<bool>) -> Self {
        self.high_priority_job = Some(value.into());
        self
    }

    /// Sets [`VCloudOrganizationConfigCreateSpec::host_uid`] (`HostUid`, required).
    pub fn host_uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.host_uid = Some(value.into());
        self
    }

    /// Sets [`VCloudOrganizationConfigCreateSpec::repository_friendly_name`] (`RepositoryFriendlyName`, required).
    pub fn repository_friendly_name(mut self, value: impl Into<String>) -> Self {
        self.repository_friendly_name = Some(value.into());
        self
    }

    /// The [`VCloudOrganizationConfigCreateSpec`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<
        super::types::VCloudOrganizationConfigCreateSpec,
        crate::runtime::MissingMembers,
    > {
        let members: Vec<&'static str> = [
            (self.organization_name.is_none(), "OrganizationName"),
            (self.backup_server_uid.is_none(), "BackupServerUid"),
            (self.repository_uid.is_none(), "RepositoryUid"),
            (self.quota_gb.is_none(), "QuotaGb"),
            (self.job_scheduler_type.is_none(), "JobSchedulerType"),
            (self.host_uid.is_none(), "HostUid"),
            (self.repository_friendly_name.is_none(), "RepositoryFriendlyName"),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (
            Some(organization_name),
            Some(backup_server_uid),
            Some(repository_uid),
            Some(quota_gb),
            Some(job_scheduler_type),
            Some(host_uid),
            Some(repository_friendly_name),
        ) = (
            self.organization_name,
            self.backup_server_uid,
            self.repository_uid,
            self.quota_gb,
            self.job_scheduler_type,
            self.host_uid,
            self.repository_friendly_name,
        ) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "VCloudOrganizationConfigCreateSpec",
                members,
            });
        };
        Ok(super::types::VCloudOrganizationConfigCreateSpec {
            organization_name,
            backup_server_uid,
            repository_uid,
            quota_gb,
            template_job_uid: self.template_job_uid,
            job_scheduler_type,
            high_priority_job: self.high_priority_job,
            host_uid,
            repository_friendly_name,
            unknown: Default::default(),
        })
    }
}

#[cfg(any(feature = "query", feature = "self-service"))]
impl super::types::VSphereSelfServiceConfig {
    /// A [`VSphereSelfServiceConfigBuilder`]: set the members, then [`build`](VSphereSelfServiceConfigBuilder::build). Required: `BackupServerUid`, `RepositoryUid`, `QuotaGb`, `Account`, `JobSettings`.
    pub fn builder() -> VSphereSelfServiceConfigBuilder {
        VSphereSelfServiceConfigBuilder::default()
    }
}

#[cfg(any(feature = "query", feature = "self-service"))]
/// Builds a [`VSphereSelfServiceConfig`] ([`VSphereSelfServiceConfig::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct VSphereSelfServiceConfigBuilder {
    href: Option<crate::runtime::Url>,
    r#type: Option<String>,
    name: Option<String>,
    uid: Option<crate::runtime::Uid>,
    backup_server_uid: Option<crate::runtime::Uid>,
    repository_uid: Option<crate::runtime::Uid>,
    quota_gb: Option<i64>,
    per_user: Option<bool>,
    account: Option<VSphereSelfServiceConfigAccountInfoType>,
    job_settings: Option<JobSettings>,
    v_centers_scope: Option<crate::runtime::List<crate::runtime::Uid>>,
    tags: Option<crate::runtime::List<String>>,
    used_quota_mb: Option<i64>,
    default_settings: Option<bool>,
    job_scheduler_type: Option<super::enums::JobSchedulerType>,
    high_priority_job: Option<bool>,
    links: Option<crate::runtime::List<Link>>,
}

#[cfg(any(feature = "query", feature = "self-service"))]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for VSphereSelfServiceConfigBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(VSphereSelfServiceConfigBuilder))
            .finish_non_exhaustive()
    }
}

#[cfg(any(feature = "query", feature = "self-service"))]
impl VSphereSelfServiceConfigBuilder {
    /// Sets [`VSphereSelfServiceConfig::href`] (`Href`, optional).
    pub fn href(mut self, value: impl Into<crate::runtime::Url>) -> Self {
        self.href = Some(value.into());
        self
    }

    /// Sets [`VSphereSelfServiceConfig::type`] (`Type`, optional).
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Sets [`VSphereSelfServiceConfig::name`] (`Name`, optional).
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets [`VSphereSelfServiceConfig::uid`] (`UID`, optional).
    pub fn uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.uid = Some(value.into());
        self
    }

    /// Sets [`VSphereSelfServiceConfig::backup_server_uid`] (`BackupServerUid`, required).
    pub fn backup_server_uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.backup_server_uid = Some(value.into());
        self
    }

    /// Sets [`VSphereSelfServiceConfig::repository_uid`] (`RepositoryUid`, required).
    pub fn repository_uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.repository_uid = Some(value.into());
        self
    }

    /// Sets [`VSphereSelfServiceConfig::quota_gb`] (`QuotaGb`, required).
    pub fn quota_gb(mut self, value: impl Into<i64>) -> Self {
        self.quota_gb = Some(value.into());
        self
    }

    /// Sets [`VSphereSelfServiceConfig::per_user`] (`PerUser`, optional).
    pub fn per_user(mut self, value: impl Into<bool>) -> Self {
        self.per_user = Some(value.into());
        self
    }

    /// Sets [`VSphereSelfServiceConfig::account`] (`Account`, required).
    pub fn account(
        mut self,
        value: impl Into<VSphereSelfServiceConfigAccountInfoType>,
    ) -> Self {
        self.account = Some(value.into());
        self
    }

    /// Sets [`VSphereSelfServiceConfig::job_settings`] (`JobSettings`, required).
    pub fn job_settings(mut self, value: impl Into<JobSettings>) -> Self {
        self.job_settings = Some(value.into());
        self
    }

    /// Sets [`VSphereSelfServiceConfig::v_centers_scope`] (`VCentersScope`, optional).
    pub fn v_centers_scope(
        mut self,
        value: impl Into<crate::runtime::List<crate::runtime::Uid>>,
    ) -> Self {
        self.v_centers_scope = Some(value.into());
        self
    }

    /// Sets [`VSphereSelfServiceConfig::tags`] (`Tags`, optional).
    pub fn tags(mut self, value: impl Into<crate::runtime::List<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }

    /// Sets [`VSphereSelfServiceConfig::used_quota_mb`] (`UsedQuotaMb`, optional).
    pub fn used_quota_mb(mut self, value: impl Into<i64>) -> Self {
        self.used_quota_mb = Some(value.into());
        self
    }

    /// Sets [`VSphereSelfServiceConfig::default_settings`] (`DefaultSettings`, optional).
    pub fn default_settings(mut self, value: impl Into<bool>) -> Self {
        self.default_settings = Some(value.into());
        self
    }

    /// Sets [`VSphereSelfServiceConfig::job_scheduler_type`] (`JobSchedulerType`, optional).
    pub fn job_scheduler_type(
        mut self,
        value: impl Into<super::enums::JobSchedulerType>,
    ) -> Self {
        self.job_scheduler_type = Some(value.into());
        self
    }

    /// Sets [`VSphereSelfServiceConfig::high_priority_job`] (`HighPriorityJob`, optional).
    pub fn high_priority_job(mut self, value: impl Into<bool>) -> Self {
        self.high_priority_job = Some(value.into());
        self
    }

    /// Sets [`VSphereSelfServiceConfig::links`] (`Links`, optional).
    pub fn links(mut self, value: impl Into<crate::runtime::List<Link>>) -> Self {
        self.links = Some(value.into());
        self
    }

    /// The [`VSphereSelfServiceConfig`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<super::types::VSphereSelfServiceConfig, crate::runtime::MissingMembers> {
        let members: Vec<&'static str> = [
            (self.backup_server_uid.is_none(), "BackupServerUid"),
            (self.repository_uid.is_none(), "RepositoryUid"),
            (self.quota_gb.is_none(), "QuotaGb"),
            (self.account.is_none(), "Account"),
            (self.job_settings.is_none(), "JobSettings"),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (
            Some(backup_server_uid),
            Some(repository_uid),
            Some(quota_gb),
            Some(account),
            Some(job_settings),
        ) = (
            self.backup_server_uid,
            self.repository_uid,
            self.quota_gb,
            self.account,
            self.job_settings,
        ) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "VSphereSelfServiceConfig",
                members,
            });
        };
        Ok(super::types::VSphereSelfServiceConfig {
            href: self.href,
            r#type: self.r#type,
            name: self.name,
            uid: self.uid,
            backup_server_uid,
            repository_uid,
            quota_gb,
            per_user: self.per_user,
            account,
            job_settings,
            v_centers_scope: self.v_centers_scope,
            tags: self.tags,
            used_quota_mb: self.used_quota_mb,
            default_settings: self.default_settings,
            job_scheduler_type: self.job_scheduler_type,
            high_priority_job: self.high_priority_job,
            links: self.links,
            unknown: Default::default(),
        })
    }
}

#[cfg(any(feature = "query", feature = "self-service"))]
impl super::types::VSphereSelfServiceConfigAccountInfoType {
    /// A [`VSphereSelfServiceConfigAccountInfoTypeBuilder`]: set the members, then [`build`](VSphereSelfServiceConfigAccountInfoTypeBuilder::build). Required: `AccountName`, `AccountType`.
    pub fn builder() -> VSphereSelfServiceConfigAccountInfoTypeBuilder {
        VSphereSelfServiceConfigAccountInfoTypeBuilder::default()
    }
}

#[cfg(any(feature = "query", feature = "self-service"))]
/// Builds a [`VSphereSelfServiceConfigAccountInfoType`] ([`VSphereSelfServiceConfigAccountInfoType::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct VSphereSelfServiceConfigAccountInfoTypeBuilder {
    account_name: Option<String>,
    account_sid: Option<String>,
    account_type: Option<super::enums::VSphereSelfServiceAccountType>,
}

#[cfg(any(feature = "query", feature = "self-service"))]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for VSphereSelfServiceConfigAccountInfoTypeBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(VSphereSelfServiceConfigAccountInfoTypeBuilder))
            .finish_non_exhaustive()
    }
}

#[cfg(any(feature = "query", feature = "self-service"))]
impl VSphereSelfServiceConfigAccountInfoTypeBuilder {
    /// Sets [`VSphereSelfServiceConfigAccountInfoType::account_name`] (`AccountName`, required).
    pub fn account_name(mut self, value: impl Into<String>) -> Self {
        self.account_name = Some(value.into());
        self
    }

    /// Sets [`VSphereSelfServiceConfigAccountInfoType::account_sid`] (`AccountSid`, optional).
    pub fn account_sid(mut self, value: impl Into<String>) -> Self {
        self.account_sid = Some(value.into());
        self
    }

    /// Sets [`VSphereSelfServiceConfigAccountInfoType::account_type`] (`AccountType`, required).
    pub fn account_type(
        mut self,
        value: impl Into<super::enums::VSphereSelfServiceAccountType>,
    ) -> Self {
        self.account_type = Some(value.into());
        self
    }

    /// The [`VSphereSelfServiceConfigAccountInfoType`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<
        super::types::VSphereSelfServiceConfigAccountInfoType,
        crate::runtime::MissingMembers,
    > {
        let members: Vec<&'static str> = [
            (self.account_name.is_none(), "AccountName"),
            (self.account_type.is_none(), "AccountType"),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (Some(account_name), Some(account_type)) = (
            self.account_name,
            self.account_type,
        ) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "VSphereSelfServiceConfigAccountInfoType",
                members,
            });
        };
        Ok(super::types::VSphereSelfServiceConfigAccountInfoType {
            account_name,
            account_sid: self.account_sid,
            account_type,
            unknown: Default::default(),
        })
    }
}

#[cfg(feature = "self-service")]
impl super::types::VSphereSelfServiceCreateSpec {
    /// A [`VSphereSelfServiceCreateSpecBuilder`]: set the members, then [`build`](VSphereSelfServiceCreateSpecBuilder::build). Required: `AccountName`, `RepositoryUid`, `QuotaGb`.
    pub fn builder() -> VSphereSelfServiceCreateSpecBuilder {
        VSphereSelfServiceCreateSpecBuilder::default()
    }
}

#[cfg(feature = "self-service")]
/// Builds a [`VSphereSelfServiceCreateSpec`] ([`VSphereSelfServiceCreateSpec::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct VSphereSelfServiceCreateSpecBuilder {
    account_name: Option<String>,
    account_type: Option<super::enums::VSphereSelfServiceAccountType>,
    repository_uid: Option<crate::runtime::Uid>,
    quota_gb: Option<i64>,
    per_user: Option<bool>,
    template_job_uid: Option<crate::runtime::Uid>,
    template_mode: Option<String>,
    job_scheduler_type: Option<super::enums::JobSchedulerType>,
    high_priority_job: Option<bool>,
    v_centers_scopes: Option<crate::runtime::List<VCentersScopeListType>>,
    tags: Option<crate::runtime::List<String>>,
}

#[cfg(feature = "self-service")]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for VSphereSelfServiceCreateSpecBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(VSphereSelfServiceCreateSpecBuilder))
            .finish_non_exhaustive()
    }
}

#[cfg(feature = "self-service")]
impl VSphereSelfServiceCreateSpecBuilder {
    /// Sets [`VSphereSelfServiceCreateSpec::account_name`] (`AccountName`, required).
    pub fn account_name(mut self, value: impl Into<String>) -> Self {
        self.account_name = Some(value.into());
        self
    }

    /// Sets [`VSphereSelfServiceCreateSpec::account_type`] (`AccountType`, optional).
    pub fn account_type(
        mut self,
        value: impl Into<super::enums::VSphereSelfServiceAccountType>,
    ) -> Self {
        self.account_type = Some(value.into());
        self
    }

    /// Sets [`VSphereSelfServiceCreateSpec::repository_uid`] (`RepositoryUid`, required).
    pub fn repository_uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.repository_uid = Some(value.into());
        self
    }

    /// Sets [`VSphereSelfServiceCreateSpec::quota_gb`] (`QuotaGb`, required).
    pub fn quota_gb(mut self, value: impl Into<i64>) -> Self {
        self.quota_gb = Some(value.into());
        self
    }

    /// Sets [`VSphereSelfServiceCreateSpec::per_user`] (`PerUser`, optional).
    pub fn per_user(mut self, value: impl Into<bool>) -> Self {
        self.per_user = Some(value.into());
        self
    }

    /// Sets [`VSphereSelfServiceCreateSpec::template_job_uid`] (`TemplateJobUid`, optional).
    pub fn template_job_uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.template_job_uid = Some(value.into());
        self
    }

    /// Sets [`VSphereSelfServiceCreateSpec::template_mode`] (`TemplateMode`, optional).
    pub fn template_mode(mut self, value: impl Into<String>) -> Self {
        self.template_mode = Some(value.into());
        self
    }

    /// Sets [`VSphereSelfServiceCreateSpec::job_scheduler_type`] (`JobSchedulerType`, optional).
    pub fn job_scheduler_type(
        mut self,
        value: impl Into<super::enums::JobSchedulerType>,
    ) -> Self {
        self.job_scheduler_type = Some(value.into());
        self
    }

    /// Sets [`VSphereSelfServiceCreateSpec::high_priority_job`] (`HighPriorityJob`, optional).
    pub fn high_priority_job(mut self, value: impl Into<bool>) -> Self {
        self.high_priority_job = Some(value.into());
        self
    }

    /// Sets [`VSphereSelfServiceCreateSpec::v_centers_scopes`] (`VCentersScope`, optional).
    pub fn v_centers_scopes(
        mut self,
        value: impl Into<crate::runtime::List<VCentersScopeListType>>,
    ) -> Self {
        self.v_centers_scopes = Some(value.into());
        self
    }

    /// Sets [`VSphereSelfServiceCreateSpec::tags`] (`Tags`, optional).
    pub fn tags(mut self, value: impl Into<crate::runtime::List<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }

    /// The [`VSphereSelfServiceCreateSpec`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<
        super::types::VSphereSelfServiceCreateSpec,
        crate::runtime::MissingMembers,
    > {
        let members: Vec<&'static str> = [
            (self.account_name.is_none(), "AccountName"),
            (self.repository_uid.is_none(), "RepositoryUid"),
            (self.quota_gb.is_none(), "QuotaGb"),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (Some(account_name), Some(repository_uid), Some(quota_gb)) = (
            self.account_name,
            self.repository_uid,
            self.quota_gb,
        ) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "VSphereSelfServiceCreateSpec",
                members,
            });
        };
        Ok(super::types::VSphereSelfServiceCreateSpec {
            account_name,
            account_type: self.account_type,
            repository_uid,
            quota_gb,
            per_user: self.per_user,
            template_job_uid: self.template_job_uid,
            template_mode: self.template_mode,
            job_scheduler_type: self.job_scheduler_type,
            high_priority_job: self.high_priority_job,
            v_centers_scopes: self.v_centers_scopes.unwrap_or_default(),
            tags: self.tags,
            unknown: Default::default(),
        })
    }
}

#[cfg(feature = "backup-servers")]
impl super::types::VeeamZipStartupSpec {
    /// A [`VeeamZipStartupSpecBuilder`]: set the members, then [`build`](VeeamZipStartupSpecBuilder::build). Required: `VmRef`, `RepositoryUid`, `CompressionLevel`, `BackupRetention`.
    pub fn builder() -> VeeamZipStartupSpecBuilder {
        VeeamZipStartupSpecBuilder::default()
    }
}

#[cfg(feature = "backup-servers")]
/// Builds a [`VeeamZipStartupSpec`] ([`VeeamZipStartupSpec::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct VeeamZipStartupSpecBuilder {
    vm_ref: Option<String>,
    repository_uid: Option<crate::runtime::Uid>,
    password_key_id: Option<String>,
    compression_level: Option<super::enums::VeeamZipStartupSpecCompressionLevel>,
    disable_guest_quiescence: Option<bool>,
    backup_retention: Option<super::enums::FreeBackupRetention>,
}

#[cfg(feature = "backup-servers")]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for VeeamZipStartupSpecBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(VeeamZipStartupSpecBuilder)).finish_non_exhaustive()
    }
}

#[cfg(feature = "backup-servers")]
impl VeeamZipStartupSpecBuilder {
    /// Sets [`VeeamZipStartupSpec::vm_ref`] (`VmRef`, required).
    pub fn vm_ref(mut self, value: impl Into<String>) -> Self {
        self.vm_ref = Some(value.into());
        self
    }

    /// Sets [`VeeamZipStartupSpec::repository_uid`] (`RepositoryUid`, required).
    pub fn repository_uid(mut self, value: impl Into<crate::runtime::Uid>) -> Self {
        self.repository_uid = Some(value.into());
        self
    }

    /// Sets [`VeeamZipStartupSpec::password_key_id`] (`PasswordKeyId`, optional).
    pub fn password_key_id(mut self, value: impl Into<String>) -> Self {
        self.password_key_id = Some(value.into());
        self
    }

    /// Sets [`VeeamZipStartupSpec::compression_level`] (`CompressionLevel`, required).
    pub fn compression_level(
        mut self,
        value: impl Into<super::enums::VeeamZipStartupSpecCompressionLevel>,
    ) -> Self {
        self.compression_level = Some(value.into());
        self
    }

    /// Sets [`VeeamZipStartupSpec::disable_guest_quiescence`] (`DisableGuestQuiescence`, optional).
    pub fn disable_guest_quiescence(mut self, value: impl Into<bool>) -> Self {
        self.disable_guest_quiescence = Some(value.into());
        self
    }

    /// Sets [`VeeamZipStartupSpec::backup_retention`] (`BackupRetention`, required).
    pub fn backup_retention(
        mut self,
        value: impl Into<super::enums::FreeBackupRetention>,
    ) -> Self {
        self.backup_retention = Some(value.into());
        self
    }

    /// The [`VeeamZipStartupSpec`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<super::types::VeeamZipStartupSpec, crate::runtime::MissingMembers> {
        let members: Vec<&'static str> = [
            (self.vm_ref.is_none(), "VmRef"),
            (self.repository_uid.is_none(), "RepositoryUid"),
            (self.compression_level.is_none(), "CompressionLevel"),
            (self.backup_retention.is_none(), "BackupRetention"),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (
            Some(vm_ref),
            Some(repository_uid),
            Some(compression_level),
            Some(backup_retention),
        ) = (
            self.vm_ref,
            self.repository_uid,
            self.compression_level,
            self.backup_retention,
        ) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "VeeamZipStartupSpec",
                members,
            });
        };
        Ok(super::types::VeeamZipStartupSpec {
            vm_ref,
            repository_uid,
            password_key_id: self.password_key_id,
            compression_level,
            disable_guest_quiescence: self.disable_guest_quiescence,
            backup_retention,
            unknown: Default::default(),
        })
    }
}

#[cfg(any(feature = "cloud", feature = "query"))]
impl super::types::ViCloudHardwarePlan {
    /// A [`ViCloudHardwarePlanBuilder`]: set the members, then [`build`](ViCloudHardwarePlanBuilder::build). Required: `HypervisorHostRef`, `ParentType`, `ParentName`, `Datastores`.
    pub fn builder() -> ViCloudHardwarePlanBuilder {
        ViCloudHardwarePlanBuilder::default()
    }
}

#[cfg(any(feature = "cloud", feature = "query"))]
/// Builds a [`ViCloudHardwarePlan`] ([`ViCloudHardwarePlan::builder`]): one setter per member, then [`build`](Self::build), which names every required member not set.
#[derive(Clone, Default)]
#[must_use]
pub struct ViCloudHardwarePlanBuilder {
    hypervisor_host_ref: Option<String>,
    parent_type: Option<super::enums::ViCloudHardwarePlanParentType>,
    parent_name: Option<String>,
    datastores: Option<ViCloudHardwarePlanDatastoreInfoListType>,
    network: Option<CloudHardwarePlanNetworkInfo>,
}

#[cfg(any(feature = "cloud", feature = "query"))]
/// Names the builder only: the members may hold secrets.
impl std::fmt::Debug for ViCloudHardwarePlanBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(ViCloudHardwarePlanBuilder)).finish_non_exhaustive()
    }
}

#[cfg(any(feature = "cloud", feature = "query"))]
impl ViCloudHardwarePlanBuilder {
    /// Sets [`ViCloudHardwarePlan::hypervisor_host_ref`] (`HypervisorHostRef`, required).
    pub fn hypervisor_host_ref(mut self, value: impl Into<String>) -> Self {
        self.hypervisor_host_ref = Some(value.into());
        self
    }

    /// Sets [`ViCloudHardwarePlan::parent_type`] (`ParentType`, required).
    pub fn parent_type(
        mut self,
        value: impl Into<super::enums::ViCloudHardwarePlanParentType>,
    ) -> Self {
        self.parent_type = Some(value.into());
        self
    }

    /// Sets [`ViCloudHardwarePlan::parent_name`] (`ParentName`, required).
    pub fn parent_name(mut self, value: impl Into<String>) -> Self {
        self.parent_name = Some(value.into());
        self
    }

    /// Sets [`ViCloudHardwarePlan::datastores`] (`Datastores`, required).
    pub fn datastores(
        mut self,
        value: impl Into<ViCloudHardwarePlanDatastoreInfoListType>,
    ) -> Self {
        self.datastores = Some(value.into());
        self
    }

    /// Sets [`ViCloudHardwarePlan::network`] (`Network`, optional).
    pub fn network(mut self, value: impl Into<CloudHardwarePlanNetworkInfo>) -> Self {
        self.network = Some(value.into());
        self
    }

    /// The [`ViCloudHardwarePlan`]; an error naming (by wire name) every required member not set. Members never set are absent (lists empty), and it carries no unknown members.
    pub fn build(
        self,
    ) -> Result<super::types::ViCloudHardwarePlan, crate::runtime::MissingMembers> {
        let members: Vec<&'static str> = [
            (self.hypervisor_host_ref.is_none(), "HypervisorHostRef"),
            (self.parent_type.is_none(), "ParentType"),
            (self.parent_name.is_none(), "ParentName"),
            (self.datastores.is_none(), "Datastores"),
        ]
            .into_iter()
            .filter_map(|(missing, wire)| missing.then_some(wire))
            .collect();
        let (
            Some(hypervisor_host_ref),
            Some(parent_type),
            Some(parent_name),
            Some(datastores),
        ) = (
            self.hypervisor_host_ref,
            self.parent_type,
            self.parent_name,
            self.datastores,
        ) else {
            return Err(crate::runtime::MissingMembers {
                type_name: "ViCloudHardwarePlan",
                members,
            });
        };
        Ok(super::types::ViCloudHardwarePlan {
            hypervisor_host_ref,
            parent_type,
            parent_name,
            datastores,
            network: self.network,
            unknown: Default::default(),
        })
    }
}
