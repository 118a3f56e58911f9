// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `cloud`.
#[allow(unused_imports)]
use super::*;
/// Possible values of CreateCloudGatewaySpec.NetworkType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CloudGatewayNetworking {
    /// `Direct`
    Direct,
    /// `NAT`
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
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
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
/// Possible values of CloudTenantComputeResourceCreateSpec.PlatformType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CloudTenantComputeResourceCreateSpecPlatformType {
    /// `VMware`
    VMware,
    /// `HyperV`
    HyperV,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CloudTenantComputeResourceCreateSpecPlatformType {
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
impl std::fmt::Display for CloudTenantComputeResourceCreateSpecPlatformType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CloudTenantComputeResourceCreateSpecPlatformType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CloudTenantComputeResourceCreateSpecPlatformType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CloudTenantComputeResourceCreateSpecPlatformType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText for CloudTenantComputeResourceCreateSpecPlatformType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of CloudTenantComputeResourceCreateSpecType.PlatformType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CloudTenantComputeResourceCreateSpecTypePlatformType {
    /// `VMware`
    VMware,
    /// `HyperV`
    HyperV,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CloudTenantComputeResourceCreateSpecTypePlatformType {
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
impl std::fmt::Display for CloudTenantComputeResourceCreateSpecTypePlatformType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CloudTenantComputeResourceCreateSpecTypePlatformType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CloudTenantComputeResourceCreateSpecTypePlatformType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de>
for CloudTenantComputeResourceCreateSpecTypePlatformType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText
for CloudTenantComputeResourceCreateSpecTypePlatformType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of CloudTenant.TenantType, CreateCloudTenantSpec.TenantType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CloudTenantType {
    /// `Standalone`
    Standalone,
    /// `vCD`
    VCd,
    /// `ActiveDirectory`
    ActiveDirectory,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CloudTenantType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standalone => "Standalone",
            Self::VCd => "vCD",
            Self::ActiveDirectory => "ActiveDirectory",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Standalone" => Self::Standalone,
            "vCD" => Self::VCd,
            "ActiveDirectory" => Self::ActiveDirectory,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for CloudTenantType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CloudTenantType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CloudTenantType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CloudTenantType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText for CloudTenantType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of CreateCloudTenantSpec.ThrottlingSpeedUnit.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateCloudTenantSpecThrottlingSpeedUnit {
    /// `Mbps`
    Mbps,
    /// `KBps`
    KBps,
    /// `MBps`
    MBps,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CreateCloudTenantSpecThrottlingSpeedUnit {
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
impl std::fmt::Display for CreateCloudTenantSpecThrottlingSpeedUnit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CreateCloudTenantSpecThrottlingSpeedUnit {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CreateCloudTenantSpecThrottlingSpeedUnit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CreateCloudTenantSpecThrottlingSpeedUnit {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText for CreateCloudTenantSpecThrottlingSpeedUnit {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
