// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `agents`, `query`.

#[allow(unused_imports)]
use super::*;

/// Possible values of AgentBackupJob.Platform.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AgentBackupJobPlatform {
    /// `AgentForLinux`
    AgentForLinux,
    /// `AgentForWindows`
    AgentForWindows,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl AgentBackupJobPlatform {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AgentForLinux => "AgentForLinux",
            Self::AgentForWindows => "AgentForWindows",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "AgentForLinux" => Self::AgentForLinux,
            "AgentForWindows" => Self::AgentForWindows,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for AgentBackupJobPlatform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for AgentBackupJobPlatform {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for AgentBackupJobPlatform {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for AgentBackupJobPlatform {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for AgentBackupJobPlatform {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}

/// Possible values of DiscoveredComputer.AgentStatus.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DiscoveredComputerAgentStatus {
    /// `NotInstalled`
    NotInstalled,
    /// `Installed`
    Installed,
    /// `UnsupportedOs`
    UnsupportedOs,
    /// `Failed`
    Failed,
    /// `Exclude`
    Exclude,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl DiscoveredComputerAgentStatus {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotInstalled => "NotInstalled",
            Self::Installed => "Installed",
            Self::UnsupportedOs => "UnsupportedOs",
            Self::Failed => "Failed",
            Self::Exclude => "Exclude",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "NotInstalled" => Self::NotInstalled,
            "Installed" => Self::Installed,
            "UnsupportedOs" => Self::UnsupportedOs,
            "Failed" => Self::Failed,
            "Exclude" => Self::Exclude,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for DiscoveredComputerAgentStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for DiscoveredComputerAgentStatus {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for DiscoveredComputerAgentStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for DiscoveredComputerAgentStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for DiscoveredComputerAgentStatus {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}

/// Possible values of DiscoveredComputer.HostStatus.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DiscoveredComputerHostStatus {
    /// `Online`
    Online,
    /// `Offline`
    Offline,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl DiscoveredComputerHostStatus {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Online => "Online",
            Self::Offline => "Offline",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Online" => Self::Online,
            "Offline" => Self::Offline,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for DiscoveredComputerHostStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for DiscoveredComputerHostStatus {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for DiscoveredComputerHostStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for DiscoveredComputerHostStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for DiscoveredComputerHostStatus {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
