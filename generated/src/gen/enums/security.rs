// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the feature `security`.

#[allow(unused_imports)]
use super::*;

/// Possible values of EnterpriseAccount.AccountType, EnterpriseAccountCreateSpec.AccountType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AccountTypeEnumeration {
    /// `User`
    User,
    /// `Group`
    Group,
    /// `ExternalUser`
    ExternalUser,
    /// `ExternalGroup`
    ExternalGroup,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl AccountTypeEnumeration {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "User",
            Self::Group => "Group",
            Self::ExternalUser => "ExternalUser",
            Self::ExternalGroup => "ExternalGroup",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "User" => Self::User,
            "Group" => Self::Group,
            "ExternalUser" => Self::ExternalUser,
            "ExternalGroup" => Self::ExternalGroup,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for AccountTypeEnumeration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for AccountTypeEnumeration {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for AccountTypeEnumeration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for AccountTypeEnumeration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for AccountTypeEnumeration {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}

/// Possible values of EnterpriseAccountHierarchyScope.State.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EnterpriseAccountHierarchyScopeState {
    /// `Unprocessed`
    Unprocessed,
    /// `Processed`
    Processed,
    /// `Removing`
    Removing,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl EnterpriseAccountHierarchyScopeState {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unprocessed => "Unprocessed",
            Self::Processed => "Processed",
            Self::Removing => "Removing",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Unprocessed" => Self::Unprocessed,
            "Processed" => Self::Processed,
            "Removing" => Self::Removing,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for EnterpriseAccountHierarchyScopeState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for EnterpriseAccountHierarchyScopeState {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for EnterpriseAccountHierarchyScopeState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for EnterpriseAccountHierarchyScopeState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for EnterpriseAccountHierarchyScopeState {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
