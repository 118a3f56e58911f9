// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `query`, `sessions`.
#[allow(unused_imports)]
use super::*;
/// Possible values of BackupTaskSession.Result.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BackupTaskSessionResult {
    /// `Success`
    Success,
    /// `Warning`
    Warning,
    /// `Failed`
    Failed,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl BackupTaskSessionResult {
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
impl std::fmt::Display for BackupTaskSessionResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for BackupTaskSessionResult {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for BackupTaskSessionResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for BackupTaskSessionResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText for BackupTaskSessionResult {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of BackupTaskSession.State.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BackupTaskSessionState {
    /// `InProgress`
    InProgress,
    /// `Pending`
    Pending,
    /// `Completed`
    Completed,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl BackupTaskSessionState {
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
impl std::fmt::Display for BackupTaskSessionState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for BackupTaskSessionState {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for BackupTaskSessionState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for BackupTaskSessionState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText for BackupTaskSessionState {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of ReplicaJobSession.Result.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReplicaJobSessionResult {
    /// `Success`
    Success,
    /// `Warning`
    Warning,
    /// `Failed`
    Failed,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl ReplicaJobSessionResult {
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
impl std::fmt::Display for ReplicaJobSessionResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for ReplicaJobSessionResult {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for ReplicaJobSessionResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ReplicaJobSessionResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText for ReplicaJobSessionResult {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of ReplicaJobSession.State.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReplicaJobSessionState {
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
impl ReplicaJobSessionState {
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
impl std::fmt::Display for ReplicaJobSessionState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for ReplicaJobSessionState {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for ReplicaJobSessionState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ReplicaJobSessionState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText for ReplicaJobSessionState {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of ReplicaTaskSession.Result.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReplicaTaskSessionResult {
    /// `Success`
    Success,
    /// `Warning`
    Warning,
    /// `Failed`
    Failed,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl ReplicaTaskSessionResult {
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
impl std::fmt::Display for ReplicaTaskSessionResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for ReplicaTaskSessionResult {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for ReplicaTaskSessionResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ReplicaTaskSessionResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText for ReplicaTaskSessionResult {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of ReplicaTaskSession.State.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReplicaTaskSessionState {
    /// `InProgress`
    InProgress,
    /// `Pending`
    Pending,
    /// `Completed`
    Completed,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl ReplicaTaskSessionState {
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
impl std::fmt::Display for ReplicaTaskSessionState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for ReplicaTaskSessionState {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for ReplicaTaskSessionState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ReplicaTaskSessionState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText for ReplicaTaskSessionState {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of RestoreSession.JobType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RestoreSessionJobType {
    /// `FileLevelRestore`
    FileLevelRestore,
    /// `RestoreVm`
    RestoreVm,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl RestoreSessionJobType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FileLevelRestore => "FileLevelRestore",
            Self::RestoreVm => "RestoreVm",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "FileLevelRestore" => Self::FileLevelRestore,
            "RestoreVm" => Self::RestoreVm,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for RestoreSessionJobType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for RestoreSessionJobType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for RestoreSessionJobType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for RestoreSessionJobType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText for RestoreSessionJobType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of RestoreSession.Result.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RestoreSessionResult {
    /// `Success`
    Success,
    /// `Warning`
    Warning,
    /// `Failed`
    Failed,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl RestoreSessionResult {
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
impl std::fmt::Display for RestoreSessionResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for RestoreSessionResult {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for RestoreSessionResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for RestoreSessionResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText for RestoreSessionResult {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of RestoreSession.State.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RestoreSessionState {
    /// `Starting`
    Starting,
    /// `Stopping`
    Stopping,
    /// `Working`
    Working,
    /// `Stopped`
    Stopped,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl RestoreSessionState {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Starting => "Starting",
            Self::Stopping => "Stopping",
            Self::Working => "Working",
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
            "Stopped" => Self::Stopped,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for RestoreSessionState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for RestoreSessionState {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for RestoreSessionState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for RestoreSessionState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText for RestoreSessionState {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
