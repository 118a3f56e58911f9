// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `sessions`.

#[allow(unused_imports)]
use super::*;

/// Possible values of SystemSession.SessionType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SystemSessionSessionType {
    /// `CatalogConsolidation`
    CatalogConsolidation,
    /// `CatalogCrawlJob`
    CatalogCrawlJob,
    /// `CatalogReplicationJob`
    CatalogReplicationJob,
    /// `CollectJob`
    CollectJob,
    /// `SecurityScopesRebuild`
    SecurityScopesRebuild,
    /// `VcPluginJob`
    VcPluginJob,
    /// `LicAutoUpdate`
    LicAutoUpdate,
    /// `DatabaseMaintenance`
    DatabaseMaintenance,
    /// `HistoryCollectJob`
    HistoryCollectJob,
    /// `LicenseRevoke`
    LicenseRevoke,
    /// `SyncCheckForProductUpdatesOption`
    SyncCheckForProductUpdatesOption,
    /// `LogExport`
    LogExport,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl SystemSessionSessionType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CatalogConsolidation => "CatalogConsolidation",
            Self::CatalogCrawlJob => "CatalogCrawlJob",
            Self::CatalogReplicationJob => "CatalogReplicationJob",
            Self::CollectJob => "CollectJob",
            Self::SecurityScopesRebuild => "SecurityScopesRebuild",
            Self::VcPluginJob => "VcPluginJob",
            Self::LicAutoUpdate => "LicAutoUpdate",
            Self::DatabaseMaintenance => "DatabaseMaintenance",
            Self::HistoryCollectJob => "HistoryCollectJob",
            Self::LicenseRevoke => "LicenseRevoke",
            Self::SyncCheckForProductUpdatesOption => "SyncCheckForProductUpdatesOption",
            Self::LogExport => "LogExport",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "CatalogConsolidation" => Self::CatalogConsolidation,
            "CatalogCrawlJob" => Self::CatalogCrawlJob,
            "CatalogReplicationJob" => Self::CatalogReplicationJob,
            "CollectJob" => Self::CollectJob,
            "SecurityScopesRebuild" => Self::SecurityScopesRebuild,
            "VcPluginJob" => Self::VcPluginJob,
            "LicAutoUpdate" => Self::LicAutoUpdate,
            "DatabaseMaintenance" => Self::DatabaseMaintenance,
            "HistoryCollectJob" => Self::HistoryCollectJob,
            "LicenseRevoke" => Self::LicenseRevoke,
            "SyncCheckForProductUpdatesOption" => Self::SyncCheckForProductUpdatesOption,
            "LogExport" => Self::LogExport,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for SystemSessionSessionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for SystemSessionSessionType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for SystemSessionSessionType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for SystemSessionSessionType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for SystemSessionSessionType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}

/// Possible values of SystemSession.State.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SystemSessionState {
    /// `InProgress`
    InProgress,
    /// `CompletedSuccessfully`
    CompletedSuccessfully,
    /// `CompletedWarning`
    CompletedWarning,
    /// `Failed`
    Failed,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl SystemSessionState {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "InProgress",
            Self::CompletedSuccessfully => "CompletedSuccessfully",
            Self::CompletedWarning => "CompletedWarning",
            Self::Failed => "Failed",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "InProgress" => Self::InProgress,
            "CompletedSuccessfully" => Self::CompletedSuccessfully,
            "CompletedWarning" => Self::CompletedWarning,
            "Failed" => Self::Failed,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for SystemSessionState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for SystemSessionState {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for SystemSessionState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for SystemSessionState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for SystemSessionState {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
