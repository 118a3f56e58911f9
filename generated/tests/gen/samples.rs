// @generated — do not edit; run `cargo xtask codegen`
//! Decoding and re-encoding any generated type by its name: what the sample round-trip
//! tests drive. `None` when no type has that name.

use veeam_em::runtime::{json, xml};

/// Decodes an XML document as the type named `type_name` and encodes it again with the
/// root element `root`; `tree`: through the tree alone, not the streaming fast path.
pub fn xml_round_trip(
    type_name: &str,
    root: &str,
    document: &[u8],
    tree: bool,
) -> Option<Result<String, veeam_em::runtime::DecodeError>> {
    Some(
        match type_name {
            #[cfg(any(feature = "nas", feature = "query"))]
            "ACL" => {
                decode::<veeam_em::api::types::Acl>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "ADTenantType" => {
                decode::<veeam_em::api::types::AdTenantType>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "query"))]
            "AgentBackupJob" => {
                decode::<veeam_em::api::types::AgentBackupJob>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "agents")]
            "AgentBackupJobs" => {
                decode::<veeam_em::api::types::AgentBackupJobs>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "query"))]
            "AgentProtectionGroup" => {
                decode::<veeam_em::api::types::AgentProtectionGroup>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "agents")]
            "AgentProtectionGroups" => {
                decode::<veeam_em::api::types::AgentProtectionGroups>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "backups", feature = "query"))]
            "AgentRestorePoint" => {
                decode::<veeam_em::api::types::AgentRestorePoint>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "agents")]
            "AgentRestorePointMount" => {
                decode::<veeam_em::api::types::AgentRestorePointMount>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "agents")]
            "AgentRestorePointMounts" => {
                decode::<veeam_em::api::types::AgentRestorePointMounts>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "backups"))]
            "AgentRestorePoints" => {
                decode::<veeam_em::api::types::AgentRestorePoints>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "agents")]
            "Agents" => {
                decode::<veeam_em::api::types::Agents>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "backups",
                    feature = "query",
                    feature = "repositories"
                )
            )]
            "Backup" => {
                decode::<veeam_em::api::types::Backup>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "backups", feature = "query"))]
            "BackupFile" => {
                decode::<veeam_em::api::types::BackupFile>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "backups"))]
            "BackupFiles" => {
                decode::<veeam_em::api::types::BackupFiles>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "jobs", feature = "query"))]
            "BackupJobInfo" => {
                decode::<veeam_em::api::types::BackupJobInfo>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "nas", feature = "query", feature = "sessions"))]
            "BackupJobSession" => {
                decode::<veeam_em::api::types::BackupJobSession>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "nas", feature = "sessions"))]
            "BackupJobSessions" => {
                decode::<veeam_em::api::types::BackupJobSessions>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "backup-servers", feature = "query"))]
            "BackupServer" => {
                decode::<veeam_em::api::types::BackupServer>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "backup-servers")]
            "BackupServerSpec" => {
                decode::<veeam_em::api::types::BackupServerSpec>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "backup-servers")]
            "BackupServers" => {
                decode::<veeam_em::api::types::BackupServers>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "query", feature = "sessions"))]
            "BackupTaskSession" => {
                decode::<veeam_em::api::types::BackupTaskSession>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "sessions")]
            "BackupTaskSessions" => {
                decode::<veeam_em::api::types::BackupTaskSessions>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(
                any(feature = "agents", feature = "backups", feature = "repositories")
            )]
            "Backups" => {
                decode::<veeam_em::api::types::Backups>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "documented-only",
                    feature = "jobs",
                    feature = "nas",
                    feature = "query"
                )
            )]
            "CDPReplicaRPOReportingFailedOptionsType" => {
                decode::<
                    veeam_em::api::types::CdpReplicaRpoReportingFailedOptionsType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "documented-only",
                    feature = "jobs",
                    feature = "nas",
                    feature = "query"
                )
            )]
            "CDPReplicaRPOReportingWarningOptionsType" => {
                decode::<
                    veeam_em::api::types::CdpReplicaRpoReportingWarningOptionsType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "restore")]
            "CatalogVm" => {
                decode::<veeam_em::api::types::CatalogVm>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "documented-only")]
            "CatalogVmRestorePoint" => {
                decode::<veeam_em::api::types::CatalogVmRestorePoint>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "restore")]
            "CatalogVms" => {
                decode::<veeam_em::api::types::CatalogVms>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cdp")]
            "CdpFailoverStartSpec" => {
                decode::<veeam_em::api::types::CdpFailoverStartSpec>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cdp")]
            "CdpPolicies" => {
                decode::<veeam_em::api::types::CdpPolicies>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cdp", feature = "query"))]
            "CdpPolicy" => {
                decode::<veeam_em::api::types::CdpPolicy>(document, tree)
                    .map(|v| xml::to_document(root, &v))
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
            "CdpReplica" => {
                decode::<veeam_em::api::types::CdpReplica>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cdp")]
            "CdpReplicaIntervals" => {
                decode::<veeam_em::api::types::CdpReplicaIntervals>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cdp", feature = "query"))]
            "CdpReplicaPolicyInfo" => {
                decode::<veeam_em::api::types::CdpReplicaPolicyInfo>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cdp", feature = "query"))]
            "CdpReplicaSession" => {
                decode::<veeam_em::api::types::CdpReplicaSession>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cdp")]
            "CdpReplicaSessions" => {
                decode::<veeam_em::api::types::CdpReplicaSessions>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cdp", feature = "query"))]
            "CdpReplicaTaskSession" => {
                decode::<veeam_em::api::types::CdpReplicaTaskSession>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cdp")]
            "CdpReplicaTaskSessions" => {
                decode::<veeam_em::api::types::CdpReplicaTaskSessions>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cdp")]
            "CdpReplicaVm" => {
                decode::<veeam_em::api::types::CdpReplicaVm>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cdp")]
            "CdpReplicaVms" => {
                decode::<veeam_em::api::types::CdpReplicaVms>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cdp")]
            "CdpReplicas" => {
                decode::<veeam_em::api::types::CdpReplicas>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudConnectService" => {
                decode::<veeam_em::api::types::CloudConnectService>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudFailoverPlan" => {
                decode::<veeam_em::api::types::CloudFailoverPlan>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudFailoverPlanManagementSpec" => {
                decode::<
                    veeam_em::api::types::CloudFailoverPlanManagementSpec,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudFailoverPlanOptionsInfoType" => {
                decode::<
                    veeam_em::api::types::CloudFailoverPlanOptionsInfoType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudFailoverPlanVm" => {
                decode::<veeam_em::api::types::CloudFailoverPlanVm>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudFailoverPlans" => {
                decode::<veeam_em::api::types::CloudFailoverPlans>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudFailoverSession" => {
                decode::<veeam_em::api::types::CloudFailoverSession>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudFailoverSessions" => {
                decode::<veeam_em::api::types::CloudFailoverSessions>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudFailoverTaskSessionInfoListType" => {
                decode::<
                    veeam_em::api::types::CloudFailoverTaskSessionInfoListType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudFailoverTasks" => {
                decode::<veeam_em::api::types::CloudFailoverTasks>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudFailoveredVm" => {
                decode::<veeam_em::api::types::CloudFailoveredVm>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudFailoveredVms" => {
                decode::<veeam_em::api::types::CloudFailoveredVms>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudGateway" => {
                decode::<veeam_em::api::types::CloudGateway>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudGatewayPool" => {
                decode::<veeam_em::api::types::CloudGatewayPool>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudGatewayPoolEntityListType" => {
                decode::<
                    veeam_em::api::types::CloudGatewayPoolEntityListType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudGatewayPoolGatewayListType" => {
                decode::<
                    veeam_em::api::types::CloudGatewayPoolGatewayListType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudGatewayPoolTenantListType" => {
                decode::<
                    veeam_em::api::types::CloudGatewayPoolTenantListType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudGateways" => {
                decode::<veeam_em::api::types::CloudGateways>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudHardwarePlan" => {
                decode::<veeam_em::api::types::CloudHardwarePlan>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudHardwarePlanCreateSpec" => {
                decode::<
                    veeam_em::api::types::CloudHardwarePlanCreateSpec,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudHardwarePlanNetworkInfo" => {
                decode::<
                    veeam_em::api::types::CloudHardwarePlanNetworkInfo,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudHardwarePlans" => {
                decode::<veeam_em::api::types::CloudHardwarePlans>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudPublicIpAddress" => {
                decode::<veeam_em::api::types::CloudPublicIpAddress>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudPublicIpAddressCreateSpec" => {
                decode::<
                    veeam_em::api::types::CloudPublicIpAddressCreateSpec,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudPublicIpAddresses" => {
                decode::<veeam_em::api::types::CloudPublicIpAddresses>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudReplica" => {
                decode::<veeam_em::api::types::CloudReplica>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudReplicas" => {
                decode::<veeam_em::api::types::CloudReplicas>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudSubtenant" => {
                decode::<veeam_em::api::types::CloudSubtenant>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudSubtenantCreateSpec" => {
                decode::<veeam_em::api::types::CloudSubtenantCreateSpec>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudSubtenantRepositoryQuotaInfoType" => {
                decode::<
                    veeam_em::api::types::CloudSubtenantRepositoryQuotaInfoType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudSubtenants" => {
                decode::<veeam_em::api::types::CloudSubtenants>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudTenant" => {
                decode::<veeam_em::api::types::CloudTenant>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudTenantADDomainInfoType" => {
                decode::<
                    veeam_em::api::types::CloudTenantAdDomainInfoType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudTenantComputeResource" => {
                decode::<
                    veeam_em::api::types::CloudTenantComputeResource,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudTenantComputeResourceCreateSpec" => {
                decode::<
                    veeam_em::api::types::CloudTenantComputeResourceCreateSpec,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudTenantComputeResourceCreateSpecType" => {
                decode::<
                    veeam_em::api::types::CloudTenantComputeResourceCreateSpecType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudTenantComputeResources" => {
                decode::<
                    veeam_em::api::types::CloudTenantComputeResources,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudTenantFreeLicenseCounters" => {
                decode::<
                    veeam_em::api::types::CloudTenantFreeLicenseCounters,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudTenantLeaseOptionsType" => {
                decode::<
                    veeam_em::api::types::CloudTenantLeaseOptionsType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudTenantRepositoryQuotaInfoType" => {
                decode::<
                    veeam_em::api::types::CloudTenantRepositoryQuotaInfoType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudTenantResource" => {
                decode::<veeam_em::api::types::CloudTenantResource>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudTenantResourceListType" => {
                decode::<
                    veeam_em::api::types::CloudTenantResourceListType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudTenantResources" => {
                decode::<veeam_em::api::types::CloudTenantResources>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudTenantVCloudCompute" => {
                decode::<veeam_em::api::types::CloudTenantVCloudCompute>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudTenantVCloudComputeResource" => {
                decode::<
                    veeam_em::api::types::CloudTenantVCloudComputeResource,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudTenantVCloudComputeResourceCreateSpec" => {
                decode::<
                    veeam_em::api::types::CloudTenantVCloudComputeResourceCreateSpec,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudTenantVCloudComputeResourceCreateSpecType" => {
                decode::<
                    veeam_em::api::types::CloudTenantVCloudComputeResourceCreateSpecType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudTenantVCloudComputeResourceUsageInfoType" => {
                decode::<
                    veeam_em::api::types::CloudTenantVCloudComputeResourceUsageInfoType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudTenants" => {
                decode::<veeam_em::api::types::CloudTenants>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudVmReplicaPoint" => {
                decode::<veeam_em::api::types::CloudVmReplicaPoint>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudVmReplicaPoints" => {
                decode::<veeam_em::api::types::CloudVmReplicaPoints>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "ComputeResourceStatsInfoType" => {
                decode::<
                    veeam_em::api::types::ComputeResourceStatsInfoType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CreateCloudGatewayPoolSpec" => {
                decode::<
                    veeam_em::api::types::CreateCloudGatewayPoolSpec,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CreateCloudGatewaySpec" => {
                decode::<veeam_em::api::types::CreateCloudGatewaySpec>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CreateCloudTenantResourceSpec" => {
                decode::<
                    veeam_em::api::types::CreateCloudTenantResourceSpec,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CreateCloudTenantResourceSpecType" => {
                decode::<
                    veeam_em::api::types::CreateCloudTenantResourceSpecType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CreateCloudTenantSpec" => {
                decode::<veeam_em::api::types::CreateCloudTenantSpec>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cdp", feature = "jobs"))]
            "CreateObjectInJobSpec" => {
                decode::<veeam_em::api::types::CreateObjectInJobSpec>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "backup-servers", feature = "query"))]
            "CredentialsInfo" => {
                decode::<veeam_em::api::types::CredentialsInfo>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "backup-servers")]
            "CredentialsInfoList" => {
                decode::<veeam_em::api::types::CredentialsInfoList>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "backup-servers")]
            "CredentialsInfoSpec" => {
                decode::<veeam_em::api::types::CredentialsInfoSpec>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "Datastore" => {
                decode::<veeam_em::api::types::Datastore>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "documented-only",
                    feature = "jobs",
                    feature = "nas",
                    feature = "query"
                )
            )]
            "Day" => {
                decode::<veeam_em::api::types::Day>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "documented-only")]
            "DeleteCloudTenantsSpec" => {
                decode::<veeam_em::api::types::DeleteCloudTenantsSpec>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "replication", feature = "restore"))]
            "DirectoryEntry" => {
                decode::<veeam_em::api::types::DirectoryEntry>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "replication", feature = "restore"))]
            "DirectoryEntryListType" => {
                decode::<veeam_em::api::types::DirectoryEntryListType>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "query"))]
            "DiscoveredComputer" => {
                decode::<veeam_em::api::types::DiscoveredComputer>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "agents")]
            "DiscoveredComputers" => {
                decode::<veeam_em::api::types::DiscoveredComputers>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "Domain" => {
                decode::<veeam_em::api::types::Domain>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "EnterpriseAccount" => {
                decode::<veeam_em::api::types::EnterpriseAccount>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "EnterpriseAccountCreateSpec" => {
                decode::<
                    veeam_em::api::types::EnterpriseAccountCreateSpec,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "EnterpriseAccountHierarchyScope" => {
                decode::<
                    veeam_em::api::types::EnterpriseAccountHierarchyScope,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "EnterpriseAccountHierarchyScopes" => {
                decode::<
                    veeam_em::api::types::EnterpriseAccountHierarchyScopes,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "EnterpriseAccountInRole" => {
                decode::<veeam_em::api::types::EnterpriseAccountInRole>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "EnterpriseAccountInRoleCreateSpec" => {
                decode::<
                    veeam_em::api::types::EnterpriseAccountInRoleCreateSpec,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "EnterpriseAccountInRoleList" => {
                decode::<
                    veeam_em::api::types::EnterpriseAccountInRoleList,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "EnterpriseAccounts" => {
                decode::<veeam_em::api::types::EnterpriseAccounts>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "EnterpriseRole" => {
                decode::<veeam_em::api::types::EnterpriseRole>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "EnterpriseRoles" => {
                decode::<veeam_em::api::types::EnterpriseRoles>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "EnterpriseSecuritySettings" => {
                decode::<
                    veeam_em::api::types::EnterpriseSecuritySettings,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "backup-servers",
                    feature = "backups",
                    feature = "cdp",
                    feature = "cloud",
                    feature = "inventory",
                    feature = "jobs",
                    feature = "nas",
                    feature = "query",
                    feature = "replication",
                    feature = "repositories",
                    feature = "restore",
                    feature = "security",
                    feature = "self-service",
                    feature = "sessions"
                )
            )]
            "EntityReferences" => {
                decode::<veeam_em::api::types::EntityReferences>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "backup-servers", feature = "repositories"))]
            "ExternalRepositories" => {
                decode::<veeam_em::api::types::ExternalRepositories>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "backup-servers", feature = "repositories"))]
            "ExternalRepository" => {
                decode::<veeam_em::api::types::ExternalRepository>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "FNfsServerOptionsInfoType" => {
                decode::<veeam_em::api::types::FNfsServerOptionsInfoType>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "documented-only",
                    feature = "jobs",
                    feature = "query",
                    feature = "replication"
                )
            )]
            "FSFileExcludeOptionsType" => {
                decode::<veeam_em::api::types::FsFileExcludeOptionsType>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "query", feature = "replication"))]
            "FailoverPlan" => {
                decode::<veeam_em::api::types::FailoverPlan>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "query", feature = "replication"))]
            "FailoverPlanInfoType" => {
                decode::<veeam_em::api::types::FailoverPlanInfoType>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "replication")]
            "FailoverPlanManagementSpec" => {
                decode::<
                    veeam_em::api::types::FailoverPlanManagementSpec,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "replication")]
            "FailoverPlans" => {
                decode::<veeam_em::api::types::FailoverPlans>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "query", feature = "replication"))]
            "FailoveredVm" => {
                decode::<veeam_em::api::types::FailoveredVm>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "replication", feature = "restore"))]
            "FileEntryListType" => {
                decode::<veeam_em::api::types::FileEntryListType>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "FileRestoreSettingsInfoType" => {
                decode::<
                    veeam_em::api::types::FileRestoreSettingsInfoType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "replication", feature = "restore"))]
            "FileRestoreSpec" => {
                decode::<veeam_em::api::types::FileRestoreSpec>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "replication", feature = "restore"))]
            "FileRestoreToOriginalSpecInfoType" => {
                decode::<
                    veeam_em::api::types::FileRestoreToOriginalSpecInfoType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "FileServer" => {
                decode::<veeam_em::api::types::FileServer>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "FileServerOptionsInfoType" => {
                decode::<veeam_em::api::types::FileServerOptionsInfoType>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "nas")]
            "FileServers" => {
                decode::<veeam_em::api::types::FileServers>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "restore"))]
            "FileSystemEntries" => {
                decode::<veeam_em::api::types::FileSystemEntries>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "replication", feature = "restore"))]
            "FileSystemEntry" => {
                decode::<veeam_em::api::types::FileSystemEntry>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "agents")]
            "GetAgentsJobsIncludesResponse" => {
                decode::<
                    veeam_em::api::types::GetAgentsJobsIncludesResponse,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "documented-only")]
            "GetQueryObjectInAgentBackupJobSpec" => {
                decode::<
                    veeam_em::api::types::GetQueryObjectInAgentBackupJobSpec,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "jobs", feature = "query"))]
            "GfsRetentionPolicy" => {
                decode::<veeam_em::api::types::GfsRetentionPolicy>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "replication", feature = "restore"))]
            "GuestCredentials" => {
                decode::<veeam_em::api::types::GuestCredentials>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "jobs",
                    feature = "query",
                    feature = "replication"
                )
            )]
            "GuestProcessingOptions" => {
                decode::<veeam_em::api::types::GuestProcessingOptions>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "documented-only",
                    feature = "jobs",
                    feature = "query",
                    feature = "replication"
                )
            )]
            "GuestProcessingOptionsType" => {
                decode::<
                    veeam_em::api::types::GuestProcessingOptionsType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "inventory")]
            "HierarchyItem" => {
                decode::<veeam_em::api::types::HierarchyItem>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "inventory")]
            "HierarchyItems" => {
                decode::<veeam_em::api::types::HierarchyItems>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "inventory", feature = "query"))]
            "HierarchyRoot" => {
                decode::<veeam_em::api::types::HierarchyRoot>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "inventory")]
            "HierarchyRoots" => {
                decode::<veeam_em::api::types::HierarchyRoots>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "HierarchyScopeCreateSpec" => {
                decode::<veeam_em::api::types::HierarchyScopeCreateSpec>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "HierarchyScopeCreateSpecType" => {
                decode::<
                    veeam_em::api::types::HierarchyScopeCreateSpecType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "HierarchyScopeItem" => {
                decode::<veeam_em::api::types::HierarchyScopeItem>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "HvCloudHardwarePlan" => {
                decode::<veeam_em::api::types::HvCloudHardwarePlan>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "HvCloudHardwarePlanVolumesInfoListType" => {
                decode::<
                    veeam_em::api::types::HvCloudHardwarePlanVolumesInfoListType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "jobs", feature = "query"))]
            "ImmediateBackupCopyJobInfo" => {
                decode::<
                    veeam_em::api::types::ImmediateBackupCopyJobInfo,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "Includes" => {
                decode::<veeam_em::api::types::Includes>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "IncludesIncludes" => {
                decode::<veeam_em::api::types::IncludesIncludes>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cdp")]
            "Interval" => {
                decode::<veeam_em::api::types::Interval>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cdp")]
            "Items" => {
                decode::<veeam_em::api::types::Items>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "jobs", feature = "query"))]
            "Job" => {
                decode::<veeam_em::api::types::Job>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "jobs")]
            "JobCloneSpec" => {
                decode::<veeam_em::api::types::JobCloneSpec>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "jobs", feature = "query"))]
            "JobGfsRetentionPolicy" => {
                decode::<veeam_em::api::types::JobGfsRetentionPolicy>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "jobs", feature = "query"))]
            "JobGfsRetentionPolicyMonthly" => {
                decode::<
                    veeam_em::api::types::JobGfsRetentionPolicyMonthly,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "jobs", feature = "query"))]
            "JobGfsRetentionPolicyWeekly" => {
                decode::<
                    veeam_em::api::types::JobGfsRetentionPolicyWeekly,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "jobs", feature = "query"))]
            "JobGfsRetentionPolicyYearly" => {
                decode::<
                    veeam_em::api::types::JobGfsRetentionPolicyYearly,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "jobs", feature = "query"))]
            "JobInfo" => {
                decode::<veeam_em::api::types::JobInfo>(document, tree)
                    .map(|v| xml::to_document(root, &v))
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
            "JobScheduleBackupWindowOptionsType" => {
                decode::<
                    veeam_em::api::types::JobScheduleBackupWindowOptionsType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
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
            "JobScheduleContinuousOptionsType" => {
                decode::<
                    veeam_em::api::types::JobScheduleContinuousOptionsType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
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
            "JobScheduleDailyOptionsType" => {
                decode::<
                    veeam_em::api::types::JobScheduleDailyOptionsType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
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
            "JobScheduleDaisyChainingOptionsType" => {
                decode::<
                    veeam_em::api::types::JobScheduleDaisyChainingOptionsType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
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
            "JobScheduleMonthlyOptionsType" => {
                decode::<
                    veeam_em::api::types::JobScheduleMonthlyOptionsType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
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
            "JobSchedulePeriodicallyOptionsType" => {
                decode::<
                    veeam_em::api::types::JobSchedulePeriodicallyOptionsType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
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
            "JobScheduleRetryOptionsType" => {
                decode::<
                    veeam_em::api::types::JobScheduleRetryOptionsType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "query", feature = "self-service"))]
            "JobSettings" => {
                decode::<veeam_em::api::types::JobSettings>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "reports")]
            "JobStatisticsReportFrame" => {
                decode::<veeam_em::api::types::JobStatisticsReportFrame>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "jobs")]
            "Jobs" => {
                decode::<veeam_em::api::types::Jobs>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            "Link" => {
                decode::<veeam_em::api::types::Link>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "jobs", feature = "query"))]
            "LinkedBackupRepository" => {
                decode::<veeam_em::api::types::LinkedBackupRepository>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "jobs", feature = "query"))]
            "LinkedJobObject" => {
                decode::<veeam_em::api::types::LinkedJobObject>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "documented-only",
                    feature = "jobs",
                    feature = "query",
                    feature = "replication"
                )
            )]
            "LinuxGuestFSIndexingOptions" => {
                decode::<
                    veeam_em::api::types::LinuxGuestFsIndexingOptions,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "logon")]
            "LogonSession" => {
                decode::<veeam_em::api::types::LogonSession>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "logon")]
            "LogonSessions" => {
                decode::<veeam_em::api::types::LogonSessions>(document, tree)
                    .map(|v| xml::to_document(root, &v))
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
            "LongTermRetentionSchedule" => {
                decode::<veeam_em::api::types::LongTermRetentionSchedule>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "documented-only",
                    feature = "jobs",
                    feature = "nas",
                    feature = "query"
                )
            )]
            "LongTermRetentionScheduleType" => {
                decode::<
                    veeam_em::api::types::LongTermRetentionScheduleType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "inventory")]
            "LookupSvc" => {
                decode::<veeam_em::api::types::LookupSvc>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "inventory", feature = "query"))]
            "ManagedServer" => {
                decode::<veeam_em::api::types::ManagedServer>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "inventory")]
            "ManagedServers" => {
                decode::<veeam_em::api::types::ManagedServers>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(
                any(feature = "cloud", feature = "documented-only", feature = "query")
            )]
            "ManualIpAddressSettingsInfoType" => {
                decode::<
                    veeam_em::api::types::ManualIpAddressSettingsInfoType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
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
            "MarkAsFailed" => {
                decode::<veeam_em::api::types::MarkAsFailed>(document, tree)
                    .map(|v| xml::to_document(root, &v))
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
            "MarkAsWarning" => {
                decode::<veeam_em::api::types::MarkAsWarning>(document, tree)
                    .map(|v| xml::to_document(root, &v))
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
            "MonthlyOptionsInfoType" => {
                decode::<veeam_em::api::types::MonthlyOptionsInfoType>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "NASJob" => {
                decode::<veeam_em::api::types::NasJob>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "NASJobAdvancedStorageOptionsInfoType" => {
                decode::<
                    veeam_em::api::types::NasJobAdvancedStorageOptionsInfoType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "NASJobFileExtensionsOptionsInfoType" => {
                decode::<
                    veeam_em::api::types::NasJobFileExtensionsOptionsInfoType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "NASJobStorageKeepFileVersionsHistory" => {
                decode::<
                    veeam_em::api::types::NasJobStorageKeepFileVersionsHistory,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "NASJobStorageOptionsInfoType" => {
                decode::<
                    veeam_em::api::types::NasJobStorageOptionsInfoType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "nas")]
            "NASJobs" => {
                decode::<veeam_em::api::types::NasJobs>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "NASLongTermArchivalOptionsInfoType" => {
                decode::<
                    veeam_em::api::types::NasLongTermArchivalOptionsInfoType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "NASObject" => {
                decode::<veeam_em::api::types::NasObject>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "nas")]
            "NASObjects" => {
                decode::<veeam_em::api::types::NasObjects>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "documented-only")]
            "NASServerAdvancedOptionsInfoType" => {
                decode::<
                    veeam_em::api::types::NasServerAdvancedOptionsInfoType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "nas")]
            "NASService" => {
                decode::<veeam_em::api::types::NasService>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "Network" => {
                decode::<veeam_em::api::types::Network>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "documented-only")]
            "NetworkAppliance" => {
                decode::<veeam_em::api::types::NetworkAppliance>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(
                any(feature = "cloud", feature = "documented-only", feature = "query")
            )]
            "NetworkApplianceInfoType" => {
                decode::<veeam_em::api::types::NetworkApplianceInfoType>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "jobs", feature = "query"))]
            "ObjectInAgentBackupJob" => {
                decode::<veeam_em::api::types::ObjectInAgentBackupJob>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "jobs",
                    feature = "query"
                )
            )]
            "ObjectInJob" => {
                decode::<veeam_em::api::types::ObjectInJob>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cdp", feature = "jobs"))]
            "ObjectsInJob" => {
                decode::<veeam_em::api::types::ObjectsInJob>(document, tree)
                    .map(|v| xml::to_document(root, &v))
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
            "OptionsBackupWindow" => {
                decode::<veeam_em::api::types::OptionsBackupWindow>(document, tree)
                    .map(|v| xml::to_document(root, &v))
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
            "OptionsContinuous" => {
                decode::<veeam_em::api::types::OptionsContinuous>(document, tree)
                    .map(|v| xml::to_document(root, &v))
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
            "OptionsDaily" => {
                decode::<veeam_em::api::types::OptionsDaily>(document, tree)
                    .map(|v| xml::to_document(root, &v))
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
            "OptionsDaisyChaining" => {
                decode::<veeam_em::api::types::OptionsDaisyChaining>(document, tree)
                    .map(|v| xml::to_document(root, &v))
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
            "OptionsMonthly" => {
                decode::<veeam_em::api::types::OptionsMonthly>(document, tree)
                    .map(|v| xml::to_document(root, &v))
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
            "OptionsPeriodically" => {
                decode::<veeam_em::api::types::OptionsPeriodically>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "documented-only",
                    feature = "jobs",
                    feature = "query",
                    feature = "replication"
                )
            )]
            "OracleBackupOptionsType" => {
                decode::<veeam_em::api::types::OracleBackupOptionsType>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "reports")]
            "OverviewReportFrame" => {
                decode::<veeam_em::api::types::OverviewReportFrame>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "backup-servers", feature = "query"))]
            "PasswordKeyInfo" => {
                decode::<veeam_em::api::types::PasswordKeyInfo>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "backup-servers")]
            "PasswordKeyInfoList" => {
                decode::<veeam_em::api::types::PasswordKeyInfoList>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "backup-servers")]
            "PasswordKeyInfoSpec" => {
                decode::<veeam_em::api::types::PasswordKeyInfoSpec>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "documented-only")]
            "PolicyScheduleOptions" => {
                decode::<veeam_em::api::types::PolicyScheduleOptions>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cdp")]
            "PostCdpReplicaVAppsIntervalsSpec" => {
                decode::<
                    veeam_em::api::types::PostCdpReplicaVAppsIntervalsSpec,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cdp")]
            "PostCdpReplicasVmsIntervalsSpec" => {
                decode::<
                    veeam_em::api::types::PostCdpReplicasVmsIntervalsSpec,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "jobs")]
            "PostJobsLinkedBackupRepositoriesSpec" => {
                decode::<
                    veeam_em::api::types::PostJobsLinkedBackupRepositoriesSpec,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "jobs")]
            "PostJobsLinkedJobsSpec" => {
                decode::<veeam_em::api::types::PostJobsLinkedJobsSpec>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "replication")]
            "PostVmReplicaPointsMountsSpec" => {
                decode::<
                    veeam_em::api::types::PostVmReplicaPointsMountsSpec,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "restore")]
            "PostVmRestorePointsMountsSpec" => {
                decode::<
                    veeam_em::api::types::PostVmRestorePointsMountsSpec,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "reports")]
            "ProcessedVmsReportFrame" => {
                decode::<veeam_em::api::types::ProcessedVmsReportFrame>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "ProcessingOptionsInfoType" => {
                decode::<veeam_em::api::types::ProcessingOptionsInfoType>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "query")]
            "QuerySvc" => {
                decode::<veeam_em::api::types::QuerySvc>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "backup-servers")]
            "QuickBackupStartupSpec" => {
                decode::<veeam_em::api::types::QuickBackupStartupSpec>(document, tree)
                    .map(|v| xml::to_document(root, &v))
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
            "RPOReporting" => {
                decode::<veeam_em::api::types::RpoReporting>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "documented-only",
                    feature = "jobs",
                    feature = "nas",
                    feature = "query"
                )
            )]
            "RPOReportingType" => {
                decode::<veeam_em::api::types::RpoReportingType>(document, tree)
                    .map(|v| xml::to_document(root, &v))
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
            "RPOSchedule" => {
                decode::<veeam_em::api::types::RpoSchedule>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "documented-only",
                    feature = "jobs",
                    feature = "nas",
                    feature = "query"
                )
            )]
            "RPOScheduleType" => {
                decode::<veeam_em::api::types::RpoScheduleType>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "RebuildScopeJobSpec" => {
                decode::<veeam_em::api::types::RebuildScopeJobSpec>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            "Ref" => {
                decode::<veeam_em::api::types::Ref>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "query", feature = "replication"))]
            "Replica" => {
                decode::<veeam_em::api::types::Replica>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "query", feature = "sessions"))]
            "ReplicaJobSession" => {
                decode::<veeam_em::api::types::ReplicaJobSession>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "sessions")]
            "ReplicaJobSessions" => {
                decode::<veeam_em::api::types::ReplicaJobSessions>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "query", feature = "sessions"))]
            "ReplicaTaskSession" => {
                decode::<veeam_em::api::types::ReplicaTaskSession>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "sessions")]
            "ReplicaTaskSessions" => {
                decode::<veeam_em::api::types::ReplicaTaskSessions>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "replication")]
            "Replicas" => {
                decode::<veeam_em::api::types::Replicas>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "repositories")]
            "Repositories" => {
                decode::<veeam_em::api::types::Repositories>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "query", feature = "repositories"))]
            "Repository" => {
                decode::<veeam_em::api::types::Repository>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "reports")]
            "RepositoryReportFrame" => {
                decode::<veeam_em::api::types::RepositoryReportFrame>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "backups", feature = "cdp", feature = "query"))]
            "RestorePoint" => {
                decode::<veeam_em::api::types::RestorePoint>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "backups")]
            "RestorePoints" => {
                decode::<veeam_em::api::types::RestorePoints>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "query", feature = "sessions"))]
            "RestoreSession" => {
                decode::<veeam_em::api::types::RestoreSession>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "sessions")]
            "RestoreSessions" => {
                decode::<veeam_em::api::types::RestoreSessions>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "restore")]
            "RestoreSpec" => {
                decode::<veeam_em::api::types::RestoreSpec>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            "Result" => {
                decode::<veeam_em::api::types::ResultType>(document, tree)
                    .map(|v| xml::to_document(root, &v))
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
            "RetryOptions" => {
                decode::<veeam_em::api::types::RetryOptions>(document, tree)
                    .map(|v| xml::to_document(root, &v))
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
            "ScheduleOptionsInfoType" => {
                decode::<veeam_em::api::types::ScheduleOptionsInfoType>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "sessions")]
            "SessionResultInfoType" => {
                decode::<veeam_em::api::types::SessionResultInfoType>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "jobs", feature = "query"))]
            "SimpleRetentionPolicy" => {
                decode::<veeam_em::api::types::SimpleRetentionPolicy>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "SmbServerOptionsInfoType" => {
                decode::<veeam_em::api::types::SmbServerOptionsInfoType>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "jobs",
                    feature = "query",
                    feature = "replication"
                )
            )]
            "SqlBackupOptions" => {
                decode::<veeam_em::api::types::SqlBackupOptions>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "documented-only",
                    feature = "jobs",
                    feature = "query",
                    feature = "replication"
                )
            )]
            "SqlBackupOptionsType" => {
                decode::<veeam_em::api::types::SqlBackupOptionsType>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "SqlRestoreSettingsInfoType" => {
                decode::<
                    veeam_em::api::types::SqlRestoreSettingsInfoType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "SqlRestoreSettingsSpecsType" => {
                decode::<
                    veeam_em::api::types::SqlRestoreSettingsSpecsType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
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
            "Standart" => {
                decode::<veeam_em::api::types::Standart>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "StorageResourceStat" => {
                decode::<veeam_em::api::types::StorageResourceStat>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "StorageResourceStatsListType" => {
                decode::<
                    veeam_em::api::types::StorageResourceStatsListType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "reports")]
            "SummaryReport" => {
                decode::<veeam_em::api::types::SummaryReport>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "sessions")]
            "SystemSession" => {
                decode::<veeam_em::api::types::SystemSession>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "sessions")]
            "SystemSessionEvents" => {
                decode::<veeam_em::api::types::SystemSessionEvents>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "sessions")]
            "SystemSessions" => {
                decode::<veeam_em::api::types::SystemSessions>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "documented-only")]
            "TagsListType" => {
                decode::<veeam_em::api::types::TagsListType>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            "Task" => {
                decode::<veeam_em::api::types::Task>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "sessions")]
            "Tasks" => {
                decode::<veeam_em::api::types::Tasks>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "TenantCredentials" => {
                decode::<veeam_em::api::types::TenantCredentials>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "TenantCredentialsTenantCredentials" => {
                decode::<
                    veeam_em::api::types::TenantCredentialsTenantCredentials,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "TenantType" => {
                decode::<veeam_em::api::types::TenantType>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cdp")]
            "VAppCdpReplica" => {
                decode::<veeam_em::api::types::VAppCdpReplica>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cdp")]
            "VAppCdpReplicaVm" => {
                decode::<veeam_em::api::types::VAppCdpReplicaVm>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cdp")]
            "VAppCdpReplicaVms" => {
                decode::<veeam_em::api::types::VAppCdpReplicaVms>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cdp")]
            "VAppCdpReplicas" => {
                decode::<veeam_em::api::types::VAppCdpReplicas>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "query", feature = "replication"))]
            "VAppReplicaPoint" => {
                decode::<veeam_em::api::types::VAppReplicaPoint>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "replication")]
            "VAppReplicaPoints" => {
                decode::<veeam_em::api::types::VAppReplicaPoints>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "backups", feature = "query"))]
            "VAppRestorePoint" => {
                decode::<veeam_em::api::types::VAppRestorePoint>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "backups")]
            "VAppRestorePoints" => {
                decode::<veeam_em::api::types::VAppRestorePoints>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "self-service")]
            "VCentersScopeListType" => {
                decode::<veeam_em::api::types::VCentersScopeListType>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "documented-only")]
            "VCloudComputeResources" => {
                decode::<veeam_em::api::types::VCloudComputeResources>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "query", feature = "self-service"))]
            "VCloudOrganizationConfig" => {
                decode::<veeam_em::api::types::VCloudOrganizationConfig>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "self-service")]
            "VCloudOrganizationConfigBackupJobSettings" => {
                decode::<
                    veeam_em::api::types::VCloudOrganizationConfigBackupJobSettings,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "self-service")]
            "VCloudOrganizationConfigCreateSpec" => {
                decode::<
                    veeam_em::api::types::VCloudOrganizationConfigCreateSpec,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "self-service")]
            "VCloudOrganizationConfigs" => {
                decode::<veeam_em::api::types::VCloudOrganizationConfigs>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "self-service")]
            "VCloudService" => {
                decode::<veeam_em::api::types::VCloudService>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "self-service")]
            "VSphereSelfService" => {
                decode::<veeam_em::api::types::VSphereSelfService>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "query", feature = "self-service"))]
            "VSphereSelfServiceConfig" => {
                decode::<veeam_em::api::types::VSphereSelfServiceConfig>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "query", feature = "self-service"))]
            "VSphereSelfServiceConfigAccountInfoType" => {
                decode::<
                    veeam_em::api::types::VSphereSelfServiceConfigAccountInfoType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "documented-only")]
            "VSphereSelfServiceConfigEntityTypeJobSettings" => {
                decode::<
                    veeam_em::api::types::VSphereSelfServiceConfigEntityTypeJobSettings,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "self-service")]
            "VSphereSelfServiceConfigJobSettings" => {
                decode::<
                    veeam_em::api::types::VSphereSelfServiceConfigJobSettings,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "self-service")]
            "VSphereSelfServiceConfigs" => {
                decode::<veeam_em::api::types::VSphereSelfServiceConfigs>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "self-service")]
            "VSphereSelfServiceCreateSpec" => {
                decode::<
                    veeam_em::api::types::VSphereSelfServiceCreateSpec,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "backup-servers")]
            "VeeamZipStartupSpec" => {
                decode::<veeam_em::api::types::VeeamZipStartupSpec>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "ViCloudHardwarePlan" => {
                decode::<veeam_em::api::types::ViCloudHardwarePlan>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "ViCloudHardwarePlanDatastoreInfoListType" => {
                decode::<
                    veeam_em::api::types::ViCloudHardwarePlanDatastoreInfoListType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "ViCloudHardwarePlanorHvCloudHardwarePlan" => {
                decode::<
                    veeam_em::api::types::ViCloudHardwarePlanorHvCloudHardwarePlan,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "VlanConfiguration" => {
                decode::<veeam_em::api::types::VlanConfiguration>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "VlanConfigurations" => {
                decode::<veeam_em::api::types::VlanConfigurations>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "documented-only", feature = "restore"))]
            "Vm" => {
                decode::<veeam_em::api::types::Vm>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query", feature = "replication"))]
            "VmReplicaPoint" => {
                decode::<veeam_em::api::types::VmReplicaPoint>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "VmReplicaPointLink" => {
                decode::<veeam_em::api::types::VmReplicaPointLink>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "replication")]
            "VmReplicaPointMount" => {
                decode::<veeam_em::api::types::VmReplicaPointMount>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "replication")]
            "VmReplicaPointMounts" => {
                decode::<veeam_em::api::types::VmReplicaPointMounts>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "replication"))]
            "VmReplicaPoints" => {
                decode::<veeam_em::api::types::VmReplicaPoints>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "restore")]
            "VmRestoreParameters" => {
                decode::<veeam_em::api::types::VmRestoreParameters>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "backups", feature = "query", feature = "restore"))]
            "VmRestorePoint" => {
                decode::<veeam_em::api::types::VmRestorePoint>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "restore")]
            "VmRestorePointMount" => {
                decode::<veeam_em::api::types::VmRestorePointMount>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "restore")]
            "VmRestorePointMounts" => {
                decode::<veeam_em::api::types::VmRestorePointMounts>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "backups", feature = "restore"))]
            "VmRestorePoints" => {
                decode::<veeam_em::api::types::VmRestorePoints>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "restore")]
            "VmRestoreSpec" => {
                decode::<veeam_em::api::types::VmRestoreSpec>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "documented-only", feature = "restore"))]
            "VmVm" => {
                decode::<veeam_em::api::types::VmVm>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "reports")]
            "VmsOverviewReportFrame" => {
                decode::<veeam_em::api::types::VmsOverviewReportFrame>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "documented-only")]
            "VmsRestoreParameters" => {
                decode::<veeam_em::api::types::VmsRestoreParameters>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "Volume" => {
                decode::<veeam_em::api::types::Volume>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "jobs",
                    feature = "query",
                    feature = "replication"
                )
            )]
            "VssSnapshotOptions" => {
                decode::<veeam_em::api::types::VssSnapshotOptions>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "documented-only",
                    feature = "jobs",
                    feature = "query",
                    feature = "replication"
                )
            )]
            "VssSnapshotOptionsType" => {
                decode::<veeam_em::api::types::VssSnapshotOptionsType>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "query", feature = "repositories"))]
            "WanAccelerator" => {
                decode::<veeam_em::api::types::WanAccelerator>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "repositories")]
            "WanAccelerators" => {
                decode::<veeam_em::api::types::WanAccelerators>(document, tree)
                    .map(|v| xml::to_document(root, &v))
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
            "WeeklyOptionsInfoType" => {
                decode::<veeam_em::api::types::WeeklyOptionsInfoType>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "jobs",
                    feature = "query",
                    feature = "replication"
                )
            )]
            "WindowsGuestFSIndexingOptions" => {
                decode::<
                    veeam_em::api::types::WindowsGuestFsIndexingOptions,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "documented-only",
                    feature = "jobs",
                    feature = "query",
                    feature = "replication"
                )
            )]
            "WindowsGuestFSIndexingOptionsType" => {
                decode::<
                    veeam_em::api::types::WindowsGuestFsIndexingOptionsType,
                >(document, tree)
                    .map(|v| xml::to_document(root, &v))
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
            "YearlyOptionsInfoType" => {
                decode::<veeam_em::api::types::YearlyOptionsInfoType>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "vCloudTenant" => {
                decode::<veeam_em::api::types::VCloudTenant>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "documented-only")]
            "vCloudVAppRestoreSpec" => {
                decode::<veeam_em::api::types::VCloudVAppRestoreSpec>(document, tree)
                    .map(|v| xml::to_document(root, &v))
            }
            _ => return None,
        },
    )
}

