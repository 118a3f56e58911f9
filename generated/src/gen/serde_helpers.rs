// @generated — do not edit; run `cargo xtask codegen`
//! JSON serializers for the list shapes the docs show, one per inner key.

/// Writes a list as `{"ACLs": […]}`.
#[cfg(any(feature = "nas", feature = "query"))]
pub fn wrapped_ac_ls<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<crate::runtime::List<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    crate::runtime::json::serialize_wrapped("ACLs", value, serializer)
}

/// Writes a list as `{"BackupResources": […]}`.
#[cfg(feature = "cloud")]
pub fn wrapped_backup_resources<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<crate::runtime::List<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    crate::runtime::json::serialize_wrapped("BackupResources", value, serializer)
}

/// Writes a list as `{"CdpReplicaPolicyInfos": […]}`.
#[cfg(any(feature = "cdp", feature = "query"))]
pub fn wrapped_cdp_replica_policy_infos<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<crate::runtime::List<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    crate::runtime::json::serialize_wrapped("CdpReplicaPolicyInfos", value, serializer)
}

/// Writes a list as `{"CloudGatewayUids": […]}`.
#[cfg(any(feature = "cloud", feature = "query"))]
pub fn wrapped_cloud_gateway_uids<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<crate::runtime::List<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    crate::runtime::json::serialize_wrapped("CloudGatewayUids", value, serializer)
}

/// Writes a list as `{"CloudTenantComputeResources": […]}`.
#[cfg(any(feature = "cloud", feature = "query"))]
pub fn wrapped_cloud_tenant_compute_resources<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<crate::runtime::List<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    crate::runtime::json::serialize_wrapped(
        "CloudTenantComputeResources",
        value,
        serializer,
    )
}

/// Writes a list as `{"CloudTenantUids": […]}`.
#[cfg(any(feature = "cloud", feature = "query"))]
pub fn wrapped_cloud_tenant_uids<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<crate::runtime::List<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    crate::runtime::json::serialize_wrapped("CloudTenantUids", value, serializer)
}

/// Writes a list as `{"ComputeResources": […]}`.
#[cfg(feature = "cloud")]
pub fn wrapped_compute_resources<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<crate::runtime::List<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    crate::runtime::json::serialize_wrapped("ComputeResources", value, serializer)
}

/// Writes a list as `{"Day": […]}`.
pub fn wrapped_day<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<crate::runtime::List<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    crate::runtime::json::serialize_wrapped("Day", value, serializer)
}

/// Writes a list as `{"Days": […]}`.
#[cfg(
    any(
        feature = "agents",
        feature = "cdp",
        feature = "jobs",
        feature = "nas",
        feature = "query"
    )
)]
pub fn wrapped_days<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<crate::runtime::List<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    crate::runtime::json::serialize_wrapped("Days", value, serializer)
}

/// Writes a list as `{"EnterpriseRoles": […]}`.
#[cfg(feature = "security")]
pub fn wrapped_enterprise_roles<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<crate::runtime::List<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    crate::runtime::json::serialize_wrapped("EnterpriseRoles", value, serializer)
}

/// Writes a list as `{"Extensions": […]}`.
#[cfg(any(feature = "nas", feature = "query"))]
pub fn wrapped_extensions<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<crate::runtime::List<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    crate::runtime::json::serialize_wrapped("Extensions", value, serializer)
}

/// Writes a list as `{"FailoveredVms": […]}`.
#[cfg(any(feature = "query", feature = "replication"))]
pub fn wrapped_failovered_vms<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<crate::runtime::List<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    crate::runtime::json::serialize_wrapped("FailoveredVms", value, serializer)
}

/// Writes a list as `{"Includeses": […]}`.
#[cfg(any(feature = "cloud", feature = "query"))]
pub fn wrapped_includeses<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<crate::runtime::List<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    crate::runtime::json::serialize_wrapped("Includeses", value, serializer)
}

