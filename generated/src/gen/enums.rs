// @generated — do not edit; run `cargo xtask codegen`
//! Enums from the documented "Possible values"; each keeps unknown values in `Other`.
/// Possible values of EnterpriseAccountCreateSpec.AccountType.
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
/// Possible values of AgentBackupJob.Platform.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AgentBackupJobPlatform {
    /// `AgentForLinux`
    AgentForLinux,
    /// `AgentForWindows`
    AgentForWindows,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl AgentBackupJobPlatform {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AgentForLinux => "AgentForLinux",
            Self::AgentForWindows => "AgentForWindows",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "AgentForLinux" => Self::AgentForLinux,
            "AgentForWindows" => Self::AgentForWindows,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for AgentBackupJobPlatform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for AgentBackupJobPlatform {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for AgentBackupJobPlatform {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AgentBackupJobPlatform {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for AgentBackupJobPlatform {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of AgentProtectionGroup.RescanScheduleEnabled.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AgentProtectionGroupRescanScheduleEnabled {
    /// `True`
    True,
    /// `False`
    False,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl AgentProtectionGroupRescanScheduleEnabled {
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
impl std::fmt::Display for AgentProtectionGroupRescanScheduleEnabled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for AgentProtectionGroupRescanScheduleEnabled {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for AgentProtectionGroupRescanScheduleEnabled {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AgentProtectionGroupRescanScheduleEnabled {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for AgentProtectionGroupRescanScheduleEnabled {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of AgentRestorePoint.Algorithm.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AgentRestorePointAlgorithm {
    /// `Full`
    Full,
    /// `Incremental`
    Incremental,
    /// `SyntheticFull`
    SyntheticFull,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl AgentRestorePointAlgorithm {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "Full",
            Self::Incremental => "Incremental",
            Self::SyntheticFull => "SyntheticFull",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Full" => Self::Full,
            "Incremental" => Self::Incremental,
            "SyntheticFull" => Self::SyntheticFull,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for AgentRestorePointAlgorithm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for AgentRestorePointAlgorithm {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for AgentRestorePointAlgorithm {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AgentRestorePointAlgorithm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for AgentRestorePointAlgorithm {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of AgentRestorePoint.PointType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AgentRestorePointPointType {
    /// `Full`
    Full,
    /// `Increment`
    Increment,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl AgentRestorePointPointType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "Full",
            Self::Increment => "Increment",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Full" => Self::Full,
            "Increment" => Self::Increment,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for AgentRestorePointPointType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for AgentRestorePointPointType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for AgentRestorePointPointType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AgentRestorePointPointType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for AgentRestorePointPointType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of Backup.BackupType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BackupBackupType {
    /// `Standard`
    Standard,
    /// `ParentBackup`
    ParentBackup,
    /// `ChildBackup`
    ChildBackup,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl BackupBackupType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "Standard",
            Self::ParentBackup => "ParentBackup",
            Self::ChildBackup => "ChildBackup",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Standard" => Self::Standard,
            "ParentBackup" => Self::ParentBackup,
            "ChildBackup" => Self::ChildBackup,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for BackupBackupType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for BackupBackupType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for BackupBackupType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for BackupBackupType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for BackupBackupType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of BackupFile.FileType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BackupFileFileType {
    /// `vbk`
    Vbk,
    /// `vib`
    Vib,
    /// `vrb`
    Vrb,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl BackupFileFileType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Vbk => "vbk",
            Self::Vib => "vib",
            Self::Vrb => "vrb",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "vbk" => Self::Vbk,
            "vib" => Self::Vib,
            "vrb" => Self::Vrb,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for BackupFileFileType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for BackupFileFileType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for BackupFileFileType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for BackupFileFileType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for BackupFileFileType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of BackupJobSession.JobType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BackupJobSessionJobType {
    /// `Backup`
    Backup,
    /// `BackupCopy`
    BackupCopy,
    /// `ImmediateBackupCopy`
    ImmediateBackupCopy,
    /// `ImmediateBackupCopyWorker`
    ImmediateBackupCopyWorker,
    /// `AgentBackup`
    AgentBackup,
    /// `AgentManagement`
    AgentManagement,
    /// `NasBackup`
    NasBackup,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl BackupJobSessionJobType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Backup => "Backup",
            Self::BackupCopy => "BackupCopy",
            Self::ImmediateBackupCopy => "ImmediateBackupCopy",
            Self::ImmediateBackupCopyWorker => "ImmediateBackupCopyWorker",
            Self::AgentBackup => "AgentBackup",
            Self::AgentManagement => "AgentManagement",
            Self::NasBackup => "NasBackup",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Backup" => Self::Backup,
            "BackupCopy" => Self::BackupCopy,
            "ImmediateBackupCopy" => Self::ImmediateBackupCopy,
            "ImmediateBackupCopyWorker" => Self::ImmediateBackupCopyWorker,
            "AgentBackup" => Self::AgentBackup,
            "AgentManagement" => Self::AgentManagement,
            "NasBackup" => Self::NasBackup,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for BackupJobSessionJobType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for BackupJobSessionJobType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for BackupJobSessionJobType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for BackupJobSessionJobType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for BackupJobSessionJobType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of BackupJobSession.Result.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BackupJobSessionResult {
    /// `Success`
    Success,
    /// `Warning`
    Warning,
    /// `Failed`
    Failed,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl BackupJobSessionResult {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "Success",
            Self::Warning => "Warning",
            Self::Failed => "Failed",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Success" => Self::Success,
            "Warning" => Self::Warning,
            "Failed" => Self::Failed,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for BackupJobSessionResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for BackupJobSessionResult {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for BackupJobSessionResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for BackupJobSessionResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for BackupJobSessionResult {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of BackupJobSession.State.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BackupJobSessionState {
    /// `Starting`
    Starting,
    /// `Stopping`
    Stopping,
    /// `Working`
    Working,
    /// `Pausing`
    Pausing,
    /// `Resuming`
    Resuming,
    /// `Stopped`
    Stopped,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl BackupJobSessionState {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Starting => "Starting",
            Self::Stopping => "Stopping",
            Self::Working => "Working",
            Self::Pausing => "Pausing",
            Self::Resuming => "Resuming",
            Self::Stopped => "Stopped",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Starting" => Self::Starting,
            "Stopping" => Self::Stopping,
            "Working" => Self::Working,
            "Pausing" => Self::Pausing,
            "Resuming" => Self::Resuming,
            "Stopped" => Self::Stopped,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for BackupJobSessionState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for BackupJobSessionState {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for BackupJobSessionState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for BackupJobSessionState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for BackupJobSessionState {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of Backup.Platform.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BackupPlatform {
    /// `VMware`
    VMware,
    /// `HyperV`
    HyperV,
    /// `vCloud`
    VCloud,
    /// `AgentForLinux`
    AgentForLinux,
    /// `AgentForWindows`
    AgentForWindows,
    /// `CustomPlatform`
    CustomPlatform,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl BackupPlatform {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VMware => "VMware",
            Self::HyperV => "HyperV",
            Self::VCloud => "vCloud",
            Self::AgentForLinux => "AgentForLinux",
            Self::AgentForWindows => "AgentForWindows",
            Self::CustomPlatform => "CustomPlatform",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "VMware" => Self::VMware,
            "HyperV" => Self::HyperV,
            "vCloud" => Self::VCloud,
            "AgentForLinux" => Self::AgentForLinux,
            "AgentForWindows" => Self::AgentForWindows,
            "CustomPlatform" => Self::CustomPlatform,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for BackupPlatform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for BackupPlatform {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for BackupPlatform {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for BackupPlatform {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for BackupPlatform {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of BackupTaskSession.Result.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BackupTaskSessionResult {
    /// `Success`
    Success,
    /// `Warning`
    Warning,
    /// `Failed`
    Failed,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl BackupTaskSessionResult {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "Success",
            Self::Warning => "Warning",
            Self::Failed => "Failed",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Success" => Self::Success,
            "Warning" => Self::Warning,
            "Failed" => Self::Failed,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for BackupTaskSessionResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for BackupTaskSessionResult {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for BackupTaskSessionResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for BackupTaskSessionResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for BackupTaskSessionResult {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of BackupTaskSession.State.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BackupTaskSessionState {
    /// `InProgress`
    InProgress,
    /// `Pending`
    Pending,
    /// `Completed`
    Completed,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl BackupTaskSessionState {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "InProgress",
            Self::Pending => "Pending",
            Self::Completed => "Completed",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "InProgress" => Self::InProgress,
            "Pending" => Self::Pending,
            "Completed" => Self::Completed,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for BackupTaskSessionState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for BackupTaskSessionState {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for BackupTaskSessionState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for BackupTaskSessionState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for BackupTaskSessionState {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of CdpPolicy.Platform.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CdpPolicyPlatform {
    /// `VMware`
    VMware,
    /// `vCloud`
    VCloud,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CdpPolicyPlatform {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VMware => "VMware",
            Self::VCloud => "vCloud",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "VMware" => Self::VMware,
            "vCloud" => Self::VCloud,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for CdpPolicyPlatform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CdpPolicyPlatform {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CdpPolicyPlatform {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CdpPolicyPlatform {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for CdpPolicyPlatform {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of CdpReplicaSession.IsRetry.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CdpReplicaSessionIsRetry {
    /// `True`
    True,
    /// `False`
    False,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CdpReplicaSessionIsRetry {
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
impl std::fmt::Display for CdpReplicaSessionIsRetry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CdpReplicaSessionIsRetry {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CdpReplicaSessionIsRetry {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CdpReplicaSessionIsRetry {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for CdpReplicaSessionIsRetry {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of CdpReplicaSession.Result.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CdpReplicaSessionResult {
    /// `Success`
    Success,
    /// `Warning`
    Warning,
    /// `Failed`
    Failed,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CdpReplicaSessionResult {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "Success",
            Self::Warning => "Warning",
            Self::Failed => "Failed",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Success" => Self::Success,
            "Warning" => Self::Warning,
            "Failed" => Self::Failed,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for CdpReplicaSessionResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CdpReplicaSessionResult {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CdpReplicaSessionResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CdpReplicaSessionResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for CdpReplicaSessionResult {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of CdpReplicaSession.State.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CdpReplicaSessionState {
    /// `Starting`
    Starting,
    /// `Stopping`
    Stopping,
    /// `Working`
    Working,
    /// `Pausing`
    Pausing,
    /// `Resuming`
    Resuming,
    /// `Stopped`
    Stopped,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CdpReplicaSessionState {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Starting => "Starting",
            Self::Stopping => "Stopping",
            Self::Working => "Working",
            Self::Pausing => "Pausing",
            Self::Resuming => "Resuming",
            Self::Stopped => "Stopped",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Starting" => Self::Starting,
            "Stopping" => Self::Stopping,
            "Working" => Self::Working,
            "Pausing" => Self::Pausing,
            "Resuming" => Self::Resuming,
            "Stopped" => Self::Stopped,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for CdpReplicaSessionState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CdpReplicaSessionState {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CdpReplicaSessionState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CdpReplicaSessionState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for CdpReplicaSessionState {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of CdpReplicaTaskSession.Result.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CdpReplicaTaskSessionResult {
    /// `Success`
    Success,
    /// `Warning`
    Warning,
    /// `Failed`
    Failed,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CdpReplicaTaskSessionResult {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "Success",
            Self::Warning => "Warning",
            Self::Failed => "Failed",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Success" => Self::Success,
            "Warning" => Self::Warning,
            "Failed" => Self::Failed,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for CdpReplicaTaskSessionResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CdpReplicaTaskSessionResult {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CdpReplicaTaskSessionResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CdpReplicaTaskSessionResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for CdpReplicaTaskSessionResult {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of CdpReplicaTaskSession.State.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CdpReplicaTaskSessionState {
    /// `InProgress`
    InProgress,
    /// `Pending`
    Pending,
    /// `Completed`
    Completed,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CdpReplicaTaskSessionState {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "InProgress",
            Self::Pending => "Pending",
            Self::Completed => "Completed",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "InProgress" => Self::InProgress,
            "Pending" => Self::Pending,
            "Completed" => Self::Completed,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for CdpReplicaTaskSessionState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CdpReplicaTaskSessionState {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CdpReplicaTaskSessionState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CdpReplicaTaskSessionState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for CdpReplicaTaskSessionState {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of CloudFailoverSession.Result.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CloudFailoverSessionResult {
    /// `Success`
    Success,
    /// `Warning`
    Warning,
    /// `Failed`
    Failed,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CloudFailoverSessionResult {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "Success",
            Self::Warning => "Warning",
            Self::Failed => "Failed",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Success" => Self::Success,
            "Warning" => Self::Warning,
            "Failed" => Self::Failed,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for CloudFailoverSessionResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CloudFailoverSessionResult {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CloudFailoverSessionResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CloudFailoverSessionResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for CloudFailoverSessionResult {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of CloudFailoverSession.State.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CloudFailoverSessionState {
    /// `Starting`
    Starting,
    /// `Stopping`
    Stopping,
    /// `Working`
    Working,
    /// `Stopped`
    Stopped,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CloudFailoverSessionState {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Starting => "Starting",
            Self::Stopping => "Stopping",
            Self::Working => "Working",
            Self::Stopped => "Stopped",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Starting" => Self::Starting,
            "Stopping" => Self::Stopping,
            "Working" => Self::Working,
            "Stopped" => Self::Stopped,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for CloudFailoverSessionState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CloudFailoverSessionState {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CloudFailoverSessionState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CloudFailoverSessionState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for CloudFailoverSessionState {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of CloudFailoverTaskSessionInfoListType.Result.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CloudFailoverTaskSessionInfoListTypeResult {
    /// `Success`
    Success,
    /// `Warning`
    Warning,
    /// `Failed`
    Failed,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CloudFailoverTaskSessionInfoListTypeResult {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "Success",
            Self::Warning => "Warning",
            Self::Failed => "Failed",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Success" => Self::Success,
            "Warning" => Self::Warning,
            "Failed" => Self::Failed,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for CloudFailoverTaskSessionInfoListTypeResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CloudFailoverTaskSessionInfoListTypeResult {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CloudFailoverTaskSessionInfoListTypeResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CloudFailoverTaskSessionInfoListTypeResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for CloudFailoverTaskSessionInfoListTypeResult {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of CloudFailoverTaskSessionInfoListType.State.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CloudFailoverTaskSessionInfoListTypeState {
    /// `Starting`
    Starting,
    /// `Stopping`
    Stopping,
    /// `Working`
    Working,
    /// `Stopped`
    Stopped,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CloudFailoverTaskSessionInfoListTypeState {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Starting => "Starting",
            Self::Stopping => "Stopping",
            Self::Working => "Working",
            Self::Stopped => "Stopped",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Starting" => Self::Starting,
            "Stopping" => Self::Stopping,
            "Working" => Self::Working,
            "Stopped" => Self::Stopped,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for CloudFailoverTaskSessionInfoListTypeState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CloudFailoverTaskSessionInfoListTypeState {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CloudFailoverTaskSessionInfoListTypeState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CloudFailoverTaskSessionInfoListTypeState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for CloudFailoverTaskSessionInfoListTypeState {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of CreateCloudGatewaySpec.NetworkType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CloudGatewayNetworking {
    /// `Direct`
    Direct,
    /// `NAT`
    Nat,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CloudGatewayNetworking {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Direct => "Direct",
            Self::Nat => "NAT",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Direct" => Self::Direct,
            "NAT" => Self::Nat,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for CloudGatewayNetworking {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CloudGatewayNetworking {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CloudGatewayNetworking {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CloudGatewayNetworking {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for CloudGatewayNetworking {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of CloudGateway.NetworkMode.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CloudGatewayNetworkingMode {
    /// `Direct`
    Direct,
    /// `NAT`
    Nat,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CloudGatewayNetworkingMode {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Direct => "Direct",
            Self::Nat => "NAT",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Direct" => Self::Direct,
            "NAT" => Self::Nat,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for CloudGatewayNetworkingMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CloudGatewayNetworkingMode {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CloudGatewayNetworkingMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CloudGatewayNetworkingMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for CloudGatewayNetworkingMode {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of CloudReplica.Platform.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CloudReplicaPlatform {
    /// `VMware`
    VMware,
    /// `HyperV`
    HyperV,
    /// `vCloud`
    VCloud,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CloudReplicaPlatform {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VMware => "VMware",
            Self::HyperV => "HyperV",
            Self::VCloud => "vCloud",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "VMware" => Self::VMware,
            "HyperV" => Self::HyperV,
            "vCloud" => Self::VCloud,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for CloudReplicaPlatform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CloudReplicaPlatform {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CloudReplicaPlatform {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CloudReplicaPlatform {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for CloudReplicaPlatform {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of CloudTenant.AllocationModel.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CloudTenantAllocationModel {
    /// `Unknown`
    Unknown,
    /// `AllocationPool`
    AllocationPool,
    /// `PayAsYouGo`
    PayAsYouGo,
    /// `ReservationPool`
    ReservationPool,
    /// `Flex`
    Flex,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CloudTenantAllocationModel {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "Unknown",
            Self::AllocationPool => "AllocationPool",
            Self::PayAsYouGo => "PayAsYouGo",
            Self::ReservationPool => "ReservationPool",
            Self::Flex => "Flex",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Unknown" => Self::Unknown,
            "AllocationPool" => Self::AllocationPool,
            "PayAsYouGo" => Self::PayAsYouGo,
            "ReservationPool" => Self::ReservationPool,
            "Flex" => Self::Flex,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for CloudTenantAllocationModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CloudTenantAllocationModel {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CloudTenantAllocationModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CloudTenantAllocationModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for CloudTenantAllocationModel {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of CloudTenantComputeResourceCreateSpec.PlatformType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CloudTenantComputeResourceCreateSpecPlatformType {
    /// `VMware`
    VMware,
    /// `HyperV`
    HyperV,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CloudTenantComputeResourceCreateSpecPlatformType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VMware => "VMware",
            Self::HyperV => "HyperV",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "VMware" => Self::VMware,
            "HyperV" => Self::HyperV,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for CloudTenantComputeResourceCreateSpecPlatformType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CloudTenantComputeResourceCreateSpecPlatformType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CloudTenantComputeResourceCreateSpecPlatformType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CloudTenantComputeResourceCreateSpecPlatformType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for CloudTenantComputeResourceCreateSpecPlatformType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of CloudTenantComputeResourceCreateSpecType.PlatformType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CloudTenantComputeResourceCreateSpecTypePlatformType {
    /// `VMware`
    VMware,
    /// `HyperV`
    HyperV,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CloudTenantComputeResourceCreateSpecTypePlatformType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VMware => "VMware",
            Self::HyperV => "HyperV",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "VMware" => Self::VMware,
            "HyperV" => Self::HyperV,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for CloudTenantComputeResourceCreateSpecTypePlatformType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CloudTenantComputeResourceCreateSpecTypePlatformType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CloudTenantComputeResourceCreateSpecTypePlatformType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de>
for CloudTenantComputeResourceCreateSpecTypePlatformType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText
for CloudTenantComputeResourceCreateSpecTypePlatformType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of CloudTenantComputeResource.PlatformType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CloudTenantComputeResourcePlatformType {
    /// `VMware`
    VMware,
    /// `HyperV`
    HyperV,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CloudTenantComputeResourcePlatformType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VMware => "VMware",
            Self::HyperV => "HyperV",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "VMware" => Self::VMware,
            "HyperV" => Self::HyperV,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for CloudTenantComputeResourcePlatformType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CloudTenantComputeResourcePlatformType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CloudTenantComputeResourcePlatformType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CloudTenantComputeResourcePlatformType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for CloudTenantComputeResourcePlatformType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of CloudTenant.PlatformType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CloudTenantPlatformType {
    /// `VMware`
    VMware,
    /// `HyperV`
    HyperV,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CloudTenantPlatformType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VMware => "VMware",
            Self::HyperV => "HyperV",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "VMware" => Self::VMware,
            "HyperV" => Self::HyperV,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for CloudTenantPlatformType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CloudTenantPlatformType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CloudTenantPlatformType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CloudTenantPlatformType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for CloudTenantPlatformType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of CloudTenant.ThrottlingSpeedUnit.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CloudTenantThrottlingSpeedUnit {
    /// `Mbps`
    Mbps,
    /// `KBps`
    KBps,
    /// `MBps`
    MBps,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CloudTenantThrottlingSpeedUnit {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mbps => "Mbps",
            Self::KBps => "KBps",
            Self::MBps => "MBps",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Mbps" => Self::Mbps,
            "KBps" => Self::KBps,
            "MBps" => Self::MBps,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for CloudTenantThrottlingSpeedUnit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CloudTenantThrottlingSpeedUnit {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CloudTenantThrottlingSpeedUnit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CloudTenantThrottlingSpeedUnit {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for CloudTenantThrottlingSpeedUnit {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of CloudTenant.TenantType, CreateCloudTenantSpec.TenantType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CloudTenantType {
    /// `Standalone`
    Standalone,
    /// `vCD`
    VCd,
    /// `ActiveDirectory`
    ActiveDirectory,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CloudTenantType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standalone => "Standalone",
            Self::VCd => "vCD",
            Self::ActiveDirectory => "ActiveDirectory",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Standalone" => Self::Standalone,
            "vCD" => Self::VCd,
            "ActiveDirectory" => Self::ActiveDirectory,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for CloudTenantType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CloudTenantType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CloudTenantType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CloudTenantType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for CloudTenantType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of CloudTenantVCloudComputeResource.AllocationModel.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CloudTenantVCloudComputeResourceAllocationModel {
    /// `Unknown`
    Unknown,
    /// `AllocationPool`
    AllocationPool,
    /// `PayAsYouGo`
    PayAsYouGo,
    /// `ReservationPool`
    ReservationPool,
    /// `Flex`
    Flex,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CloudTenantVCloudComputeResourceAllocationModel {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "Unknown",
            Self::AllocationPool => "AllocationPool",
            Self::PayAsYouGo => "PayAsYouGo",
            Self::ReservationPool => "ReservationPool",
            Self::Flex => "Flex",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Unknown" => Self::Unknown,
            "AllocationPool" => Self::AllocationPool,
            "PayAsYouGo" => Self::PayAsYouGo,
            "ReservationPool" => Self::ReservationPool,
            "Flex" => Self::Flex,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for CloudTenantVCloudComputeResourceAllocationModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CloudTenantVCloudComputeResourceAllocationModel {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CloudTenantVCloudComputeResourceAllocationModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CloudTenantVCloudComputeResourceAllocationModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for CloudTenantVCloudComputeResourceAllocationModel {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of CloudVmReplicaPoint.PointType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CloudVmReplicaPointPointType {
    /// `CDP`
    Cdp,
    /// `Full`
    Full,
    /// `ReverseIncrement`
    ReverseIncrement,
    /// `Increment`
    Increment,
    /// `Snapshot`
    Snapshot,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CloudVmReplicaPointPointType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cdp => "CDP",
            Self::Full => "Full",
            Self::ReverseIncrement => "ReverseIncrement",
            Self::Increment => "Increment",
            Self::Snapshot => "Snapshot",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "CDP" => Self::Cdp,
            "Full" => Self::Full,
            "ReverseIncrement" => Self::ReverseIncrement,
            "Increment" => Self::Increment,
            "Snapshot" => Self::Snapshot,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for CloudVmReplicaPointPointType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CloudVmReplicaPointPointType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CloudVmReplicaPointPointType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CloudVmReplicaPointPointType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for CloudVmReplicaPointPointType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of CloudVmReplicaPoint.State.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CloudVmReplicaPointState {
    /// `Unknown`
    Unknown,
    /// `Ready`
    Ready,
    /// `Failover`
    Failover,
    /// `Failback`
    Failback,
    /// `PermanentFailover`
    PermanentFailover,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CloudVmReplicaPointState {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "Unknown",
            Self::Ready => "Ready",
            Self::Failover => "Failover",
            Self::Failback => "Failback",
            Self::PermanentFailover => "PermanentFailover",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Unknown" => Self::Unknown,
            "Ready" => Self::Ready,
            "Failover" => Self::Failover,
            "Failback" => Self::Failback,
            "PermanentFailover" => Self::PermanentFailover,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for CloudVmReplicaPointState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CloudVmReplicaPointState {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CloudVmReplicaPointState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CloudVmReplicaPointState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for CloudVmReplicaPointState {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of CreateCloudTenantSpec.ThrottlingSpeedUnit.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateCloudTenantSpecThrottlingSpeedUnit {
    /// `Mbps`
    Mbps,
    /// `KBps`
    KBps,
    /// `MBps`
    MBps,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl CreateCloudTenantSpecThrottlingSpeedUnit {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mbps => "Mbps",
            Self::KBps => "KBps",
            Self::MBps => "MBps",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Mbps" => Self::Mbps,
            "KBps" => Self::KBps,
            "MBps" => Self::MBps,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for CreateCloudTenantSpecThrottlingSpeedUnit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CreateCloudTenantSpecThrottlingSpeedUnit {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for CreateCloudTenantSpecThrottlingSpeedUnit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CreateCloudTenantSpecThrottlingSpeedUnit {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for CreateCloudTenantSpecThrottlingSpeedUnit {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of JobScheduleDailyOptionsType.Days.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DaysOfWeekEnumeration {
    /// `Sunday`
    Sunday,
    /// `Monday`
    Monday,
    /// `Tuesday`
    Tuesday,
    /// `Wednesday`
    Wednesday,
    /// `Thursday`
    Thursday,
    /// `Friday`
    Friday,
    /// `Saturday`
    Saturday,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl DaysOfWeekEnumeration {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sunday => "Sunday",
            Self::Monday => "Monday",
            Self::Tuesday => "Tuesday",
            Self::Wednesday => "Wednesday",
            Self::Thursday => "Thursday",
            Self::Friday => "Friday",
            Self::Saturday => "Saturday",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Sunday" => Self::Sunday,
            "Monday" => Self::Monday,
            "Tuesday" => Self::Tuesday,
            "Wednesday" => Self::Wednesday,
            "Thursday" => Self::Thursday,
            "Friday" => Self::Friday,
            "Saturday" => Self::Saturday,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for DaysOfWeekEnumeration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for DaysOfWeekEnumeration {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for DaysOfWeekEnumeration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for DaysOfWeekEnumeration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for DaysOfWeekEnumeration {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of DiscoveredComputer.AgentStatus.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DiscoveredComputerAgentStatus {
    /// `NotInstalled`
    NotInstalled,
    /// `Installed`
    Installed,
    /// `UnsupportedOs`
    UnsupportedOs,
    /// `Failed`
    Failed,
    /// `Exclude`
    Exclude,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl DiscoveredComputerAgentStatus {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotInstalled => "NotInstalled",
            Self::Installed => "Installed",
            Self::UnsupportedOs => "UnsupportedOs",
            Self::Failed => "Failed",
            Self::Exclude => "Exclude",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "NotInstalled" => Self::NotInstalled,
            "Installed" => Self::Installed,
            "UnsupportedOs" => Self::UnsupportedOs,
            "Failed" => Self::Failed,
            "Exclude" => Self::Exclude,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for DiscoveredComputerAgentStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for DiscoveredComputerAgentStatus {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for DiscoveredComputerAgentStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for DiscoveredComputerAgentStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for DiscoveredComputerAgentStatus {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of DiscoveredComputer.HostStatus.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DiscoveredComputerHostStatus {
    /// `Online`
    Online,
    /// `Offline`
    Offline,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl DiscoveredComputerHostStatus {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Online => "Online",
            Self::Offline => "Offline",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Online" => Self::Online,
            "Offline" => Self::Offline,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for DiscoveredComputerHostStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for DiscoveredComputerHostStatus {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for DiscoveredComputerHostStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for DiscoveredComputerHostStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for DiscoveredComputerHostStatus {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of EnterpriseAccount.AccountType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EnterpriseAccountAccountType {
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
impl EnterpriseAccountAccountType {
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
impl std::fmt::Display for EnterpriseAccountAccountType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for EnterpriseAccountAccountType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for EnterpriseAccountAccountType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for EnterpriseAccountAccountType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for EnterpriseAccountAccountType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of EnterpriseAccountHierarchyScope.Platform.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EnterpriseAccountHierarchyScopePlatform {
    /// `VMware`
    VMware,
    /// `Hyperv`
    Hyperv,
    /// `vCloud`
    VCloud,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl EnterpriseAccountHierarchyScopePlatform {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VMware => "VMware",
            Self::Hyperv => "Hyperv",
            Self::VCloud => "vCloud",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "VMware" => Self::VMware,
            "Hyperv" => Self::Hyperv,
            "vCloud" => Self::VCloud,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for EnterpriseAccountHierarchyScopePlatform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for EnterpriseAccountHierarchyScopePlatform {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for EnterpriseAccountHierarchyScopePlatform {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for EnterpriseAccountHierarchyScopePlatform {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for EnterpriseAccountHierarchyScopePlatform {
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
/// Possible values of ExternalRepository.RepositoryType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ExternalRepositoryRepositoryType {
    /// `AmazonS3External`
    AmazonS3External,
    /// `AzureStorageExternal`
    AzureStorageExternal,
    /// `GoogleCloudStorageExternal`
    GoogleCloudStorageExternal,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl ExternalRepositoryRepositoryType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AmazonS3External => "AmazonS3External",
            Self::AzureStorageExternal => "AzureStorageExternal",
            Self::GoogleCloudStorageExternal => "GoogleCloudStorageExternal",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "AmazonS3External" => Self::AmazonS3External,
            "AzureStorageExternal" => Self::AzureStorageExternal,
            "GoogleCloudStorageExternal" => Self::GoogleCloudStorageExternal,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for ExternalRepositoryRepositoryType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for ExternalRepositoryRepositoryType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for ExternalRepositoryRepositoryType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ExternalRepositoryRepositoryType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for ExternalRepositoryRepositoryType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of FSFileExcludeOptionsType.BackupScope.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FsFileExcludeOptionsTypeBackupScope {
    /// `1`
    V1,
    /// `2`
    V2,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl FsFileExcludeOptionsTypeBackupScope {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V1 => "1",
            Self::V2 => "2",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "1" => Self::V1,
            "2" => Self::V2,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for FsFileExcludeOptionsTypeBackupScope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for FsFileExcludeOptionsTypeBackupScope {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for FsFileExcludeOptionsTypeBackupScope {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for FsFileExcludeOptionsTypeBackupScope {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for FsFileExcludeOptionsTypeBackupScope {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of FileServer.ServerType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileServerServerType {
    /// `FileServer`
    FileServer,
    /// `SmbServer`
    SmbServer,
    /// `NfsServer`
    NfsServer,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl FileServerServerType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FileServer => "FileServer",
            Self::SmbServer => "SmbServer",
            Self::NfsServer => "NfsServer",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "FileServer" => Self::FileServer,
            "SmbServer" => Self::SmbServer,
            "NfsServer" => Self::NfsServer,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for FileServerServerType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for FileServerServerType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for FileServerServerType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for FileServerServerType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for FileServerServerType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
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
/// Possible values of Job.JobType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobJobType {
    /// `Backup`
    Backup,
    /// `BackupCopy`
    BackupCopy,
    /// `ImmediateBackupCopy`
    ImmediateBackupCopy,
    /// `Replica`
    Replica,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl JobJobType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Backup => "Backup",
            Self::BackupCopy => "BackupCopy",
            Self::ImmediateBackupCopy => "ImmediateBackupCopy",
            Self::Replica => "Replica",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Backup" => Self::Backup,
            "BackupCopy" => Self::BackupCopy,
            "ImmediateBackupCopy" => Self::ImmediateBackupCopy,
            "Replica" => Self::Replica,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for JobJobType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for JobJobType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for JobJobType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for JobJobType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for JobJobType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of Job.Platform.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobPlatform {
    /// `VMware`
    VMware,
    /// `Hyperv`
    Hyperv,
    /// `vCloud`
    VCloud,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl JobPlatform {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VMware => "VMware",
            Self::Hyperv => "Hyperv",
            Self::VCloud => "vCloud",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "VMware" => Self::VMware,
            "Hyperv" => Self::Hyperv,
            "vCloud" => Self::VCloud,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for JobPlatform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for JobPlatform {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for JobPlatform {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for JobPlatform {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for JobPlatform {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of JobScheduleDailyOptionsType.Kind.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobScheduleDailyOptionsTypeKind {
    /// `Everyday`
    Everyday,
    /// `WeekDays`
    WeekDays,
    /// `SelectedDays`
    SelectedDays,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl JobScheduleDailyOptionsTypeKind {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Everyday => "Everyday",
            Self::WeekDays => "WeekDays",
            Self::SelectedDays => "SelectedDays",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Everyday" => Self::Everyday,
            "WeekDays" => Self::WeekDays,
            "SelectedDays" => Self::SelectedDays,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for JobScheduleDailyOptionsTypeKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for JobScheduleDailyOptionsTypeKind {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for JobScheduleDailyOptionsTypeKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for JobScheduleDailyOptionsTypeKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for JobScheduleDailyOptionsTypeKind {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of JobScheduleMonthlyOptionsType.Months.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobScheduleMonthEnumeration {
    /// `January`
    January,
    /// `February`
    February,
    /// `March`
    March,
    /// `April`
    April,
    /// `May`
    May,
    /// `June`
    June,
    /// `July`
    July,
    /// `August`
    August,
    /// `September`
    September,
    /// `October`
    October,
    /// `November`
    November,
    /// `December`
    December,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl JobScheduleMonthEnumeration {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::January => "January",
            Self::February => "February",
            Self::March => "March",
            Self::April => "April",
            Self::May => "May",
            Self::June => "June",
            Self::July => "July",
            Self::August => "August",
            Self::September => "September",
            Self::October => "October",
            Self::November => "November",
            Self::December => "December",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "January" => Self::January,
            "February" => Self::February,
            "March" => Self::March,
            "April" => Self::April,
            "May" => Self::May,
            "June" => Self::June,
            "July" => Self::July,
            "August" => Self::August,
            "September" => Self::September,
            "October" => Self::October,
            "November" => Self::November,
            "December" => Self::December,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for JobScheduleMonthEnumeration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for JobScheduleMonthEnumeration {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for JobScheduleMonthEnumeration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for JobScheduleMonthEnumeration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for JobScheduleMonthEnumeration {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of JobScheduleMonthlyOptionsType.DayOfWeek.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobScheduleMonthlyOptionsTypeDayOfWeek {
    /// `Sunday`
    Sunday,
    /// `Monday`
    Monday,
    /// `Tuesday`
    Tuesday,
    /// `Wednesday`
    Wednesday,
    /// `Thursday`
    Thursday,
    /// `Friday`
    Friday,
    /// `Saturday`
    Saturday,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl JobScheduleMonthlyOptionsTypeDayOfWeek {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sunday => "Sunday",
            Self::Monday => "Monday",
            Self::Tuesday => "Tuesday",
            Self::Wednesday => "Wednesday",
            Self::Thursday => "Thursday",
            Self::Friday => "Friday",
            Self::Saturday => "Saturday",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Sunday" => Self::Sunday,
            "Monday" => Self::Monday,
            "Tuesday" => Self::Tuesday,
            "Wednesday" => Self::Wednesday,
            "Thursday" => Self::Thursday,
            "Friday" => Self::Friday,
            "Saturday" => Self::Saturday,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for JobScheduleMonthlyOptionsTypeDayOfWeek {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for JobScheduleMonthlyOptionsTypeDayOfWeek {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for JobScheduleMonthlyOptionsTypeDayOfWeek {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for JobScheduleMonthlyOptionsTypeDayOfWeek {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for JobScheduleMonthlyOptionsTypeDayOfWeek {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of JobSchedulePeriodicallyOptionsType.Kind.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobSchedulePeriodicallyOptionsTypeKind {
    /// `Hours`
    Hours,
    /// `Minutes`
    Minutes,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl JobSchedulePeriodicallyOptionsTypeKind {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hours => "Hours",
            Self::Minutes => "Minutes",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Hours" => Self::Hours,
            "Minutes" => Self::Minutes,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for JobSchedulePeriodicallyOptionsTypeKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for JobSchedulePeriodicallyOptionsTypeKind {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for JobSchedulePeriodicallyOptionsTypeKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for JobSchedulePeriodicallyOptionsTypeKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for JobSchedulePeriodicallyOptionsTypeKind {
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
/// Possible values of MonthlyOptionsInfoType.SelectedWeek.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MonthlyOptionsInfoTypeSelectedWeek {
    /// `First`
    First,
    /// `Last`
    Last,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl MonthlyOptionsInfoTypeSelectedWeek {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::First => "First",
            Self::Last => "Last",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "First" => Self::First,
            "Last" => Self::Last,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for MonthlyOptionsInfoTypeSelectedWeek {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for MonthlyOptionsInfoTypeSelectedWeek {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for MonthlyOptionsInfoTypeSelectedWeek {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for MonthlyOptionsInfoTypeSelectedWeek {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for MonthlyOptionsInfoTypeSelectedWeek {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of NASJobAdvancedStorageOptionsInfoType.ACL.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NasJobAdvancedStorageOptionsSecurityOptionsInfoType {
    /// `TrackOnlyFolderAttributesChanges`
    TrackOnlyFolderAttributesChanges,
    /// `TrackEverythingAttributesChanges`
    TrackEverythingAttributesChanges,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl NasJobAdvancedStorageOptionsSecurityOptionsInfoType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TrackOnlyFolderAttributesChanges => "TrackOnlyFolderAttributesChanges",
            Self::TrackEverythingAttributesChanges => "TrackEverythingAttributesChanges",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "TrackOnlyFolderAttributesChanges" => Self::TrackOnlyFolderAttributesChanges,
            "TrackEverythingAttributesChanges" => Self::TrackEverythingAttributesChanges,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for NasJobAdvancedStorageOptionsSecurityOptionsInfoType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for NasJobAdvancedStorageOptionsSecurityOptionsInfoType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for NasJobAdvancedStorageOptionsSecurityOptionsInfoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de>
for NasJobAdvancedStorageOptionsSecurityOptionsInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText
for NasJobAdvancedStorageOptionsSecurityOptionsInfoType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of NASJobFileExtensionsOptionsInfoType.ArchiveFileExtensionsScope.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NasJobFileExtensionsOptionsInfoTypeArchiveFileExtensionsScope {
    /// `Any`
    Any,
    /// `Specified`
    Specified,
    /// `ExceptSpecified`
    ExceptSpecified,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl NasJobFileExtensionsOptionsInfoTypeArchiveFileExtensionsScope {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Any => "Any",
            Self::Specified => "Specified",
            Self::ExceptSpecified => "ExceptSpecified",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Any" => Self::Any,
            "Specified" => Self::Specified,
            "ExceptSpecified" => Self::ExceptSpecified,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display
for NasJobFileExtensionsOptionsInfoTypeArchiveFileExtensionsScope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr
for NasJobFileExtensionsOptionsInfoTypeArchiveFileExtensionsScope {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for NasJobFileExtensionsOptionsInfoTypeArchiveFileExtensionsScope {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de>
for NasJobFileExtensionsOptionsInfoTypeArchiveFileExtensionsScope {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText
for NasJobFileExtensionsOptionsInfoTypeArchiveFileExtensionsScope {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of NASJobStorageKeepFileVersionsHistory.LongtermRetentionType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NasJobStorageKeepFileVersionsHistoryLongtermRetentionType {
    /// `Month`
    Month,
    /// `Year`
    Year,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl NasJobStorageKeepFileVersionsHistoryLongtermRetentionType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Month => "Month",
            Self::Year => "Year",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Month" => Self::Month,
            "Year" => Self::Year,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for NasJobStorageKeepFileVersionsHistoryLongtermRetentionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for NasJobStorageKeepFileVersionsHistoryLongtermRetentionType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for NasJobStorageKeepFileVersionsHistoryLongtermRetentionType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de>
for NasJobStorageKeepFileVersionsHistoryLongtermRetentionType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText
for NasJobStorageKeepFileVersionsHistoryLongtermRetentionType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of NASJobStorageOptionsInfoType.ShorttermRetentionType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NasJobStorageOptionsInfoTypeShorttermRetentionType {
    /// `Day`
    Day,
    /// `Month`
    Month,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl NasJobStorageOptionsInfoTypeShorttermRetentionType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Day => "Day",
            Self::Month => "Month",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Day" => Self::Day,
            "Month" => Self::Month,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for NasJobStorageOptionsInfoTypeShorttermRetentionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for NasJobStorageOptionsInfoTypeShorttermRetentionType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for NasJobStorageOptionsInfoTypeShorttermRetentionType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de>
for NasJobStorageOptionsInfoTypeShorttermRetentionType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText
for NasJobStorageOptionsInfoTypeShorttermRetentionType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of OracleBackupOptionsType.ArchivedLogsTruncation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OracleBackupOptionsTypeArchivedLogsTruncation {
    /// `ByAge`
    ByAge,
    /// `BySize`
    BySize,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl OracleBackupOptionsTypeArchivedLogsTruncation {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ByAge => "ByAge",
            Self::BySize => "BySize",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "ByAge" => Self::ByAge,
            "BySize" => Self::BySize,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for OracleBackupOptionsTypeArchivedLogsTruncation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for OracleBackupOptionsTypeArchivedLogsTruncation {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for OracleBackupOptionsTypeArchivedLogsTruncation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for OracleBackupOptionsTypeArchivedLogsTruncation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for OracleBackupOptionsTypeArchivedLogsTruncation {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
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
        crate::runtime::json::wire(deserializer)
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
/// Possible values of PostVmRestorePointsMountsSpec.OsKind.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PostVmRestorePointsMountsSpecOsKind {
    /// `Linux`
    Linux,
    /// `Windows`
    Windows,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl PostVmRestorePointsMountsSpecOsKind {
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
impl std::fmt::Display for PostVmRestorePointsMountsSpecOsKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for PostVmRestorePointsMountsSpecOsKind {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for PostVmRestorePointsMountsSpecOsKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for PostVmRestorePointsMountsSpecOsKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for PostVmRestorePointsMountsSpecOsKind {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of ReplicaJobSession.Result.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReplicaJobSessionResult {
    /// `Success`
    Success,
    /// `Warning`
    Warning,
    /// `Failed`
    Failed,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl ReplicaJobSessionResult {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "Success",
            Self::Warning => "Warning",
            Self::Failed => "Failed",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Success" => Self::Success,
            "Warning" => Self::Warning,
            "Failed" => Self::Failed,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for ReplicaJobSessionResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for ReplicaJobSessionResult {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for ReplicaJobSessionResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ReplicaJobSessionResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for ReplicaJobSessionResult {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of ReplicaJobSession.State.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReplicaJobSessionState {
    /// `Starting`
    Starting,
    /// `Stopping`
    Stopping,
    /// `Working`
    Working,
    /// `Pausing`
    Pausing,
    /// `Resuming`
    Resuming,
    /// `Stopped`
    Stopped,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl ReplicaJobSessionState {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Starting => "Starting",
            Self::Stopping => "Stopping",
            Self::Working => "Working",
            Self::Pausing => "Pausing",
            Self::Resuming => "Resuming",
            Self::Stopped => "Stopped",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Starting" => Self::Starting,
            "Stopping" => Self::Stopping,
            "Working" => Self::Working,
            "Pausing" => Self::Pausing,
            "Resuming" => Self::Resuming,
            "Stopped" => Self::Stopped,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for ReplicaJobSessionState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for ReplicaJobSessionState {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for ReplicaJobSessionState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ReplicaJobSessionState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for ReplicaJobSessionState {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of Replica.Platform.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReplicaPlatform {
    /// `VMware`
    VMware,
    /// `Hyperv`
    Hyperv,
    /// `vCloud`
    VCloud,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl ReplicaPlatform {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VMware => "VMware",
            Self::Hyperv => "Hyperv",
            Self::VCloud => "vCloud",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "VMware" => Self::VMware,
            "Hyperv" => Self::Hyperv,
            "vCloud" => Self::VCloud,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for ReplicaPlatform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for ReplicaPlatform {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for ReplicaPlatform {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ReplicaPlatform {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for ReplicaPlatform {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of ReplicaTaskSession.Result.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReplicaTaskSessionResult {
    /// `Success`
    Success,
    /// `Warning`
    Warning,
    /// `Failed`
    Failed,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl ReplicaTaskSessionResult {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "Success",
            Self::Warning => "Warning",
            Self::Failed => "Failed",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Success" => Self::Success,
            "Warning" => Self::Warning,
            "Failed" => Self::Failed,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for ReplicaTaskSessionResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for ReplicaTaskSessionResult {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for ReplicaTaskSessionResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ReplicaTaskSessionResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for ReplicaTaskSessionResult {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of ReplicaTaskSession.State.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReplicaTaskSessionState {
    /// `InProgress`
    InProgress,
    /// `Pending`
    Pending,
    /// `Completed`
    Completed,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl ReplicaTaskSessionState {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "InProgress",
            Self::Pending => "Pending",
            Self::Completed => "Completed",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "InProgress" => Self::InProgress,
            "Pending" => Self::Pending,
            "Completed" => Self::Completed,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for ReplicaTaskSessionState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for ReplicaTaskSessionState {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for ReplicaTaskSessionState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ReplicaTaskSessionState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for ReplicaTaskSessionState {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
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
/// Possible values of RestoreSession.JobType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RestoreSessionJobType {
    /// `FileLevelRestore`
    FileLevelRestore,
    /// `RestoreVm`
    RestoreVm,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl RestoreSessionJobType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FileLevelRestore => "FileLevelRestore",
            Self::RestoreVm => "RestoreVm",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "FileLevelRestore" => Self::FileLevelRestore,
            "RestoreVm" => Self::RestoreVm,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for RestoreSessionJobType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for RestoreSessionJobType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for RestoreSessionJobType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for RestoreSessionJobType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for RestoreSessionJobType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of RestoreSession.Result.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RestoreSessionResult {
    /// `Success`
    Success,
    /// `Warning`
    Warning,
    /// `Failed`
    Failed,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl RestoreSessionResult {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "Success",
            Self::Warning => "Warning",
            Self::Failed => "Failed",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Success" => Self::Success,
            "Warning" => Self::Warning,
            "Failed" => Self::Failed,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for RestoreSessionResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for RestoreSessionResult {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for RestoreSessionResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for RestoreSessionResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for RestoreSessionResult {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of RestoreSession.State.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RestoreSessionState {
    /// `Starting`
    Starting,
    /// `Stopping`
    Stopping,
    /// `Working`
    Working,
    /// `Stopped`
    Stopped,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl RestoreSessionState {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Starting => "Starting",
            Self::Stopping => "Stopping",
            Self::Working => "Working",
            Self::Stopped => "Stopped",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Starting" => Self::Starting,
            "Stopping" => Self::Stopping,
            "Working" => Self::Working,
            "Stopped" => Self::Stopped,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for RestoreSessionState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for RestoreSessionState {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for RestoreSessionState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for RestoreSessionState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for RestoreSessionState {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of ScheduleOptionsInfoType.RetainLimitType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ScheduleOptionsInfoTypeRetainLimitType {
    /// `Cycles`
    Cycles,
    /// `Days`
    Days,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl ScheduleOptionsInfoTypeRetainLimitType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cycles => "Cycles",
            Self::Days => "Days",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Cycles" => Self::Cycles,
            "Days" => Self::Days,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for ScheduleOptionsInfoTypeRetainLimitType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for ScheduleOptionsInfoTypeRetainLimitType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for ScheduleOptionsInfoTypeRetainLimitType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ScheduleOptionsInfoTypeRetainLimitType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for ScheduleOptionsInfoTypeRetainLimitType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of SessionResultInfoType.IsCanceled.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SessionResultInfoTypeIsCanceled {
    /// `True`
    True,
    /// `False`
    False,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl SessionResultInfoTypeIsCanceled {
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
impl std::fmt::Display for SessionResultInfoTypeIsCanceled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for SessionResultInfoTypeIsCanceled {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for SessionResultInfoTypeIsCanceled {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for SessionResultInfoTypeIsCanceled {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for SessionResultInfoTypeIsCanceled {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of SessionResultInfoType.Result.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SessionResultInfoTypeResult {
    /// `Success`
    Success,
    /// `Warning`
    Warning,
    /// `Failed`
    Failed,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl SessionResultInfoTypeResult {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "Success",
            Self::Warning => "Warning",
            Self::Failed => "Failed",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Success" => Self::Success,
            "Warning" => Self::Warning,
            "Failed" => Self::Failed,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for SessionResultInfoTypeResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for SessionResultInfoTypeResult {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for SessionResultInfoTypeResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for SessionResultInfoTypeResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for SessionResultInfoTypeResult {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of SimpleRetentionPolicy.RetainLimitType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SimpleRetentionPolicyRetainLimitType {
    /// `Cycles`
    Cycles,
    /// `Days`
    Days,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl SimpleRetentionPolicyRetainLimitType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cycles => "Cycles",
            Self::Days => "Days",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Cycles" => Self::Cycles,
            "Days" => Self::Days,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for SimpleRetentionPolicyRetainLimitType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for SimpleRetentionPolicyRetainLimitType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for SimpleRetentionPolicyRetainLimitType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for SimpleRetentionPolicyRetainLimitType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for SimpleRetentionPolicyRetainLimitType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of SqlBackupOptionsType.TransactionLogsProcessing.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SqlBackupOptionsTypeTransactionLogsProcessing {
    /// `OnlyOnSuccessJob`
    OnlyOnSuccessJob,
    /// `Backup`
    Backup,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl SqlBackupOptionsTypeTransactionLogsProcessing {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OnlyOnSuccessJob => "OnlyOnSuccessJob",
            Self::Backup => "Backup",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "OnlyOnSuccessJob" => Self::OnlyOnSuccessJob,
            "Backup" => Self::Backup,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for SqlBackupOptionsTypeTransactionLogsProcessing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for SqlBackupOptionsTypeTransactionLogsProcessing {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for SqlBackupOptionsTypeTransactionLogsProcessing {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for SqlBackupOptionsTypeTransactionLogsProcessing {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for SqlBackupOptionsTypeTransactionLogsProcessing {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of SystemSession.SessionType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SystemSessionSessionType {
    /// `CatalogConsolidation`
    CatalogConsolidation,
    /// `CatalogCrawlJob`
    CatalogCrawlJob,
    /// `CatalogReplicationJob`
    CatalogReplicationJob,
    /// `CollectJob`
    CollectJob,
    /// `SecurityScopesRebuild`
    SecurityScopesRebuild,
    /// `VcPluginJob`
    VcPluginJob,
    /// `LicAutoUpdate`
    LicAutoUpdate,
    /// `DatabaseMaintenance`
    DatabaseMaintenance,
    /// `HistoryCollectJob`
    HistoryCollectJob,
    /// `LicenseRevoke`
    LicenseRevoke,
    /// `SyncCheckForProductUpdatesOption`
    SyncCheckForProductUpdatesOption,
    /// `LogExport`
    LogExport,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl SystemSessionSessionType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CatalogConsolidation => "CatalogConsolidation",
            Self::CatalogCrawlJob => "CatalogCrawlJob",
            Self::CatalogReplicationJob => "CatalogReplicationJob",
            Self::CollectJob => "CollectJob",
            Self::SecurityScopesRebuild => "SecurityScopesRebuild",
            Self::VcPluginJob => "VcPluginJob",
            Self::LicAutoUpdate => "LicAutoUpdate",
            Self::DatabaseMaintenance => "DatabaseMaintenance",
            Self::HistoryCollectJob => "HistoryCollectJob",
            Self::LicenseRevoke => "LicenseRevoke",
            Self::SyncCheckForProductUpdatesOption => "SyncCheckForProductUpdatesOption",
            Self::LogExport => "LogExport",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "CatalogConsolidation" => Self::CatalogConsolidation,
            "CatalogCrawlJob" => Self::CatalogCrawlJob,
            "CatalogReplicationJob" => Self::CatalogReplicationJob,
            "CollectJob" => Self::CollectJob,
            "SecurityScopesRebuild" => Self::SecurityScopesRebuild,
            "VcPluginJob" => Self::VcPluginJob,
            "LicAutoUpdate" => Self::LicAutoUpdate,
            "DatabaseMaintenance" => Self::DatabaseMaintenance,
            "HistoryCollectJob" => Self::HistoryCollectJob,
            "LicenseRevoke" => Self::LicenseRevoke,
            "SyncCheckForProductUpdatesOption" => Self::SyncCheckForProductUpdatesOption,
            "LogExport" => Self::LogExport,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for SystemSessionSessionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for SystemSessionSessionType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for SystemSessionSessionType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for SystemSessionSessionType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for SystemSessionSessionType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of SystemSession.State.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SystemSessionState {
    /// `InProgress`
    InProgress,
    /// `CompletedSuccessfully`
    CompletedSuccessfully,
    /// `CompletedWarning`
    CompletedWarning,
    /// `Failed`
    Failed,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl SystemSessionState {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "InProgress",
            Self::CompletedSuccessfully => "CompletedSuccessfully",
            Self::CompletedWarning => "CompletedWarning",
            Self::Failed => "Failed",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "InProgress" => Self::InProgress,
            "CompletedSuccessfully" => Self::CompletedSuccessfully,
            "CompletedWarning" => Self::CompletedWarning,
            "Failed" => Self::Failed,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for SystemSessionState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for SystemSessionState {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for SystemSessionState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for SystemSessionState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for SystemSessionState {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of Task.State.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TaskState {
    /// `Running`
    Running,
    /// `OperationFinished`
    OperationFinished,
    /// `Finished`
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
/// Possible values of VAppReplicaPoint.Algorithm.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VAppReplicaPointAlgorithm {
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
impl VAppReplicaPointAlgorithm {
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
impl std::fmt::Display for VAppReplicaPointAlgorithm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VAppReplicaPointAlgorithm {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for VAppReplicaPointAlgorithm {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VAppReplicaPointAlgorithm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for VAppReplicaPointAlgorithm {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of VAppReplicaPoint.PointType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VAppReplicaPointPointType {
    /// `Full`
    Full,
    /// `ReverseIncrement`
    ReverseIncrement,
    /// `Increment`
    Increment,
    /// `Snapshot`
    Snapshot,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl VAppReplicaPointPointType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "Full",
            Self::ReverseIncrement => "ReverseIncrement",
            Self::Increment => "Increment",
            Self::Snapshot => "Snapshot",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Full" => Self::Full,
            "ReverseIncrement" => Self::ReverseIncrement,
            "Increment" => Self::Increment,
            "Snapshot" => Self::Snapshot,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for VAppReplicaPointPointType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VAppReplicaPointPointType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for VAppReplicaPointPointType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VAppReplicaPointPointType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for VAppReplicaPointPointType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of VAppRestorePoint.Algorithm.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VAppRestorePointAlgorithm {
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
impl VAppRestorePointAlgorithm {
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
impl std::fmt::Display for VAppRestorePointAlgorithm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VAppRestorePointAlgorithm {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for VAppRestorePointAlgorithm {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VAppRestorePointAlgorithm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for VAppRestorePointAlgorithm {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of VAppRestorePoint.PointType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VAppRestorePointPointType {
    /// `Full`
    Full,
    /// `Increment`
    Increment,
    /// `ReverseIncrement`
    ReverseIncrement,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl VAppRestorePointPointType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "Full",
            Self::Increment => "Increment",
            Self::ReverseIncrement => "ReverseIncrement",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Full" => Self::Full,
            "Increment" => Self::Increment,
            "ReverseIncrement" => Self::ReverseIncrement,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for VAppRestorePointPointType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VAppRestorePointPointType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for VAppRestorePointPointType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VAppRestorePointPointType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for VAppRestorePointPointType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
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
        crate::runtime::json::wire(deserializer)
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
        crate::runtime::json::wire(deserializer)
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
        crate::runtime::json::wire(deserializer)
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
        crate::runtime::json::wire(deserializer)
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
        crate::runtime::json::wire(deserializer)
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
        crate::runtime::json::wire(deserializer)
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
        crate::runtime::json::wire(deserializer)
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
/// Possible values of VSphereSelfServiceConfigEntityTypeJobSettings.JobSchedulerType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VSphereSelfServiceConfigEntityTypeJobSettingsJobSchedulerType {
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
impl VSphereSelfServiceConfigEntityTypeJobSettingsJobSchedulerType {
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
impl std::fmt::Display
for VSphereSelfServiceConfigEntityTypeJobSettingsJobSchedulerType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr
for VSphereSelfServiceConfigEntityTypeJobSettingsJobSchedulerType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for VSphereSelfServiceConfigEntityTypeJobSettingsJobSchedulerType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de>
for VSphereSelfServiceConfigEntityTypeJobSettingsJobSchedulerType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText
for VSphereSelfServiceConfigEntityTypeJobSettingsJobSchedulerType {
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
        crate::runtime::json::wire(deserializer)
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
        crate::runtime::json::wire(deserializer)
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
        crate::runtime::json::wire(deserializer)
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
/// Possible values of VeeamZipStartupSpec.CompressionLevel.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VeeamZipStartupSpecCompressionLevel {
    /// `1`
    V1,
    /// `2`
    V2,
    /// `3`
    V3,
    /// `4`
    V4,
    /// `5`
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
/// Possible values of ViCloudHardwarePlanDatastoreInfoListType.DatastoreType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ViCloudHardwarePlanDatastoreInfoListTypeDatastoreType {
    /// `Datastore`
    Datastore,
    /// `StoragePod`
    StoragePod,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl ViCloudHardwarePlanDatastoreInfoListTypeDatastoreType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Datastore => "Datastore",
            Self::StoragePod => "StoragePod",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Datastore" => Self::Datastore,
            "StoragePod" => Self::StoragePod,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for ViCloudHardwarePlanDatastoreInfoListTypeDatastoreType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for ViCloudHardwarePlanDatastoreInfoListTypeDatastoreType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for ViCloudHardwarePlanDatastoreInfoListTypeDatastoreType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de>
for ViCloudHardwarePlanDatastoreInfoListTypeDatastoreType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText
for ViCloudHardwarePlanDatastoreInfoListTypeDatastoreType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of ViCloudHardwarePlan.ParentType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ViCloudHardwarePlanParentType {
    /// `ClusterComputeResource`
    ClusterComputeResource,
    /// `HostSystem`
    HostSystem,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl ViCloudHardwarePlanParentType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ClusterComputeResource => "ClusterComputeResource",
            Self::HostSystem => "HostSystem",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "ClusterComputeResource" => Self::ClusterComputeResource,
            "HostSystem" => Self::HostSystem,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for ViCloudHardwarePlanParentType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for ViCloudHardwarePlanParentType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for ViCloudHardwarePlanParentType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ViCloudHardwarePlanParentType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for ViCloudHardwarePlanParentType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of VlanConfiguration.PlatformType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VlanConfigurationPlatformType {
    /// `VMware`
    VMware,
    /// `HyperV`
    HyperV,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl VlanConfigurationPlatformType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VMware => "VMware",
            Self::HyperV => "HyperV",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "VMware" => Self::VMware,
            "HyperV" => Self::HyperV,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for VlanConfigurationPlatformType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VlanConfigurationPlatformType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for VlanConfigurationPlatformType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VlanConfigurationPlatformType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for VlanConfigurationPlatformType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of VlanConfiguration.SwitchType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VlanConfigurationSwitchType {
    /// `VirtualSwitch`
    VirtualSwitch,
    /// `DistributedVirtualSwitch`
    DistributedVirtualSwitch,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl VlanConfigurationSwitchType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VirtualSwitch => "VirtualSwitch",
            Self::DistributedVirtualSwitch => "DistributedVirtualSwitch",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "VirtualSwitch" => Self::VirtualSwitch,
            "DistributedVirtualSwitch" => Self::DistributedVirtualSwitch,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for VlanConfigurationSwitchType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VlanConfigurationSwitchType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for VlanConfigurationSwitchType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VlanConfigurationSwitchType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for VlanConfigurationSwitchType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of VmReplicaPoint.Algorithm.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VmReplicaPointAlgorithm {
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
impl VmReplicaPointAlgorithm {
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
impl std::fmt::Display for VmReplicaPointAlgorithm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VmReplicaPointAlgorithm {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for VmReplicaPointAlgorithm {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VmReplicaPointAlgorithm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for VmReplicaPointAlgorithm {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of VmReplicaPoint.PoinType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VmReplicaPointPoinType {
    /// `Full`
    Full,
    /// `ReverseIncrement`
    ReverseIncrement,
    /// `Increment`
    Increment,
    /// `Snapshot`
    Snapshot,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl VmReplicaPointPoinType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "Full",
            Self::ReverseIncrement => "ReverseIncrement",
            Self::Increment => "Increment",
            Self::Snapshot => "Snapshot",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Full" => Self::Full,
            "ReverseIncrement" => Self::ReverseIncrement,
            "Increment" => Self::Increment,
            "Snapshot" => Self::Snapshot,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for VmReplicaPointPoinType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VmReplicaPointPoinType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for VmReplicaPointPoinType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VmReplicaPointPoinType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for VmReplicaPointPoinType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of VmRestorePoint.Algorithm.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VmRestorePointAlgorithm {
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
impl VmRestorePointAlgorithm {
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
impl std::fmt::Display for VmRestorePointAlgorithm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VmRestorePointAlgorithm {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for VmRestorePointAlgorithm {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VmRestorePointAlgorithm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for VmRestorePointAlgorithm {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of VmRestorePoint.PointType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VmRestorePointPointType {
    /// `Full`
    Full,
    /// `Increment`
    Increment,
    /// `ReverseIncrement`
    ReverseIncrement,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl VmRestorePointPointType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "Full",
            Self::Increment => "Increment",
            Self::ReverseIncrement => "ReverseIncrement",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Full" => Self::Full,
            "Increment" => Self::Increment,
            "ReverseIncrement" => Self::ReverseIncrement,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for VmRestorePointPointType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VmRestorePointPointType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for VmRestorePointPointType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VmRestorePointPointType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for VmRestorePointPointType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of VssSnapshotOptionsType.VssSnapshotMode.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VssSnapshotOptionsTypeVssSnapshotMode {
    /// `RequireSuccess`
    RequireSuccess,
    /// `IgnoreFailures`
    IgnoreFailures,
    /// `Disabled`
    Disabled,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl VssSnapshotOptionsTypeVssSnapshotMode {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RequireSuccess => "RequireSuccess",
            Self::IgnoreFailures => "IgnoreFailures",
            Self::Disabled => "Disabled",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "RequireSuccess" => Self::RequireSuccess,
            "IgnoreFailures" => Self::IgnoreFailures,
            "Disabled" => Self::Disabled,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for VssSnapshotOptionsTypeVssSnapshotMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VssSnapshotOptionsTypeVssSnapshotMode {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for VssSnapshotOptionsTypeVssSnapshotMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VssSnapshotOptionsTypeVssSnapshotMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for VssSnapshotOptionsTypeVssSnapshotMode {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of WeeklyOptionsInfoType.SelectedDay.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WeeklyOptionsInfoTypeSelectedDay {
    /// `Sunday`
    Sunday,
    /// `Monday`
    Monday,
    /// `Tuesday`
    Tuesday,
    /// `Wednesday`
    Wednesday,
    /// `Thursday`
    Thursday,
    /// `Friday`
    Friday,
    /// `Saturday`
    Saturday,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl WeeklyOptionsInfoTypeSelectedDay {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sunday => "Sunday",
            Self::Monday => "Monday",
            Self::Tuesday => "Tuesday",
            Self::Wednesday => "Wednesday",
            Self::Thursday => "Thursday",
            Self::Friday => "Friday",
            Self::Saturday => "Saturday",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Sunday" => Self::Sunday,
            "Monday" => Self::Monday,
            "Tuesday" => Self::Tuesday,
            "Wednesday" => Self::Wednesday,
            "Thursday" => Self::Thursday,
            "Friday" => Self::Friday,
            "Saturday" => Self::Saturday,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for WeeklyOptionsInfoTypeSelectedDay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for WeeklyOptionsInfoTypeSelectedDay {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for WeeklyOptionsInfoTypeSelectedDay {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for WeeklyOptionsInfoTypeSelectedDay {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for WeeklyOptionsInfoTypeSelectedDay {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of WindowsGuestFSIndexingOptionsType.FileSystemIndexingMode.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WindowsGuestFsIndexingOptionsTypeFileSystemIndexingMode {
    /// `EveryFolders`
    EveryFolders,
    /// `SpecifiedFolders`
    SpecifiedFolders,
    /// `ExceptSpecifiedFolders`
    ExceptSpecifiedFolders,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl WindowsGuestFsIndexingOptionsTypeFileSystemIndexingMode {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EveryFolders => "EveryFolders",
            Self::SpecifiedFolders => "SpecifiedFolders",
            Self::ExceptSpecifiedFolders => "ExceptSpecifiedFolders",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "EveryFolders" => Self::EveryFolders,
            "SpecifiedFolders" => Self::SpecifiedFolders,
            "ExceptSpecifiedFolders" => Self::ExceptSpecifiedFolders,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for WindowsGuestFsIndexingOptionsTypeFileSystemIndexingMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for WindowsGuestFsIndexingOptionsTypeFileSystemIndexingMode {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for WindowsGuestFsIndexingOptionsTypeFileSystemIndexingMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de>
for WindowsGuestFsIndexingOptionsTypeFileSystemIndexingMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText
for WindowsGuestFsIndexingOptionsTypeFileSystemIndexingMode {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of YearlyOptionsInfoType.SelectedMonth.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum YearlyOptionsInfoTypeSelectedMonth {
    /// `January`
    January,
    /// `February`
    February,
    /// `March`
    March,
    /// `April`
    April,
    /// `May`
    May,
    /// `June`
    June,
    /// `July`
    July,
    /// `August`
    August,
    /// `September`
    September,
    /// `October`
    October,
    /// `November`
    November,
    /// `December`
    December,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl YearlyOptionsInfoTypeSelectedMonth {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::January => "January",
            Self::February => "February",
            Self::March => "March",
            Self::April => "April",
            Self::May => "May",
            Self::June => "June",
            Self::July => "July",
            Self::August => "August",
            Self::September => "September",
            Self::October => "October",
            Self::November => "November",
            Self::December => "December",
            Self::Other(s) => s,
        }
    }
    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "January" => Self::January,
            "February" => Self::February,
            "March" => Self::March,
            "April" => Self::April,
            "May" => Self::May,
            "June" => Self::June,
            "July" => Self::July,
            "August" => Self::August,
            "September" => Self::September,
            "October" => Self::October,
            "November" => Self::November,
            "December" => Self::December,
            other => Self::Other(other.to_string()),
        }
    }
}
impl std::fmt::Display for YearlyOptionsInfoTypeSelectedMonth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for YearlyOptionsInfoTypeSelectedMonth {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for YearlyOptionsInfoTypeSelectedMonth {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for YearlyOptionsInfoTypeSelectedMonth {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for YearlyOptionsInfoTypeSelectedMonth {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
