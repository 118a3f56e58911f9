// @generated — do not edit; run `cargo xtask codegen`
//! Decoding and re-encoding any generated type by its name: what the sample round-trip
//! tests drive. `None` when no type has that name.

use veeam_em::runtime::{json, xml};

/// Decodes an XML document as the type named `type_name` and encodes it again with the
/// root element `root`.
pub fn xml_round_trip(
    type_name: &str,
    root: &str,
    document: &[u8],
) -> Option<Result<String, veeam_em::runtime::DecodeError>> {
    Some(
        match type_name {
            #[cfg(any(feature = "nas", feature = "query"))]
            "ACL" => {
                xml::from_document::<veeam_em::api::types::Acl>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "ADTenantType" => {
                xml::from_document::<veeam_em::api::types::AdTenantType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "query"))]
            "AgentBackupJob" => {
                xml::from_document::<veeam_em::api::types::AgentBackupJob>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "agents")]
            "AgentBackupJobs" => {
                xml::from_document::<veeam_em::api::types::AgentBackupJobs>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "query"))]
            "AgentProtectionGroup" => {
                xml::from_document::<
                    veeam_em::api::types::AgentProtectionGroup,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "agents")]
            "AgentProtectionGroups" => {
                xml::from_document::<
                    veeam_em::api::types::AgentProtectionGroups,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "backups", feature = "query"))]
            "AgentRestorePoint" => {
                xml::from_document::<veeam_em::api::types::AgentRestorePoint>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "agents")]
            "AgentRestorePointMount" => {
                xml::from_document::<
                    veeam_em::api::types::AgentRestorePointMount,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "agents")]
            "AgentRestorePointMounts" => {
                xml::from_document::<
                    veeam_em::api::types::AgentRestorePointMounts,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "backups"))]
            "AgentRestorePoints" => {
                xml::from_document::<veeam_em::api::types::AgentRestorePoints>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "agents")]
            "Agents" => {
                xml::from_document::<veeam_em::api::types::Agents>(document)
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
                xml::from_document::<veeam_em::api::types::Backup>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "backups", feature = "query"))]
            "BackupFile" => {
                xml::from_document::<veeam_em::api::types::BackupFile>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "backups"))]
            "BackupFiles" => {
                xml::from_document::<veeam_em::api::types::BackupFiles>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "jobs", feature = "query"))]
            "BackupJobInfo" => {
                xml::from_document::<veeam_em::api::types::BackupJobInfo>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "nas", feature = "query", feature = "sessions"))]
            "BackupJobSession" => {
                xml::from_document::<veeam_em::api::types::BackupJobSession>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "nas", feature = "sessions"))]
            "BackupJobSessions" => {
                xml::from_document::<veeam_em::api::types::BackupJobSessions>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "backup-servers", feature = "query"))]
            "BackupServer" => {
                xml::from_document::<veeam_em::api::types::BackupServer>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "backup-servers")]
            "BackupServerSpec" => {
                xml::from_document::<veeam_em::api::types::BackupServerSpec>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "backup-servers")]
            "BackupServers" => {
                xml::from_document::<veeam_em::api::types::BackupServers>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "query", feature = "sessions"))]
            "BackupTaskSession" => {
                xml::from_document::<veeam_em::api::types::BackupTaskSession>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "sessions")]
            "BackupTaskSessions" => {
                xml::from_document::<veeam_em::api::types::BackupTaskSessions>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(
                any(feature = "agents", feature = "backups", feature = "repositories")
            )]
            "Backups" => {
                xml::from_document::<veeam_em::api::types::Backups>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CDPReplicaRPOReportingFailedOptionsType" => {
                xml::from_document::<
                    veeam_em::api::types::CdpReplicaRpoReportingFailedOptionsType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CDPReplicaRPOReportingWarningOptionsType" => {
                xml::from_document::<
                    veeam_em::api::types::CdpReplicaRpoReportingWarningOptionsType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "restore")]
            "CatalogVm" => {
                xml::from_document::<veeam_em::api::types::CatalogVm>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CatalogVmRestorePoint" => {
                xml::from_document::<
                    veeam_em::api::types::CatalogVmRestorePoint,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "restore")]
            "CatalogVms" => {
                xml::from_document::<veeam_em::api::types::CatalogVms>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cdp")]
            "CdpFailoverStartSpec" => {
                xml::from_document::<
                    veeam_em::api::types::CdpFailoverStartSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cdp")]
            "CdpPolicies" => {
                xml::from_document::<veeam_em::api::types::CdpPolicies>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cdp", feature = "query"))]
            "CdpPolicy" => {
                xml::from_document::<veeam_em::api::types::CdpPolicy>(document)
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
                xml::from_document::<veeam_em::api::types::CdpReplica>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cdp")]
            "CdpReplicaIntervals" => {
                xml::from_document::<veeam_em::api::types::CdpReplicaIntervals>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cdp", feature = "query"))]
            "CdpReplicaPolicyInfo" => {
                xml::from_document::<
                    veeam_em::api::types::CdpReplicaPolicyInfo,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cdp", feature = "query"))]
            "CdpReplicaSession" => {
                xml::from_document::<veeam_em::api::types::CdpReplicaSession>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cdp")]
            "CdpReplicaSessions" => {
                xml::from_document::<veeam_em::api::types::CdpReplicaSessions>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cdp", feature = "query"))]
            "CdpReplicaTaskSession" => {
                xml::from_document::<
                    veeam_em::api::types::CdpReplicaTaskSession,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cdp")]
            "CdpReplicaTaskSessions" => {
                xml::from_document::<
                    veeam_em::api::types::CdpReplicaTaskSessions,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cdp")]
            "CdpReplicaVm" => {
                xml::from_document::<veeam_em::api::types::CdpReplicaVm>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cdp")]
            "CdpReplicaVms" => {
                xml::from_document::<veeam_em::api::types::CdpReplicaVms>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cdp")]
            "CdpReplicas" => {
                xml::from_document::<veeam_em::api::types::CdpReplicas>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudConnectService" => {
                xml::from_document::<veeam_em::api::types::CloudConnectService>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudFailoverPlan" => {
                xml::from_document::<veeam_em::api::types::CloudFailoverPlan>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudFailoverPlanManagementSpec" => {
                xml::from_document::<
                    veeam_em::api::types::CloudFailoverPlanManagementSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudFailoverPlanOptionsInfoType" => {
                xml::from_document::<
                    veeam_em::api::types::CloudFailoverPlanOptionsInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudFailoverPlanVm" => {
                xml::from_document::<veeam_em::api::types::CloudFailoverPlanVm>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudFailoverPlans" => {
                xml::from_document::<veeam_em::api::types::CloudFailoverPlans>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudFailoverSession" => {
                xml::from_document::<
                    veeam_em::api::types::CloudFailoverSession,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudFailoverSessions" => {
                xml::from_document::<
                    veeam_em::api::types::CloudFailoverSessions,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudFailoverTaskSessionInfoListType" => {
                xml::from_document::<
                    veeam_em::api::types::CloudFailoverTaskSessionInfoListType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudFailoverTasks" => {
                xml::from_document::<veeam_em::api::types::CloudFailoverTasks>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudFailoveredVm" => {
                xml::from_document::<veeam_em::api::types::CloudFailoveredVm>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudFailoveredVms" => {
                xml::from_document::<veeam_em::api::types::CloudFailoveredVms>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudGateway" => {
                xml::from_document::<veeam_em::api::types::CloudGateway>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudGatewayPool" => {
                xml::from_document::<veeam_em::api::types::CloudGatewayPool>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudGatewayPoolEntityListType" => {
                xml::from_document::<
                    veeam_em::api::types::CloudGatewayPoolEntityListType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudGatewayPoolGatewayListType" => {
                xml::from_document::<
                    veeam_em::api::types::CloudGatewayPoolGatewayListType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudGatewayPoolTenantListType" => {
                xml::from_document::<
                    veeam_em::api::types::CloudGatewayPoolTenantListType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudGateways" => {
                xml::from_document::<veeam_em::api::types::CloudGateways>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudHardwarePlan" => {
                xml::from_document::<veeam_em::api::types::CloudHardwarePlan>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudHardwarePlanCreateSpec" => {
                xml::from_document::<
                    veeam_em::api::types::CloudHardwarePlanCreateSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudHardwarePlanNetworkInfo" => {
                xml::from_document::<
                    veeam_em::api::types::CloudHardwarePlanNetworkInfo,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudHardwarePlans" => {
                xml::from_document::<veeam_em::api::types::CloudHardwarePlans>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudPublicIpAddress" => {
                xml::from_document::<
                    veeam_em::api::types::CloudPublicIpAddress,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudPublicIpAddressCreateSpec" => {
                xml::from_document::<
                    veeam_em::api::types::CloudPublicIpAddressCreateSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudPublicIpAddresses" => {
                xml::from_document::<
                    veeam_em::api::types::CloudPublicIpAddresses,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudReplica" => {
                xml::from_document::<veeam_em::api::types::CloudReplica>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudReplicas" => {
                xml::from_document::<veeam_em::api::types::CloudReplicas>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudSubtenant" => {
                xml::from_document::<veeam_em::api::types::CloudSubtenant>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudSubtenantCreateSpec" => {
                xml::from_document::<
                    veeam_em::api::types::CloudSubtenantCreateSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudSubtenantRepositoryQuotaInfoType" => {
                xml::from_document::<
                    veeam_em::api::types::CloudSubtenantRepositoryQuotaInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudSubtenants" => {
                xml::from_document::<veeam_em::api::types::CloudSubtenants>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudTenant" => {
                xml::from_document::<veeam_em::api::types::CloudTenant>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudTenantADDomainInfoType" => {
                xml::from_document::<
                    veeam_em::api::types::CloudTenantAdDomainInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudTenantComputeResource" => {
                xml::from_document::<
                    veeam_em::api::types::CloudTenantComputeResource,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudTenantComputeResourceCreateSpec" => {
                xml::from_document::<
                    veeam_em::api::types::CloudTenantComputeResourceCreateSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudTenantComputeResourceCreateSpecType" => {
                xml::from_document::<
                    veeam_em::api::types::CloudTenantComputeResourceCreateSpecType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudTenantComputeResources" => {
                xml::from_document::<
                    veeam_em::api::types::CloudTenantComputeResources,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudTenantFreeLicenseCounters" => {
                xml::from_document::<
                    veeam_em::api::types::CloudTenantFreeLicenseCounters,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudTenantLeaseOptionsType" => {
                xml::from_document::<
                    veeam_em::api::types::CloudTenantLeaseOptionsType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudTenantRepositoryQuotaInfoType" => {
                xml::from_document::<
                    veeam_em::api::types::CloudTenantRepositoryQuotaInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudTenantResource" => {
                xml::from_document::<veeam_em::api::types::CloudTenantResource>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudTenantResourceListType" => {
                xml::from_document::<
                    veeam_em::api::types::CloudTenantResourceListType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudTenantResources" => {
                xml::from_document::<
                    veeam_em::api::types::CloudTenantResources,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudTenantVCloudCompute" => {
                xml::from_document::<
                    veeam_em::api::types::CloudTenantVCloudCompute,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudTenantVCloudComputeResource" => {
                xml::from_document::<
                    veeam_em::api::types::CloudTenantVCloudComputeResource,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudTenantVCloudComputeResourceCreateSpec" => {
                xml::from_document::<
                    veeam_em::api::types::CloudTenantVCloudComputeResourceCreateSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudTenantVCloudComputeResourceCreateSpecType" => {
                xml::from_document::<
                    veeam_em::api::types::CloudTenantVCloudComputeResourceCreateSpecType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudTenantVCloudComputeResourceUsageInfoType" => {
                xml::from_document::<
                    veeam_em::api::types::CloudTenantVCloudComputeResourceUsageInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudTenants" => {
                xml::from_document::<veeam_em::api::types::CloudTenants>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "CloudVmReplicaPoint" => {
                xml::from_document::<veeam_em::api::types::CloudVmReplicaPoint>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CloudVmReplicaPoints" => {
                xml::from_document::<
                    veeam_em::api::types::CloudVmReplicaPoints,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "ComputeResourceStatsInfoType" => {
                xml::from_document::<
                    veeam_em::api::types::ComputeResourceStatsInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CreateCloudGatewayPoolSpec" => {
                xml::from_document::<
                    veeam_em::api::types::CreateCloudGatewayPoolSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CreateCloudGatewaySpec" => {
                xml::from_document::<
                    veeam_em::api::types::CreateCloudGatewaySpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CreateCloudTenantResourceSpec" => {
                xml::from_document::<
                    veeam_em::api::types::CreateCloudTenantResourceSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CreateCloudTenantResourceSpecType" => {
                xml::from_document::<
                    veeam_em::api::types::CreateCloudTenantResourceSpecType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "CreateCloudTenantSpec" => {
                xml::from_document::<
                    veeam_em::api::types::CreateCloudTenantSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cdp", feature = "jobs"))]
            "CreateObjectInJobSpec" => {
                xml::from_document::<
                    veeam_em::api::types::CreateObjectInJobSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "backup-servers", feature = "query"))]
            "CredentialsInfo" => {
                xml::from_document::<veeam_em::api::types::CredentialsInfo>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "backup-servers")]
            "CredentialsInfoList" => {
                xml::from_document::<veeam_em::api::types::CredentialsInfoList>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "backup-servers")]
            "CredentialsInfoSpec" => {
                xml::from_document::<veeam_em::api::types::CredentialsInfoSpec>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "Datastore" => {
                xml::from_document::<veeam_em::api::types::Datastore>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "Day" => {
                xml::from_document::<veeam_em::api::types::Day>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "DeleteCloudTenantsSpec" => {
                xml::from_document::<
                    veeam_em::api::types::DeleteCloudTenantsSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "replication", feature = "restore"))]
            "DirectoryEntry" => {
                xml::from_document::<veeam_em::api::types::DirectoryEntry>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "replication", feature = "restore"))]
            "DirectoryEntryListType" => {
                xml::from_document::<
                    veeam_em::api::types::DirectoryEntryListType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "query"))]
            "DiscoveredComputer" => {
                xml::from_document::<veeam_em::api::types::DiscoveredComputer>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "agents")]
            "DiscoveredComputers" => {
                xml::from_document::<veeam_em::api::types::DiscoveredComputers>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "Domain" => {
                xml::from_document::<veeam_em::api::types::Domain>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "EnterpriseAccount" => {
                xml::from_document::<veeam_em::api::types::EnterpriseAccount>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "EnterpriseAccountCreateSpec" => {
                xml::from_document::<
                    veeam_em::api::types::EnterpriseAccountCreateSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "EnterpriseAccountHierarchyScope" => {
                xml::from_document::<
                    veeam_em::api::types::EnterpriseAccountHierarchyScope,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "EnterpriseAccountHierarchyScopes" => {
                xml::from_document::<
                    veeam_em::api::types::EnterpriseAccountHierarchyScopes,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "EnterpriseAccountInRole" => {
                xml::from_document::<
                    veeam_em::api::types::EnterpriseAccountInRole,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "EnterpriseAccountInRoleCreateSpec" => {
                xml::from_document::<
                    veeam_em::api::types::EnterpriseAccountInRoleCreateSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "EnterpriseAccountInRoleList" => {
                xml::from_document::<
                    veeam_em::api::types::EnterpriseAccountInRoleList,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "EnterpriseAccounts" => {
                xml::from_document::<veeam_em::api::types::EnterpriseAccounts>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "EnterpriseRole" => {
                xml::from_document::<veeam_em::api::types::EnterpriseRole>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "EnterpriseRoles" => {
                xml::from_document::<veeam_em::api::types::EnterpriseRoles>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "EnterpriseSecuritySettings" => {
                xml::from_document::<
                    veeam_em::api::types::EnterpriseSecuritySettings,
                >(document)
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
                xml::from_document::<veeam_em::api::types::EntityReferences>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "backup-servers", feature = "repositories"))]
            "ExternalRepositories" => {
                xml::from_document::<
                    veeam_em::api::types::ExternalRepositories,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "backup-servers", feature = "repositories"))]
            "ExternalRepository" => {
                xml::from_document::<veeam_em::api::types::ExternalRepository>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "FNfsServerOptionsInfoType" => {
                xml::from_document::<
                    veeam_em::api::types::FNfsServerOptionsInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "FSFileExcludeOptionsType" => {
                xml::from_document::<
                    veeam_em::api::types::FsFileExcludeOptionsType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "query", feature = "replication"))]
            "FailoverPlan" => {
                xml::from_document::<veeam_em::api::types::FailoverPlan>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "query", feature = "replication"))]
            "FailoverPlanInfoType" => {
                xml::from_document::<
                    veeam_em::api::types::FailoverPlanInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "replication")]
            "FailoverPlanManagementSpec" => {
                xml::from_document::<
                    veeam_em::api::types::FailoverPlanManagementSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "replication")]
            "FailoverPlans" => {
                xml::from_document::<veeam_em::api::types::FailoverPlans>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "query", feature = "replication"))]
            "FailoveredVm" => {
                xml::from_document::<veeam_em::api::types::FailoveredVm>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "replication", feature = "restore"))]
            "FileEntryListType" => {
                xml::from_document::<veeam_em::api::types::FileEntryListType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "FileRestoreSettingsInfoType" => {
                xml::from_document::<
                    veeam_em::api::types::FileRestoreSettingsInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "replication", feature = "restore"))]
            "FileRestoreSpec" => {
                xml::from_document::<veeam_em::api::types::FileRestoreSpec>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "replication", feature = "restore"))]
            "FileRestoreToOriginalSpecInfoType" => {
                xml::from_document::<
                    veeam_em::api::types::FileRestoreToOriginalSpecInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "FileServer" => {
                xml::from_document::<veeam_em::api::types::FileServer>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "FileServerOptionsInfoType" => {
                xml::from_document::<
                    veeam_em::api::types::FileServerOptionsInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "nas")]
            "FileServers" => {
                xml::from_document::<veeam_em::api::types::FileServers>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "restore"))]
            "FileSystemEntries" => {
                xml::from_document::<veeam_em::api::types::FileSystemEntries>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "replication", feature = "restore"))]
            "FileSystemEntry" => {
                xml::from_document::<veeam_em::api::types::FileSystemEntry>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "agents")]
            "GetAgentsJobsIncludesResponse" => {
                xml::from_document::<
                    veeam_em::api::types::GetAgentsJobsIncludesResponse,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "GetQueryObjectInAgentBackupJobSpec" => {
                xml::from_document::<
                    veeam_em::api::types::GetQueryObjectInAgentBackupJobSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "jobs", feature = "query"))]
            "GfsRetentionPolicy" => {
                xml::from_document::<veeam_em::api::types::GfsRetentionPolicy>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "replication", feature = "restore"))]
            "GuestCredentials" => {
                xml::from_document::<veeam_em::api::types::GuestCredentials>(document)
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
                xml::from_document::<
                    veeam_em::api::types::GuestProcessingOptions,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "GuestProcessingOptionsType" => {
                xml::from_document::<
                    veeam_em::api::types::GuestProcessingOptionsType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "inventory")]
            "HierarchyItem" => {
                xml::from_document::<veeam_em::api::types::HierarchyItem>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "inventory")]
            "HierarchyItems" => {
                xml::from_document::<veeam_em::api::types::HierarchyItems>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "inventory", feature = "query"))]
            "HierarchyRoot" => {
                xml::from_document::<veeam_em::api::types::HierarchyRoot>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "inventory")]
            "HierarchyRoots" => {
                xml::from_document::<veeam_em::api::types::HierarchyRoots>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "HierarchyScopeCreateSpec" => {
                xml::from_document::<
                    veeam_em::api::types::HierarchyScopeCreateSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "HierarchyScopeCreateSpecType" => {
                xml::from_document::<
                    veeam_em::api::types::HierarchyScopeCreateSpecType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "HierarchyScopeItem" => {
                xml::from_document::<veeam_em::api::types::HierarchyScopeItem>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "HvCloudHardwarePlan" => {
                xml::from_document::<veeam_em::api::types::HvCloudHardwarePlan>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "HvCloudHardwarePlanVolumesInfoListType" => {
                xml::from_document::<
                    veeam_em::api::types::HvCloudHardwarePlanVolumesInfoListType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "jobs", feature = "query"))]
            "ImmediateBackupCopyJobInfo" => {
                xml::from_document::<
                    veeam_em::api::types::ImmediateBackupCopyJobInfo,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "Includes" => {
                xml::from_document::<veeam_em::api::types::Includes>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "IncludesIncludes" => {
                xml::from_document::<veeam_em::api::types::IncludesIncludes>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cdp")]
            "Interval" => {
                xml::from_document::<veeam_em::api::types::Interval>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cdp")]
            "Items" => {
                xml::from_document::<veeam_em::api::types::Items>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "jobs", feature = "query"))]
            "Job" => {
                xml::from_document::<veeam_em::api::types::Job>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "jobs")]
            "JobCloneSpec" => {
                xml::from_document::<veeam_em::api::types::JobCloneSpec>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "jobs", feature = "query"))]
            "JobGfsRetentionPolicy" => {
                xml::from_document::<
                    veeam_em::api::types::JobGfsRetentionPolicy,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "jobs", feature = "query"))]
            "JobGfsRetentionPolicyMonthly" => {
                xml::from_document::<
                    veeam_em::api::types::JobGfsRetentionPolicyMonthly,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "jobs", feature = "query"))]
            "JobGfsRetentionPolicyWeekly" => {
                xml::from_document::<
                    veeam_em::api::types::JobGfsRetentionPolicyWeekly,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "jobs", feature = "query"))]
            "JobGfsRetentionPolicyYearly" => {
                xml::from_document::<
                    veeam_em::api::types::JobGfsRetentionPolicyYearly,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "jobs", feature = "query"))]
            "JobInfo" => {
                xml::from_document::<veeam_em::api::types::JobInfo>(document)
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
                xml::from_document::<
                    veeam_em::api::types::JobScheduleBackupWindowOptionsType,
                >(document)
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
                xml::from_document::<
                    veeam_em::api::types::JobScheduleContinuousOptionsType,
                >(document)
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
                xml::from_document::<
                    veeam_em::api::types::JobScheduleDailyOptionsType,
                >(document)
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
                xml::from_document::<
                    veeam_em::api::types::JobScheduleDaisyChainingOptionsType,
                >(document)
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
                xml::from_document::<
                    veeam_em::api::types::JobScheduleMonthlyOptionsType,
                >(document)
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
                xml::from_document::<
                    veeam_em::api::types::JobSchedulePeriodicallyOptionsType,
                >(document)
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
                xml::from_document::<
                    veeam_em::api::types::JobScheduleRetryOptionsType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "query", feature = "self-service"))]
            "JobSettings" => {
                xml::from_document::<veeam_em::api::types::JobSettings>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "reports")]
            "JobStatisticsReportFrame" => {
                xml::from_document::<
                    veeam_em::api::types::JobStatisticsReportFrame,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "jobs")]
            "Jobs" => {
                xml::from_document::<veeam_em::api::types::Jobs>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "Link" => {
                xml::from_document::<veeam_em::api::types::Link>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "jobs", feature = "query"))]
            "LinkedBackupRepository" => {
                xml::from_document::<
                    veeam_em::api::types::LinkedBackupRepository,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "jobs", feature = "query"))]
            "LinkedJobObject" => {
                xml::from_document::<veeam_em::api::types::LinkedJobObject>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "LinuxGuestFSIndexingOptions" => {
                xml::from_document::<
                    veeam_em::api::types::LinuxGuestFsIndexingOptions,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "logon")]
            "LogonSession" => {
                xml::from_document::<veeam_em::api::types::LogonSession>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "logon")]
            "LogonSessions" => {
                xml::from_document::<veeam_em::api::types::LogonSessions>(document)
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
                xml::from_document::<
                    veeam_em::api::types::LongTermRetentionSchedule,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "LongTermRetentionScheduleType" => {
                xml::from_document::<
                    veeam_em::api::types::LongTermRetentionScheduleType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "inventory")]
            "LookupSvc" => {
                xml::from_document::<veeam_em::api::types::LookupSvc>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "inventory", feature = "query"))]
            "ManagedServer" => {
                xml::from_document::<veeam_em::api::types::ManagedServer>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "inventory")]
            "ManagedServers" => {
                xml::from_document::<veeam_em::api::types::ManagedServers>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "ManualIpAddressSettingsInfoType" => {
                xml::from_document::<
                    veeam_em::api::types::ManualIpAddressSettingsInfoType,
                >(document)
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
                xml::from_document::<veeam_em::api::types::MarkAsFailed>(document)
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
                xml::from_document::<veeam_em::api::types::MarkAsWarning>(document)
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
                xml::from_document::<
                    veeam_em::api::types::MonthlyOptionsInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "NASJob" => {
                xml::from_document::<veeam_em::api::types::NasJob>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "NASJobAdvancedStorageOptionsInfoType" => {
                xml::from_document::<
                    veeam_em::api::types::NasJobAdvancedStorageOptionsInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "NASJobFileExtensionsOptionsInfoType" => {
                xml::from_document::<
                    veeam_em::api::types::NasJobFileExtensionsOptionsInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "NASJobStorageKeepFileVersionsHistory" => {
                xml::from_document::<
                    veeam_em::api::types::NasJobStorageKeepFileVersionsHistory,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "NASJobStorageOptionsInfoType" => {
                xml::from_document::<
                    veeam_em::api::types::NasJobStorageOptionsInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "nas")]
            "NASJobs" => {
                xml::from_document::<veeam_em::api::types::NasJobs>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "NASLongTermArchivalOptionsInfoType" => {
                xml::from_document::<
                    veeam_em::api::types::NasLongTermArchivalOptionsInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "NASObject" => {
                xml::from_document::<veeam_em::api::types::NasObject>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "nas")]
            "NASObjects" => {
                xml::from_document::<veeam_em::api::types::NasObjects>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "NASServerAdvancedOptionsInfoType" => {
                xml::from_document::<
                    veeam_em::api::types::NasServerAdvancedOptionsInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "nas")]
            "NASService" => {
                xml::from_document::<veeam_em::api::types::NasService>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "Network" => {
                xml::from_document::<veeam_em::api::types::Network>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "NetworkAppliance" => {
                xml::from_document::<veeam_em::api::types::NetworkAppliance>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "NetworkApplianceInfoType" => {
                xml::from_document::<
                    veeam_em::api::types::NetworkApplianceInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "jobs", feature = "query"))]
            "ObjectInAgentBackupJob" => {
                xml::from_document::<
                    veeam_em::api::types::ObjectInAgentBackupJob,
                >(document)
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
                xml::from_document::<veeam_em::api::types::ObjectInJob>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cdp", feature = "jobs"))]
            "ObjectsInJob" => {
                xml::from_document::<veeam_em::api::types::ObjectsInJob>(document)
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
                xml::from_document::<veeam_em::api::types::OptionsBackupWindow>(document)
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
                xml::from_document::<veeam_em::api::types::OptionsContinuous>(document)
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
                xml::from_document::<veeam_em::api::types::OptionsDaily>(document)
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
                xml::from_document::<
                    veeam_em::api::types::OptionsDaisyChaining,
                >(document)
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
                xml::from_document::<veeam_em::api::types::OptionsMonthly>(document)
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
                xml::from_document::<veeam_em::api::types::OptionsPeriodically>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "OracleBackupOptionsType" => {
                xml::from_document::<
                    veeam_em::api::types::OracleBackupOptionsType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "reports")]
            "OverviewReportFrame" => {
                xml::from_document::<veeam_em::api::types::OverviewReportFrame>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "backup-servers", feature = "query"))]
            "PasswordKeyInfo" => {
                xml::from_document::<veeam_em::api::types::PasswordKeyInfo>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "backup-servers")]
            "PasswordKeyInfoList" => {
                xml::from_document::<veeam_em::api::types::PasswordKeyInfoList>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "backup-servers")]
            "PasswordKeyInfoSpec" => {
                xml::from_document::<veeam_em::api::types::PasswordKeyInfoSpec>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "PolicyScheduleOptions" => {
                xml::from_document::<
                    veeam_em::api::types::PolicyScheduleOptions,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cdp")]
            "PostCdpReplicaVAppsIntervalsSpec" => {
                xml::from_document::<
                    veeam_em::api::types::PostCdpReplicaVAppsIntervalsSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cdp")]
            "PostCdpReplicasVmsIntervalsSpec" => {
                xml::from_document::<
                    veeam_em::api::types::PostCdpReplicasVmsIntervalsSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "jobs")]
            "PostJobsLinkedBackupRepositoriesSpec" => {
                xml::from_document::<
                    veeam_em::api::types::PostJobsLinkedBackupRepositoriesSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "jobs")]
            "PostJobsLinkedJobsSpec" => {
                xml::from_document::<
                    veeam_em::api::types::PostJobsLinkedJobsSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "replication")]
            "PostVmReplicaPointsMountsSpec" => {
                xml::from_document::<
                    veeam_em::api::types::PostVmReplicaPointsMountsSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "restore")]
            "PostVmRestorePointsMountsSpec" => {
                xml::from_document::<
                    veeam_em::api::types::PostVmRestorePointsMountsSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "reports")]
            "ProcessedVmsReportFrame" => {
                xml::from_document::<
                    veeam_em::api::types::ProcessedVmsReportFrame,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "ProcessingOptionsInfoType" => {
                xml::from_document::<
                    veeam_em::api::types::ProcessingOptionsInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "query")]
            "QuerySvc" => {
                xml::from_document::<veeam_em::api::types::QuerySvc>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "backup-servers")]
            "QuickBackupStartupSpec" => {
                xml::from_document::<
                    veeam_em::api::types::QuickBackupStartupSpec,
                >(document)
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
                xml::from_document::<veeam_em::api::types::RpoReporting>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "RPOReportingType" => {
                xml::from_document::<veeam_em::api::types::RpoReportingType>(document)
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
                xml::from_document::<veeam_em::api::types::RpoSchedule>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "RPOScheduleType" => {
                xml::from_document::<veeam_em::api::types::RpoScheduleType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "RebuildScopeJobSpec" => {
                xml::from_document::<veeam_em::api::types::RebuildScopeJobSpec>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "Ref" => {
                xml::from_document::<veeam_em::api::types::Ref>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "query", feature = "replication"))]
            "Replica" => {
                xml::from_document::<veeam_em::api::types::Replica>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "query", feature = "sessions"))]
            "ReplicaJobSession" => {
                xml::from_document::<veeam_em::api::types::ReplicaJobSession>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "sessions")]
            "ReplicaJobSessions" => {
                xml::from_document::<veeam_em::api::types::ReplicaJobSessions>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "query", feature = "sessions"))]
            "ReplicaTaskSession" => {
                xml::from_document::<veeam_em::api::types::ReplicaTaskSession>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "sessions")]
            "ReplicaTaskSessions" => {
                xml::from_document::<veeam_em::api::types::ReplicaTaskSessions>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "replication")]
            "Replicas" => {
                xml::from_document::<veeam_em::api::types::Replicas>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "repositories")]
            "Repositories" => {
                xml::from_document::<veeam_em::api::types::Repositories>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "query", feature = "repositories"))]
            "Repository" => {
                xml::from_document::<veeam_em::api::types::Repository>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "reports")]
            "RepositoryReportFrame" => {
                xml::from_document::<
                    veeam_em::api::types::RepositoryReportFrame,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "backups", feature = "cdp", feature = "query"))]
            "RestorePoint" => {
                xml::from_document::<veeam_em::api::types::RestorePoint>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "backups")]
            "RestorePoints" => {
                xml::from_document::<veeam_em::api::types::RestorePoints>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "query", feature = "sessions"))]
            "RestoreSession" => {
                xml::from_document::<veeam_em::api::types::RestoreSession>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "sessions")]
            "RestoreSessions" => {
                xml::from_document::<veeam_em::api::types::RestoreSessions>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "restore")]
            "RestoreSpec" => {
                xml::from_document::<veeam_em::api::types::RestoreSpec>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "Result" => {
                xml::from_document::<veeam_em::api::types::ResultType>(document)
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
                xml::from_document::<veeam_em::api::types::RetryOptions>(document)
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
                xml::from_document::<
                    veeam_em::api::types::ScheduleOptionsInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "sessions")]
            "SessionResultInfoType" => {
                xml::from_document::<
                    veeam_em::api::types::SessionResultInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "agents", feature = "jobs", feature = "query"))]
            "SimpleRetentionPolicy" => {
                xml::from_document::<
                    veeam_em::api::types::SimpleRetentionPolicy,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "nas", feature = "query"))]
            "SmbServerOptionsInfoType" => {
                xml::from_document::<
                    veeam_em::api::types::SmbServerOptionsInfoType,
                >(document)
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
                xml::from_document::<veeam_em::api::types::SqlBackupOptions>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "SqlBackupOptionsType" => {
                xml::from_document::<
                    veeam_em::api::types::SqlBackupOptionsType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "SqlRestoreSettingsInfoType" => {
                xml::from_document::<
                    veeam_em::api::types::SqlRestoreSettingsInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "security")]
            "SqlRestoreSettingsSpecsType" => {
                xml::from_document::<
                    veeam_em::api::types::SqlRestoreSettingsSpecsType,
                >(document)
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
                xml::from_document::<veeam_em::api::types::Standart>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "StorageResourceStat" => {
                xml::from_document::<veeam_em::api::types::StorageResourceStat>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "StorageResourceStatsListType" => {
                xml::from_document::<
                    veeam_em::api::types::StorageResourceStatsListType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "reports")]
            "SummaryReport" => {
                xml::from_document::<veeam_em::api::types::SummaryReport>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "sessions")]
            "SystemSession" => {
                xml::from_document::<veeam_em::api::types::SystemSession>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "sessions")]
            "SystemSessionEvents" => {
                xml::from_document::<veeam_em::api::types::SystemSessionEvents>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "sessions")]
            "SystemSessions" => {
                xml::from_document::<veeam_em::api::types::SystemSessions>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "TagsListType" => {
                xml::from_document::<veeam_em::api::types::TagsListType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "Task" => {
                xml::from_document::<veeam_em::api::types::Task>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "sessions")]
            "Tasks" => {
                xml::from_document::<veeam_em::api::types::Tasks>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "TenantCredentials" => {
                xml::from_document::<veeam_em::api::types::TenantCredentials>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "TenantCredentialsTenantCredentials" => {
                xml::from_document::<
                    veeam_em::api::types::TenantCredentialsTenantCredentials,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "TenantType" => {
                xml::from_document::<veeam_em::api::types::TenantType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cdp")]
            "VAppCdpReplica" => {
                xml::from_document::<veeam_em::api::types::VAppCdpReplica>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cdp")]
            "VAppCdpReplicaVm" => {
                xml::from_document::<veeam_em::api::types::VAppCdpReplicaVm>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cdp")]
            "VAppCdpReplicaVms" => {
                xml::from_document::<veeam_em::api::types::VAppCdpReplicaVms>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cdp")]
            "VAppCdpReplicas" => {
                xml::from_document::<veeam_em::api::types::VAppCdpReplicas>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "query", feature = "replication"))]
            "VAppReplicaPoint" => {
                xml::from_document::<veeam_em::api::types::VAppReplicaPoint>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "replication")]
            "VAppReplicaPoints" => {
                xml::from_document::<veeam_em::api::types::VAppReplicaPoints>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "backups", feature = "query"))]
            "VAppRestorePoint" => {
                xml::from_document::<veeam_em::api::types::VAppRestorePoint>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "backups")]
            "VAppRestorePoints" => {
                xml::from_document::<veeam_em::api::types::VAppRestorePoints>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "self-service")]
            "VCentersScopeListType" => {
                xml::from_document::<
                    veeam_em::api::types::VCentersScopeListType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VCloudComputeResources" => {
                xml::from_document::<
                    veeam_em::api::types::VCloudComputeResources,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "query", feature = "self-service"))]
            "VCloudOrganizationConfig" => {
                xml::from_document::<
                    veeam_em::api::types::VCloudOrganizationConfig,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "self-service")]
            "VCloudOrganizationConfigBackupJobSettings" => {
                xml::from_document::<
                    veeam_em::api::types::VCloudOrganizationConfigBackupJobSettings,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "self-service")]
            "VCloudOrganizationConfigCreateSpec" => {
                xml::from_document::<
                    veeam_em::api::types::VCloudOrganizationConfigCreateSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "self-service")]
            "VCloudOrganizationConfigs" => {
                xml::from_document::<
                    veeam_em::api::types::VCloudOrganizationConfigs,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "self-service")]
            "VCloudService" => {
                xml::from_document::<veeam_em::api::types::VCloudService>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "self-service")]
            "VSphereSelfService" => {
                xml::from_document::<veeam_em::api::types::VSphereSelfService>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "query", feature = "self-service"))]
            "VSphereSelfServiceConfig" => {
                xml::from_document::<
                    veeam_em::api::types::VSphereSelfServiceConfig,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "query", feature = "self-service"))]
            "VSphereSelfServiceConfigAccountInfoType" => {
                xml::from_document::<
                    veeam_em::api::types::VSphereSelfServiceConfigAccountInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VSphereSelfServiceConfigEntityTypeJobSettings" => {
                xml::from_document::<
                    veeam_em::api::types::VSphereSelfServiceConfigEntityTypeJobSettings,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "self-service")]
            "VSphereSelfServiceConfigJobSettings" => {
                xml::from_document::<
                    veeam_em::api::types::VSphereSelfServiceConfigJobSettings,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "self-service")]
            "VSphereSelfServiceConfigs" => {
                xml::from_document::<
                    veeam_em::api::types::VSphereSelfServiceConfigs,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "self-service")]
            "VSphereSelfServiceCreateSpec" => {
                xml::from_document::<
                    veeam_em::api::types::VSphereSelfServiceCreateSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "backup-servers")]
            "VeeamZipStartupSpec" => {
                xml::from_document::<veeam_em::api::types::VeeamZipStartupSpec>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "ViCloudHardwarePlan" => {
                xml::from_document::<veeam_em::api::types::ViCloudHardwarePlan>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "ViCloudHardwarePlanDatastoreInfoListType" => {
                xml::from_document::<
                    veeam_em::api::types::ViCloudHardwarePlanDatastoreInfoListType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "ViCloudHardwarePlanorHvCloudHardwarePlan" => {
                xml::from_document::<
                    veeam_em::api::types::ViCloudHardwarePlanorHvCloudHardwarePlan,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "VlanConfiguration" => {
                xml::from_document::<veeam_em::api::types::VlanConfiguration>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "cloud")]
            "VlanConfigurations" => {
                xml::from_document::<veeam_em::api::types::VlanConfigurations>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "Vm" => {
                xml::from_document::<veeam_em::api::types::Vm>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query", feature = "replication"))]
            "VmReplicaPoint" => {
                xml::from_document::<veeam_em::api::types::VmReplicaPoint>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "VmReplicaPointLink" => {
                xml::from_document::<veeam_em::api::types::VmReplicaPointLink>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "replication")]
            "VmReplicaPointMount" => {
                xml::from_document::<veeam_em::api::types::VmReplicaPointMount>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "replication")]
            "VmReplicaPointMounts" => {
                xml::from_document::<
                    veeam_em::api::types::VmReplicaPointMounts,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "replication"))]
            "VmReplicaPoints" => {
                xml::from_document::<veeam_em::api::types::VmReplicaPoints>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "restore")]
            "VmRestoreParameters" => {
                xml::from_document::<veeam_em::api::types::VmRestoreParameters>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "backups", feature = "query", feature = "restore"))]
            "VmRestorePoint" => {
                xml::from_document::<veeam_em::api::types::VmRestorePoint>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "restore")]
            "VmRestorePointMount" => {
                xml::from_document::<veeam_em::api::types::VmRestorePointMount>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "restore")]
            "VmRestorePointMounts" => {
                xml::from_document::<
                    veeam_em::api::types::VmRestorePointMounts,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "backups", feature = "restore"))]
            "VmRestorePoints" => {
                xml::from_document::<veeam_em::api::types::VmRestorePoints>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "restore")]
            "VmRestoreSpec" => {
                xml::from_document::<veeam_em::api::types::VmRestoreSpec>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VmVm" => {
                xml::from_document::<veeam_em::api::types::VmVm>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "reports")]
            "VmsOverviewReportFrame" => {
                xml::from_document::<
                    veeam_em::api::types::VmsOverviewReportFrame,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VmsRestoreParameters" => {
                xml::from_document::<
                    veeam_em::api::types::VmsRestoreParameters,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "Volume" => {
                xml::from_document::<veeam_em::api::types::Volume>(document)
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
                xml::from_document::<veeam_em::api::types::VssSnapshotOptions>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VssSnapshotOptionsType" => {
                xml::from_document::<
                    veeam_em::api::types::VssSnapshotOptionsType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "query", feature = "repositories"))]
            "WanAccelerator" => {
                xml::from_document::<veeam_em::api::types::WanAccelerator>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(feature = "repositories")]
            "WanAccelerators" => {
                xml::from_document::<veeam_em::api::types::WanAccelerators>(document)
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
                xml::from_document::<
                    veeam_em::api::types::WeeklyOptionsInfoType,
                >(document)
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
                xml::from_document::<
                    veeam_em::api::types::WindowsGuestFsIndexingOptions,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "WindowsGuestFSIndexingOptionsType" => {
                xml::from_document::<
                    veeam_em::api::types::WindowsGuestFsIndexingOptionsType,
                >(document)
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
                xml::from_document::<
                    veeam_em::api::types::YearlyOptionsInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            #[cfg(any(feature = "cloud", feature = "query"))]
            "vCloudTenant" => {
                xml::from_document::<veeam_em::api::types::VCloudTenant>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "vCloudVAppRestoreSpec" => {
                xml::from_document::<
                    veeam_em::api::types::VCloudVAppRestoreSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            _ => return None,
        },
    )
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
            "CDPReplicaRPOReportingFailedOptionsType" => {
                json::from_slice::<
                    veeam_em::api::types::CdpReplicaRpoReportingFailedOptionsType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
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
            "Day" => {
                json::from_slice::<veeam_em::api::types::Day>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
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
            "NetworkAppliance" => {
                json::from_slice::<veeam_em::api::types::NetworkAppliance>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
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
            "vCloudVAppRestoreSpec" => {
                json::from_slice::<veeam_em::api::types::VCloudVAppRestoreSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            _ => return None,
        },
    )
}