/// Writes a list as `{"LinkedBackupRepositories": […]}`.
#[cfg(any(feature = "agents", feature = "jobs", feature = "query"))]
pub fn wrapped_linked_backup_repositories<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<crate::runtime::List<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    crate::runtime::json::serialize_wrapped(
        "LinkedBackupRepositories",
        value,
        serializer,
    )
}

/// Writes a list as `{"LinkedJobObjects": […]}`.
#[cfg(any(feature = "agents", feature = "jobs", feature = "query"))]
pub fn wrapped_linked_job_objects<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<crate::runtime::List<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    crate::runtime::json::serialize_wrapped("LinkedJobObjects", value, serializer)
}

/// Writes a list as `{"NASObjects": […]}`.
#[cfg(any(feature = "nas", feature = "query"))]
pub fn wrapped_nas_objects<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<crate::runtime::List<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    crate::runtime::json::serialize_wrapped("NASObjects", value, serializer)
}

/// Writes a list as `{"ObjectInAgentBackupJobs": […]}`.
#[cfg(any(feature = "agents", feature = "jobs", feature = "query"))]
pub fn wrapped_object_in_agent_backup_jobs<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<crate::runtime::List<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    crate::runtime::json::serialize_wrapped("ObjectInAgentBackupJobs", value, serializer)
}

/// Writes a list as `{"ObjectInJobs": […]}`.
#[cfg(any(feature = "agents", feature = "cdp", feature = "jobs", feature = "query"))]
pub fn wrapped_object_in_jobs<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<crate::runtime::List<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    crate::runtime::json::serialize_wrapped("ObjectInJobs", value, serializer)
}

/// Writes a list as `{"OptionsContinuouses": […]}`.
#[cfg(
    any(
        feature = "agents",
        feature = "cdp",
        feature = "jobs",
        feature = "nas",
        feature = "query"
    )
)]
pub fn wrapped_options_continuouses<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<crate::runtime::List<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    crate::runtime::json::serialize_wrapped("OptionsContinuouses", value, serializer)
}

/// Writes a list as `{"PasswordKeyIds": […]}`.
#[cfg(any(feature = "agents", feature = "jobs", feature = "query"))]
pub fn wrapped_password_key_ids<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<crate::runtime::List<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    crate::runtime::json::serialize_wrapped("PasswordKeyIds", value, serializer)
}

/// Writes a list as `{"Paths": […]}`.
#[cfg(
    any(
        feature = "agents",
        feature = "cdp",
        feature = "jobs",
        feature = "query",
        feature = "replication"
    )
)]
pub fn wrapped_paths<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<crate::runtime::List<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    crate::runtime::json::serialize_wrapped("Paths", value, serializer)
}

/// Writes a list as `{"ProcessingModes": […]}`.
#[cfg(any(feature = "nas", feature = "query"))]
pub fn wrapped_processing_modes<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<crate::runtime::List<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    crate::runtime::json::serialize_wrapped("ProcessingModes", value, serializer)
}

/// Writes a list as `{"TenantCredentialses": […]}`.
#[cfg(any(feature = "cloud", feature = "query"))]
pub fn wrapped_tenant_credentialses<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<crate::runtime::List<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    crate::runtime::json::serialize_wrapped("TenantCredentialses", value, serializer)
}

/// Writes a list as `{"VCloudComputeResources": […]}`.
#[cfg(feature = "cloud")]
pub fn wrapped_v_cloud_compute_resources<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<crate::runtime::List<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    crate::runtime::json::serialize_wrapped("VCloudComputeResources", value, serializer)
}

/// Writes a list as `{"Vms": […]}`.
pub fn wrapped_vms<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<crate::runtime::List<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    crate::runtime::json::serialize_wrapped("Vms", value, serializer)
}

/// Writes a list as `{"Volumes": […]}`.
#[cfg(any(feature = "cloud", feature = "query"))]
pub fn wrapped_volumes<S: serde::Serializer, T: serde::Serialize>(
    value: &Option<crate::runtime::List<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    crate::runtime::json::serialize_wrapped("Volumes", value, serializer)
}
