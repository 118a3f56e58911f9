// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `replication`.
#[allow(unused_imports)]
use super::*;
/// Possible values of PostVmReplicaPointsMountsSpec.OsKind.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PostVmReplicaPointsMountsSpecOsKind {
    /// `Linux`
    Linux,
    /// `Windows`
    Windows,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl PostVmReplicaPointsMountsSpecOsKind {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Linux => "Linux",
            Self::Windows => "Windows",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Linux" => Self::Linux,
            "Windows" => Self::Windows,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for PostVmReplicaPointsMountsSpecOsKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for PostVmReplicaPointsMountsSpecOsKind {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for PostVmReplicaPointsMountsSpecOsKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for PostVmReplicaPointsMountsSpecOsKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText for PostVmReplicaPointsMountsSpecOsKind {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
