// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `backup-servers`.

#[allow(unused_imports)]
use super::*;

/// Possible values of VeeamZipStartupSpec.BackupRetention.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FreeBackupRetention {
    /// `Never`
    Never,
    /// `Tonight`
    Tonight,
    /// `TomorrowNight`
    TomorrowNight,
    /// `In3days`
    In3days,
    /// `In1Week`
    In1Week,
    /// `In2Weeks`
    In2Weeks,
    /// `In1Month`
    In1Month,
    /// `In3Months`
    In3Months,
    /// `In6Months`
    In6Months,
    /// `In1Year`
    In1Year,
    /// `In2Years`
    In2Years,
    /// `In3Years`
    In3Years,
    /// `In5Years`
    In5Years,
    /// `In7Years`
    In7Years,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl FreeBackupRetention {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Never => "Never",
            Self::Tonight => "Tonight",
            Self::TomorrowNight => "TomorrowNight",
            Self::In3days => "In3days",
            Self::In1Week => "In1Week",
            Self::In2Weeks => "In2Weeks",
            Self::In1Month => "In1Month",
            Self::In3Months => "In3Months",
            Self::In6Months => "In6Months",
            Self::In1Year => "In1Year",
            Self::In2Years => "In2Years",
            Self::In3Years => "In3Years",
            Self::In5Years => "In5Years",
            Self::In7Years => "In7Years",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Never" => Self::Never,
            "Tonight" => Self::Tonight,
            "TomorrowNight" => Self::TomorrowNight,
            "In3days" => Self::In3days,
            "In1Week" => Self::In1Week,
            "In2Weeks" => Self::In2Weeks,
            "In1Month" => Self::In1Month,
            "In3Months" => Self::In3Months,
            "In6Months" => Self::In6Months,
            "In1Year" => Self::In1Year,
            "In2Years" => Self::In2Years,
            "In3Years" => Self::In3Years,
            "In5Years" => Self::In5Years,
            "In7Years" => Self::In7Years,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for FreeBackupRetention {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for FreeBackupRetention {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for FreeBackupRetention {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for FreeBackupRetention {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for FreeBackupRetention {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}

/// Possible values of VeeamZipStartupSpec.CompressionLevel.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VeeamZipStartupSpecCompressionLevel {
    /// No compression.
    V1,
    /// Dedupe-friendly.
    V2,
    /// Optimal.
    V3,
    /// High.
    V4,
    /// Extreme.
    V5,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl VeeamZipStartupSpecCompressionLevel {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V1 => "1",
            Self::V2 => "2",
            Self::V3 => "3",
            Self::V4 => "4",
            Self::V5 => "5",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "1" => Self::V1,
            "2" => Self::V2,
            "3" => Self::V3,
            "4" => Self::V4,
            "5" => Self::V5,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for VeeamZipStartupSpecCompressionLevel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for VeeamZipStartupSpecCompressionLevel {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for VeeamZipStartupSpecCompressionLevel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for VeeamZipStartupSpecCompressionLevel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for VeeamZipStartupSpecCompressionLevel {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
