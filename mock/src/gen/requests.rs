// @generated — do not edit; run `cargo xtask codegen`
//! The request body each operation takes, read as its type: what the mock refuses with
//! 400, like Enterprise Manager ("The request body is malformed, incomplete or otherwise
//! invalid").

use veeam_em::runtime::{json, xml, DecodeError, Format};

use super::operations::Operation;

/// Reads `body` as `operation`'s request type in `format`; `None` when the operation
/// takes no body.
pub(crate) fn check(
    operation: Operation,
    format: Format,
    body: &[u8],
) -> Option<Result<(), DecodeError>> {
    #[allow(unreachable_patterns)]
    match operation {
        Operation::PostAgentsAgentRestorePointsByIdMountsByIdByFilepathRestore => {
            Some(decode::<veeam_em::api::types::FileRestoreSpec>(format, body))
        }
        Operation::PostBackupServersCreate => {
            Some(decode::<veeam_em::api::types::BackupServerSpec>(format, body))
        }
        Operation::PostBackupServersByIdQuickbackup => {
            Some(decode::<veeam_em::api::types::QuickBackupStartupSpec>(format, body))
        }
        Operation::PostBackupServersByIdVeeamzip => {
            Some(decode::<veeam_em::api::types::VeeamZipStartupSpec>(format, body))
        }
        Operation::PutBackupServersById => {
            Some(decode::<veeam_em::api::types::BackupServerSpec>(format, body))
        }
        Operation::PostBackupServersByIdCredentialsCreate => {
            Some(decode::<veeam_em::api::types::CredentialsInfoSpec>(format, body))
        }
        Operation::PutBackupServersByIdCredentialsById => {
            Some(decode::<veeam_em::api::types::CredentialsInfo>(format, body))
        }
        Operation::PostBackupServersByIdPasswordsCreate => {
            Some(decode::<veeam_em::api::types::PasswordKeyInfoSpec>(format, body))
        }
        Operation::PutBackupServersByIdPasswordsById => {
            Some(decode::<veeam_em::api::types::PasswordKeyInfoSpec>(format, body))
        }
        Operation::PutCdpPoliciesById => {
            Some(decode::<veeam_em::api::types::CdpPolicy>(format, body))
        }
        Operation::PostCdpPoliciesByIdIncludes => {
            Some(decode::<veeam_em::api::types::CreateObjectInJobSpec>(format, body))
        }
        Operation::PostCdpReplicaVAppsByIdFailover => {
            Some(decode::<veeam_em::api::types::CdpFailoverStartSpec>(format, body))
        }
        Operation::PostCdpReplicaVAppsByIdIntervals => {
            Some(
                decode::<
                    veeam_em::api::types::PostCdpReplicaVAppsIntervalsSpec,
                >(format, body),
            )
        }
        Operation::PostCdpReplicasByIdVmsByIdFailover => {
            Some(decode::<veeam_em::api::types::CdpFailoverStartSpec>(format, body))
        }
        Operation::PostCdpReplicasByIdVmsByIdIntervals => {
            Some(
                decode::<
                    veeam_em::api::types::PostCdpReplicasVmsIntervalsSpec,
                >(format, body),
            )
        }
        Operation::PostCloudCloudFailoverPlansByIdStart => {
            Some(
                decode::<
                    veeam_em::api::types::CloudFailoverPlanManagementSpec,
                >(format, body),
            )
        }
        Operation::PutCloudCloudFailoverPlansById => {
            Some(decode::<veeam_em::api::types::CloudFailoverPlan>(format, body))
        }
        Operation::PostCloudGatewayPools => {
            Some(
                decode::<veeam_em::api::types::CreateCloudGatewayPoolSpec>(format, body),
            )
        }
        Operation::PutCloudGatewayPoolsById => {
            Some(decode::<veeam_em::api::types::CloudGatewayPool>(format, body))
        }
        Operation::PostCloudGateways => {
            Some(decode::<veeam_em::api::types::CreateCloudGatewaySpec>(format, body))
        }
        Operation::PutCloudGatewaysById => {
            Some(decode::<veeam_em::api::types::CloudGateway>(format, body))
        }
        Operation::PostCloudHardwarePlans => {
            Some(
                decode::<veeam_em::api::types::CloudHardwarePlanCreateSpec>(format, body),
            )
        }
        Operation::PutCloudHardwarePlansById => {
            Some(decode::<veeam_em::api::types::CloudHardwarePlan>(format, body))
        }
        Operation::PostCloudPublicIpAddresses => {
            Some(
                decode::<
                    veeam_em::api::types::CloudPublicIpAddressCreateSpec,
                >(format, body),
            )
        }
        Operation::PutCloudPublicIpAddressesById => {
            Some(decode::<veeam_em::api::types::CloudPublicIpAddress>(format, body))
        }
        Operation::PostCloudTenants => {
            Some(decode::<veeam_em::api::types::CreateCloudTenantSpec>(format, body))
        }
        Operation::PutCloudTenantsById => {
            Some(decode::<veeam_em::api::types::CloudTenant>(format, body))
        }
        Operation::PostCloudTenantsByIdComputeResources => {
            Some(
                decode::<
                    veeam_em::api::types::CloudTenantComputeResourceCreateSpec,
                >(format, body),
            )
        }
        Operation::PostCloudTenantsByIdResources => {
            Some(
                decode::<
                    veeam_em::api::types::CreateCloudTenantResourceSpec,
                >(format, body),
            )
        }
        Operation::PostCloudTenantsByIdSubtenants => {
            Some(decode::<veeam_em::api::types::CloudSubtenantCreateSpec>(format, body))
        }
        Operation::PutCloudTenantsByIdSubtenantsById => {
            Some(decode::<veeam_em::api::types::CloudSubtenant>(format, body))
        }
        Operation::PostCloudTenantsByIdVCloudComputeResources => {
            Some(
                decode::<
                    veeam_em::api::types::CloudTenantVCloudComputeResourceCreateSpec,
                >(format, body),
            )
        }
        Operation::PutCloudVlansById => {
            Some(decode::<veeam_em::api::types::VlanConfiguration>(format, body))
        }
        Operation::PostFailoverPlansByIdStart => {
            Some(
                decode::<veeam_em::api::types::FailoverPlanManagementSpec>(format, body),
            )
        }
        Operation::PutFailoverPlansById => {
            Some(decode::<veeam_em::api::types::FailoverPlan>(format, body))
        }
        Operation::PostJobsByIdClone => {
            Some(decode::<veeam_em::api::types::JobCloneSpec>(format, body))
        }
        Operation::PutJobsByIdEdit => {
            Some(decode::<veeam_em::api::types::Job>(format, body))
        }
        Operation::PostJobsByIdIncludes => {
            Some(decode::<veeam_em::api::types::CreateObjectInJobSpec>(format, body))
        }
        Operation::PostJobsByIdLinkedBackupRepositories => {
            Some(
                decode::<
                    veeam_em::api::types::PostJobsLinkedBackupRepositoriesSpec,
                >(format, body),
            )
        }
        Operation::PostJobsByIdLinkedJobs => {
            Some(decode::<veeam_em::api::types::PostJobsLinkedJobsSpec>(format, body))
        }
        Operation::PostSecurityAccounts => {
            Some(
                decode::<veeam_em::api::types::EnterpriseAccountCreateSpec>(format, body),
            )
        }
        Operation::PostSecurityAccountsRebuildScope => {
            Some(decode::<veeam_em::api::types::RebuildScopeJobSpec>(format, body))
        }
        Operation::PostSecurityAccountsByIdRoles => {
            Some(
                decode::<
                    veeam_em::api::types::EnterpriseAccountInRoleCreateSpec,
                >(format, body),
            )
        }
        Operation::PostSecurityAccountsByIdScopes => {
            Some(decode::<veeam_em::api::types::HierarchyScopeCreateSpec>(format, body))
        }
        Operation::PostSelfServiceVSphereConfigs => {
            Some(
                decode::<
                    veeam_em::api::types::VSphereSelfServiceCreateSpec,
                >(format, body),
            )
        }
        Operation::PutSelfServiceVSphereConfigsById => {
            Some(decode::<veeam_em::api::types::VSphereSelfServiceConfig>(format, body))
        }
        Operation::PostVAppRestorePointsByIdRestore => {
            Some(decode::<veeam_em::api::types::RestoreSpec>(format, body))
        }
        Operation::PostVCloudOrgConfigs => {
            Some(
                decode::<
                    veeam_em::api::types::VCloudOrganizationConfigCreateSpec,
                >(format, body),
            )
        }
        Operation::PutVCloudOrgConfigsById => {
            Some(decode::<veeam_em::api::types::VCloudOrganizationConfig>(format, body))
        }
        Operation::PostVmReplicaPointsByIdMounts => {
            Some(
                decode::<
                    veeam_em::api::types::PostVmReplicaPointsMountsSpec,
                >(format, body),
            )
        }
        Operation::PostVmReplicaPointsByIdMountsByIdByFilepathRestore => {
            Some(decode::<veeam_em::api::types::FileRestoreSpec>(format, body))
        }
        Operation::PostVmRestorePointsByIdRestore => {
            Some(decode::<veeam_em::api::types::RestoreSpec>(format, body))
        }
        Operation::PostVmRestorePointsByIdMounts => {
            Some(
                decode::<
                    veeam_em::api::types::PostVmRestorePointsMountsSpec,
                >(format, body),
            )
        }
        Operation::PostVmRestorePointsByIdMountsByIdByFilepathRestore => {
            Some(decode::<veeam_em::api::types::FileRestoreSpec>(format, body))
        }
        _ => None,
    }
}

fn decode<T: xml::FromXml + serde::de::DeserializeOwned>(
    format: Format,
    body: &[u8],
) -> Result<(), DecodeError> {
    match format {
        Format::Json => json::from_slice::<T>(body).map(drop),
        _ => xml::from_document::<T>(body).map(drop),
    }
}
