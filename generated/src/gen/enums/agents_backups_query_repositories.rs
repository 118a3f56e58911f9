// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `agents`, `backups`, `query`, `repositories`.

#[allow(unused_imports)]
use super::*;

/// Possible values of Backup.BackupType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BackupBackupType {
    /// For VMware, HyperV, vCloud and Standalone Veeam Backup Agent backup resources.
    Standard,
    /// For backup container resources. Represents a backup created by a Veeam Agent backup job in the Veeam Agent Management scenario, and contains links for child backups.
    ParentBackup,
    /// For backup resources that have links to restore points and parent backups. Represents a backup of a separate machine in the backup created by a Veeam Agent backup job in the Veeam Agent Management scenario.
    ChildBackup,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl BackupBackupType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "Standard",
            Self::ParentBackup => "ParentBackup",
            Self::ChildBackup => "ChildBackup",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Standard" => Self::Standard,
            "ParentBackup" => Self::ParentBackup,
            "ChildBackup" => Self::ChildBackup,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for BackupBackupType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for BackupBackupType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for BackupBackupType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for BackupBackupType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for BackupBackupType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}

/// Possible values of Backup.Platform.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BackupPlatform {
    /// For protected VMware vSphere VMs.
    VMware,
    /// For protected Microsoft Hyper-V VMs.
    HyperV,
    /// For protected VMware Cloud Director resources.
    VCloud,
    /// For machines protected with Veeam Agent for Linux.
    AgentForLinux,
    /// For machines protected with Veeam Agent for Windows.
    AgentForWindows,
    /// For Nutanix and other custom platforms.
    CustomPlatform,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl BackupPlatform {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VMware => "VMware",
            Self::HyperV => "HyperV",
            Self::VCloud => "vCloud",
            Self::AgentForLinux => "AgentForLinux",
            Self::AgentForWindows => "AgentForWindows",
            Self::CustomPlatform => "CustomPlatform",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "VMware" => Self::VMware,
            "HyperV" => Self::HyperV,
            "vCloud" => Self::VCloud,
            "AgentForLinux" => Self::AgentForLinux,
            "AgentForWindows" => Self::AgentForWindows,
            "CustomPlatform" => Self::CustomPlatform,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for BackupPlatform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for BackupPlatform {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for BackupPlatform {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for BackupPlatform {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for BackupPlatform {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
