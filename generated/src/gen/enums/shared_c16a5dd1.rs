// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `backups`, `cloud`, `query`, `replication`, `restore`.

#[allow(unused_imports)]
use super::*;

/// Possible values of VAppReplicaPoint.Algorithm, VAppRestorePoint.Algorithm, VmReplicaPoint.Algorithm, VmRestorePoint.Algorithm.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PointAlgorithm {
    /// `Full`
    Full,
    /// `ReversedIncremental`
    ReversedIncremental,
    /// `Incremental`
    Incremental,
    /// `SyntheticFull`
    SyntheticFull,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl PointAlgorithm {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "Full",
            Self::ReversedIncremental => "ReversedIncremental",
            Self::Incremental => "Incremental",
            Self::SyntheticFull => "SyntheticFull",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Full" => Self::Full,
            "ReversedIncremental" => Self::ReversedIncremental,
            "Incremental" => Self::Incremental,
            "SyntheticFull" => Self::SyntheticFull,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for PointAlgorithm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for PointAlgorithm {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for PointAlgorithm {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for PointAlgorithm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for PointAlgorithm {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
