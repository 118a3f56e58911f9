// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `cdp`, `query`.
#[allow(unused_imports)]
use super::*;
/// Possible values of CdpPolicy.Platform.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CdpPolicyPlatform {
    /// `VMware`
    VMware,
    /// `vCloud`
    VCloud,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CdpPolicyPlatform {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VMware => "VMware",
            Self::VCloud => "vCloud",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "VMware" => Self::VMware,
            "vCloud" => Self::VCloud,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for CdpPolicyPlatform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CdpPolicyPlatform {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CdpPolicyPlatform {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CdpPolicyPlatform {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText for CdpPolicyPlatform {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of CdpReplicaSession.IsRetry.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CdpReplicaSessionIsRetry {
    /// `True`
    True,
    /// `False`
    False,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CdpReplicaSessionIsRetry {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::True => "True",
            Self::False => "False",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "True" => Self::True,
            "False" => Self::False,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for CdpReplicaSessionIsRetry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CdpReplicaSessionIsRetry {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CdpReplicaSessionIsRetry {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CdpReplicaSessionIsRetry {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText for CdpReplicaSessionIsRetry {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of CdpReplicaSession.Result.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CdpReplicaSessionResult {
    /// `Success`
    Success,
    /// `Warning`
    Warning,
    /// `Failed`
    Failed,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CdpReplicaSessionResult {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "Success",
            Self::Warning => "Warning",
            Self::Failed => "Failed",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Success" => Self::Success,
            "Warning" => Self::Warning,
            "Failed" => Self::Failed,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for CdpReplicaSessionResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CdpReplicaSessionResult {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CdpReplicaSessionResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CdpReplicaSessionResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText for CdpReplicaSessionResult {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of CdpReplicaSession.State.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CdpReplicaSessionState {
    /// `Starting`
    Starting,
    /// `Stopping`
    Stopping,
    /// `Working`
    Working,
    /// `Pausing`
    Pausing,
    /// `Resuming`
    Resuming,
    /// `Stopped`
    Stopped,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CdpReplicaSessionState {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Starting => "Starting",
            Self::Stopping => "Stopping",
            Self::Working => "Working",
            Self::Pausing => "Pausing",
            Self::Resuming => "Resuming",
            Self::Stopped => "Stopped",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Starting" => Self::Starting,
            "Stopping" => Self::Stopping,
            "Working" => Self::Working,
            "Pausing" => Self::Pausing,
            "Resuming" => Self::Resuming,
            "Stopped" => Self::Stopped,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for CdpReplicaSessionState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CdpReplicaSessionState {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CdpReplicaSessionState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CdpReplicaSessionState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText for CdpReplicaSessionState {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of CdpReplicaTaskSession.Result.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CdpReplicaTaskSessionResult {
    /// `Success`
    Success,
    /// `Warning`
    Warning,
    /// `Failed`
    Failed,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CdpReplicaTaskSessionResult {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "Success",
            Self::Warning => "Warning",
            Self::Failed => "Failed",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Success" => Self::Success,
            "Warning" => Self::Warning,
            "Failed" => Self::Failed,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for CdpReplicaTaskSessionResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CdpReplicaTaskSessionResult {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CdpReplicaTaskSessionResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CdpReplicaTaskSessionResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText for CdpReplicaTaskSessionResult {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of CdpReplicaTaskSession.State.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CdpReplicaTaskSessionState {
    /// `InProgress`
    InProgress,
    /// `Pending`
    Pending,
    /// `Completed`
    Completed,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CdpReplicaTaskSessionState {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "InProgress",
            Self::Pending => "Pending",
            Self::Completed => "Completed",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "InProgress" => Self::InProgress,
            "Pending" => Self::Pending,
            "Completed" => Self::Completed,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for CdpReplicaTaskSessionState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CdpReplicaTaskSessionState {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CdpReplicaTaskSessionState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CdpReplicaTaskSessionState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText for CdpReplicaTaskSessionState {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
