// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `agents`, `cdp`, `documented-only`, `jobs`, `query`, `replication`.

#[allow(unused_imports)]
use super::*;

/// Possible values of FSFileExcludeOptionsType.BackupScope.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FsFileExcludeOptionsTypeBackupScope {
    /// `1`
    V1,
    /// `2`
    V2,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl FsFileExcludeOptionsTypeBackupScope {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V1 => "1",
            Self::V2 => "2",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "1" => Self::V1,
            "2" => Self::V2,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for FsFileExcludeOptionsTypeBackupScope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for FsFileExcludeOptionsTypeBackupScope {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for FsFileExcludeOptionsTypeBackupScope {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for FsFileExcludeOptionsTypeBackupScope {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for FsFileExcludeOptionsTypeBackupScope {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}

/// Possible values of OracleBackupOptionsType.ArchivedLogsTruncation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OracleBackupOptionsTypeArchivedLogsTruncation {
    /// `ByAge`
    ByAge,
    /// `BySize`
    BySize,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl OracleBackupOptionsTypeArchivedLogsTruncation {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ByAge => "ByAge",
            Self::BySize => "BySize",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "ByAge" => Self::ByAge,
            "BySize" => Self::BySize,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for OracleBackupOptionsTypeArchivedLogsTruncation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for OracleBackupOptionsTypeArchivedLogsTruncation {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for OracleBackupOptionsTypeArchivedLogsTruncation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for OracleBackupOptionsTypeArchivedLogsTruncation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for OracleBackupOptionsTypeArchivedLogsTruncation {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}

/// Possible values of SqlBackupOptionsType.TransactionLogsProcessing.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SqlBackupOptionsTypeTransactionLogsProcessing {
    /// `OnlyOnSuccessJob`
    OnlyOnSuccessJob,
    /// `Backup`
    Backup,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl SqlBackupOptionsTypeTransactionLogsProcessing {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OnlyOnSuccessJob => "OnlyOnSuccessJob",
            Self::Backup => "Backup",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "OnlyOnSuccessJob" => Self::OnlyOnSuccessJob,
            "Backup" => Self::Backup,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for SqlBackupOptionsTypeTransactionLogsProcessing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for SqlBackupOptionsTypeTransactionLogsProcessing {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for SqlBackupOptionsTypeTransactionLogsProcessing {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for SqlBackupOptionsTypeTransactionLogsProcessing {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for SqlBackupOptionsTypeTransactionLogsProcessing {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}

/// Possible values of VssSnapshotOptionsType.VssSnapshotMode.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VssSnapshotOptionsTypeVssSnapshotMode {
    /// `RequireSuccess`
    RequireSuccess,
    /// `IgnoreFailures`
    IgnoreFailures,
    /// `Disabled`
    Disabled,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl VssSnapshotOptionsTypeVssSnapshotMode {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RequireSuccess => "RequireSuccess",
            Self::IgnoreFailures => "IgnoreFailures",
            Self::Disabled => "Disabled",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "RequireSuccess" => Self::RequireSuccess,
            "IgnoreFailures" => Self::IgnoreFailures,
            "Disabled" => Self::Disabled,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for VssSnapshotOptionsTypeVssSnapshotMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for VssSnapshotOptionsTypeVssSnapshotMode {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for VssSnapshotOptionsTypeVssSnapshotMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for VssSnapshotOptionsTypeVssSnapshotMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for VssSnapshotOptionsTypeVssSnapshotMode {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}

/// Possible values of WindowsGuestFSIndexingOptionsType.FileSystemIndexingMode.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WindowsGuestFsIndexingOptionsTypeFileSystemIndexingMode {
    /// `EveryFolders`
    EveryFolders,
    /// `SpecifiedFolders`
    SpecifiedFolders,
    /// `ExceptSpecifiedFolders`
    ExceptSpecifiedFolders,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl WindowsGuestFsIndexingOptionsTypeFileSystemIndexingMode {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EveryFolders => "EveryFolders",
            Self::SpecifiedFolders => "SpecifiedFolders",
            Self::ExceptSpecifiedFolders => "ExceptSpecifiedFolders",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "EveryFolders" => Self::EveryFolders,
            "SpecifiedFolders" => Self::SpecifiedFolders,
            "ExceptSpecifiedFolders" => Self::ExceptSpecifiedFolders,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for WindowsGuestFsIndexingOptionsTypeFileSystemIndexingMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for WindowsGuestFsIndexingOptionsTypeFileSystemIndexingMode {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for WindowsGuestFsIndexingOptionsTypeFileSystemIndexingMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de>
for WindowsGuestFsIndexingOptionsTypeFileSystemIndexingMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText
for WindowsGuestFsIndexingOptionsTypeFileSystemIndexingMode {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
