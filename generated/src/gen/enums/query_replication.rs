// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `query`, `replication`.
#[allow(unused_imports)]
use super::*;
/// Possible values of Replica.Platform.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReplicaPlatform {
    /// `VMware`
    VMware,
    /// `Hyperv`
    Hyperv,
    /// `vCloud`
    VCloud,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl ReplicaPlatform {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VMware => "VMware",
            Self::Hyperv => "Hyperv",
            Self::VCloud => "vCloud",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "VMware" => Self::VMware,
            "Hyperv" => Self::Hyperv,
            "vCloud" => Self::VCloud,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for ReplicaPlatform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for ReplicaPlatform {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for ReplicaPlatform {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ReplicaPlatform {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText for ReplicaPlatform {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of VAppReplicaPoint.Algorithm.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VAppReplicaPointAlgorithm {
    /// `Full`
    Full,
    /// `ReversedIncremental`
    ReversedIncremental,
    /// `Incremental`
    Incremental,
    /// `SyntheticFull`
    SyntheticFull,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl VAppReplicaPointAlgorithm {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "Full",
            Self::ReversedIncremental => "ReversedIncremental",
            Self::Incremental => "Incremental",
            Self::SyntheticFull => "SyntheticFull",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Full" => Self::Full,
            "ReversedIncremental" => Self::ReversedIncremental,
            "Incremental" => Self::Incremental,
            "SyntheticFull" => Self::SyntheticFull,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for VAppReplicaPointAlgorithm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VAppReplicaPointAlgorithm {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for VAppReplicaPointAlgorithm {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VAppReplicaPointAlgorithm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText for VAppReplicaPointAlgorithm {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of VAppReplicaPoint.PointType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VAppReplicaPointPointType {
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
impl VAppReplicaPointPointType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
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
            "Full" => Self::Full,
            "ReverseIncrement" => Self::ReverseIncrement,
            "Increment" => Self::Increment,
            "Snapshot" => Self::Snapshot,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for VAppReplicaPointPointType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VAppReplicaPointPointType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for VAppReplicaPointPointType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VAppReplicaPointPointType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText for VAppReplicaPointPointType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
