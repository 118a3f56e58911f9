// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `inventory`, `query`.

#[allow(unused_imports)]
use super::*;

/// Possible values of HierarchyRoot.HostType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HierarchyRootHostType {
    /// `ESX`
    Esx,
    /// `VC`
    Vc,
    /// `ESXi`
    EsXi,
    /// `HvServer`
    HvServer,
    /// `HvCluster`
    HvCluster,
    /// `Scvmm`
    Scvmm,
    /// `VcdSystem`
    VcdSystem,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl HierarchyRootHostType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Esx => "ESX",
            Self::Vc => "VC",
            Self::EsXi => "ESXi",
            Self::HvServer => "HvServer",
            Self::HvCluster => "HvCluster",
            Self::Scvmm => "Scvmm",
            Self::VcdSystem => "VcdSystem",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "ESX" => Self::Esx,
            "VC" => Self::Vc,
            "ESXi" => Self::EsXi,
            "HvServer" => Self::HvServer,
            "HvCluster" => Self::HvCluster,
            "Scvmm" => Self::Scvmm,
            "VcdSystem" => Self::VcdSystem,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for HierarchyRootHostType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for HierarchyRootHostType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for HierarchyRootHostType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for HierarchyRootHostType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for HierarchyRootHostType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}

/// Possible values of ManagedServer.ManagedServerType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ManagedServerManagedServerType {
    /// `ESX`
    Esx,
    /// `VC`
    Vc,
    /// `Linux`
    Linux,
    /// `Local`
    Local,
    /// `Windows`
    Windows,
    /// `ESXi`
    EsXi,
    /// `HvServer`
    HvServer,
    /// `HvCluster`
    HvCluster,
    /// `Scvmm`
    Scvmm,
    /// `BackupServer`
    BackupServer,
    /// `SanHost`
    SanHost,
    /// `SmbServer`
    SmbServer,
    /// `SmbCluster`
    SmbCluster,
    /// `VcdSystem`
    VcdSystem,
    /// `Cloud`
    Cloud,
    /// `AzureWinServer`
    AzureWinServer,
    /// `VmSnapshotStorageHost`
    VmSnapshotStorageHost,
    /// `ConfigurationService`
    ConfigurationService,
    /// `ExternalInfrastructureProxy`
    ExternalInfrastructureProxy,
    /// `NdmpServer`
    NdmpServer,
    /// `ExternalInfrastructureServer`
    ExternalInfrastructureServer,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl ManagedServerManagedServerType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Esx => "ESX",
            Self::Vc => "VC",
            Self::Linux => "Linux",
            Self::Local => "Local",
            Self::Windows => "Windows",
            Self::EsXi => "ESXi",
            Self::HvServer => "HvServer",
            Self::HvCluster => "HvCluster",
            Self::Scvmm => "Scvmm",
            Self::BackupServer => "BackupServer",
            Self::SanHost => "SanHost",
            Self::SmbServer => "SmbServer",
            Self::SmbCluster => "SmbCluster",
            Self::VcdSystem => "VcdSystem",
            Self::Cloud => "Cloud",
            Self::AzureWinServer => "AzureWinServer",
            Self::VmSnapshotStorageHost => "VmSnapshotStorageHost",
            Self::ConfigurationService => "ConfigurationService",
            Self::ExternalInfrastructureProxy => "ExternalInfrastructureProxy",
            Self::NdmpServer => "NdmpServer",
            Self::ExternalInfrastructureServer => "ExternalInfrastructureServer",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "ESX" => Self::Esx,
            "VC" => Self::Vc,
            "Linux" => Self::Linux,
            "Local" => Self::Local,
            "Windows" => Self::Windows,
            "ESXi" => Self::EsXi,
            "HvServer" => Self::HvServer,
            "HvCluster" => Self::HvCluster,
            "Scvmm" => Self::Scvmm,
            "BackupServer" => Self::BackupServer,
            "SanHost" => Self::SanHost,
            "SmbServer" => Self::SmbServer,
            "SmbCluster" => Self::SmbCluster,
            "VcdSystem" => Self::VcdSystem,
            "Cloud" => Self::Cloud,
            "AzureWinServer" => Self::AzureWinServer,
            "VmSnapshotStorageHost" => Self::VmSnapshotStorageHost,
            "ConfigurationService" => Self::ConfigurationService,
            "ExternalInfrastructureProxy" => Self::ExternalInfrastructureProxy,
            "NdmpServer" => Self::NdmpServer,
            "ExternalInfrastructureServer" => Self::ExternalInfrastructureServer,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for ManagedServerManagedServerType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for ManagedServerManagedServerType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for ManagedServerManagedServerType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ManagedServerManagedServerType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for ManagedServerManagedServerType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
