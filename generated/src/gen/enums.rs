// @generated — do not edit; run `cargo xtask codegen`
//! Enums from the documented "Possible values"; each keeps unknown values in `Other`.
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
/// Possible values of CloudTenant.AllocationModel, CloudTenantVCloudComputeResource.AllocationModel.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AllocationModel {
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
impl AllocationModel {
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
impl std::fmt::Display for AllocationModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for AllocationModel {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for AllocationModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AllocationModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for AllocationModel {
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
    /// For VMware, HyperV, vCloud and Standalone Veeam Backup Agent backup resources.
    Standard,
    /// For backup container resources. Represents a backup created by a Veeam Agent backup job in the Veeam Agent Management scenario, and contains links for child backups.
    ParentBackup,
    /// For backup resources that have links to restore points and parent backups. Represents a backup of a separate machine in the backup created by a Veeam Agent backup job in the Veeam Agent Management scenario.
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
    /// VM backup job session.
    Backup,
    /// Periodic backup copy job session.
    BackupCopy,
    /// Immediate backup copy job session.
    ImmediateBackupCopy,
    /// Child immediate backup copy job session that processes restore points of a specific source backup job.
    ImmediateBackupCopyWorker,
    /// Veeam Agent backup job session. Represents a Veeam Agent backup job session container state and progress, contains links for child Veeam Agent backup job sessions.
    AgentBackup,
    /// Veeam Agent child job session. Represents a Veeam Agent protected machine backup state and backup progress, contains links for restore points and the parent backup job session.
    AgentManagement,
    /// File share backup job session.
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
/// Possible values of Backup.Platform.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BackupPlatform {
    /// For protected VMware vSphere VMs.
    VMware,
    /// For protected Microsoft Hyper-V VMs.
    HyperV,
    /// For protected VMware Cloud Director resources.
    VCloud,
    /// For machines protected with Veeam Agent for Linux.
    AgentForLinux,
    /// For machines protected with Veeam Agent for Windows.
    AgentForWindows,
    /// For Nutanix and other custom platforms.
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
/// Possible values of CloudGateway.NetworkMode, CreateCloudGatewaySpec.NetworkType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CloudGatewayNetworking {
    /// If clients have a direct connection to the cloud gateway.
    Direct,
    /// If the cloud gateway is located behind the NAT.
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
/// Possible values of JobScheduleDailyOptionsType.Days, JobScheduleMonthlyOptionsType.DayOfWeek, WeeklyOptionsInfoType.SelectedDay.
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
    /// Backup job.
    Backup,
    /// Periodic backup copy job.
    BackupCopy,
    /// Immediate backup copy job.
    ImmediateBackupCopy,
    /// Replication job.
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
/// Possible values of EnterpriseAccountHierarchyScope.Platform, Job.Platform, Replica.Platform.
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
/// Possible values of JobScheduleMonthlyOptionsType.Months, YearlyOptionsInfoType.SelectedMonth.
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
/// Possible values of PostVmReplicaPointsMountsSpec.OsKind, PostVmRestorePointsMountsSpec.OsKind.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OsKind {
    /// `Linux`
    Linux,
    /// `Windows`
    Windows,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl OsKind {
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
impl std::fmt::Display for OsKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for OsKind {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for OsKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for OsKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for OsKind {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of CloudTenant.PlatformType, CloudTenantComputeResource.PlatformType, CloudTenantComputeResourceCreateSpec.PlatformType, CloudTenantComputeResourceCreateSpecType.PlatformType, VlanConfiguration.PlatformType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlatformType {
    /// `VMware`
    VMware,
    /// `HyperV`
    HyperV,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl PlatformType {
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
impl std::fmt::Display for PlatformType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for PlatformType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for PlatformType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for PlatformType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for PlatformType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of VAppReplicaPoint.Algorithm, VAppRestorePoint.Algorithm, VmReplicaPoint.Algorithm, VmRestorePoint.Algorithm.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PointAlgorithm {
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
impl PointAlgorithm {
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
impl std::fmt::Display for PointAlgorithm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for PointAlgorithm {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for PointAlgorithm {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for PointAlgorithm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for PointAlgorithm {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of VAppReplicaPoint.PointType, VmReplicaPoint.PoinType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReplicaPointPointType {
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
impl ReplicaPointPointType {
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
impl std::fmt::Display for ReplicaPointPointType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for ReplicaPointPointType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for ReplicaPointPointType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ReplicaPointPointType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for ReplicaPointPointType {
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
/// Possible values of VAppRestorePoint.PointType, VmRestorePoint.PointType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RestorePointPointType {
    /// `Full`
    Full,
    /// `Increment`
    Increment,
    /// `ReverseIncrement`
    ReverseIncrement,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl RestorePointPointType {
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
impl std::fmt::Display for RestorePointPointType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for RestorePointPointType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for RestorePointPointType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for RestorePointPointType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for RestorePointPointType {
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
/// Possible values of CloudFailoverSession.State, CloudFailoverTaskSessionInfoListType.State, RestoreSession.State.
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
/// Possible values of ScheduleOptionsInfoType.RetainLimitType, SimpleRetentionPolicy.RetainLimitType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RetainLimitType {
    /// Keep the last &lt;N&gt; restore points, where &lt;N&gt; is the specified number of restore points.
    Cycles,
    /// Keep restore points created during the last &lt;N&gt; days, where &lt;N&gt; is the specified number of days.
    Days,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl RetainLimitType {
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
impl std::fmt::Display for RetainLimitType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for RetainLimitType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for RetainLimitType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for RetainLimitType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for RetainLimitType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of BackupJobSession.Result, BackupTaskSession.Result, CdpReplicaSession.Result, CdpReplicaTaskSession.Result, CloudFailoverSession.Result, CloudFailoverTaskSessionInfoListType.Result, ReplicaJobSession.Result, ReplicaTaskSession.Result, RestoreSession.Result, SessionResultInfoType.Result.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SessionResult {
    /// `Success`
    Success,
    /// `Warning`
    Warning,
    /// `Failed`
    Failed,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl SessionResult {
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
impl std::fmt::Display for SessionResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for SessionResult {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for SessionResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for SessionResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for SessionResult {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of BackupJobSession.State, CdpReplicaSession.State, ReplicaJobSession.State.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SessionState {
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
impl SessionState {
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
impl std::fmt::Display for SessionState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for SessionState {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for SessionState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for SessionState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for SessionState {
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
/// Possible values of BackupTaskSession.State, CdpReplicaTaskSession.State, ReplicaTaskSession.State.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TaskSessionState {
    /// `InProgress`
    InProgress,
    /// `Pending`
    Pending,
    /// `Completed`
    Completed,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl TaskSessionState {
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
impl std::fmt::Display for TaskSessionState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for TaskSessionState {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for TaskSessionState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for TaskSessionState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for TaskSessionState {
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
/// Possible values of CloudTenant.ThrottlingSpeedUnit, CreateCloudTenantSpec.ThrottlingSpeedUnit.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ThrottlingSpeedUnit {
    /// `Mbps`
    Mbps,
    /// `KBps`
    KBps,
    /// `MBps`
    MBps,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl ThrottlingSpeedUnit {
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
impl std::fmt::Display for ThrottlingSpeedUnit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for ThrottlingSpeedUnit {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for ThrottlingSpeedUnit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ThrottlingSpeedUnit {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for ThrottlingSpeedUnit {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }
    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
/// Possible values of VSphereSelfServiceConfigAccountInfoType.AccountType, VSphereSelfServiceCreateSpec.AccountType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VSphereSelfServiceAccountType {
    /// Tenant access configuration is created for a vSphere user.
    User,
    /// Tenant access configuration is created for a vSphere group.
    Group,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}
impl VSphereSelfServiceAccountType {
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
impl std::fmt::Display for VSphereSelfServiceAccountType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VSphereSelfServiceAccountType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}
impl serde::Serialize for VSphereSelfServiceAccountType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VSphereSelfServiceAccountType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}
impl crate::runtime::xml::XmlText for VSphereSelfServiceAccountType {
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