fn decode<T: xml::FromXml>(
    document: &[u8],
    tree: bool,
) -> Result<T, veeam_em::runtime::DecodeError> {
    if tree { xml::from_tree(document) } else { xml::from_document(document) }
}

/// Decodes a JSON document as the type named `type_name` and encodes it again.
pub fn json_round_trip(
    type_name: &str,
    document: &[u8],
) -> Option<Result<String, veeam_em::runtime::DecodeError>> {
    Some(
        match type_name {
            #[cfg(any(feature = "nas", feature = "query"))]
            "ACL" => {
                json::from_slice::<veeam_em::api::types::Acl>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "ADTenantType" => {
                json::from_slice::<veeam_em::api::types::AdTenantType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "agents", feature = "query"))]
            "AgentBackupJob" => {
                json::from_slice::<veeam_em::api::types::AgentBackupJob>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "agents")]
            "AgentBackupJobs" => {
                json::from_slice::<veeam_em::api::types::AgentBackupJobs>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "agents", feature = "query"))]
            "AgentProtectionGroup" => {
                json::from_slice::<veeam_em::api::types::AgentProtectionGroup>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "agents")]
            "AgentProtectionGroups" => {
                json::from_slice::<veeam_em::api::types::AgentProtectionGroups>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "agents", feature = "backups", feature = "query"))]
            "AgentRestorePoint" => {
                json::from_slice::<veeam_em::api::types::AgentRestorePoint>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "agents")]
            "AgentRestorePointMount" => {
                json::from_slice::<
                    veeam_em::api::types::AgentRestorePointMount,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "agents")]
            "AgentRestorePointMounts" => {
                json::from_slice::<
                    veeam_em::api::types::AgentRestorePointMounts,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "agents", feature = "backups"))]
            "AgentRestorePoints" => {
                json::from_slice::<veeam_em::api::types::AgentRestorePoints>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "agents")]
            "Agents" => {
                json::from_slice::<veeam_em::api::types::Agents>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "backups",
                    feature = "query",
                    feature = "repositories"
                )
            )]
            "Backup" => {
                json::from_slice::<veeam_em::api::types::Backup>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "agents", feature = "backups", feature = "query"))]
            "BackupFile" => {
                json::from_slice::<veeam_em::api::types::BackupFile>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "agents", feature = "backups"))]
            "BackupFiles" => {
                json::from_slice::<veeam_em::api::types::BackupFiles>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "agents", feature = "jobs", feature = "query"))]
            "BackupJobInfo" => {
                json::from_slice::<veeam_em::api::types::BackupJobInfo>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "nas", feature = "query", feature = "sessions"))]
            "BackupJobSession" => {
                json::from_slice::<veeam_em::api::types::BackupJobSession>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "nas", feature = "sessions"))]
            "BackupJobSessions" => {
                json::from_slice::<veeam_em::api::types::BackupJobSessions>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "backup-servers", feature = "query"))]
            "BackupServer" => {
                json::from_slice::<veeam_em::api::types::BackupServer>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "backup-servers")]
            "BackupServerSpec" => {
                json::from_slice::<veeam_em::api::types::BackupServerSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "backup-servers")]
            "BackupServers" => {
                json::from_slice::<veeam_em::api::types::BackupServers>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "query", feature = "sessions"))]
            "BackupTaskSession" => {
                json::from_slice::<veeam_em::api::types::BackupTaskSession>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "sessions")]
            "BackupTaskSessions" => {
                json::from_slice::<veeam_em::api::types::BackupTaskSessions>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(
                any(feature = "agents", feature = "backups", feature = "repositories")
            )]
            "Backups" => {
                json::from_slice::<veeam_em::api::types::Backups>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "documented-only",
                    feature = "jobs",
                    feature = "nas",
                    feature = "query"
                )
            )]
            "CDPReplicaRPOReportingFailedOptionsType" => {
                json::from_slice::<
                    veeam_em::api::types::CdpReplicaRpoReportingFailedOptionsType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "documented-only",
                    feature = "jobs",
                    feature = "nas",
                    feature = "query"
                )
            )]
            "CDPReplicaRPOReportingWarningOptionsType" => {
                json::from_slice::<
                    veeam_em::api::types::CdpReplicaRpoReportingWarningOptionsType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "restore")]
            "CatalogVm" => {
                json::from_slice::<veeam_em::api::types::CatalogVm>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "documented-only")]
            "CatalogVmRestorePoint" => {
                json::from_slice::<veeam_em::api::types::CatalogVmRestorePoint>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "restore")]
            "CatalogVms" => {
                json::from_slice::<veeam_em::api::types::CatalogVms>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cdp")]
            "CdpFailoverStartSpec" => {
                json::from_slice::<veeam_em::api::types::CdpFailoverStartSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cdp")]
            "CdpPolicies" => {
                json::from_slice::<veeam_em::api::types::CdpPolicies>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cdp", feature = "query"))]
            "CdpPolicy" => {
                json::from_slice::<veeam_em::api::types::CdpPolicy>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
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
            "CdpReplica" => {
                json::from_slice::<veeam_em::api::types::CdpReplica>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cdp")]
            "CdpReplicaIntervals" => {
                json::from_slice::<veeam_em::api::types::CdpReplicaIntervals>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cdp", feature = "query"))]
            "CdpReplicaPolicyInfo" => {
                json::from_slice::<veeam_em::api::types::CdpReplicaPolicyInfo>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cdp", feature = "query"))]
            "CdpReplicaSession" => {
                json::from_slice::<veeam_em::api::types::CdpReplicaSession>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cdp")]
            "CdpReplicaSessions" => {
                json::from_slice::<veeam_em::api::types::CdpReplicaSessions>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cdp", feature = "query"))]
            "CdpReplicaTaskSession" => {
                json::from_slice::<veeam_em::api::types::CdpReplicaTaskSession>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cdp")]
            "CdpReplicaTaskSessions" => {
                json::from_slice::<
                    veeam_em::api::types::CdpReplicaTaskSessions,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cdp")]
            "CdpReplicaVm" => {
                json::from_slice::<veeam_em::api::types::CdpReplicaVm>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cdp")]
            "CdpReplicaVms" => {
                json::from_slice::<veeam_em::api::types::CdpReplicaVms>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cdp")]
            "CdpReplicas" => {
                json::from_slice::<veeam_em::api::types::CdpReplicas>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cloud")]
            "CloudConnectService" => {
                json::from_slice::<veeam_em::api::types::CloudConnectService>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudFailoverPlan" => {
                json::from_slice::<veeam_em::api::types::CloudFailoverPlan>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cloud")]
            "CloudFailoverPlanManagementSpec" => {
                json::from_slice::<
                    veeam_em::api::types::CloudFailoverPlanManagementSpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudFailoverPlanOptionsInfoType" => {
                json::from_slice::<
                    veeam_em::api::types::CloudFailoverPlanOptionsInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudFailoverPlanVm" => {
                json::from_slice::<veeam_em::api::types::CloudFailoverPlanVm>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cloud")]
            "CloudFailoverPlans" => {
                json::from_slice::<veeam_em::api::types::CloudFailoverPlans>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudFailoverSession" => {
                json::from_slice::<veeam_em::api::types::CloudFailoverSession>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cloud")]
            "CloudFailoverSessions" => {
                json::from_slice::<veeam_em::api::types::CloudFailoverSessions>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudFailoverTaskSessionInfoListType" => {
                json::from_slice::<
                    veeam_em::api::types::CloudFailoverTaskSessionInfoListType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudFailoverTasks" => {
                json::from_slice::<veeam_em::api::types::CloudFailoverTasks>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cloud")]
            "CloudFailoveredVm" => {
                json::from_slice::<veeam_em::api::types::CloudFailoveredVm>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cloud")]
            "CloudFailoveredVms" => {
                json::from_slice::<veeam_em::api::types::CloudFailoveredVms>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudGateway" => {
                json::from_slice::<veeam_em::api::types::CloudGateway>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudGatewayPool" => {
                json::from_slice::<veeam_em::api::types::CloudGatewayPool>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudGatewayPoolEntityListType" => {
                json::from_slice::<
                    veeam_em::api::types::CloudGatewayPoolEntityListType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudGatewayPoolGatewayListType" => {
                json::from_slice::<
                    veeam_em::api::types::CloudGatewayPoolGatewayListType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudGatewayPoolTenantListType" => {
                json::from_slice::<
                    veeam_em::api::types::CloudGatewayPoolTenantListType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cloud")]
            "CloudGateways" => {
                json::from_slice::<veeam_em::api::types::CloudGateways>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudHardwarePlan" => {
                json::from_slice::<veeam_em::api::types::CloudHardwarePlan>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cloud")]
            "CloudHardwarePlanCreateSpec" => {
                json::from_slice::<
                    veeam_em::api::types::CloudHardwarePlanCreateSpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudHardwarePlanNetworkInfo" => {
                json::from_slice::<
                    veeam_em::api::types::CloudHardwarePlanNetworkInfo,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cloud")]
            "CloudHardwarePlans" => {
                json::from_slice::<veeam_em::api::types::CloudHardwarePlans>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudPublicIpAddress" => {
                json::from_slice::<veeam_em::api::types::CloudPublicIpAddress>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cloud")]
            "CloudPublicIpAddressCreateSpec" => {
                json::from_slice::<
                    veeam_em::api::types::CloudPublicIpAddressCreateSpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cloud")]
            "CloudPublicIpAddresses" => {
                json::from_slice::<
                    veeam_em::api::types::CloudPublicIpAddresses,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudReplica" => {
                json::from_slice::<veeam_em::api::types::CloudReplica>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cloud")]
            "CloudReplicas" => {
                json::from_slice::<veeam_em::api::types::CloudReplicas>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudSubtenant" => {
                json::from_slice::<veeam_em::api::types::CloudSubtenant>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cloud")]
            "CloudSubtenantCreateSpec" => {
                json::from_slice::<
                    veeam_em::api::types::CloudSubtenantCreateSpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudSubtenantRepositoryQuotaInfoType" => {
                json::from_slice::<
                    veeam_em::api::types::CloudSubtenantRepositoryQuotaInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cloud")]
            "CloudSubtenants" => {
                json::from_slice::<veeam_em::api::types::CloudSubtenants>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudTenant" => {
                json::from_slice::<veeam_em::api::types::CloudTenant>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cloud")]
            "CloudTenantADDomainInfoType" => {
                json::from_slice::<
                    veeam_em::api::types::CloudTenantAdDomainInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudTenantComputeResource" => {
                json::from_slice::<
                    veeam_em::api::types::CloudTenantComputeResource,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cloud")]
            "CloudTenantComputeResourceCreateSpec" => {
                json::from_slice::<
                    veeam_em::api::types::CloudTenantComputeResourceCreateSpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cloud")]
            "CloudTenantComputeResourceCreateSpecType" => {
                json::from_slice::<
                    veeam_em::api::types::CloudTenantComputeResourceCreateSpecType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cloud")]
            "CloudTenantComputeResources" => {
                json::from_slice::<
                    veeam_em::api::types::CloudTenantComputeResources,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cloud")]
            "CloudTenantFreeLicenseCounters" => {
                json::from_slice::<
                    veeam_em::api::types::CloudTenantFreeLicenseCounters,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudTenantLeaseOptionsType" => {
                json::from_slice::<
                    veeam_em::api::types::CloudTenantLeaseOptionsType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudTenantRepositoryQuotaInfoType" => {
                json::from_slice::<
                    veeam_em::api::types::CloudTenantRepositoryQuotaInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudTenantResource" => {
                json::from_slice::<veeam_em::api::types::CloudTenantResource>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudTenantResourceListType" => {
                json::from_slice::<
                    veeam_em::api::types::CloudTenantResourceListType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cloud")]
            "CloudTenantResources" => {
                json::from_slice::<veeam_em::api::types::CloudTenantResources>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudTenantVCloudCompute" => {
                json::from_slice::<
                    veeam_em::api::types::CloudTenantVCloudCompute,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudTenantVCloudComputeResource" => {
                json::from_slice::<
                    veeam_em::api::types::CloudTenantVCloudComputeResource,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cloud")]
            "CloudTenantVCloudComputeResourceCreateSpec" => {
                json::from_slice::<
                    veeam_em::api::types::CloudTenantVCloudComputeResourceCreateSpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cloud")]
            "CloudTenantVCloudComputeResourceCreateSpecType" => {
                json::from_slice::<
                    veeam_em::api::types::CloudTenantVCloudComputeResourceCreateSpecType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudTenantVCloudComputeResourceUsageInfoType" => {
                json::from_slice::<
                    veeam_em::api::types::CloudTenantVCloudComputeResourceUsageInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cloud")]
            "CloudTenants" => {
                json::from_slice::<veeam_em::api::types::CloudTenants>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudVmReplicaPoint" => {
                json::from_slice::<veeam_em::api::types::CloudVmReplicaPoint>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cloud")]
            "CloudVmReplicaPoints" => {
                json::from_slice::<veeam_em::api::types::CloudVmReplicaPoints>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "ComputeResourceStatsInfoType" => {
                json::from_slice::<
                    veeam_em::api::types::ComputeResourceStatsInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cloud")]
            "CreateCloudGatewayPoolSpec" => {
                json::from_slice::<
                    veeam_em::api::types::CreateCloudGatewayPoolSpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cloud")]
            "CreateCloudGatewaySpec" => {
                json::from_slice::<
                    veeam_em::api::types::CreateCloudGatewaySpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cloud")]
            "CreateCloudTenantResourceSpec" => {
                json::from_slice::<
                    veeam_em::api::types::CreateCloudTenantResourceSpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cloud")]
            "CreateCloudTenantResourceSpecType" => {
                json::from_slice::<
                    veeam_em::api::types::CreateCloudTenantResourceSpecType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cloud")]
            "CreateCloudTenantSpec" => {
                json::from_slice::<veeam_em::api::types::CreateCloudTenantSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cdp", feature = "jobs"))]
            "CreateObjectInJobSpec" => {
                json::from_slice::<veeam_em::api::types::CreateObjectInJobSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "backup-servers", feature = "query"))]
            "CredentialsInfo" => {
                json::from_slice::<veeam_em::api::types::CredentialsInfo>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "backup-servers")]
            "CredentialsInfoList" => {
                json::from_slice::<veeam_em::api::types::CredentialsInfoList>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "backup-servers")]
            "CredentialsInfoSpec" => {
                json::from_slice::<veeam_em::api::types::CredentialsInfoSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "Datastore" => {
                json::from_slice::<veeam_em::api::types::Datastore>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "documented-only",
                    feature = "jobs",
                    feature = "nas",
                    feature = "query"
                )
            )]
            "Day" => {
                json::from_slice::<veeam_em::api::types::Day>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "documented-only")]
            "DeleteCloudTenantsSpec" => {
                json::from_slice::<
                    veeam_em::api::types::DeleteCloudTenantsSpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "agents", feature = "replication", feature = "restore"))]
            "DirectoryEntry" => {
                json::from_slice::<veeam_em::api::types::DirectoryEntry>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "agents", feature = "replication", feature = "restore"))]
            "DirectoryEntryListType" => {
                json::from_slice::<
                    veeam_em::api::types::DirectoryEntryListType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "agents", feature = "query"))]
            "DiscoveredComputer" => {
                json::from_slice::<veeam_em::api::types::DiscoveredComputer>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "agents")]
            "DiscoveredComputers" => {
                json::from_slice::<veeam_em::api::types::DiscoveredComputers>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "Domain" => {
                json::from_slice::<veeam_em::api::types::Domain>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "security")]
            "EnterpriseAccount" => {
                json::from_slice::<veeam_em::api::types::EnterpriseAccount>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "security")]
            "EnterpriseAccountCreateSpec" => {
                json::from_slice::<
                    veeam_em::api::types::EnterpriseAccountCreateSpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "security")]
            "EnterpriseAccountHierarchyScope" => {
                json::from_slice::<
                    veeam_em::api::types::EnterpriseAccountHierarchyScope,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "security")]
            "EnterpriseAccountHierarchyScopes" => {
                json::from_slice::<
                    veeam_em::api::types::EnterpriseAccountHierarchyScopes,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "security")]
            "EnterpriseAccountInRole" => {
                json::from_slice::<
                    veeam_em::api::types::EnterpriseAccountInRole,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "security")]
            "EnterpriseAccountInRoleCreateSpec" => {
                json::from_slice::<
                    veeam_em::api::types::EnterpriseAccountInRoleCreateSpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "security")]
            "EnterpriseAccountInRoleList" => {
                json::from_slice::<
                    veeam_em::api::types::EnterpriseAccountInRoleList,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "security")]
            "EnterpriseAccounts" => {
                json::from_slice::<veeam_em::api::types::EnterpriseAccounts>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "security")]
            "EnterpriseRole" => {
                json::from_slice::<veeam_em::api::types::EnterpriseRole>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "security")]
            "EnterpriseRoles" => {
                json::from_slice::<veeam_em::api::types::EnterpriseRoles>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "security")]
            "EnterpriseSecuritySettings" => {
                json::from_slice::<
                    veeam_em::api::types::EnterpriseSecuritySettings,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "backup-servers",
                    feature = "backups",
                    feature = "cdp",
                    feature = "cloud",
                    feature = "inventory",
                    feature = "jobs",
                    feature = "nas",
                    feature = "query",
                    feature = "replication",
                    feature = "repositories",
                    feature = "restore",
                    feature = "security",
                    feature = "self-service",
                    feature = "sessions"
                )
            )]
            "EntityReferences" => {
                json::from_slice::<veeam_em::api::types::EntityReferences>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "backup-servers", feature = "repositories"))]
            "ExternalRepositories" => {
                json::from_slice::<veeam_em::api::types::ExternalRepositories>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "backup-servers", feature = "repositories"))]
            "ExternalRepository" => {
                json::from_slice::<veeam_em::api::types::ExternalRepository>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "FNfsServerOptionsInfoType" => {
                json::from_slice::<
                    veeam_em::api::types::FNfsServerOptionsInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "documented-only",
                    feature = "jobs",
                    feature = "query",
                    feature = "replication"
                )
            )]
            "FSFileExcludeOptionsType" => {
                json::from_slice::<
                    veeam_em::api::types::FsFileExcludeOptionsType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "query", feature = "replication"))]
            "FailoverPlan" => {
                json::from_slice::<veeam_em::api::types::FailoverPlan>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "query", feature = "replication"))]
            "FailoverPlanInfoType" => {
                json::from_slice::<veeam_em::api::types::FailoverPlanInfoType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "replication")]
            "FailoverPlanManagementSpec" => {
                json::from_slice::<
                    veeam_em::api::types::FailoverPlanManagementSpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "replication")]
            "FailoverPlans" => {
                json::from_slice::<veeam_em::api::types::FailoverPlans>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "query", feature = "replication"))]
            "FailoveredVm" => {
                json::from_slice::<veeam_em::api::types::FailoveredVm>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "agents", feature = "replication", feature = "restore"))]
            "FileEntryListType" => {
                json::from_slice::<veeam_em::api::types::FileEntryListType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "security")]
            "FileRestoreSettingsInfoType" => {
                json::from_slice::<
                    veeam_em::api::types::FileRestoreSettingsInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "agents", feature = "replication", feature = "restore"))]
            "FileRestoreSpec" => {
                json::from_slice::<veeam_em::api::types::FileRestoreSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "agents", feature = "replication", feature = "restore"))]
            "FileRestoreToOriginalSpecInfoType" => {
                json::from_slice::<
                    veeam_em::api::types::FileRestoreToOriginalSpecInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "FileServer" => {
                json::from_slice::<veeam_em::api::types::FileServer>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "FileServerOptionsInfoType" => {
                json::from_slice::<
                    veeam_em::api::types::FileServerOptionsInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "nas")]
            "FileServers" => {
                json::from_slice::<veeam_em::api::types::FileServers>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "agents", feature = "restore"))]
            "FileSystemEntries" => {
                json::from_slice::<veeam_em::api::types::FileSystemEntries>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "replication", feature = "restore"))]
            "FileSystemEntry" => {
                json::from_slice::<veeam_em::api::types::FileSystemEntry>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "agents")]
            "GetAgentsJobsIncludesResponse" => {
                json::from_slice::<
                    veeam_em::api::types::GetAgentsJobsIncludesResponse,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "documented-only")]
            "GetQueryObjectInAgentBackupJobSpec" => {
                json::from_slice::<
                    veeam_em::api::types::GetQueryObjectInAgentBackupJobSpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "agents", feature = "jobs", feature = "query"))]
            "GfsRetentionPolicy" => {
                json::from_slice::<veeam_em::api::types::GfsRetentionPolicy>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "agents", feature = "replication", feature = "restore"))]
            "GuestCredentials" => {
                json::from_slice::<veeam_em::api::types::GuestCredentials>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "jobs",
                    feature = "query",
                    feature = "replication"
                )
            )]
            "GuestProcessingOptions" => {
                json::from_slice::<
                    veeam_em::api::types::GuestProcessingOptions,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "documented-only",
                    feature = "jobs",
                    feature = "query",
                    feature = "replication"
                )
            )]
            "GuestProcessingOptionsType" => {
                json::from_slice::<
                    veeam_em::api::types::GuestProcessingOptionsType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "inventory")]
            "HierarchyItem" => {
                json::from_slice::<veeam_em::api::types::HierarchyItem>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "inventory")]
            "HierarchyItems" => {
                json::from_slice::<veeam_em::api::types::HierarchyItems>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "inventory", feature = "query"))]
            "HierarchyRoot" => {
                json::from_slice::<veeam_em::api::types::HierarchyRoot>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "inventory")]
            "HierarchyRoots" => {
                json::from_slice::<veeam_em::api::types::HierarchyRoots>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "security")]
            "HierarchyScopeCreateSpec" => {
                json::from_slice::<
                    veeam_em::api::types::HierarchyScopeCreateSpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "security")]
            "HierarchyScopeCreateSpecType" => {
                json::from_slice::<
                    veeam_em::api::types::HierarchyScopeCreateSpecType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "security")]
            "HierarchyScopeItem" => {
                json::from_slice::<veeam_em::api::types::HierarchyScopeItem>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "HvCloudHardwarePlan" => {
                json::from_slice::<veeam_em::api::types::HvCloudHardwarePlan>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "HvCloudHardwarePlanVolumesInfoListType" => {
                json::from_slice::<
                    veeam_em::api::types::HvCloudHardwarePlanVolumesInfoListType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "agents", feature = "jobs", feature = "query"))]
            "ImmediateBackupCopyJobInfo" => {
                json::from_slice::<
                    veeam_em::api::types::ImmediateBackupCopyJobInfo,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "Includes" => {
                json::from_slice::<veeam_em::api::types::Includes>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "IncludesIncludes" => {
                json::from_slice::<veeam_em::api::types::IncludesIncludes>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cdp")]
            "Interval" => {
                json::from_slice::<veeam_em::api::types::Interval>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cdp")]
            "Items" => {
                json::from_slice::<veeam_em::api::types::Items>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "jobs", feature = "query"))]
            "Job" => {
                json::from_slice::<veeam_em::api::types::Job>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "jobs")]
            "JobCloneSpec" => {
                json::from_slice::<veeam_em::api::types::JobCloneSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "jobs", feature = "query"))]
            "JobGfsRetentionPolicy" => {
                json::from_slice::<veeam_em::api::types::JobGfsRetentionPolicy>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "jobs", feature = "query"))]
            "JobGfsRetentionPolicyMonthly" => {
                json::from_slice::<
                    veeam_em::api::types::JobGfsRetentionPolicyMonthly,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "jobs", feature = "query"))]
            "JobGfsRetentionPolicyWeekly" => {
                json::from_slice::<
                    veeam_em::api::types::JobGfsRetentionPolicyWeekly,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "jobs", feature = "query"))]
            "JobGfsRetentionPolicyYearly" => {
                json::from_slice::<
                    veeam_em::api::types::JobGfsRetentionPolicyYearly,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "agents", feature = "jobs", feature = "query"))]
            "JobInfo" => {
                json::from_slice::<veeam_em::api::types::JobInfo>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
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
            "JobScheduleBackupWindowOptionsType" => {
                json::from_slice::<
                    veeam_em::api::types::JobScheduleBackupWindowOptionsType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
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
            "JobScheduleContinuousOptionsType" => {
                json::from_slice::<
                    veeam_em::api::types::JobScheduleContinuousOptionsType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
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
            "JobScheduleDailyOptionsType" => {
                json::from_slice::<
                    veeam_em::api::types::JobScheduleDailyOptionsType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
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
            "JobScheduleDaisyChainingOptionsType" => {
                json::from_slice::<
                    veeam_em::api::types::JobScheduleDaisyChainingOptionsType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
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
            "JobScheduleMonthlyOptionsType" => {
                json::from_slice::<
                    veeam_em::api::types::JobScheduleMonthlyOptionsType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
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
            "JobSchedulePeriodicallyOptionsType" => {
                json::from_slice::<
                    veeam_em::api::types::JobSchedulePeriodicallyOptionsType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
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
            "JobScheduleRetryOptionsType" => {
                json::from_slice::<
                    veeam_em::api::types::JobScheduleRetryOptionsType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "query", feature = "self-service"))]
            "JobSettings" => {
                json::from_slice::<veeam_em::api::types::JobSettings>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "reports")]
            "JobStatisticsReportFrame" => {
                json::from_slice::<
                    veeam_em::api::types::JobStatisticsReportFrame,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "jobs")]
            "Jobs" => {
                json::from_slice::<veeam_em::api::types::Jobs>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "Link" => {
                json::from_slice::<veeam_em::api::types::Link>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "agents", feature = "jobs", feature = "query"))]
            "LinkedBackupRepository" => {
                json::from_slice::<
                    veeam_em::api::types::LinkedBackupRepository,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "agents", feature = "jobs", feature = "query"))]
            "LinkedJobObject" => {
                json::from_slice::<veeam_em::api::types::LinkedJobObject>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "documented-only",
                    feature = "jobs",
                    feature = "query",
                    feature = "replication"
                )
            )]
            "LinuxGuestFSIndexingOptions" => {
                json::from_slice::<
                    veeam_em::api::types::LinuxGuestFsIndexingOptions,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "logon")]
            "LogonSession" => {
                json::from_slice::<veeam_em::api::types::LogonSession>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "logon")]
            "LogonSessions" => {
                json::from_slice::<veeam_em::api::types::LogonSessions>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
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
            "LongTermRetentionSchedule" => {
                json::from_slice::<
                    veeam_em::api::types::LongTermRetentionSchedule,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "documented-only",
                    feature = "jobs",
                    feature = "nas",
                    feature = "query"
                )
            )]
            "LongTermRetentionScheduleType" => {
                json::from_slice::<
                    veeam_em::api::types::LongTermRetentionScheduleType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "inventory")]
            "LookupSvc" => {
                json::from_slice::<veeam_em::api::types::LookupSvc>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "inventory", feature = "query"))]
            "ManagedServer" => {
                json::from_slice::<veeam_em::api::types::ManagedServer>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "inventory")]
            "ManagedServers" => {
                json::from_slice::<veeam_em::api::types::ManagedServers>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(
                any(feature = "cloud", feature = "documented-only", feature = "query")
            )]
            "ManualIpAddressSettingsInfoType" => {
                json::from_slice::<
                    veeam_em::api::types::ManualIpAddressSettingsInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
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
            "MarkAsFailed" => {
                json::from_slice::<veeam_em::api::types::MarkAsFailed>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
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
            "MarkAsWarning" => {
                json::from_slice::<veeam_em::api::types::MarkAsWarning>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
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
            "MonthlyOptionsInfoType" => {
                json::from_slice::<
                    veeam_em::api::types::MonthlyOptionsInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "NASJob" => {
                json::from_slice::<veeam_em::api::types::NasJob>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "NASJobAdvancedStorageOptionsInfoType" => {
                json::from_slice::<
                    veeam_em::api::types::NasJobAdvancedStorageOptionsInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "NASJobFileExtensionsOptionsInfoType" => {
                json::from_slice::<
                    veeam_em::api::types::NasJobFileExtensionsOptionsInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "NASJobStorageKeepFileVersionsHistory" => {
                json::from_slice::<
                    veeam_em::api::types::NasJobStorageKeepFileVersionsHistory,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "NASJobStorageOptionsInfoType" => {
                json::from_slice::<
                    veeam_em::api::types::NasJobStorageOptionsInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "nas")]
            "NASJobs" => {
                json::from_slice::<veeam_em::api::types::NasJobs>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "NASLongTermArchivalOptionsInfoType" => {
                json::from_slice::<
                    veeam_em::api::types::NasLongTermArchivalOptionsInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "NASObject" => {
                json::from_slice::<veeam_em::api::types::NasObject>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "nas")]
            "NASObjects" => {
                json::from_slice::<veeam_em::api::types::NasObjects>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "documented-only")]
            "NASServerAdvancedOptionsInfoType" => {
                json::from_slice::<
                    veeam_em::api::types::NasServerAdvancedOptionsInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "nas")]
            "NASService" => {
                json::from_slice::<veeam_em::api::types::NasService>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "Network" => {
                json::from_slice::<veeam_em::api::types::Network>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "documented-only")]
            "NetworkAppliance" => {
                json::from_slice::<veeam_em::api::types::NetworkAppliance>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(
                any(feature = "cloud", feature = "documented-only", feature = "query")
            )]
            "NetworkApplianceInfoType" => {
                json::from_slice::<
                    veeam_em::api::types::NetworkApplianceInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "agents", feature = "jobs", feature = "query"))]
            "ObjectInAgentBackupJob" => {
                json::from_slice::<
                    veeam_em::api::types::ObjectInAgentBackupJob,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "jobs",
                    feature = "query"
                )
            )]
            "ObjectInJob" => {
                json::from_slice::<veeam_em::api::types::ObjectInJob>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cdp", feature = "jobs"))]
            "ObjectsInJob" => {
                json::from_slice::<veeam_em::api::types::ObjectsInJob>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
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
            "OptionsBackupWindow" => {
                json::from_slice::<veeam_em::api::types::OptionsBackupWindow>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
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
            "OptionsContinuous" => {
                json::from_slice::<veeam_em::api::types::OptionsContinuous>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
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
            "OptionsDaily" => {
                json::from_slice::<veeam_em::api::types::OptionsDaily>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
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
            "OptionsDaisyChaining" => {
                json::from_slice::<veeam_em::api::types::OptionsDaisyChaining>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
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
            "OptionsMonthly" => {
                json::from_slice::<veeam_em::api::types::OptionsMonthly>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
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
            "OptionsPeriodically" => {
                json::from_slice::<veeam_em::api::types::OptionsPeriodically>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "documented-only",
                    feature = "jobs",
                    feature = "query",
                    feature = "replication"
                )
            )]
            "OracleBackupOptionsType" => {
                json::from_slice::<
                    veeam_em::api::types::OracleBackupOptionsType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "reports")]
            "OverviewReportFrame" => {
                json::from_slice::<veeam_em::api::types::OverviewReportFrame>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "backup-servers", feature = "query"))]
            "PasswordKeyInfo" => {
                json::from_slice::<veeam_em::api::types::PasswordKeyInfo>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "backup-servers")]
            "PasswordKeyInfoList" => {
                json::from_slice::<veeam_em::api::types::PasswordKeyInfoList>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "backup-servers")]
            "PasswordKeyInfoSpec" => {
                json::from_slice::<veeam_em::api::types::PasswordKeyInfoSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "documented-only")]
            "PolicyScheduleOptions" => {
                json::from_slice::<veeam_em::api::types::PolicyScheduleOptions>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cdp")]
            "PostCdpReplicaVAppsIntervalsSpec" => {
                json::from_slice::<
                    veeam_em::api::types::PostCdpReplicaVAppsIntervalsSpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cdp")]
            "PostCdpReplicasVmsIntervalsSpec" => {
                json::from_slice::<
                    veeam_em::api::types::PostCdpReplicasVmsIntervalsSpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "jobs")]
            "PostJobsLinkedBackupRepositoriesSpec" => {
                json::from_slice::<
                    veeam_em::api::types::PostJobsLinkedBackupRepositoriesSpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "jobs")]
            "PostJobsLinkedJobsSpec" => {
                json::from_slice::<
                    veeam_em::api::types::PostJobsLinkedJobsSpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "replication")]
            "PostVmReplicaPointsMountsSpec" => {
                json::from_slice::<
                    veeam_em::api::types::PostVmReplicaPointsMountsSpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "restore")]
            "PostVmRestorePointsMountsSpec" => {
                json::from_slice::<
                    veeam_em::api::types::PostVmRestorePointsMountsSpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "reports")]
            "ProcessedVmsReportFrame" => {
                json::from_slice::<
                    veeam_em::api::types::ProcessedVmsReportFrame,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "ProcessingOptionsInfoType" => {
                json::from_slice::<
                    veeam_em::api::types::ProcessingOptionsInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "query")]
            "QuerySvc" => {
                json::from_slice::<veeam_em::api::types::QuerySvc>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "backup-servers")]
            "QuickBackupStartupSpec" => {
                json::from_slice::<
                    veeam_em::api::types::QuickBackupStartupSpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
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
            "RPOReporting" => {
                json::from_slice::<veeam_em::api::types::RpoReporting>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "documented-only",
                    feature = "jobs",
                    feature = "nas",
                    feature = "query"
                )
            )]
            "RPOReportingType" => {
                json::from_slice::<veeam_em::api::types::RpoReportingType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
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
            "RPOSchedule" => {
                json::from_slice::<veeam_em::api::types::RpoSchedule>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "documented-only",
                    feature = "jobs",
                    feature = "nas",
                    feature = "query"
                )
            )]
            "RPOScheduleType" => {
                json::from_slice::<veeam_em::api::types::RpoScheduleType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "security")]
            "RebuildScopeJobSpec" => {
                json::from_slice::<veeam_em::api::types::RebuildScopeJobSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "Ref" => {
                json::from_slice::<veeam_em::api::types::Ref>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "query", feature = "replication"))]
            "Replica" => {
                json::from_slice::<veeam_em::api::types::Replica>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "query", feature = "sessions"))]
            "ReplicaJobSession" => {
                json::from_slice::<veeam_em::api::types::ReplicaJobSession>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "sessions")]
            "ReplicaJobSessions" => {
                json::from_slice::<veeam_em::api::types::ReplicaJobSessions>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "query", feature = "sessions"))]
            "ReplicaTaskSession" => {
                json::from_slice::<veeam_em::api::types::ReplicaTaskSession>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "sessions")]
            "ReplicaTaskSessions" => {
                json::from_slice::<veeam_em::api::types::ReplicaTaskSessions>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "replication")]
            "Replicas" => {
                json::from_slice::<veeam_em::api::types::Replicas>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "repositories")]
            "Repositories" => {
                json::from_slice::<veeam_em::api::types::Repositories>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "query", feature = "repositories"))]
            "Repository" => {
                json::from_slice::<veeam_em::api::types::Repository>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "reports")]
            "RepositoryReportFrame" => {
                json::from_slice::<veeam_em::api::types::RepositoryReportFrame>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "backups", feature = "cdp", feature = "query"))]
            "RestorePoint" => {
                json::from_slice::<veeam_em::api::types::RestorePoint>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "backups")]
            "RestorePoints" => {
                json::from_slice::<veeam_em::api::types::RestorePoints>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "query", feature = "sessions"))]
            "RestoreSession" => {
                json::from_slice::<veeam_em::api::types::RestoreSession>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "sessions")]
            "RestoreSessions" => {
                json::from_slice::<veeam_em::api::types::RestoreSessions>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "restore")]
            "RestoreSpec" => {
                json::from_slice::<veeam_em::api::types::RestoreSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "Result" => {
                json::from_slice::<veeam_em::api::types::ResultType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
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
            "RetryOptions" => {
                json::from_slice::<veeam_em::api::types::RetryOptions>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
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
            "ScheduleOptionsInfoType" => {
                json::from_slice::<
                    veeam_em::api::types::ScheduleOptionsInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "sessions")]
            "SessionResultInfoType" => {
                json::from_slice::<veeam_em::api::types::SessionResultInfoType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "agents", feature = "jobs", feature = "query"))]
            "SimpleRetentionPolicy" => {
                json::from_slice::<veeam_em::api::types::SimpleRetentionPolicy>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "SmbServerOptionsInfoType" => {
                json::from_slice::<
                    veeam_em::api::types::SmbServerOptionsInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "jobs",
                    feature = "query",
                    feature = "replication"
                )
            )]
            "SqlBackupOptions" => {
                json::from_slice::<veeam_em::api::types::SqlBackupOptions>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "documented-only",
                    feature = "jobs",
                    feature = "query",
                    feature = "replication"
                )
            )]
            "SqlBackupOptionsType" => {
                json::from_slice::<veeam_em::api::types::SqlBackupOptionsType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "security")]
            "SqlRestoreSettingsInfoType" => {
                json::from_slice::<
                    veeam_em::api::types::SqlRestoreSettingsInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "security")]
            "SqlRestoreSettingsSpecsType" => {
                json::from_slice::<
                    veeam_em::api::types::SqlRestoreSettingsSpecsType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
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
            "Standart" => {
                json::from_slice::<veeam_em::api::types::Standart>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "StorageResourceStat" => {
                json::from_slice::<veeam_em::api::types::StorageResourceStat>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "StorageResourceStatsListType" => {
                json::from_slice::<
                    veeam_em::api::types::StorageResourceStatsListType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "reports")]
            "SummaryReport" => {
                json::from_slice::<veeam_em::api::types::SummaryReport>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "sessions")]
            "SystemSession" => {
                json::from_slice::<veeam_em::api::types::SystemSession>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "sessions")]
            "SystemSessionEvents" => {
                json::from_slice::<veeam_em::api::types::SystemSessionEvents>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "sessions")]
            "SystemSessions" => {
                json::from_slice::<veeam_em::api::types::SystemSessions>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "documented-only")]
            "TagsListType" => {
                json::from_slice::<veeam_em::api::types::TagsListType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "Task" => {
                json::from_slice::<veeam_em::api::types::Task>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "sessions")]
            "Tasks" => {
                json::from_slice::<veeam_em::api::types::Tasks>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "TenantCredentials" => {
                json::from_slice::<veeam_em::api::types::TenantCredentials>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "TenantCredentialsTenantCredentials" => {
                json::from_slice::<
                    veeam_em::api::types::TenantCredentialsTenantCredentials,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "TenantType" => {
                json::from_slice::<veeam_em::api::types::TenantType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cdp")]
            "VAppCdpReplica" => {
                json::from_slice::<veeam_em::api::types::VAppCdpReplica>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cdp")]
            "VAppCdpReplicaVm" => {
                json::from_slice::<veeam_em::api::types::VAppCdpReplicaVm>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cdp")]
            "VAppCdpReplicaVms" => {
                json::from_slice::<veeam_em::api::types::VAppCdpReplicaVms>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cdp")]
            "VAppCdpReplicas" => {
                json::from_slice::<veeam_em::api::types::VAppCdpReplicas>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "query", feature = "replication"))]
            "VAppReplicaPoint" => {
                json::from_slice::<veeam_em::api::types::VAppReplicaPoint>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "replication")]
            "VAppReplicaPoints" => {
                json::from_slice::<veeam_em::api::types::VAppReplicaPoints>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "backups", feature = "query"))]
            "VAppRestorePoint" => {
                json::from_slice::<veeam_em::api::types::VAppRestorePoint>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "backups")]
            "VAppRestorePoints" => {
                json::from_slice::<veeam_em::api::types::VAppRestorePoints>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "self-service")]
            "VCentersScopeListType" => {
                json::from_slice::<veeam_em::api::types::VCentersScopeListType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "documented-only")]
            "VCloudComputeResources" => {
                json::from_slice::<
                    veeam_em::api::types::VCloudComputeResources,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "query", feature = "self-service"))]
            "VCloudOrganizationConfig" => {
                json::from_slice::<
                    veeam_em::api::types::VCloudOrganizationConfig,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "self-service")]
            "VCloudOrganizationConfigBackupJobSettings" => {
                json::from_slice::<
                    veeam_em::api::types::VCloudOrganizationConfigBackupJobSettings,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "self-service")]
            "VCloudOrganizationConfigCreateSpec" => {
                json::from_slice::<
                    veeam_em::api::types::VCloudOrganizationConfigCreateSpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "self-service")]
            "VCloudOrganizationConfigs" => {
                json::from_slice::<
                    veeam_em::api::types::VCloudOrganizationConfigs,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "self-service")]
            "VCloudService" => {
                json::from_slice::<veeam_em::api::types::VCloudService>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "self-service")]
            "VSphereSelfService" => {
                json::from_slice::<veeam_em::api::types::VSphereSelfService>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "query", feature = "self-service"))]
            "VSphereSelfServiceConfig" => {
                json::from_slice::<
                    veeam_em::api::types::VSphereSelfServiceConfig,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "query", feature = "self-service"))]
            "VSphereSelfServiceConfigAccountInfoType" => {
                json::from_slice::<
                    veeam_em::api::types::VSphereSelfServiceConfigAccountInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "documented-only")]
            "VSphereSelfServiceConfigEntityTypeJobSettings" => {
                json::from_slice::<
                    veeam_em::api::types::VSphereSelfServiceConfigEntityTypeJobSettings,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "self-service")]
            "VSphereSelfServiceConfigJobSettings" => {
                json::from_slice::<
                    veeam_em::api::types::VSphereSelfServiceConfigJobSettings,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "self-service")]
            "VSphereSelfServiceConfigs" => {
                json::from_slice::<
                    veeam_em::api::types::VSphereSelfServiceConfigs,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "self-service")]
            "VSphereSelfServiceCreateSpec" => {
                json::from_slice::<
                    veeam_em::api::types::VSphereSelfServiceCreateSpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "backup-servers")]
            "VeeamZipStartupSpec" => {
                json::from_slice::<veeam_em::api::types::VeeamZipStartupSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "ViCloudHardwarePlan" => {
                json::from_slice::<veeam_em::api::types::ViCloudHardwarePlan>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "ViCloudHardwarePlanDatastoreInfoListType" => {
                json::from_slice::<
                    veeam_em::api::types::ViCloudHardwarePlanDatastoreInfoListType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "ViCloudHardwarePlanorHvCloudHardwarePlan" => {
                json::from_slice::<
                    veeam_em::api::types::ViCloudHardwarePlanorHvCloudHardwarePlan,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "VlanConfiguration" => {
                json::from_slice::<veeam_em::api::types::VlanConfiguration>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "cloud")]
            "VlanConfigurations" => {
                json::from_slice::<veeam_em::api::types::VlanConfigurations>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "documented-only", feature = "restore"))]
            "Vm" => {
                json::from_slice::<veeam_em::api::types::Vm>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query", feature = "replication"))]
            "VmReplicaPoint" => {
                json::from_slice::<veeam_em::api::types::VmReplicaPoint>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "VmReplicaPointLink" => {
                json::from_slice::<veeam_em::api::types::VmReplicaPointLink>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "replication")]
            "VmReplicaPointMount" => {
                json::from_slice::<veeam_em::api::types::VmReplicaPointMount>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "replication")]
            "VmReplicaPointMounts" => {
                json::from_slice::<veeam_em::api::types::VmReplicaPointMounts>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "replication"))]
            "VmReplicaPoints" => {
                json::from_slice::<veeam_em::api::types::VmReplicaPoints>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "restore")]
            "VmRestoreParameters" => {
                json::from_slice::<veeam_em::api::types::VmRestoreParameters>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "backups", feature = "query", feature = "restore"))]
            "VmRestorePoint" => {
                json::from_slice::<veeam_em::api::types::VmRestorePoint>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "restore")]
            "VmRestorePointMount" => {
                json::from_slice::<veeam_em::api::types::VmRestorePointMount>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "restore")]
            "VmRestorePointMounts" => {
                json::from_slice::<veeam_em::api::types::VmRestorePointMounts>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "backups", feature = "restore"))]
            "VmRestorePoints" => {
                json::from_slice::<veeam_em::api::types::VmRestorePoints>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "restore")]
            "VmRestoreSpec" => {
                json::from_slice::<veeam_em::api::types::VmRestoreSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "documented-only", feature = "restore"))]
            "VmVm" => {
                json::from_slice::<veeam_em::api::types::VmVm>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "reports")]
            "VmsOverviewReportFrame" => {
                json::from_slice::<
                    veeam_em::api::types::VmsOverviewReportFrame,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "documented-only")]
            "VmsRestoreParameters" => {
                json::from_slice::<veeam_em::api::types::VmsRestoreParameters>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "Volume" => {
                json::from_slice::<veeam_em::api::types::Volume>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "jobs",
                    feature = "query",
                    feature = "replication"
                )
            )]
            "VssSnapshotOptions" => {
                json::from_slice::<veeam_em::api::types::VssSnapshotOptions>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "documented-only",
                    feature = "jobs",
                    feature = "query",
                    feature = "replication"
                )
            )]
            "VssSnapshotOptionsType" => {
                json::from_slice::<
                    veeam_em::api::types::VssSnapshotOptionsType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "query", feature = "repositories"))]
            "WanAccelerator" => {
                json::from_slice::<veeam_em::api::types::WanAccelerator>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "repositories")]
            "WanAccelerators" => {
                json::from_slice::<veeam_em::api::types::WanAccelerators>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
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
            "WeeklyOptionsInfoType" => {
                json::from_slice::<veeam_em::api::types::WeeklyOptionsInfoType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "jobs",
                    feature = "query",
                    feature = "replication"
                )
            )]
            "WindowsGuestFSIndexingOptions" => {
                json::from_slice::<
                    veeam_em::api::types::WindowsGuestFsIndexingOptions,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(
                any(
                    feature = "agents",
                    feature = "cdp",
                    feature = "documented-only",
                    feature = "jobs",
                    feature = "query",
                    feature = "replication"
                )
            )]
            "WindowsGuestFSIndexingOptionsType" => {
                json::from_slice::<
                    veeam_em::api::types::WindowsGuestFsIndexingOptionsType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
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
            "YearlyOptionsInfoType" => {
                json::from_slice::<veeam_em::api::types::YearlyOptionsInfoType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "vCloudTenant" => {
                json::from_slice::<veeam_em::api::types::VCloudTenant>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            #[cfg(feature = "documented-only")]
            "vCloudVAppRestoreSpec" => {
                json::from_slice::<veeam_em::api::types::VCloudVAppRestoreSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            _ => return None,
        },
    )
}
