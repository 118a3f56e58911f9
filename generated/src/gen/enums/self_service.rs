// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `self-service`.
#[allow(unused_imports)]
use super::*;
/// Possible values of VCloudOrganizationConfigBackupJobSettings.CustomSettings.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VCloudOrganizationConfigBackupJobSettingsCustomSettings {
    /// `True`
    True,
    /// `False`
    False,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl VCloudOrganizationConfigBackupJobSettingsCustomSettings {
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
impl std::fmt::Display for VCloudOrganizationConfigBackupJobSettingsCustomSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VCloudOrganizationConfigBackupJobSettingsCustomSettings {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for VCloudOrganizationConfigBackupJobSettingsCustomSettings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de>
for VCloudOrganizationConfigBackupJobSettingsCustomSettings {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText
for VCloudOrganizationConfigBackupJobSettingsCustomSettings {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of VCloudOrganizationConfigBackupJobSettings.DefaultSettings.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VCloudOrganizationConfigBackupJobSettingsDefaultSettings {
    /// `True`
    True,
    /// `False`
    False,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl VCloudOrganizationConfigBackupJobSettingsDefaultSettings {
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
impl std::fmt::Display for VCloudOrganizationConfigBackupJobSettingsDefaultSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VCloudOrganizationConfigBackupJobSettingsDefaultSettings {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for VCloudOrganizationConfigBackupJobSettingsDefaultSettings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de>
for VCloudOrganizationConfigBackupJobSettingsDefaultSettings {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText
for VCloudOrganizationConfigBackupJobSettingsDefaultSettings {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of VCloudOrganizationConfigBackupJobSettings.JobSchedulerType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VCloudOrganizationConfigBackupJobSettingsJobSchedulerType {
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
impl VCloudOrganizationConfigBackupJobSettingsJobSchedulerType {
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
impl std::fmt::Display for VCloudOrganizationConfigBackupJobSettingsJobSchedulerType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VCloudOrganizationConfigBackupJobSettingsJobSchedulerType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for VCloudOrganizationConfigBackupJobSettingsJobSchedulerType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de>
for VCloudOrganizationConfigBackupJobSettingsJobSchedulerType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText
for VCloudOrganizationConfigBackupJobSettingsJobSchedulerType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of VCloudOrganizationConfigCreateSpec.JobSchedulerType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VCloudOrganizationConfigCreateSpecJobSchedulerType {
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
impl VCloudOrganizationConfigCreateSpecJobSchedulerType {
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
impl std::fmt::Display for VCloudOrganizationConfigCreateSpecJobSchedulerType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VCloudOrganizationConfigCreateSpecJobSchedulerType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for VCloudOrganizationConfigCreateSpecJobSchedulerType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de>
for VCloudOrganizationConfigCreateSpecJobSchedulerType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText
for VCloudOrganizationConfigCreateSpecJobSchedulerType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of VSphereSelfServiceCreateSpec.AccountType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VSphereSelfServiceCreateSpecAccountType {
    /// `User`
    User,
    /// `Group`
    Group,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl VSphereSelfServiceCreateSpecAccountType {
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
impl std::fmt::Display for VSphereSelfServiceCreateSpecAccountType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VSphereSelfServiceCreateSpecAccountType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for VSphereSelfServiceCreateSpecAccountType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VSphereSelfServiceCreateSpecAccountType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText for VSphereSelfServiceCreateSpecAccountType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of VSphereSelfServiceCreateSpec.JobSchedulerType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VSphereSelfServiceCreateSpecJobSchedulerType {
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
impl VSphereSelfServiceCreateSpecJobSchedulerType {
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
impl std::fmt::Display for VSphereSelfServiceCreateSpecJobSchedulerType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VSphereSelfServiceCreateSpecJobSchedulerType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for VSphereSelfServiceCreateSpecJobSchedulerType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VSphereSelfServiceCreateSpecJobSchedulerType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = crate::runtime::json::wire_string(deserializer)?;
        Ok(Self::from_wire(&s))
    }
}
impl crate::runtime::xml::XmlText for VSphereSelfServiceCreateSpecJobSchedulerType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
