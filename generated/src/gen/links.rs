// @generated — do not edit; run `cargo xtask codegen`
//! [`HasLinks`](crate::flows::HasLinks) for every type with a `Links` list, each compiled
//! when its type is.

#[cfg(any(feature = "agents", feature = "query"))]
impl crate::flows::HasLinks for super::types::AgentBackupJob {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "agents", feature = "query"))]
impl crate::flows::HasLinks for super::types::AgentProtectionGroup {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "agents", feature = "backups", feature = "query"))]
impl crate::flows::HasLinks for super::types::AgentRestorePoint {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(feature = "agents")]
impl crate::flows::HasLinks for super::types::AgentRestorePointMount {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(feature = "agents")]
impl crate::flows::HasLinks for super::types::Agents {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "agents", feature = "backups", feature = "query"))]
impl crate::flows::HasLinks for super::types::BackupFile {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "nas", feature = "query", feature = "sessions"))]
impl crate::flows::HasLinks for super::types::BackupJobSession {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "backup-servers", feature = "query"))]
impl crate::flows::HasLinks for super::types::BackupServer {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "query", feature = "sessions"))]
impl crate::flows::HasLinks for super::types::BackupTaskSession {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(feature = "restore")]
impl crate::flows::HasLinks for super::types::CatalogVm {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(feature = "documented-only")]
impl crate::flows::HasLinks for super::types::CatalogVmRestorePoint {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "cdp", feature = "query"))]
impl crate::flows::HasLinks for super::types::CdpPolicy {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(
    any(
        feature = "agents",
        feature = "cdp",
        feature = "jobs",
        feature = "nas",
        feature = "query"
    )
)]
impl crate::flows::HasLinks for super::types::CdpReplica {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "cdp", feature = "query"))]
impl crate::flows::HasLinks for super::types::CdpReplicaSession {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "cdp", feature = "query"))]
impl crate::flows::HasLinks for super::types::CdpReplicaTaskSession {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(feature = "cdp")]
impl crate::flows::HasLinks for super::types::CdpReplicaVm {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(feature = "cloud")]
impl crate::flows::HasLinks for super::types::CloudConnectService {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "cloud", feature = "query"))]
impl crate::flows::HasLinks for super::types::CloudFailoverPlan {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "cloud", feature = "query"))]
impl crate::flows::HasLinks for super::types::CloudFailoverSession {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "cloud", feature = "query"))]
impl crate::flows::HasLinks for super::types::CloudGateway {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "cloud", feature = "query"))]
impl crate::flows::HasLinks for super::types::CloudGatewayPool {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "cloud", feature = "query"))]
impl crate::flows::HasLinks for super::types::CloudHardwarePlan {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "cloud", feature = "query"))]
impl crate::flows::HasLinks for super::types::CloudPublicIpAddress {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "cloud", feature = "query"))]
impl crate::flows::HasLinks for super::types::CloudReplica {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(feature = "cloud")]
impl crate::flows::HasLinks for super::types::CloudSubtenants {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "cloud", feature = "query"))]
impl crate::flows::HasLinks for super::types::CloudTenant {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "cloud", feature = "query"))]
impl crate::flows::HasLinks for super::types::CloudVmReplicaPoint {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "agents", feature = "query"))]
impl crate::flows::HasLinks for super::types::DiscoveredComputer {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(feature = "security")]
impl crate::flows::HasLinks for super::types::EnterpriseAccount {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(feature = "security")]
impl crate::flows::HasLinks for super::types::EnterpriseAccountHierarchyScope {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(feature = "security")]
impl crate::flows::HasLinks for super::types::EnterpriseAccountInRole {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(feature = "security")]
impl crate::flows::HasLinks for super::types::EnterpriseRole {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(feature = "security")]
impl crate::flows::HasLinks for super::types::EnterpriseSecuritySettings {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "backup-servers", feature = "repositories"))]
impl crate::flows::HasLinks for super::types::ExternalRepository {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "query", feature = "replication"))]
impl crate::flows::HasLinks for super::types::FailoverPlan {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "nas", feature = "query"))]
impl crate::flows::HasLinks for super::types::FileServer {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(feature = "inventory")]
impl crate::flows::HasLinks for super::types::HierarchyItem {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "inventory", feature = "query"))]
impl crate::flows::HasLinks for super::types::HierarchyRoot {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(feature = "cdp")]
impl crate::flows::HasLinks for super::types::Items {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "jobs", feature = "query"))]
impl crate::flows::HasLinks for super::types::Job {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(feature = "logon")]
impl crate::flows::HasLinks for super::types::LogonSession {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(feature = "inventory")]
impl crate::flows::HasLinks for super::types::LookupSvc {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "inventory", feature = "query"))]
impl crate::flows::HasLinks for super::types::ManagedServer {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "nas", feature = "query"))]
impl crate::flows::HasLinks for super::types::NasJob {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(feature = "nas")]
impl crate::flows::HasLinks for super::types::NasService {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(feature = "reports")]
impl crate::flows::HasLinks for super::types::ProcessedVmsReportFrame {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(feature = "query")]
impl crate::flows::HasLinks for super::types::QuerySvc {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

impl crate::flows::HasLinks for super::types::Ref {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "query", feature = "replication"))]
impl crate::flows::HasLinks for super::types::Replica {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "query", feature = "sessions"))]
impl crate::flows::HasLinks for super::types::ReplicaJobSession {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "query", feature = "sessions"))]
impl crate::flows::HasLinks for super::types::ReplicaTaskSession {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "query", feature = "repositories"))]
impl crate::flows::HasLinks for super::types::Repository {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(feature = "reports")]
impl crate::flows::HasLinks for super::types::RepositoryReportFrame {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "backups", feature = "cdp", feature = "query"))]
impl crate::flows::HasLinks for super::types::RestorePoint {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "query", feature = "sessions"))]
impl crate::flows::HasLinks for super::types::RestoreSession {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(feature = "reports")]
impl crate::flows::HasLinks for super::types::SummaryReport {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(feature = "sessions")]
impl crate::flows::HasLinks for super::types::SystemSession {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(feature = "sessions")]
impl crate::flows::HasLinks for super::types::SystemSessionEvents {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

impl crate::flows::HasLinks for super::types::Task {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(feature = "cdp")]
impl crate::flows::HasLinks for super::types::VAppCdpReplica {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(feature = "cdp")]
impl crate::flows::HasLinks for super::types::VAppCdpReplicaVm {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "query", feature = "replication"))]
impl crate::flows::HasLinks for super::types::VAppReplicaPoint {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "backups", feature = "query"))]
impl crate::flows::HasLinks for super::types::VAppRestorePoint {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "query", feature = "self-service"))]
impl crate::flows::HasLinks for super::types::VCloudOrganizationConfig {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(feature = "self-service")]
impl crate::flows::HasLinks for super::types::VCloudService {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(feature = "self-service")]
impl crate::flows::HasLinks for super::types::VSphereSelfService {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "query", feature = "self-service"))]
impl crate::flows::HasLinks for super::types::VSphereSelfServiceConfig {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(feature = "self-service")]
impl crate::flows::HasLinks for super::types::VSphereSelfServiceConfigJobSettings {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "cloud", feature = "query"))]
impl crate::flows::HasLinks for super::types::VlanConfiguration {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "cloud", feature = "query", feature = "replication"))]
impl crate::flows::HasLinks for super::types::VmReplicaPoint {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(feature = "replication")]
impl crate::flows::HasLinks for super::types::VmReplicaPointMount {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "backups", feature = "query", feature = "restore"))]
impl crate::flows::HasLinks for super::types::VmRestorePoint {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(feature = "reports")]
impl crate::flows::HasLinks for super::types::VmsOverviewReportFrame {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}

#[cfg(any(feature = "query", feature = "repositories"))]
impl crate::flows::HasLinks for super::types::WanAccelerator {
    fn links(&self) -> &[super::types::Link] {
        self.links.as_deref().unwrap_or_default()
    }
}
