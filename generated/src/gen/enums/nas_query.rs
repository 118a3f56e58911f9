// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `nas`, `query`.

#[allow(unused_imports)]
use super::*;

/// Possible values of FileServer.ServerType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileServerServerType {
    /// `FileServer`
    FileServer,
    /// `SmbServer`
    SmbServer,
    /// `NfsServer`
    NfsServer,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl FileServerServerType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FileServer => "FileServer",
            Self::SmbServer => "SmbServer",
            Self::NfsServer => "NfsServer",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "FileServer" => Self::FileServer,
            "SmbServer" => Self::SmbServer,
            "NfsServer" => Self::NfsServer,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for FileServerServerType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for FileServerServerType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for FileServerServerType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for FileServerServerType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for FileServerServerType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}

/// Possible values of NASJobAdvancedStorageOptionsInfoType.ACL.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NasJobAdvancedStorageOptionsSecurityOptionsInfoType {
    /// `TrackOnlyFolderAttributesChanges`
    TrackOnlyFolderAttributesChanges,
    /// `TrackEverythingAttributesChanges`
    TrackEverythingAttributesChanges,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl NasJobAdvancedStorageOptionsSecurityOptionsInfoType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TrackOnlyFolderAttributesChanges => "TrackOnlyFolderAttributesChanges",
            Self::TrackEverythingAttributesChanges => "TrackEverythingAttributesChanges",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "TrackOnlyFolderAttributesChanges" => Self::TrackOnlyFolderAttributesChanges,
            "TrackEverythingAttributesChanges" => Self::TrackEverythingAttributesChanges,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for NasJobAdvancedStorageOptionsSecurityOptionsInfoType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for NasJobAdvancedStorageOptionsSecurityOptionsInfoType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for NasJobAdvancedStorageOptionsSecurityOptionsInfoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de>
for NasJobAdvancedStorageOptionsSecurityOptionsInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText
for NasJobAdvancedStorageOptionsSecurityOptionsInfoType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}

/// Possible values of NASJobFileExtensionsOptionsInfoType.ArchiveFileExtensionsScope.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NasJobFileExtensionsOptionsInfoTypeArchiveFileExtensionsScope {
    /// `Any`
    Any,
    /// `Specified`
    Specified,
    /// `ExceptSpecified`
    ExceptSpecified,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl NasJobFileExtensionsOptionsInfoTypeArchiveFileExtensionsScope {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Any => "Any",
            Self::Specified => "Specified",
            Self::ExceptSpecified => "ExceptSpecified",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Any" => Self::Any,
            "Specified" => Self::Specified,
            "ExceptSpecified" => Self::ExceptSpecified,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display
for NasJobFileExtensionsOptionsInfoTypeArchiveFileExtensionsScope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr
for NasJobFileExtensionsOptionsInfoTypeArchiveFileExtensionsScope {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for NasJobFileExtensionsOptionsInfoTypeArchiveFileExtensionsScope {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de>
for NasJobFileExtensionsOptionsInfoTypeArchiveFileExtensionsScope {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText
for NasJobFileExtensionsOptionsInfoTypeArchiveFileExtensionsScope {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}

/// Possible values of NASJobStorageKeepFileVersionsHistory.LongtermRetentionType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NasJobStorageKeepFileVersionsHistoryLongtermRetentionType {
    /// `Month`
    Month,
    /// `Year`
    Year,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl NasJobStorageKeepFileVersionsHistoryLongtermRetentionType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Month => "Month",
            Self::Year => "Year",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Month" => Self::Month,
            "Year" => Self::Year,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for NasJobStorageKeepFileVersionsHistoryLongtermRetentionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for NasJobStorageKeepFileVersionsHistoryLongtermRetentionType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for NasJobStorageKeepFileVersionsHistoryLongtermRetentionType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de>
for NasJobStorageKeepFileVersionsHistoryLongtermRetentionType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText
for NasJobStorageKeepFileVersionsHistoryLongtermRetentionType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}

/// Possible values of NASJobStorageOptionsInfoType.ShorttermRetentionType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NasJobStorageOptionsInfoTypeShorttermRetentionType {
    /// `Day`
    Day,
    /// `Month`
    Month,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl NasJobStorageOptionsInfoTypeShorttermRetentionType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Day => "Day",
            Self::Month => "Month",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Day" => Self::Day,
            "Month" => Self::Month,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for NasJobStorageOptionsInfoTypeShorttermRetentionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for NasJobStorageOptionsInfoTypeShorttermRetentionType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for NasJobStorageOptionsInfoTypeShorttermRetentionType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de>
for NasJobStorageOptionsInfoTypeShorttermRetentionType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText
for NasJobStorageOptionsInfoTypeShorttermRetentionType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
