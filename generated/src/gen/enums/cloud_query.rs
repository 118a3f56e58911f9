// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `cloud`, `query`.

#[allow(unused_imports)]
use super::*;

/// Possible values of CloudTenant.AllocationModel, CloudTenantVCloudComputeResource.AllocationModel.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AllocationModel {
    /// `Unknown`
    Unknown,
    /// `AllocationPool`
    AllocationPool,
    /// `PayAsYouGo`
    PayAsYouGo,
    /// `ReservationPool`
    ReservationPool,
    /// `Flex`
    Flex,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl AllocationModel {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "Unknown",
            Self::AllocationPool => "AllocationPool",
            Self::PayAsYouGo => "PayAsYouGo",
            Self::ReservationPool => "ReservationPool",
            Self::Flex => "Flex",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Unknown" => Self::Unknown,
            "AllocationPool" => Self::AllocationPool,
            "PayAsYouGo" => Self::PayAsYouGo,
            "ReservationPool" => Self::ReservationPool,
            "Flex" => Self::Flex,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for AllocationModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for AllocationModel {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for AllocationModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for AllocationModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for AllocationModel {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}

/// Possible values of CloudGateway.NetworkMode, CreateCloudGatewaySpec.NetworkType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CloudGatewayNetworking {
    /// If clients have a direct connection to the cloud gateway.
    Direct,
    /// If the cloud gateway is located behind the NAT.
    Nat,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl CloudGatewayNetworking {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Direct => "Direct",
            Self::Nat => "NAT",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Direct" => Self::Direct,
            "NAT" => Self::Nat,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for CloudGatewayNetworking {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for CloudGatewayNetworking {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for CloudGatewayNetworking {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CloudGatewayNetworking {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for CloudGatewayNetworking {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}

/// Possible values of CloudReplica.Platform.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CloudReplicaPlatform {
    /// `VMware`
    VMware,
    /// `HyperV`
    HyperV,
    /// `vCloud`
    VCloud,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl CloudReplicaPlatform {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VMware => "VMware",
            Self::HyperV => "HyperV",
            Self::VCloud => "vCloud",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "VMware" => Self::VMware,
            "HyperV" => Self::HyperV,
            "vCloud" => Self::VCloud,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for CloudReplicaPlatform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for CloudReplicaPlatform {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for CloudReplicaPlatform {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CloudReplicaPlatform {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for CloudReplicaPlatform {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}

/// Possible values of CloudVmReplicaPoint.PointType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CloudVmReplicaPointPointType {
    /// `CDP`
    Cdp,
    /// `Full`
    Full,
    /// `ReverseIncrement`
    ReverseIncrement,
    /// `Increment`
    Increment,
    /// `Snapshot`
    Snapshot,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl CloudVmReplicaPointPointType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cdp => "CDP",
            Self::Full => "Full",
            Self::ReverseIncrement => "ReverseIncrement",
            Self::Increment => "Increment",
            Self::Snapshot => "Snapshot",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "CDP" => Self::Cdp,
            "Full" => Self::Full,
            "ReverseIncrement" => Self::ReverseIncrement,
            "Increment" => Self::Increment,
            "Snapshot" => Self::Snapshot,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for CloudVmReplicaPointPointType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for CloudVmReplicaPointPointType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for CloudVmReplicaPointPointType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CloudVmReplicaPointPointType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for CloudVmReplicaPointPointType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}

/// Possible values of CloudVmReplicaPoint.State.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CloudVmReplicaPointState {
    /// `Unknown`
    Unknown,
    /// `Ready`
    Ready,
    /// `Failover`
    Failover,
    /// `Failback`
    Failback,
    /// `PermanentFailover`
    PermanentFailover,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl CloudVmReplicaPointState {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "Unknown",
            Self::Ready => "Ready",
            Self::Failover => "Failover",
            Self::Failback => "Failback",
            Self::PermanentFailover => "PermanentFailover",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Unknown" => Self::Unknown,
            "Ready" => Self::Ready,
            "Failover" => Self::Failover,
            "Failback" => Self::Failback,
            "PermanentFailover" => Self::PermanentFailover,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for CloudVmReplicaPointState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for CloudVmReplicaPointState {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for CloudVmReplicaPointState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CloudVmReplicaPointState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for CloudVmReplicaPointState {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}

/// Possible values of CloudTenant.PlatformType, CloudTenantComputeResource.PlatformType, CloudTenantComputeResourceCreateSpec.PlatformType, CloudTenantComputeResourceCreateSpecType.PlatformType, VlanConfiguration.PlatformType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlatformType {
    /// `VMware`
    VMware,
    /// `HyperV`
    HyperV,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl PlatformType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VMware => "VMware",
            Self::HyperV => "HyperV",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "VMware" => Self::VMware,
            "HyperV" => Self::HyperV,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for PlatformType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for PlatformType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for PlatformType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for PlatformType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for PlatformType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}

/// Possible values of CloudTenant.ThrottlingSpeedUnit, CreateCloudTenantSpec.ThrottlingSpeedUnit.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ThrottlingSpeedUnit {
    /// `Mbps`
    Mbps,
    /// `KBps`
    KBps,
    /// `MBps`
    MBps,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl ThrottlingSpeedUnit {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mbps => "Mbps",
            Self::KBps => "KBps",
            Self::MBps => "MBps",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Mbps" => Self::Mbps,
            "KBps" => Self::KBps,
            "MBps" => Self::MBps,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for ThrottlingSpeedUnit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for ThrottlingSpeedUnit {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for ThrottlingSpeedUnit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ThrottlingSpeedUnit {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for ThrottlingSpeedUnit {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}

/// Possible values of ViCloudHardwarePlanDatastoreInfoListType.DatastoreType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ViCloudHardwarePlanDatastoreInfoListTypeDatastoreType {
    /// `Datastore`
    Datastore,
    /// `StoragePod`
    StoragePod,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl ViCloudHardwarePlanDatastoreInfoListTypeDatastoreType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Datastore => "Datastore",
            Self::StoragePod => "StoragePod",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Datastore" => Self::Datastore,
            "StoragePod" => Self::StoragePod,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for ViCloudHardwarePlanDatastoreInfoListTypeDatastoreType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for ViCloudHardwarePlanDatastoreInfoListTypeDatastoreType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for ViCloudHardwarePlanDatastoreInfoListTypeDatastoreType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de>
for ViCloudHardwarePlanDatastoreInfoListTypeDatastoreType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText
for ViCloudHardwarePlanDatastoreInfoListTypeDatastoreType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}

/// Possible values of ViCloudHardwarePlan.ParentType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ViCloudHardwarePlanParentType {
    /// `ClusterComputeResource`
    ClusterComputeResource,
    /// `HostSystem`
    HostSystem,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl ViCloudHardwarePlanParentType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ClusterComputeResource => "ClusterComputeResource",
            Self::HostSystem => "HostSystem",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "ClusterComputeResource" => Self::ClusterComputeResource,
            "HostSystem" => Self::HostSystem,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for ViCloudHardwarePlanParentType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for ViCloudHardwarePlanParentType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for ViCloudHardwarePlanParentType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ViCloudHardwarePlanParentType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for ViCloudHardwarePlanParentType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}

/// Possible values of VlanConfiguration.SwitchType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VlanConfigurationSwitchType {
    /// `VirtualSwitch`
    VirtualSwitch,
    /// `DistributedVirtualSwitch`
    DistributedVirtualSwitch,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl VlanConfigurationSwitchType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VirtualSwitch => "VirtualSwitch",
            Self::DistributedVirtualSwitch => "DistributedVirtualSwitch",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "VirtualSwitch" => Self::VirtualSwitch,
            "DistributedVirtualSwitch" => Self::DistributedVirtualSwitch,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for VlanConfigurationSwitchType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for VlanConfigurationSwitchType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for VlanConfigurationSwitchType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for VlanConfigurationSwitchType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for VlanConfigurationSwitchType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
