// @generated — do not edit; run `cargo xtask codegen`
//! Always compiled.

#[allow(unused_imports)]
use super::*;

/// Possible values of Task.State.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TaskState {
    /// The task is in progress.
    Running,
    /// The task operation is finished on the backup server, but Veeam Backup Enterprise Manager has not collected the operation data yet.
    OperationFinished,
    /// The task operation is finished, and the Veeam Backup Enterprise Manager database contains the operation data.
    Finished,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl TaskState {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Running => "Running",
            Self::OperationFinished => "OperationFinished",
            Self::Finished => "Finished",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Running" => Self::Running,
            "OperationFinished" => Self::OperationFinished,
            "Finished" => Self::Finished,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for TaskState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for TaskState {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for TaskState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for TaskState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for TaskState {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
