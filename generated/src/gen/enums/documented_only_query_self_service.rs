// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `documented-only`, `query`, `self-service`.

#[allow(unused_imports)]
use super::*;

/// Possible values of VCloudOrganizationConfig.JobSchedulerType, VCloudOrganizationConfigBackupJobSettings.JobSchedulerType, VCloudOrganizationConfigCreateSpec.JobSchedulerType, VSphereSelfServiceConfig.JobSchedulerType, VSphereSelfServiceConfigEntityTypeJobSettings.JobSchedulerType, VSphereSelfServiceCreateSpec.JobSchedulerType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobSchedulerType {
    /// VMware Cloud Director organization members have full access to all job scheduling options.
    ///
    /// Tenant of the vSphere Self-Service Backup Portal has full access to all job scheduling options.
    Full,
    /// VMware Cloud Director organization members can create daily and monthly jobs only.
    ///
    /// Tenant of the vSphere Self-Service Backup Portal can create daily and monthly jobs only.
    Partial,
    /// VMware Cloud Director organization members can create daily jobs with randomized start time within the backup window.
    ///
    /// Tenant of the vSphere Self-Service Backup Portal can create daily jobs with randomized start time within the backup window.
    Random,
    /// VMware Cloud Director organization members can create only jobs with no schedule assigned.
    ///
    /// Tenant of the vSphere Self-Service Backup Portal can create only jobs with no schedule assigned.
    Disabled,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl JobSchedulerType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "Full",
            Self::Partial => "Partial",
            Self::Random => "Random",
            Self::Disabled => "Disabled",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Full" => Self::Full,
            "Partial" => Self::Partial,
            "Random" => Self::Random,
            "Disabled" => Self::Disabled,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for JobSchedulerType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for JobSchedulerType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for JobSchedulerType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for JobSchedulerType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for JobSchedulerType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
