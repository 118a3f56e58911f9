// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `query`, `self-service`.
#[allow(unused_imports)]
use super::*;
/// Possible values of VCloudOrganizationConfig.IsDisabled.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VCloudOrganizationConfigIsDisabled {
    /// `True`
    True,
    /// `False`
    False,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl VCloudOrganizationConfigIsDisabled {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::True => "True",
            Self::False => "False",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "True" => Self::True,
            "False" => Self::False,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for VCloudOrganizationConfigIsDisabled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VCloudOrganizationConfigIsDisabled {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for VCloudOrganizationConfigIsDisabled {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VCloudOrganizationConfigIsDisabled {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText for VCloudOrganizationConfigIsDisabled {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of VCloudOrganizationConfig.JobSchedulerType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VCloudOrganizationConfigJobSchedulerType {
    /// `Full`
    Full,
    /// `Partial`
    Partial,
    /// `Random`
    Random,
    /// `Disabled`
    Disabled,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl VCloudOrganizationConfigJobSchedulerType {
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
impl std::fmt::Display for VCloudOrganizationConfigJobSchedulerType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VCloudOrganizationConfigJobSchedulerType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for VCloudOrganizationConfigJobSchedulerType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VCloudOrganizationConfigJobSchedulerType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText for VCloudOrganizationConfigJobSchedulerType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of VSphereSelfServiceConfigAccountInfoType.AccountType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VSphereSelfServiceConfigAccountInfoTypeAccountType {
    /// `User`
    User,
    /// `Group`
    Group,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl VSphereSelfServiceConfigAccountInfoTypeAccountType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "User",
            Self::Group => "Group",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "User" => Self::User,
            "Group" => Self::Group,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for VSphereSelfServiceConfigAccountInfoTypeAccountType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VSphereSelfServiceConfigAccountInfoTypeAccountType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for VSphereSelfServiceConfigAccountInfoTypeAccountType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de>
for VSphereSelfServiceConfigAccountInfoTypeAccountType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText
for VSphereSelfServiceConfigAccountInfoTypeAccountType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of VSphereSelfServiceConfig.JobSchedulerType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VSphereSelfServiceConfigJobSchedulerType {
    /// `Full`
    Full,
    /// `Partial`
    Partial,
    /// `Random`
    Random,
    /// `Disabled`
    Disabled,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl VSphereSelfServiceConfigJobSchedulerType {
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
impl std::fmt::Display for VSphereSelfServiceConfigJobSchedulerType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VSphereSelfServiceConfigJobSchedulerType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for VSphereSelfServiceConfigJobSchedulerType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VSphereSelfServiceConfigJobSchedulerType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText for VSphereSelfServiceConfigJobSchedulerType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
