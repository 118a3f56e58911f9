// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `nas`, `query`, `sessions`.
#[allow(unused_imports)]
use super::*;
/// Possible values of BackupJobSession.JobType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BackupJobSessionJobType {
    /// `Backup`
    Backup,
    /// `BackupCopy`
    BackupCopy,
    /// `ImmediateBackupCopy`
    ImmediateBackupCopy,
    /// `ImmediateBackupCopyWorker`
    ImmediateBackupCopyWorker,
    /// `AgentBackup`
    AgentBackup,
    /// `AgentManagement`
    AgentManagement,
    /// `NasBackup`
    NasBackup,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl BackupJobSessionJobType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Backup => "Backup",
            Self::BackupCopy => "BackupCopy",
            Self::ImmediateBackupCopy => "ImmediateBackupCopy",
            Self::ImmediateBackupCopyWorker => "ImmediateBackupCopyWorker",
            Self::AgentBackup => "AgentBackup",
            Self::AgentManagement => "AgentManagement",
            Self::NasBackup => "NasBackup",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Backup" => Self::Backup,
            "BackupCopy" => Self::BackupCopy,
            "ImmediateBackupCopy" => Self::ImmediateBackupCopy,
            "ImmediateBackupCopyWorker" => Self::ImmediateBackupCopyWorker,
            "AgentBackup" => Self::AgentBackup,
            "AgentManagement" => Self::AgentManagement,
            "NasBackup" => Self::NasBackup,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for BackupJobSessionJobType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for BackupJobSessionJobType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for BackupJobSessionJobType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for BackupJobSessionJobType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText for BackupJobSessionJobType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of BackupJobSession.Result.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BackupJobSessionResult {
    /// `Success`
    Success,
    /// `Warning`
    Warning,
    /// `Failed`
    Failed,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl BackupJobSessionResult {
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
impl std::fmt::Display for BackupJobSessionResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for BackupJobSessionResult {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for BackupJobSessionResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for BackupJobSessionResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText for BackupJobSessionResult {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of BackupJobSession.State.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BackupJobSessionState {
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
impl BackupJobSessionState {
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
impl std::fmt::Display for BackupJobSessionState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for BackupJobSessionState {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for BackupJobSessionState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for BackupJobSessionState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText for BackupJobSessionState {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
