// @generated — do not edit; run `cargo xtask codegen`
//! Decoding and re-encoding any generated type by its name: what the sample round-trip
//! tests drive. `None` when no type has that name.
use crate::runtime::{json, xml};
/// Decodes an XML document as the type named `type_name` and encodes it again with the
/// root element `root`.
pub fn xml_round_trip(
    type_name: &str,
    root: &str,
    document: &[u8],
) -> Option<Result<String, crate::runtime::DecodeError>> {
    Some(
        match type_name {
            "ACL" => {
                xml::from_document::<super::types::Acl>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "ADTenantType" => {
                xml::from_document::<super::types::AdTenantType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "AgentBackupJob" => {
                xml::from_document::<super::types::AgentBackupJob>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "AgentBackupJobs" => {
                xml::from_document::<super::types::AgentBackupJobs>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "AgentProtectionGroup" => {
                xml::from_document::<super::types::AgentProtectionGroup>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "AgentProtectionGroups" => {
                xml::from_document::<super::types::AgentProtectionGroups>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "AgentRestorePoint" => {
                xml::from_document::<super::types::AgentRestorePoint>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "AgentRestorePointMount" => {
                xml::from_document::<super::types::AgentRestorePointMount>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "AgentRestorePointMounts" => {
                xml::from_document::<super::types::AgentRestorePointMounts>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "AgentRestorePoints" => {
                xml::from_document::<super::types::AgentRestorePoints>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "Agents" => {
                xml::from_document::<super::types::Agents>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "Backup" => {
                xml::from_document::<super::types::Backup>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "BackupFile" => {
                xml::from_document::<super::types::BackupFile>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "BackupFiles" => {
                xml::from_document::<super::types::BackupFiles>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "BackupJobInfo" => {
                xml::from_document::<super::types::BackupJobInfo>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "BackupJobSession" => {
                xml::from_document::<super::types::BackupJobSession>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "BackupJobSessions" => {
                xml::from_document::<super::types::BackupJobSessions>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "BackupServer" => {
                xml::from_document::<super::types::BackupServer>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "BackupServerSpec" => {
                xml::from_document::<super::types::BackupServerSpec>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "BackupServers" => {
                xml::from_document::<super::types::BackupServers>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "BackupTaskSession" => {
                xml::from_document::<super::types::BackupTaskSession>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "BackupTaskSessions" => {
                xml::from_document::<super::types::BackupTaskSessions>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "Backups" => {
                xml::from_document::<super::types::Backups>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CDPReplicaRPOReportingFailedOptionsType" => {
                xml::from_document::<
                    super::types::CdpReplicaRpoReportingFailedOptionsType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CDPReplicaRPOReportingWarningOptionsType" => {
                xml::from_document::<
                    super::types::CdpReplicaRpoReportingWarningOptionsType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CatalogVm" => {
                xml::from_document::<super::types::CatalogVm>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CatalogVmRestorePoint" => {
                xml::from_document::<super::types::CatalogVmRestorePoint>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CatalogVms" => {
                xml::from_document::<super::types::CatalogVms>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CdpFailoverStartSpec" => {
                xml::from_document::<super::types::CdpFailoverStartSpec>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CdpPolicies" => {
                xml::from_document::<super::types::CdpPolicies>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CdpPolicy" => {
                xml::from_document::<super::types::CdpPolicy>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CdpReplica" => {
                xml::from_document::<super::types::CdpReplica>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CdpReplicaIntervals" => {
                xml::from_document::<super::types::CdpReplicaIntervals>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CdpReplicaPolicyInfo" => {
                xml::from_document::<super::types::CdpReplicaPolicyInfo>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CdpReplicaSession" => {
                xml::from_document::<super::types::CdpReplicaSession>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CdpReplicaSessions" => {
                xml::from_document::<super::types::CdpReplicaSessions>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CdpReplicaTaskSession" => {
                xml::from_document::<super::types::CdpReplicaTaskSession>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CdpReplicaTaskSessions" => {
                xml::from_document::<super::types::CdpReplicaTaskSessions>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CdpReplicaVm" => {
                xml::from_document::<super::types::CdpReplicaVm>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CdpReplicaVms" => {
                xml::from_document::<super::types::CdpReplicaVms>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CdpReplicas" => {
                xml::from_document::<super::types::CdpReplicas>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudConnectService" => {
                xml::from_document::<super::types::CloudConnectService>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudFailoverPlan" => {
                xml::from_document::<super::types::CloudFailoverPlan>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudFailoverPlanManagementSpec" => {
                xml::from_document::<
                    super::types::CloudFailoverPlanManagementSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudFailoverPlanOptionsInfoType" => {
                xml::from_document::<
                    super::types::CloudFailoverPlanOptionsInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudFailoverPlanVm" => {
                xml::from_document::<super::types::CloudFailoverPlanVm>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudFailoverPlans" => {
                xml::from_document::<super::types::CloudFailoverPlans>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudFailoverSession" => {
                xml::from_document::<super::types::CloudFailoverSession>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudFailoverSessions" => {
                xml::from_document::<super::types::CloudFailoverSessions>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudFailoverTaskSessionInfoListType" => {
                xml::from_document::<
                    super::types::CloudFailoverTaskSessionInfoListType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudFailoverTasks" => {
                xml::from_document::<super::types::CloudFailoverTasks>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudFailoveredVm" => {
                xml::from_document::<super::types::CloudFailoveredVm>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudFailoveredVms" => {
                xml::from_document::<super::types::CloudFailoveredVms>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudGateway" => {
                xml::from_document::<super::types::CloudGateway>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudGatewayPool" => {
                xml::from_document::<super::types::CloudGatewayPool>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudGatewayPoolEntityListType" => {
                xml::from_document::<
                    super::types::CloudGatewayPoolEntityListType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudGatewayPoolGatewayListType" => {
                xml::from_document::<
                    super::types::CloudGatewayPoolGatewayListType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudGatewayPoolTenantListType" => {
                xml::from_document::<
                    super::types::CloudGatewayPoolTenantListType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudGateways" => {
                xml::from_document::<super::types::CloudGateways>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudHardwarePlan" => {
                xml::from_document::<super::types::CloudHardwarePlan>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudHardwarePlanCreateSpec" => {
                xml::from_document::<super::types::CloudHardwarePlanCreateSpec>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudHardwarePlanNetworkInfo" => {
                xml::from_document::<
                    super::types::CloudHardwarePlanNetworkInfo,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudHardwarePlans" => {
                xml::from_document::<super::types::CloudHardwarePlans>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudPublicIpAddress" => {
                xml::from_document::<super::types::CloudPublicIpAddress>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudPublicIpAddressCreateSpec" => {
                xml::from_document::<
                    super::types::CloudPublicIpAddressCreateSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudPublicIpAddresses" => {
                xml::from_document::<super::types::CloudPublicIpAddresses>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudReplica" => {
                xml::from_document::<super::types::CloudReplica>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudReplicas" => {
                xml::from_document::<super::types::CloudReplicas>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudSubtenant" => {
                xml::from_document::<super::types::CloudSubtenant>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudSubtenantCreateSpec" => {
                xml::from_document::<super::types::CloudSubtenantCreateSpec>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudSubtenantRepositoryQuotaInfoType" => {
                xml::from_document::<
                    super::types::CloudSubtenantRepositoryQuotaInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudSubtenants" => {
                xml::from_document::<super::types::CloudSubtenants>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudTenant" => {
                xml::from_document::<super::types::CloudTenant>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudTenantADDomainInfoType" => {
                xml::from_document::<super::types::CloudTenantAdDomainInfoType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudTenantComputeResource" => {
                xml::from_document::<super::types::CloudTenantComputeResource>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudTenantComputeResourceCreateSpec" => {
                xml::from_document::<
                    super::types::CloudTenantComputeResourceCreateSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudTenantComputeResourceCreateSpecType" => {
                xml::from_document::<
                    super::types::CloudTenantComputeResourceCreateSpecType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudTenantComputeResources" => {
                xml::from_document::<super::types::CloudTenantComputeResources>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudTenantFreeLicenseCounters" => {
                xml::from_document::<
                    super::types::CloudTenantFreeLicenseCounters,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudTenantLeaseOptionsType" => {
                xml::from_document::<super::types::CloudTenantLeaseOptionsType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudTenantRepositoryQuotaInfoType" => {
                xml::from_document::<
                    super::types::CloudTenantRepositoryQuotaInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudTenantResource" => {
                xml::from_document::<super::types::CloudTenantResource>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudTenantResourceListType" => {
                xml::from_document::<super::types::CloudTenantResourceListType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudTenantResources" => {
                xml::from_document::<super::types::CloudTenantResources>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudTenantVCloudCompute" => {
                xml::from_document::<super::types::CloudTenantVCloudCompute>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudTenantVCloudComputeResource" => {
                xml::from_document::<
                    super::types::CloudTenantVCloudComputeResource,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudTenantVCloudComputeResourceCreateSpec" => {
                xml::from_document::<
                    super::types::CloudTenantVCloudComputeResourceCreateSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudTenantVCloudComputeResourceCreateSpecType" => {
                xml::from_document::<
                    super::types::CloudTenantVCloudComputeResourceCreateSpecType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudTenantVCloudComputeResourceUsageInfoType" => {
                xml::from_document::<
                    super::types::CloudTenantVCloudComputeResourceUsageInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudTenants" => {
                xml::from_document::<super::types::CloudTenants>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudVmReplicaPoint" => {
                xml::from_document::<super::types::CloudVmReplicaPoint>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CloudVmReplicaPoints" => {
                xml::from_document::<super::types::CloudVmReplicaPoints>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "ComputeResourceStatsInfoType" => {
                xml::from_document::<
                    super::types::ComputeResourceStatsInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CreateCloudGatewayPoolSpec" => {
                xml::from_document::<super::types::CreateCloudGatewayPoolSpec>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CreateCloudGatewaySpec" => {
                xml::from_document::<super::types::CreateCloudGatewaySpec>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CreateCloudTenantResourceSpec" => {
                xml::from_document::<
                    super::types::CreateCloudTenantResourceSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CreateCloudTenantResourceSpecType" => {
                xml::from_document::<
                    super::types::CreateCloudTenantResourceSpecType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CreateCloudTenantSpec" => {
                xml::from_document::<super::types::CreateCloudTenantSpec>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CreateObjectInJobSpec" => {
                xml::from_document::<super::types::CreateObjectInJobSpec>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CredentialsInfo" => {
                xml::from_document::<super::types::CredentialsInfo>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CredentialsInfoList" => {
                xml::from_document::<super::types::CredentialsInfoList>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "CredentialsInfoSpec" => {
                xml::from_document::<super::types::CredentialsInfoSpec>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "Datastore" => {
                xml::from_document::<super::types::Datastore>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "Day" => {
                xml::from_document::<super::types::Day>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "DeleteCloudTenantsSpec" => {
                xml::from_document::<super::types::DeleteCloudTenantsSpec>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "DirectoryEntry" => {
                xml::from_document::<super::types::DirectoryEntry>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "DirectoryEntryListType" => {
                xml::from_document::<super::types::DirectoryEntryListType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "DiscoveredComputer" => {
                xml::from_document::<super::types::DiscoveredComputer>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "DiscoveredComputers" => {
                xml::from_document::<super::types::DiscoveredComputers>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "Domain" => {
                xml::from_document::<super::types::Domain>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "EnterpriseAccount" => {
                xml::from_document::<super::types::EnterpriseAccount>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "EnterpriseAccountCreateSpec" => {
                xml::from_document::<super::types::EnterpriseAccountCreateSpec>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "EnterpriseAccountHierarchyScope" => {
                xml::from_document::<
                    super::types::EnterpriseAccountHierarchyScope,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "EnterpriseAccountHierarchyScopes" => {
                xml::from_document::<
                    super::types::EnterpriseAccountHierarchyScopes,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "EnterpriseAccountInRole" => {
                xml::from_document::<super::types::EnterpriseAccountInRole>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "EnterpriseAccountInRoleCreateSpec" => {
                xml::from_document::<
                    super::types::EnterpriseAccountInRoleCreateSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "EnterpriseAccountInRoleList" => {
                xml::from_document::<super::types::EnterpriseAccountInRoleList>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "EnterpriseAccounts" => {
                xml::from_document::<super::types::EnterpriseAccounts>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "EnterpriseRole" => {
                xml::from_document::<super::types::EnterpriseRole>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "EnterpriseRoles" => {
                xml::from_document::<super::types::EnterpriseRoles>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "EnterpriseSecuritySettings" => {
                xml::from_document::<super::types::EnterpriseSecuritySettings>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "EntityReferences" => {
                xml::from_document::<super::types::EntityReferences>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "ExternalRepositories" => {
                xml::from_document::<super::types::ExternalRepositories>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "ExternalRepository" => {
                xml::from_document::<super::types::ExternalRepository>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "FNfsServerOptionsInfoType" => {
                xml::from_document::<super::types::FNfsServerOptionsInfoType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "FSFileExcludeOptionsType" => {
                xml::from_document::<super::types::FsFileExcludeOptionsType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "FailoverPlan" => {
                xml::from_document::<super::types::FailoverPlan>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "FailoverPlanInfoType" => {
                xml::from_document::<super::types::FailoverPlanInfoType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "FailoverPlanManagementSpec" => {
                xml::from_document::<super::types::FailoverPlanManagementSpec>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "FailoverPlans" => {
                xml::from_document::<super::types::FailoverPlans>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "FailoveredVm" => {
                xml::from_document::<super::types::FailoveredVm>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "FileEntryListType" => {
                xml::from_document::<super::types::FileEntryListType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "FileRestoreSettingsInfoType" => {
                xml::from_document::<super::types::FileRestoreSettingsInfoType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "FileRestoreSpec" => {
                xml::from_document::<super::types::FileRestoreSpec>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "FileRestoreToOriginalSpecInfoType" => {
                xml::from_document::<
                    super::types::FileRestoreToOriginalSpecInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "FileServer" => {
                xml::from_document::<super::types::FileServer>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "FileServerOptionsInfoType" => {
                xml::from_document::<super::types::FileServerOptionsInfoType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "FileServers" => {
                xml::from_document::<super::types::FileServers>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "FileSystemEntries" => {
                xml::from_document::<super::types::FileSystemEntries>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "FileSystemEntry" => {
                xml::from_document::<super::types::FileSystemEntry>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "GetAgentsJobsIncludesResponse" => {
                xml::from_document::<
                    super::types::GetAgentsJobsIncludesResponse,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "GetQueryObjectInAgentBackupJobSpec" => {
                xml::from_document::<
                    super::types::GetQueryObjectInAgentBackupJobSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "GfsRetentionPolicy" => {
                xml::from_document::<super::types::GfsRetentionPolicy>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "GuestCredentials" => {
                xml::from_document::<super::types::GuestCredentials>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "GuestProcessingOptions" => {
                xml::from_document::<super::types::GuestProcessingOptions>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "GuestProcessingOptionsType" => {
                xml::from_document::<super::types::GuestProcessingOptionsType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "HierarchyItem" => {
                xml::from_document::<super::types::HierarchyItem>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "HierarchyItems" => {
                xml::from_document::<super::types::HierarchyItems>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "HierarchyRoot" => {
                xml::from_document::<super::types::HierarchyRoot>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "HierarchyRoots" => {
                xml::from_document::<super::types::HierarchyRoots>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "HierarchyScopeCreateSpec" => {
                xml::from_document::<super::types::HierarchyScopeCreateSpec>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "HierarchyScopeCreateSpecType" => {
                xml::from_document::<
                    super::types::HierarchyScopeCreateSpecType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "HierarchyScopeItem" => {
                xml::from_document::<super::types::HierarchyScopeItem>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "HvCloudHardwarePlan" => {
                xml::from_document::<super::types::HvCloudHardwarePlan>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "HvCloudHardwarePlanVolumesInfoListType" => {
                xml::from_document::<
                    super::types::HvCloudHardwarePlanVolumesInfoListType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "ImmediateBackupCopyJobInfo" => {
                xml::from_document::<super::types::ImmediateBackupCopyJobInfo>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "Includes" => {
                xml::from_document::<super::types::Includes>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "IncludesIncludes" => {
                xml::from_document::<super::types::IncludesIncludes>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "Interval" => {
                xml::from_document::<super::types::Interval>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "Items" => {
                xml::from_document::<super::types::Items>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "Job" => {
                xml::from_document::<super::types::Job>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "JobCloneSpec" => {
                xml::from_document::<super::types::JobCloneSpec>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "JobGfsRetentionPolicy" => {
                xml::from_document::<super::types::JobGfsRetentionPolicy>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "JobGfsRetentionPolicyMonthly" => {
                xml::from_document::<
                    super::types::JobGfsRetentionPolicyMonthly,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "JobGfsRetentionPolicyWeekly" => {
                xml::from_document::<super::types::JobGfsRetentionPolicyWeekly>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "JobGfsRetentionPolicyYearly" => {
                xml::from_document::<super::types::JobGfsRetentionPolicyYearly>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "JobInfo" => {
                xml::from_document::<super::types::JobInfo>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "JobScheduleBackupWindowOptionsType" => {
                xml::from_document::<
                    super::types::JobScheduleBackupWindowOptionsType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "JobScheduleContinuousOptionsType" => {
                xml::from_document::<
                    super::types::JobScheduleContinuousOptionsType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "JobScheduleDailyOptionsType" => {
                xml::from_document::<super::types::JobScheduleDailyOptionsType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "JobScheduleDaisyChainingOptionsType" => {
                xml::from_document::<
                    super::types::JobScheduleDaisyChainingOptionsType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "JobScheduleMonthlyOptionsType" => {
                xml::from_document::<
                    super::types::JobScheduleMonthlyOptionsType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "JobSchedulePeriodicallyOptionsType" => {
                xml::from_document::<
                    super::types::JobSchedulePeriodicallyOptionsType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "JobScheduleRetryOptionsType" => {
                xml::from_document::<super::types::JobScheduleRetryOptionsType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "JobSettings" => {
                xml::from_document::<super::types::JobSettings>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "JobStatisticsReportFrame" => {
                xml::from_document::<super::types::JobStatisticsReportFrame>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "Jobs" => {
                xml::from_document::<super::types::Jobs>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "Link" => {
                xml::from_document::<super::types::Link>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "LinkedBackupRepository" => {
                xml::from_document::<super::types::LinkedBackupRepository>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "LinkedJobObject" => {
                xml::from_document::<super::types::LinkedJobObject>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "LinuxGuestFSIndexingOptions" => {
                xml::from_document::<super::types::LinuxGuestFsIndexingOptions>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "LogonSession" => {
                xml::from_document::<super::types::LogonSession>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "LogonSessions" => {
                xml::from_document::<super::types::LogonSessions>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "LongTermRetentionSchedule" => {
                xml::from_document::<super::types::LongTermRetentionSchedule>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "LongTermRetentionScheduleType" => {
                xml::from_document::<
                    super::types::LongTermRetentionScheduleType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "LookupSvc" => {
                xml::from_document::<super::types::LookupSvc>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "ManagedServer" => {
                xml::from_document::<super::types::ManagedServer>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "ManagedServers" => {
                xml::from_document::<super::types::ManagedServers>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "ManualIpAddressSettingsInfoType" => {
                xml::from_document::<
                    super::types::ManualIpAddressSettingsInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "MarkAsFailed" => {
                xml::from_document::<super::types::MarkAsFailed>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "MarkAsWarning" => {
                xml::from_document::<super::types::MarkAsWarning>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "MonthlyOptionsInfoType" => {
                xml::from_document::<super::types::MonthlyOptionsInfoType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "NASJob" => {
                xml::from_document::<super::types::NasJob>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "NASJobAdvancedStorageOptionsInfoType" => {
                xml::from_document::<
                    super::types::NasJobAdvancedStorageOptionsInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "NASJobFileExtensionsOptionsInfoType" => {
                xml::from_document::<
                    super::types::NasJobFileExtensionsOptionsInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "NASJobStorageKeepFileVersionsHistory" => {
                xml::from_document::<
                    super::types::NasJobStorageKeepFileVersionsHistory,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "NASJobStorageOptionsInfoType" => {
                xml::from_document::<
                    super::types::NasJobStorageOptionsInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "NASJobs" => {
                xml::from_document::<super::types::NasJobs>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "NASLongTermArchivalOptionsInfoType" => {
                xml::from_document::<
                    super::types::NasLongTermArchivalOptionsInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "NASObject" => {
                xml::from_document::<super::types::NasObject>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "NASObjects" => {
                xml::from_document::<super::types::NasObjects>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "NASServerAdvancedOptionsInfoType" => {
                xml::from_document::<
                    super::types::NasServerAdvancedOptionsInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "NASService" => {
                xml::from_document::<super::types::NasService>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "Network" => {
                xml::from_document::<super::types::Network>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "NetworkAppliance" => {
                xml::from_document::<super::types::NetworkAppliance>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "NetworkApplianceInfoType" => {
                xml::from_document::<super::types::NetworkApplianceInfoType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "ObjectInAgentBackupJob" => {
                xml::from_document::<super::types::ObjectInAgentBackupJob>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "ObjectInJob" => {
                xml::from_document::<super::types::ObjectInJob>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "ObjectsInJob" => {
                xml::from_document::<super::types::ObjectsInJob>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "OptionsBackupWindow" => {
                xml::from_document::<super::types::OptionsBackupWindow>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "OptionsContinuous" => {
                xml::from_document::<super::types::OptionsContinuous>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "OptionsDaily" => {
                xml::from_document::<super::types::OptionsDaily>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "OptionsDaisyChaining" => {
                xml::from_document::<super::types::OptionsDaisyChaining>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "OptionsMonthly" => {
                xml::from_document::<super::types::OptionsMonthly>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "OptionsPeriodically" => {
                xml::from_document::<super::types::OptionsPeriodically>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "OracleBackupOptionsType" => {
                xml::from_document::<super::types::OracleBackupOptionsType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "OverviewReportFrame" => {
                xml::from_document::<super::types::OverviewReportFrame>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "PasswordKeyInfo" => {
                xml::from_document::<super::types::PasswordKeyInfo>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "PasswordKeyInfoList" => {
                xml::from_document::<super::types::PasswordKeyInfoList>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "PasswordKeyInfoSpec" => {
                xml::from_document::<super::types::PasswordKeyInfoSpec>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "PolicyScheduleOptions" => {
                xml::from_document::<super::types::PolicyScheduleOptions>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "PostCdpReplicaVAppsIntervalsSpec" => {
                xml::from_document::<
                    super::types::PostCdpReplicaVAppsIntervalsSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "PostCdpReplicasVmsIntervalsSpec" => {
                xml::from_document::<
                    super::types::PostCdpReplicasVmsIntervalsSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "PostJobsLinkedBackupRepositoriesSpec" => {
                xml::from_document::<
                    super::types::PostJobsLinkedBackupRepositoriesSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "PostJobsLinkedJobsSpec" => {
                xml::from_document::<super::types::PostJobsLinkedJobsSpec>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "PostVmReplicaPointsMountsSpec" => {
                xml::from_document::<
                    super::types::PostVmReplicaPointsMountsSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "PostVmRestorePointsMountsSpec" => {
                xml::from_document::<
                    super::types::PostVmRestorePointsMountsSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "ProcessedVmsReportFrame" => {
                xml::from_document::<super::types::ProcessedVmsReportFrame>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "ProcessingOptionsInfoType" => {
                xml::from_document::<super::types::ProcessingOptionsInfoType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "QuerySvc" => {
                xml::from_document::<super::types::QuerySvc>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "QuickBackupStartupSpec" => {
                xml::from_document::<super::types::QuickBackupStartupSpec>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "RPOReporting" => {
                xml::from_document::<super::types::RpoReporting>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "RPOReportingType" => {
                xml::from_document::<super::types::RpoReportingType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "RPOSchedule" => {
                xml::from_document::<super::types::RpoSchedule>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "RPOScheduleType" => {
                xml::from_document::<super::types::RpoScheduleType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "RebuildScopeJobSpec" => {
                xml::from_document::<super::types::RebuildScopeJobSpec>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "Ref" => {
                xml::from_document::<super::types::Ref>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "Replica" => {
                xml::from_document::<super::types::Replica>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "ReplicaJobSession" => {
                xml::from_document::<super::types::ReplicaJobSession>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "ReplicaJobSessions" => {
                xml::from_document::<super::types::ReplicaJobSessions>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "ReplicaTaskSession" => {
                xml::from_document::<super::types::ReplicaTaskSession>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "ReplicaTaskSessions" => {
                xml::from_document::<super::types::ReplicaTaskSessions>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "Replicas" => {
                xml::from_document::<super::types::Replicas>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "Repositories" => {
                xml::from_document::<super::types::Repositories>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "Repository" => {
                xml::from_document::<super::types::Repository>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "RepositoryReportFrame" => {
                xml::from_document::<super::types::RepositoryReportFrame>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "RestorePoint" => {
                xml::from_document::<super::types::RestorePoint>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "RestorePoints" => {
                xml::from_document::<super::types::RestorePoints>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "RestoreSession" => {
                xml::from_document::<super::types::RestoreSession>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "RestoreSessions" => {
                xml::from_document::<super::types::RestoreSessions>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "RestoreSpec" => {
                xml::from_document::<super::types::RestoreSpec>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "Result" => {
                xml::from_document::<super::types::ResultType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "RetryOptions" => {
                xml::from_document::<super::types::RetryOptions>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "ScheduleOptionsInfoType" => {
                xml::from_document::<super::types::ScheduleOptionsInfoType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "SessionResultInfoType" => {
                xml::from_document::<super::types::SessionResultInfoType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "SimpleRetentionPolicy" => {
                xml::from_document::<super::types::SimpleRetentionPolicy>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "SmbServerOptionsInfoType" => {
                xml::from_document::<super::types::SmbServerOptionsInfoType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "SqlBackupOptions" => {
                xml::from_document::<super::types::SqlBackupOptions>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "SqlBackupOptionsType" => {
                xml::from_document::<super::types::SqlBackupOptionsType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "SqlRestoreSettingsInfoType" => {
                xml::from_document::<super::types::SqlRestoreSettingsInfoType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "SqlRestoreSettingsSpecsType" => {
                xml::from_document::<super::types::SqlRestoreSettingsSpecsType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "Standart" => {
                xml::from_document::<super::types::Standart>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "StorageResourceStat" => {
                xml::from_document::<super::types::StorageResourceStat>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "StorageResourceStatsListType" => {
                xml::from_document::<
                    super::types::StorageResourceStatsListType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "SummaryReport" => {
                xml::from_document::<super::types::SummaryReport>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "SystemSession" => {
                xml::from_document::<super::types::SystemSession>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "SystemSessionEvents" => {
                xml::from_document::<super::types::SystemSessionEvents>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "SystemSessions" => {
                xml::from_document::<super::types::SystemSessions>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "TagsListType" => {
                xml::from_document::<super::types::TagsListType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "Task" => {
                xml::from_document::<super::types::Task>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "Tasks" => {
                xml::from_document::<super::types::Tasks>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "TenantCredentials" => {
                xml::from_document::<super::types::TenantCredentials>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "TenantCredentialsTenantCredentials" => {
                xml::from_document::<
                    super::types::TenantCredentialsTenantCredentials,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "TenantType" => {
                xml::from_document::<super::types::TenantType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VAppCdpReplica" => {
                xml::from_document::<super::types::VAppCdpReplica>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VAppCdpReplicaVm" => {
                xml::from_document::<super::types::VAppCdpReplicaVm>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VAppCdpReplicaVms" => {
                xml::from_document::<super::types::VAppCdpReplicaVms>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VAppCdpReplicas" => {
                xml::from_document::<super::types::VAppCdpReplicas>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VAppReplicaPoint" => {
                xml::from_document::<super::types::VAppReplicaPoint>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VAppReplicaPoints" => {
                xml::from_document::<super::types::VAppReplicaPoints>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VAppRestorePoint" => {
                xml::from_document::<super::types::VAppRestorePoint>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VAppRestorePoints" => {
                xml::from_document::<super::types::VAppRestorePoints>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VCentersScopeListType" => {
                xml::from_document::<super::types::VCentersScopeListType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VCloudComputeResources" => {
                xml::from_document::<super::types::VCloudComputeResources>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VCloudOrganizationConfig" => {
                xml::from_document::<super::types::VCloudOrganizationConfig>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VCloudOrganizationConfigBackupJobSettings" => {
                xml::from_document::<
                    super::types::VCloudOrganizationConfigBackupJobSettings,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VCloudOrganizationConfigCreateSpec" => {
                xml::from_document::<
                    super::types::VCloudOrganizationConfigCreateSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VCloudOrganizationConfigs" => {
                xml::from_document::<super::types::VCloudOrganizationConfigs>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VCloudService" => {
                xml::from_document::<super::types::VCloudService>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VSphereSelfService" => {
                xml::from_document::<super::types::VSphereSelfService>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VSphereSelfServiceConfig" => {
                xml::from_document::<super::types::VSphereSelfServiceConfig>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VSphereSelfServiceConfigAccountInfoType" => {
                xml::from_document::<
                    super::types::VSphereSelfServiceConfigAccountInfoType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VSphereSelfServiceConfigEntityTypeJobSettings" => {
                xml::from_document::<
                    super::types::VSphereSelfServiceConfigEntityTypeJobSettings,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VSphereSelfServiceConfigJobSettings" => {
                xml::from_document::<
                    super::types::VSphereSelfServiceConfigJobSettings,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VSphereSelfServiceConfigs" => {
                xml::from_document::<super::types::VSphereSelfServiceConfigs>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VSphereSelfServiceCreateSpec" => {
                xml::from_document::<
                    super::types::VSphereSelfServiceCreateSpec,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VeeamZipStartupSpec" => {
                xml::from_document::<super::types::VeeamZipStartupSpec>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "ViCloudHardwarePlan" => {
                xml::from_document::<super::types::ViCloudHardwarePlan>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "ViCloudHardwarePlanDatastoreInfoListType" => {
                xml::from_document::<
                    super::types::ViCloudHardwarePlanDatastoreInfoListType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "ViCloudHardwarePlanorHvCloudHardwarePlan" => {
                xml::from_document::<
                    super::types::ViCloudHardwarePlanorHvCloudHardwarePlan,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VlanConfiguration" => {
                xml::from_document::<super::types::VlanConfiguration>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VlanConfigurations" => {
                xml::from_document::<super::types::VlanConfigurations>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "Vm" => {
                xml::from_document::<super::types::Vm>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VmReplicaPoint" => {
                xml::from_document::<super::types::VmReplicaPoint>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VmReplicaPointLink" => {
                xml::from_document::<super::types::VmReplicaPointLink>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VmReplicaPointMount" => {
                xml::from_document::<super::types::VmReplicaPointMount>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VmReplicaPointMounts" => {
                xml::from_document::<super::types::VmReplicaPointMounts>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VmReplicaPoints" => {
                xml::from_document::<super::types::VmReplicaPoints>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VmRestoreParameters" => {
                xml::from_document::<super::types::VmRestoreParameters>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VmRestorePoint" => {
                xml::from_document::<super::types::VmRestorePoint>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VmRestorePointMount" => {
                xml::from_document::<super::types::VmRestorePointMount>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VmRestorePointMounts" => {
                xml::from_document::<super::types::VmRestorePointMounts>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VmRestorePoints" => {
                xml::from_document::<super::types::VmRestorePoints>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VmRestoreSpec" => {
                xml::from_document::<super::types::VmRestoreSpec>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VmVm" => {
                xml::from_document::<super::types::VmVm>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VmsOverviewReportFrame" => {
                xml::from_document::<super::types::VmsOverviewReportFrame>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VmsRestoreParameters" => {
                xml::from_document::<super::types::VmsRestoreParameters>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "Volume" => {
                xml::from_document::<super::types::Volume>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VssSnapshotOptions" => {
                xml::from_document::<super::types::VssSnapshotOptions>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "VssSnapshotOptionsType" => {
                xml::from_document::<super::types::VssSnapshotOptionsType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "WanAccelerator" => {
                xml::from_document::<super::types::WanAccelerator>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "WanAccelerators" => {
                xml::from_document::<super::types::WanAccelerators>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "WeeklyOptionsInfoType" => {
                xml::from_document::<super::types::WeeklyOptionsInfoType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "WindowsGuestFSIndexingOptions" => {
                xml::from_document::<
                    super::types::WindowsGuestFsIndexingOptions,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "WindowsGuestFSIndexingOptionsType" => {
                xml::from_document::<
                    super::types::WindowsGuestFsIndexingOptionsType,
                >(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "YearlyOptionsInfoType" => {
                xml::from_document::<super::types::YearlyOptionsInfoType>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "vCloudTenant" => {
                xml::from_document::<super::types::VCloudTenant>(document)
                    .map(|v| xml::to_document(root, &v))
            }
            "vCloudVAppRestoreSpec" => {
                xml::from_document::<super::types::VCloudVAppRestoreSpec>(document)
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
) -> Option<Result<String, crate::runtime::DecodeError>> {
    Some(
        match type_name {
            "ACL" => {
                json::from_slice::<super::types::Acl>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "ADTenantType" => {
                json::from_slice::<super::types::AdTenantType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "AgentBackupJob" => {
                json::from_slice::<super::types::AgentBackupJob>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "AgentBackupJobs" => {
                json::from_slice::<super::types::AgentBackupJobs>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "AgentProtectionGroup" => {
                json::from_slice::<super::types::AgentProtectionGroup>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "AgentProtectionGroups" => {
                json::from_slice::<super::types::AgentProtectionGroups>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "AgentRestorePoint" => {
                json::from_slice::<super::types::AgentRestorePoint>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "AgentRestorePointMount" => {
                json::from_slice::<super::types::AgentRestorePointMount>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "AgentRestorePointMounts" => {
                json::from_slice::<super::types::AgentRestorePointMounts>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "AgentRestorePoints" => {
                json::from_slice::<super::types::AgentRestorePoints>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "Agents" => {
                json::from_slice::<super::types::Agents>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "Backup" => {
                json::from_slice::<super::types::Backup>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "BackupFile" => {
                json::from_slice::<super::types::BackupFile>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "BackupFiles" => {
                json::from_slice::<super::types::BackupFiles>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "BackupJobInfo" => {
                json::from_slice::<super::types::BackupJobInfo>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "BackupJobSession" => {
                json::from_slice::<super::types::BackupJobSession>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "BackupJobSessions" => {
                json::from_slice::<super::types::BackupJobSessions>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "BackupServer" => {
                json::from_slice::<super::types::BackupServer>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "BackupServerSpec" => {
                json::from_slice::<super::types::BackupServerSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "BackupServers" => {
                json::from_slice::<super::types::BackupServers>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "BackupTaskSession" => {
                json::from_slice::<super::types::BackupTaskSession>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "BackupTaskSessions" => {
                json::from_slice::<super::types::BackupTaskSessions>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "Backups" => {
                json::from_slice::<super::types::Backups>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CDPReplicaRPOReportingFailedOptionsType" => {
                json::from_slice::<
                    super::types::CdpReplicaRpoReportingFailedOptionsType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CDPReplicaRPOReportingWarningOptionsType" => {
                json::from_slice::<
                    super::types::CdpReplicaRpoReportingWarningOptionsType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CatalogVm" => {
                json::from_slice::<super::types::CatalogVm>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CatalogVmRestorePoint" => {
                json::from_slice::<super::types::CatalogVmRestorePoint>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CatalogVms" => {
                json::from_slice::<super::types::CatalogVms>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CdpFailoverStartSpec" => {
                json::from_slice::<super::types::CdpFailoverStartSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CdpPolicies" => {
                json::from_slice::<super::types::CdpPolicies>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CdpPolicy" => {
                json::from_slice::<super::types::CdpPolicy>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CdpReplica" => {
                json::from_slice::<super::types::CdpReplica>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CdpReplicaIntervals" => {
                json::from_slice::<super::types::CdpReplicaIntervals>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CdpReplicaPolicyInfo" => {
                json::from_slice::<super::types::CdpReplicaPolicyInfo>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CdpReplicaSession" => {
                json::from_slice::<super::types::CdpReplicaSession>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CdpReplicaSessions" => {
                json::from_slice::<super::types::CdpReplicaSessions>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CdpReplicaTaskSession" => {
                json::from_slice::<super::types::CdpReplicaTaskSession>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CdpReplicaTaskSessions" => {
                json::from_slice::<super::types::CdpReplicaTaskSessions>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CdpReplicaVm" => {
                json::from_slice::<super::types::CdpReplicaVm>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CdpReplicaVms" => {
                json::from_slice::<super::types::CdpReplicaVms>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CdpReplicas" => {
                json::from_slice::<super::types::CdpReplicas>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudConnectService" => {
                json::from_slice::<super::types::CloudConnectService>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudFailoverPlan" => {
                json::from_slice::<super::types::CloudFailoverPlan>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudFailoverPlanManagementSpec" => {
                json::from_slice::<
                    super::types::CloudFailoverPlanManagementSpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudFailoverPlanOptionsInfoType" => {
                json::from_slice::<
                    super::types::CloudFailoverPlanOptionsInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudFailoverPlanVm" => {
                json::from_slice::<super::types::CloudFailoverPlanVm>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudFailoverPlans" => {
                json::from_slice::<super::types::CloudFailoverPlans>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudFailoverSession" => {
                json::from_slice::<super::types::CloudFailoverSession>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudFailoverSessions" => {
                json::from_slice::<super::types::CloudFailoverSessions>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudFailoverTaskSessionInfoListType" => {
                json::from_slice::<
                    super::types::CloudFailoverTaskSessionInfoListType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudFailoverTasks" => {
                json::from_slice::<super::types::CloudFailoverTasks>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudFailoveredVm" => {
                json::from_slice::<super::types::CloudFailoveredVm>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudFailoveredVms" => {
                json::from_slice::<super::types::CloudFailoveredVms>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudGateway" => {
                json::from_slice::<super::types::CloudGateway>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudGatewayPool" => {
                json::from_slice::<super::types::CloudGatewayPool>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudGatewayPoolEntityListType" => {
                json::from_slice::<
                    super::types::CloudGatewayPoolEntityListType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudGatewayPoolGatewayListType" => {
                json::from_slice::<
                    super::types::CloudGatewayPoolGatewayListType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudGatewayPoolTenantListType" => {
                json::from_slice::<
                    super::types::CloudGatewayPoolTenantListType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudGateways" => {
                json::from_slice::<super::types::CloudGateways>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudHardwarePlan" => {
                json::from_slice::<super::types::CloudHardwarePlan>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudHardwarePlanCreateSpec" => {
                json::from_slice::<super::types::CloudHardwarePlanCreateSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudHardwarePlanNetworkInfo" => {
                json::from_slice::<super::types::CloudHardwarePlanNetworkInfo>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudHardwarePlans" => {
                json::from_slice::<super::types::CloudHardwarePlans>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudPublicIpAddress" => {
                json::from_slice::<super::types::CloudPublicIpAddress>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudPublicIpAddressCreateSpec" => {
                json::from_slice::<
                    super::types::CloudPublicIpAddressCreateSpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudPublicIpAddresses" => {
                json::from_slice::<super::types::CloudPublicIpAddresses>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudReplica" => {
                json::from_slice::<super::types::CloudReplica>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudReplicas" => {
                json::from_slice::<super::types::CloudReplicas>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudSubtenant" => {
                json::from_slice::<super::types::CloudSubtenant>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudSubtenantCreateSpec" => {
                json::from_slice::<super::types::CloudSubtenantCreateSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudSubtenantRepositoryQuotaInfoType" => {
                json::from_slice::<
                    super::types::CloudSubtenantRepositoryQuotaInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudSubtenants" => {
                json::from_slice::<super::types::CloudSubtenants>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudTenant" => {
                json::from_slice::<super::types::CloudTenant>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudTenantADDomainInfoType" => {
                json::from_slice::<super::types::CloudTenantAdDomainInfoType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudTenantComputeResource" => {
                json::from_slice::<super::types::CloudTenantComputeResource>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudTenantComputeResourceCreateSpec" => {
                json::from_slice::<
                    super::types::CloudTenantComputeResourceCreateSpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudTenantComputeResourceCreateSpecType" => {
                json::from_slice::<
                    super::types::CloudTenantComputeResourceCreateSpecType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudTenantComputeResources" => {
                json::from_slice::<super::types::CloudTenantComputeResources>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudTenantFreeLicenseCounters" => {
                json::from_slice::<
                    super::types::CloudTenantFreeLicenseCounters,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudTenantLeaseOptionsType" => {
                json::from_slice::<super::types::CloudTenantLeaseOptionsType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudTenantRepositoryQuotaInfoType" => {
                json::from_slice::<
                    super::types::CloudTenantRepositoryQuotaInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudTenantResource" => {
                json::from_slice::<super::types::CloudTenantResource>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudTenantResourceListType" => {
                json::from_slice::<super::types::CloudTenantResourceListType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudTenantResources" => {
                json::from_slice::<super::types::CloudTenantResources>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudTenantVCloudCompute" => {
                json::from_slice::<super::types::CloudTenantVCloudCompute>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudTenantVCloudComputeResource" => {
                json::from_slice::<
                    super::types::CloudTenantVCloudComputeResource,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudTenantVCloudComputeResourceCreateSpec" => {
                json::from_slice::<
                    super::types::CloudTenantVCloudComputeResourceCreateSpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudTenantVCloudComputeResourceCreateSpecType" => {
                json::from_slice::<
                    super::types::CloudTenantVCloudComputeResourceCreateSpecType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudTenantVCloudComputeResourceUsageInfoType" => {
                json::from_slice::<
                    super::types::CloudTenantVCloudComputeResourceUsageInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudTenants" => {
                json::from_slice::<super::types::CloudTenants>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudVmReplicaPoint" => {
                json::from_slice::<super::types::CloudVmReplicaPoint>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CloudVmReplicaPoints" => {
                json::from_slice::<super::types::CloudVmReplicaPoints>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "ComputeResourceStatsInfoType" => {
                json::from_slice::<super::types::ComputeResourceStatsInfoType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CreateCloudGatewayPoolSpec" => {
                json::from_slice::<super::types::CreateCloudGatewayPoolSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CreateCloudGatewaySpec" => {
                json::from_slice::<super::types::CreateCloudGatewaySpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CreateCloudTenantResourceSpec" => {
                json::from_slice::<super::types::CreateCloudTenantResourceSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CreateCloudTenantResourceSpecType" => {
                json::from_slice::<
                    super::types::CreateCloudTenantResourceSpecType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CreateCloudTenantSpec" => {
                json::from_slice::<super::types::CreateCloudTenantSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CreateObjectInJobSpec" => {
                json::from_slice::<super::types::CreateObjectInJobSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CredentialsInfo" => {
                json::from_slice::<super::types::CredentialsInfo>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CredentialsInfoList" => {
                json::from_slice::<super::types::CredentialsInfoList>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "CredentialsInfoSpec" => {
                json::from_slice::<super::types::CredentialsInfoSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "Datastore" => {
                json::from_slice::<super::types::Datastore>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "Day" => {
                json::from_slice::<super::types::Day>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "DeleteCloudTenantsSpec" => {
                json::from_slice::<super::types::DeleteCloudTenantsSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "DirectoryEntry" => {
                json::from_slice::<super::types::DirectoryEntry>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "DirectoryEntryListType" => {
                json::from_slice::<super::types::DirectoryEntryListType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "DiscoveredComputer" => {
                json::from_slice::<super::types::DiscoveredComputer>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "DiscoveredComputers" => {
                json::from_slice::<super::types::DiscoveredComputers>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "Domain" => {
                json::from_slice::<super::types::Domain>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "EnterpriseAccount" => {
                json::from_slice::<super::types::EnterpriseAccount>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "EnterpriseAccountCreateSpec" => {
                json::from_slice::<super::types::EnterpriseAccountCreateSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "EnterpriseAccountHierarchyScope" => {
                json::from_slice::<
                    super::types::EnterpriseAccountHierarchyScope,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "EnterpriseAccountHierarchyScopes" => {
                json::from_slice::<
                    super::types::EnterpriseAccountHierarchyScopes,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "EnterpriseAccountInRole" => {
                json::from_slice::<super::types::EnterpriseAccountInRole>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "EnterpriseAccountInRoleCreateSpec" => {
                json::from_slice::<
                    super::types::EnterpriseAccountInRoleCreateSpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "EnterpriseAccountInRoleList" => {
                json::from_slice::<super::types::EnterpriseAccountInRoleList>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "EnterpriseAccounts" => {
                json::from_slice::<super::types::EnterpriseAccounts>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "EnterpriseRole" => {
                json::from_slice::<super::types::EnterpriseRole>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "EnterpriseRoles" => {
                json::from_slice::<super::types::EnterpriseRoles>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "EnterpriseSecuritySettings" => {
                json::from_slice::<super::types::EnterpriseSecuritySettings>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "EntityReferences" => {
                json::from_slice::<super::types::EntityReferences>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "ExternalRepositories" => {
                json::from_slice::<super::types::ExternalRepositories>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "ExternalRepository" => {
                json::from_slice::<super::types::ExternalRepository>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "FNfsServerOptionsInfoType" => {
                json::from_slice::<super::types::FNfsServerOptionsInfoType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "FSFileExcludeOptionsType" => {
                json::from_slice::<super::types::FsFileExcludeOptionsType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "FailoverPlan" => {
                json::from_slice::<super::types::FailoverPlan>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "FailoverPlanInfoType" => {
                json::from_slice::<super::types::FailoverPlanInfoType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "FailoverPlanManagementSpec" => {
                json::from_slice::<super::types::FailoverPlanManagementSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "FailoverPlans" => {
                json::from_slice::<super::types::FailoverPlans>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "FailoveredVm" => {
                json::from_slice::<super::types::FailoveredVm>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "FileEntryListType" => {
                json::from_slice::<super::types::FileEntryListType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "FileRestoreSettingsInfoType" => {
                json::from_slice::<super::types::FileRestoreSettingsInfoType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "FileRestoreSpec" => {
                json::from_slice::<super::types::FileRestoreSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "FileRestoreToOriginalSpecInfoType" => {
                json::from_slice::<
                    super::types::FileRestoreToOriginalSpecInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "FileServer" => {
                json::from_slice::<super::types::FileServer>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "FileServerOptionsInfoType" => {
                json::from_slice::<super::types::FileServerOptionsInfoType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "FileServers" => {
                json::from_slice::<super::types::FileServers>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "FileSystemEntries" => {
                json::from_slice::<super::types::FileSystemEntries>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "FileSystemEntry" => {
                json::from_slice::<super::types::FileSystemEntry>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "GetAgentsJobsIncludesResponse" => {
                json::from_slice::<super::types::GetAgentsJobsIncludesResponse>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "GetQueryObjectInAgentBackupJobSpec" => {
                json::from_slice::<
                    super::types::GetQueryObjectInAgentBackupJobSpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "GfsRetentionPolicy" => {
                json::from_slice::<super::types::GfsRetentionPolicy>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "GuestCredentials" => {
                json::from_slice::<super::types::GuestCredentials>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "GuestProcessingOptions" => {
                json::from_slice::<super::types::GuestProcessingOptions>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "GuestProcessingOptionsType" => {
                json::from_slice::<super::types::GuestProcessingOptionsType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "HierarchyItem" => {
                json::from_slice::<super::types::HierarchyItem>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "HierarchyItems" => {
                json::from_slice::<super::types::HierarchyItems>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "HierarchyRoot" => {
                json::from_slice::<super::types::HierarchyRoot>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "HierarchyRoots" => {
                json::from_slice::<super::types::HierarchyRoots>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "HierarchyScopeCreateSpec" => {
                json::from_slice::<super::types::HierarchyScopeCreateSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "HierarchyScopeCreateSpecType" => {
                json::from_slice::<super::types::HierarchyScopeCreateSpecType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "HierarchyScopeItem" => {
                json::from_slice::<super::types::HierarchyScopeItem>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "HvCloudHardwarePlan" => {
                json::from_slice::<super::types::HvCloudHardwarePlan>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "HvCloudHardwarePlanVolumesInfoListType" => {
                json::from_slice::<
                    super::types::HvCloudHardwarePlanVolumesInfoListType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "ImmediateBackupCopyJobInfo" => {
                json::from_slice::<super::types::ImmediateBackupCopyJobInfo>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "Includes" => {
                json::from_slice::<super::types::Includes>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "IncludesIncludes" => {
                json::from_slice::<super::types::IncludesIncludes>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "Interval" => {
                json::from_slice::<super::types::Interval>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "Items" => {
                json::from_slice::<super::types::Items>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "Job" => {
                json::from_slice::<super::types::Job>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "JobCloneSpec" => {
                json::from_slice::<super::types::JobCloneSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "JobGfsRetentionPolicy" => {
                json::from_slice::<super::types::JobGfsRetentionPolicy>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "JobGfsRetentionPolicyMonthly" => {
                json::from_slice::<super::types::JobGfsRetentionPolicyMonthly>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "JobGfsRetentionPolicyWeekly" => {
                json::from_slice::<super::types::JobGfsRetentionPolicyWeekly>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "JobGfsRetentionPolicyYearly" => {
                json::from_slice::<super::types::JobGfsRetentionPolicyYearly>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "JobInfo" => {
                json::from_slice::<super::types::JobInfo>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "JobScheduleBackupWindowOptionsType" => {
                json::from_slice::<
                    super::types::JobScheduleBackupWindowOptionsType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "JobScheduleContinuousOptionsType" => {
                json::from_slice::<
                    super::types::JobScheduleContinuousOptionsType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "JobScheduleDailyOptionsType" => {
                json::from_slice::<super::types::JobScheduleDailyOptionsType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "JobScheduleDaisyChainingOptionsType" => {
                json::from_slice::<
                    super::types::JobScheduleDaisyChainingOptionsType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "JobScheduleMonthlyOptionsType" => {
                json::from_slice::<super::types::JobScheduleMonthlyOptionsType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "JobSchedulePeriodicallyOptionsType" => {
                json::from_slice::<
                    super::types::JobSchedulePeriodicallyOptionsType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "JobScheduleRetryOptionsType" => {
                json::from_slice::<super::types::JobScheduleRetryOptionsType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "JobSettings" => {
                json::from_slice::<super::types::JobSettings>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "JobStatisticsReportFrame" => {
                json::from_slice::<super::types::JobStatisticsReportFrame>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "Jobs" => {
                json::from_slice::<super::types::Jobs>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "Link" => {
                json::from_slice::<super::types::Link>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "LinkedBackupRepository" => {
                json::from_slice::<super::types::LinkedBackupRepository>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "LinkedJobObject" => {
                json::from_slice::<super::types::LinkedJobObject>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "LinuxGuestFSIndexingOptions" => {
                json::from_slice::<super::types::LinuxGuestFsIndexingOptions>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "LogonSession" => {
                json::from_slice::<super::types::LogonSession>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "LogonSessions" => {
                json::from_slice::<super::types::LogonSessions>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "LongTermRetentionSchedule" => {
                json::from_slice::<super::types::LongTermRetentionSchedule>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "LongTermRetentionScheduleType" => {
                json::from_slice::<super::types::LongTermRetentionScheduleType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "LookupSvc" => {
                json::from_slice::<super::types::LookupSvc>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "ManagedServer" => {
                json::from_slice::<super::types::ManagedServer>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "ManagedServers" => {
                json::from_slice::<super::types::ManagedServers>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "ManualIpAddressSettingsInfoType" => {
                json::from_slice::<
                    super::types::ManualIpAddressSettingsInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "MarkAsFailed" => {
                json::from_slice::<super::types::MarkAsFailed>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "MarkAsWarning" => {
                json::from_slice::<super::types::MarkAsWarning>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "MonthlyOptionsInfoType" => {
                json::from_slice::<super::types::MonthlyOptionsInfoType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "NASJob" => {
                json::from_slice::<super::types::NasJob>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "NASJobAdvancedStorageOptionsInfoType" => {
                json::from_slice::<
                    super::types::NasJobAdvancedStorageOptionsInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "NASJobFileExtensionsOptionsInfoType" => {
                json::from_slice::<
                    super::types::NasJobFileExtensionsOptionsInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "NASJobStorageKeepFileVersionsHistory" => {
                json::from_slice::<
                    super::types::NasJobStorageKeepFileVersionsHistory,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "NASJobStorageOptionsInfoType" => {
                json::from_slice::<super::types::NasJobStorageOptionsInfoType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "NASJobs" => {
                json::from_slice::<super::types::NasJobs>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "NASLongTermArchivalOptionsInfoType" => {
                json::from_slice::<
                    super::types::NasLongTermArchivalOptionsInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "NASObject" => {
                json::from_slice::<super::types::NasObject>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "NASObjects" => {
                json::from_slice::<super::types::NasObjects>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "NASServerAdvancedOptionsInfoType" => {
                json::from_slice::<
                    super::types::NasServerAdvancedOptionsInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "NASService" => {
                json::from_slice::<super::types::NasService>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "Network" => {
                json::from_slice::<super::types::Network>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "NetworkAppliance" => {
                json::from_slice::<super::types::NetworkAppliance>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "NetworkApplianceInfoType" => {
                json::from_slice::<super::types::NetworkApplianceInfoType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "ObjectInAgentBackupJob" => {
                json::from_slice::<super::types::ObjectInAgentBackupJob>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "ObjectInJob" => {
                json::from_slice::<super::types::ObjectInJob>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "ObjectsInJob" => {
                json::from_slice::<super::types::ObjectsInJob>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "OptionsBackupWindow" => {
                json::from_slice::<super::types::OptionsBackupWindow>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "OptionsContinuous" => {
                json::from_slice::<super::types::OptionsContinuous>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "OptionsDaily" => {
                json::from_slice::<super::types::OptionsDaily>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "OptionsDaisyChaining" => {
                json::from_slice::<super::types::OptionsDaisyChaining>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "OptionsMonthly" => {
                json::from_slice::<super::types::OptionsMonthly>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "OptionsPeriodically" => {
                json::from_slice::<super::types::OptionsPeriodically>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "OracleBackupOptionsType" => {
                json::from_slice::<super::types::OracleBackupOptionsType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "OverviewReportFrame" => {
                json::from_slice::<super::types::OverviewReportFrame>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "PasswordKeyInfo" => {
                json::from_slice::<super::types::PasswordKeyInfo>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "PasswordKeyInfoList" => {
                json::from_slice::<super::types::PasswordKeyInfoList>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "PasswordKeyInfoSpec" => {
                json::from_slice::<super::types::PasswordKeyInfoSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "PolicyScheduleOptions" => {
                json::from_slice::<super::types::PolicyScheduleOptions>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "PostCdpReplicaVAppsIntervalsSpec" => {
                json::from_slice::<
                    super::types::PostCdpReplicaVAppsIntervalsSpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "PostCdpReplicasVmsIntervalsSpec" => {
                json::from_slice::<
                    super::types::PostCdpReplicasVmsIntervalsSpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "PostJobsLinkedBackupRepositoriesSpec" => {
                json::from_slice::<
                    super::types::PostJobsLinkedBackupRepositoriesSpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "PostJobsLinkedJobsSpec" => {
                json::from_slice::<super::types::PostJobsLinkedJobsSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "PostVmReplicaPointsMountsSpec" => {
                json::from_slice::<super::types::PostVmReplicaPointsMountsSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "PostVmRestorePointsMountsSpec" => {
                json::from_slice::<super::types::PostVmRestorePointsMountsSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "ProcessedVmsReportFrame" => {
                json::from_slice::<super::types::ProcessedVmsReportFrame>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "ProcessingOptionsInfoType" => {
                json::from_slice::<super::types::ProcessingOptionsInfoType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "QuerySvc" => {
                json::from_slice::<super::types::QuerySvc>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "QuickBackupStartupSpec" => {
                json::from_slice::<super::types::QuickBackupStartupSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "RPOReporting" => {
                json::from_slice::<super::types::RpoReporting>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "RPOReportingType" => {
                json::from_slice::<super::types::RpoReportingType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "RPOSchedule" => {
                json::from_slice::<super::types::RpoSchedule>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "RPOScheduleType" => {
                json::from_slice::<super::types::RpoScheduleType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "RebuildScopeJobSpec" => {
                json::from_slice::<super::types::RebuildScopeJobSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "Ref" => {
                json::from_slice::<super::types::Ref>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "Replica" => {
                json::from_slice::<super::types::Replica>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "ReplicaJobSession" => {
                json::from_slice::<super::types::ReplicaJobSession>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "ReplicaJobSessions" => {
                json::from_slice::<super::types::ReplicaJobSessions>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "ReplicaTaskSession" => {
                json::from_slice::<super::types::ReplicaTaskSession>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "ReplicaTaskSessions" => {
                json::from_slice::<super::types::ReplicaTaskSessions>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "Replicas" => {
                json::from_slice::<super::types::Replicas>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "Repositories" => {
                json::from_slice::<super::types::Repositories>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "Repository" => {
                json::from_slice::<super::types::Repository>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "RepositoryReportFrame" => {
                json::from_slice::<super::types::RepositoryReportFrame>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "RestorePoint" => {
                json::from_slice::<super::types::RestorePoint>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "RestorePoints" => {
                json::from_slice::<super::types::RestorePoints>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "RestoreSession" => {
                json::from_slice::<super::types::RestoreSession>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "RestoreSessions" => {
                json::from_slice::<super::types::RestoreSessions>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "RestoreSpec" => {
                json::from_slice::<super::types::RestoreSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "Result" => {
                json::from_slice::<super::types::ResultType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "RetryOptions" => {
                json::from_slice::<super::types::RetryOptions>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "ScheduleOptionsInfoType" => {
                json::from_slice::<super::types::ScheduleOptionsInfoType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "SessionResultInfoType" => {
                json::from_slice::<super::types::SessionResultInfoType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "SimpleRetentionPolicy" => {
                json::from_slice::<super::types::SimpleRetentionPolicy>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "SmbServerOptionsInfoType" => {
                json::from_slice::<super::types::SmbServerOptionsInfoType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "SqlBackupOptions" => {
                json::from_slice::<super::types::SqlBackupOptions>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "SqlBackupOptionsType" => {
                json::from_slice::<super::types::SqlBackupOptionsType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "SqlRestoreSettingsInfoType" => {
                json::from_slice::<super::types::SqlRestoreSettingsInfoType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "SqlRestoreSettingsSpecsType" => {
                json::from_slice::<super::types::SqlRestoreSettingsSpecsType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "Standart" => {
                json::from_slice::<super::types::Standart>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "StorageResourceStat" => {
                json::from_slice::<super::types::StorageResourceStat>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "StorageResourceStatsListType" => {
                json::from_slice::<super::types::StorageResourceStatsListType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "SummaryReport" => {
                json::from_slice::<super::types::SummaryReport>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "SystemSession" => {
                json::from_slice::<super::types::SystemSession>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "SystemSessionEvents" => {
                json::from_slice::<super::types::SystemSessionEvents>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "SystemSessions" => {
                json::from_slice::<super::types::SystemSessions>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "TagsListType" => {
                json::from_slice::<super::types::TagsListType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "Task" => {
                json::from_slice::<super::types::Task>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "Tasks" => {
                json::from_slice::<super::types::Tasks>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "TenantCredentials" => {
                json::from_slice::<super::types::TenantCredentials>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "TenantCredentialsTenantCredentials" => {
                json::from_slice::<
                    super::types::TenantCredentialsTenantCredentials,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "TenantType" => {
                json::from_slice::<super::types::TenantType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VAppCdpReplica" => {
                json::from_slice::<super::types::VAppCdpReplica>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VAppCdpReplicaVm" => {
                json::from_slice::<super::types::VAppCdpReplicaVm>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VAppCdpReplicaVms" => {
                json::from_slice::<super::types::VAppCdpReplicaVms>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VAppCdpReplicas" => {
                json::from_slice::<super::types::VAppCdpReplicas>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VAppReplicaPoint" => {
                json::from_slice::<super::types::VAppReplicaPoint>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VAppReplicaPoints" => {
                json::from_slice::<super::types::VAppReplicaPoints>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VAppRestorePoint" => {
                json::from_slice::<super::types::VAppRestorePoint>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VAppRestorePoints" => {
                json::from_slice::<super::types::VAppRestorePoints>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VCentersScopeListType" => {
                json::from_slice::<super::types::VCentersScopeListType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VCloudComputeResources" => {
                json::from_slice::<super::types::VCloudComputeResources>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VCloudOrganizationConfig" => {
                json::from_slice::<super::types::VCloudOrganizationConfig>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VCloudOrganizationConfigBackupJobSettings" => {
                json::from_slice::<
                    super::types::VCloudOrganizationConfigBackupJobSettings,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VCloudOrganizationConfigCreateSpec" => {
                json::from_slice::<
                    super::types::VCloudOrganizationConfigCreateSpec,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VCloudOrganizationConfigs" => {
                json::from_slice::<super::types::VCloudOrganizationConfigs>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VCloudService" => {
                json::from_slice::<super::types::VCloudService>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VSphereSelfService" => {
                json::from_slice::<super::types::VSphereSelfService>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VSphereSelfServiceConfig" => {
                json::from_slice::<super::types::VSphereSelfServiceConfig>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VSphereSelfServiceConfigAccountInfoType" => {
                json::from_slice::<
                    super::types::VSphereSelfServiceConfigAccountInfoType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VSphereSelfServiceConfigEntityTypeJobSettings" => {
                json::from_slice::<
                    super::types::VSphereSelfServiceConfigEntityTypeJobSettings,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VSphereSelfServiceConfigJobSettings" => {
                json::from_slice::<
                    super::types::VSphereSelfServiceConfigJobSettings,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VSphereSelfServiceConfigs" => {
                json::from_slice::<super::types::VSphereSelfServiceConfigs>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VSphereSelfServiceCreateSpec" => {
                json::from_slice::<super::types::VSphereSelfServiceCreateSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VeeamZipStartupSpec" => {
                json::from_slice::<super::types::VeeamZipStartupSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "ViCloudHardwarePlan" => {
                json::from_slice::<super::types::ViCloudHardwarePlan>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "ViCloudHardwarePlanDatastoreInfoListType" => {
                json::from_slice::<
                    super::types::ViCloudHardwarePlanDatastoreInfoListType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "ViCloudHardwarePlanorHvCloudHardwarePlan" => {
                json::from_slice::<
                    super::types::ViCloudHardwarePlanorHvCloudHardwarePlan,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VlanConfiguration" => {
                json::from_slice::<super::types::VlanConfiguration>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VlanConfigurations" => {
                json::from_slice::<super::types::VlanConfigurations>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "Vm" => {
                json::from_slice::<super::types::Vm>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VmReplicaPoint" => {
                json::from_slice::<super::types::VmReplicaPoint>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VmReplicaPointLink" => {
                json::from_slice::<super::types::VmReplicaPointLink>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VmReplicaPointMount" => {
                json::from_slice::<super::types::VmReplicaPointMount>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VmReplicaPointMounts" => {
                json::from_slice::<super::types::VmReplicaPointMounts>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VmReplicaPoints" => {
                json::from_slice::<super::types::VmReplicaPoints>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VmRestoreParameters" => {
                json::from_slice::<super::types::VmRestoreParameters>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VmRestorePoint" => {
                json::from_slice::<super::types::VmRestorePoint>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VmRestorePointMount" => {
                json::from_slice::<super::types::VmRestorePointMount>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VmRestorePointMounts" => {
                json::from_slice::<super::types::VmRestorePointMounts>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VmRestorePoints" => {
                json::from_slice::<super::types::VmRestorePoints>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VmRestoreSpec" => {
                json::from_slice::<super::types::VmRestoreSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VmVm" => {
                json::from_slice::<super::types::VmVm>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VmsOverviewReportFrame" => {
                json::from_slice::<super::types::VmsOverviewReportFrame>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VmsRestoreParameters" => {
                json::from_slice::<super::types::VmsRestoreParameters>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "Volume" => {
                json::from_slice::<super::types::Volume>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VssSnapshotOptions" => {
                json::from_slice::<super::types::VssSnapshotOptions>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "VssSnapshotOptionsType" => {
                json::from_slice::<super::types::VssSnapshotOptionsType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "WanAccelerator" => {
                json::from_slice::<super::types::WanAccelerator>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "WanAccelerators" => {
                json::from_slice::<super::types::WanAccelerators>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "WeeklyOptionsInfoType" => {
                json::from_slice::<super::types::WeeklyOptionsInfoType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "WindowsGuestFSIndexingOptions" => {
                json::from_slice::<super::types::WindowsGuestFsIndexingOptions>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "WindowsGuestFSIndexingOptionsType" => {
                json::from_slice::<
                    super::types::WindowsGuestFsIndexingOptionsType,
                >(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "YearlyOptionsInfoType" => {
                json::from_slice::<super::types::YearlyOptionsInfoType>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "vCloudTenant" => {
                json::from_slice::<super::types::VCloudTenant>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            "vCloudVAppRestoreSpec" => {
                json::from_slice::<super::types::VCloudVAppRestoreSpec>(document)
                    .map(|v| String::from_utf8_lossy(&json::to_vec(&v)).into_owned())
            }
            _ => return None,
        },
    )
}
