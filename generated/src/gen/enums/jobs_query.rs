// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `jobs`, `query`.

#[allow(unused_imports)]
use super::*;

/// Possible values of Job.JobType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobJobType {
    /// Backup job.
    Backup,
    /// Periodic backup copy job.
    BackupCopy,
    /// Immediate backup copy job.
    ImmediateBackupCopy,
    /// Replication job.
    Replica,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl JobJobType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Backup => "Backup",
            Self::BackupCopy => "BackupCopy",
            Self::ImmediateBackupCopy => "ImmediateBackupCopy",
            Self::Replica => "Replica",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Backup" => Self::Backup,
            "BackupCopy" => Self::BackupCopy,
            "ImmediateBackupCopy" => Self::ImmediateBackupCopy,
            "Replica" => Self::Replica,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for JobJobType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for JobJobType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for JobJobType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for JobJobType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for JobJobType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
