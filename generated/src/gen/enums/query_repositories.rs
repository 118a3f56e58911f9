// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `query`, `repositories`.

#[allow(unused_imports)]
use super::*;

/// Possible values of Repository.Kind.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RepositoryKind {
    /// `WindowsLocal`
    WindowsLocal,
    /// `LinuxLocal`
    LinuxLocal,
    /// `CifsShare`
    CifsShare,
    /// `DDBoost`
    DdBoost,
    /// `Cloud`
    Cloud,
    /// `HPStoreOnce`
    HpStoreOnce,
    /// `ExaGrid`
    ExaGrid,
    /// `Foreign`
    Foreign,
    /// `SanSnapshot`
    SanSnapshot,
    /// `HPStoreOnceIntegration`
    HpStoreOnceIntegration,
    /// `Extendable`
    Extendable,
    /// `Quantum`
    Quantum,
    /// `Nfs`
    Nfs,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl RepositoryKind {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WindowsLocal => "WindowsLocal",
            Self::LinuxLocal => "LinuxLocal",
            Self::CifsShare => "CifsShare",
            Self::DdBoost => "DDBoost",
            Self::Cloud => "Cloud",
            Self::HpStoreOnce => "HPStoreOnce",
            Self::ExaGrid => "ExaGrid",
            Self::Foreign => "Foreign",
            Self::SanSnapshot => "SanSnapshot",
            Self::HpStoreOnceIntegration => "HPStoreOnceIntegration",
            Self::Extendable => "Extendable",
            Self::Quantum => "Quantum",
            Self::Nfs => "Nfs",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "WindowsLocal" => Self::WindowsLocal,
            "LinuxLocal" => Self::LinuxLocal,
            "CifsShare" => Self::CifsShare,
            "DDBoost" => Self::DdBoost,
            "Cloud" => Self::Cloud,
            "HPStoreOnce" => Self::HpStoreOnce,
            "ExaGrid" => Self::ExaGrid,
            "Foreign" => Self::Foreign,
            "SanSnapshot" => Self::SanSnapshot,
            "HPStoreOnceIntegration" => Self::HpStoreOnceIntegration,
            "Extendable" => Self::Extendable,
            "Quantum" => Self::Quantum,
            "Nfs" => Self::Nfs,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for RepositoryKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for RepositoryKind {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for RepositoryKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RepositoryKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for RepositoryKind {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
