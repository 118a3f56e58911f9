// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `backup-servers`, `repositories`.

#[allow(unused_imports)]
use super::*;

/// Possible values of ExternalRepository.RepositoryType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ExternalRepositoryRepositoryType {
    /// `AmazonS3External`
    AmazonS3External,
    /// `AzureStorageExternal`
    AzureStorageExternal,
    /// `GoogleCloudStorageExternal`
    GoogleCloudStorageExternal,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl ExternalRepositoryRepositoryType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AmazonS3External => "AmazonS3External",
            Self::AzureStorageExternal => "AzureStorageExternal",
            Self::GoogleCloudStorageExternal => "GoogleCloudStorageExternal",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "AmazonS3External" => Self::AmazonS3External,
            "AzureStorageExternal" => Self::AzureStorageExternal,
            "GoogleCloudStorageExternal" => Self::GoogleCloudStorageExternal,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for ExternalRepositoryRepositoryType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for ExternalRepositoryRepositoryType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for ExternalRepositoryRepositoryType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ExternalRepositoryRepositoryType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for ExternalRepositoryRepositoryType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
