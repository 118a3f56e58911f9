// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `nas`, `query`, `sessions`.

#[allow(unused_imports)]
use super::*;

/// Possible values of BackupJobSession.JobType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BackupJobSessionJobType {
    /// VM backup job session.
    Backup,
    /// Periodic backup copy job session.
    BackupCopy,
    /// Immediate backup copy job session.
    ImmediateBackupCopy,
    /// Child immediate backup copy job session that processes restore points of a specific source backup job.
    ImmediateBackupCopyWorker,
    /// Veeam Agent backup job session. Represents a Veeam Agent backup job session container state and progress, contains links for child Veeam Agent backup job sessions.
    AgentBackup,
    /// Veeam Agent child job session. Represents a Veeam Agent protected machine backup state and backup progress, contains links for restore points and the parent backup job session.
    AgentManagement,
    /// File share backup job session.
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
        crate::runtime::json::wire(deserializer)
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
