// @generated — do not edit; run `cargo xtask codegen`
//! Each operation's typed call on `veeam_em::Client` with placeholder arguments, the
//! request body decoded from an XML document (the documented example, or the
//! skeleton), the answer encoded again in the client's format: what the end-to-end test
//! of every operation drives. Plumbing, not API.

use veeam_em::runtime::{encode, xml, Error};

use super::operations::Operation;

/// The answer of a typed call, encoded again in the client's format (`None`: the call
/// returns no body, or a query page, whose item count is given instead).
#[derive(Debug)]
pub enum Called {
    /// The typed answer, encoded again.
    Encoded(Vec<u8>),
    /// `()`, or `Option::None` for a 201 without a body.
    Nothing,
    /// A query page: its items.
    Items(usize),
    /// The raw answer (a file or a stream).
    Raw(Vec<u8>),
}

/// Why a typed call could not be made or failed.
#[derive(Debug)]
pub enum CallError {
    /// The request body did not decode as the operation's request type.
    Body(veeam_em::runtime::DecodeError),
    /// The operation has a request body and none was given.
    NoBody,
    /// The call failed.
    Call(Error),
}

impl From<Error> for CallError {
    fn from(e: Error) -> Self {
        CallError::Call(e)
    }
}

/// Calls `operation` through its typed method: `{ID}`-like path parameters are `id`
/// (`"1"`), other parameters their name; `body` is an XML document of the request type.
pub async fn call(
    client: &veeam_em::Client,
    operation: Operation,
    id: &str,
    body: Option<&[u8]>,
) -> Result<Called, CallError> {
    let _ = (&id, &body);
    #[allow(unreachable_patterns)]
    match operation {
        Operation::GetAgents => Ok(Called::Encoded(encode(
            client.format(),
            "Agents",
            &client.get_agents().await?,
        ))),
        Operation::GetAgentsAgentRestorePoints => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_agents_agent_restore_points().await?,
        ))),
        Operation::GetAgentsAgentRestorePointsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "AgentRestorePoints",
            &client.get_agents_agent_restore_points_entities().await?,
        ))),
        Operation::GetAgentsAgentRestorePointsById => Ok(Called::Encoded(encode(
            client.format(),
            "AgentRestorePoint",
            &client.get_agents_agent_restore_points_by_id(id).await?,
        ))),
        Operation::GetAgentsAgentRestorePointsByIdMounts => Ok(Called::Encoded(encode(
            client.format(),
            "AgentRestorePointMounts",
            &client
                .get_agents_agent_restore_points_by_id_mounts(id)
                .await?,
        ))),
        Operation::PostAgentsAgentRestorePointsByIdMounts => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client
                .post_agents_agent_restore_points_by_id_mounts(id)
                .await?,
        ))),
        Operation::DeleteAgentsAgentRestorePointsByIdMountsById => {
            client
                .delete_agents_agent_restore_points_by_id_mounts_by_id(id, id)
                .await?;
            Ok(Called::Nothing)
        }
        Operation::GetAgentsAgentRestorePointsByIdMountsById => Ok(Called::Encoded(encode(
            client.format(),
            "AgentRestorePointMount",
            &client
                .get_agents_agent_restore_points_by_id_mounts_by_id(id, id)
                .await?,
        ))),
        Operation::GetAgentsAgentRestorePointsByIdMountsByIdByFilepath => {
            Ok(Called::Encoded(encode(
                client.format(),
                "FileSystemEntries",
                &client
                    .get_agents_agent_restore_points_by_id_mounts_by_id_by_filepath(id, id, id)
                    .await?,
            )))
        }
        Operation::PostAgentsAgentRestorePointsByIdMountsByIdByFilepathRestore => {
            let body: veeam_em::api::types::FileRestoreSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client
                    .post_agents_agent_restore_points_by_id_mounts_by_id_by_filepath_restore(
                        id, id, id, &body,
                    )
                    .await?,
            )))
        }
        Operation::GetAgentsBackupFiles => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_agents_backup_files().await?,
        ))),
        Operation::GetAgentsBackupFilesEntities => Ok(Called::Encoded(encode(
            client.format(),
            "BackupFiles",
            &client.get_agents_backup_files_entities().await?,
        ))),
        Operation::GetAgentsBackupSessions => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_agents_backup_sessions().await?,
        ))),
        Operation::GetAgentsBackups => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_agents_backups().await?,
        ))),
        Operation::GetAgentsBackupsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "Backups",
            &client.get_agents_backups_entities().await?,
        ))),
        Operation::GetAgentsDiscoveredComputers => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_agents_discovered_computers().await?,
        ))),
        Operation::GetAgentsDiscoveredComputersEntities => Ok(Called::Encoded(encode(
            client.format(),
            "DiscoveredComputers",
            &client.get_agents_discovered_computers_entities().await?,
        ))),
        Operation::GetAgentsDiscoveredComputersById => Ok(Called::Encoded(encode(
            client.format(),
            "DiscoveredComputer",
            &client.get_agents_discovered_computers_by_id(id).await?,
        ))),
        Operation::GetAgentsJobs => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_agents_jobs().await?,
        ))),
        Operation::GetAgentsJobsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "AgentBackupJobs",
            &client.get_agents_jobs_entities().await?,
        ))),
        Operation::GetAgentsJobsById => Ok(Called::Encoded(encode(
            client.format(),
            "AgentBackupJob",
            &client.get_agents_jobs_by_id(id).await?,
        ))),
        Operation::PostAgentsJobsByIdRetry => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client.post_agents_jobs_by_id_retry(id).await?,
        ))),
        Operation::PostAgentsJobsByIdStart => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client.post_agents_jobs_by_id_start(id).await?,
        ))),
        Operation::PostAgentsJobsByIdStop => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client.post_agents_jobs_by_id_stop(id).await?,
        ))),
        Operation::PostAgentsJobsByIdToggleScheduleEnabled => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client
                .post_agents_jobs_by_id_toggle_schedule_enabled(id)
                .await?,
        ))),
        Operation::GetAgentsJobsByIdIncludes => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_agents_jobs_by_id_includes(id).await?,
        ))),
        Operation::GetAgentsJobsByIdIncludesById => Ok(Called::Encoded(encode(
            client.format(),
            "GetAgentsJobsIncludesResponse",
            &client.get_agents_jobs_by_id_includes_by_id(id, id).await?,
        ))),
        Operation::GetAgentsProtectionGroups => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_agents_protection_groups().await?,
        ))),
        Operation::GetAgentsProtectionGroupsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "AgentProtectionGroups",
            &client.get_agents_protection_groups_entities().await?,
        ))),
        Operation::GetAgentsProtectionGroupsById => Ok(Called::Encoded(encode(
            client.format(),
            "AgentProtectionGroup",
            &client.get_agents_protection_groups_by_id(id).await?,
        ))),
        Operation::GetAgentsProtectionGroupsByIdDiscoveredComputers => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client
                .get_agents_protection_groups_by_id_discovered_computers(id)
                .await?,
        ))),
        Operation::GetAgentsProtectionGroupsByIdDiscoveredComputersEntities => {
            Ok(Called::Encoded(encode(
                client.format(),
                "DiscoveredComputers",
                &client
                    .get_agents_protection_groups_by_id_discovered_computers_entities(id)
                    .await?,
            )))
        }
        Operation::GetAgentsRestorePoints => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_agents_restore_points().await?,
        ))),
        Operation::GetAgentsRestorePointsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "AgentRestorePoints",
            &client.get_agents_restore_points_entities().await?,
        ))),
        Operation::GetBackupFiles => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_backup_files().await?,
        ))),
        Operation::GetBackupFilesEntities => Ok(Called::Encoded(encode(
            client.format(),
            "BackupFiles",
            &client.get_backup_files_entities().await?,
        ))),
        Operation::GetBackupFilesById => Ok(Called::Encoded(encode(
            client.format(),
            "BackupFile",
            &client.get_backup_files_by_id(id).await?,
        ))),
        Operation::GetBackupFilesByIdRestorePoints => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_backup_files_by_id_restore_points(id).await?,
        ))),
        Operation::GetBackupFilesByIdRestorePointsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "RestorePoints",
            &client
                .get_backup_files_by_id_restore_points_entities(id)
                .await?,
        ))),
        Operation::GetBackupFilesByIdVmRestorePoints => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_backup_files_by_id_vm_restore_points(id).await?,
        ))),
        Operation::GetBackupFilesByIdVmRestorePointsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "VmRestorePoints",
            &client
                .get_backup_files_by_id_vm_restore_points_entities(id)
                .await?,
        ))),
        Operation::GetBackupServers => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_backup_servers().await?,
        ))),
        Operation::GetBackupServersEntities => Ok(Called::Encoded(encode(
            client.format(),
            "BackupServers",
            &client.get_backup_servers_entities().await?,
        ))),
        Operation::PostBackupServersCreate => {
            let body: veeam_em::api::types::BackupServerSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client.post_backup_servers_create(&body).await?,
            )))
        }
        Operation::DeleteBackupServersById => {
            client.delete_backup_servers_by_id(id).await?;
            Ok(Called::Nothing)
        }
        Operation::GetBackupServersById => Ok(Called::Encoded(encode(
            client.format(),
            "BackupServer",
            &client.get_backup_servers_by_id(id).await?,
        ))),
        Operation::PostBackupServersByIdCollect => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client.post_backup_servers_by_id_collect(id).await?,
        ))),
        Operation::PostBackupServersByIdQuickbackup => {
            let body: veeam_em::api::types::QuickBackupStartupSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client
                    .post_backup_servers_by_id_quickbackup(id, &body)
                    .await?,
            )))
        }
        Operation::PostBackupServersByIdVeeamzip => {
            let body: veeam_em::api::types::VeeamZipStartupSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client.post_backup_servers_by_id_veeamzip(id, &body).await?,
            )))
        }
        Operation::PutBackupServersById => {
            let body: veeam_em::api::types::BackupServerSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            client.put_backup_servers_by_id(id, &body).await?;
            Ok(Called::Nothing)
        }
        Operation::GetBackupServersByIdCredentials => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_backup_servers_by_id_credentials(id).await?,
        ))),
        Operation::GetBackupServersByIdCredentialsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "CredentialsInfoList",
            &client
                .get_backup_servers_by_id_credentials_entities(id)
                .await?,
        ))),
        Operation::PostBackupServersByIdCredentialsCreate => {
            let body: veeam_em::api::types::CredentialsInfoSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(
                match client
                    .post_backup_servers_by_id_credentials_create(id, &body)
                    .await?
                {
                    Some(value) => {
                        Called::Encoded(encode(client.format(), "CredentialsInfo", &value))
                    }
                    None => Called::Nothing,
                },
            )
        }
        Operation::DeleteBackupServersByIdCredentialsById => {
            client
                .delete_backup_servers_by_id_credentials_by_id(id, id)
                .await?;
            Ok(Called::Nothing)
        }
        Operation::GetBackupServersByIdCredentialsById => Ok(Called::Encoded(encode(
            client.format(),
            "CredentialsInfo",
            &client
                .get_backup_servers_by_id_credentials_by_id(id, id)
                .await?,
        ))),
        Operation::PutBackupServersByIdCredentialsById => {
            let body: veeam_em::api::types::CredentialsInfo =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            client
                .put_backup_servers_by_id_credentials_by_id(id, id, &body)
                .await?;
            Ok(Called::Nothing)
        }
        Operation::GetBackupServersByIdExternalRepositories => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client
                .get_backup_servers_by_id_external_repositories(id)
                .await?,
        ))),
        Operation::GetBackupServersByIdExternalRepositoriesEntities => Ok(Called::Encoded(encode(
            client.format(),
            "ExternalRepositories",
            &client
                .get_backup_servers_by_id_external_repositories_entities(id)
                .await?,
        ))),
        Operation::GetBackupServersByIdPasswords => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_backup_servers_by_id_passwords(id).await?,
        ))),
        Operation::GetBackupServersByIdPasswordsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "PasswordKeyInfoList",
            &client
                .get_backup_servers_by_id_passwords_entities(id)
                .await?,
        ))),
        Operation::PostBackupServersByIdPasswordsCreate => {
            let body: veeam_em::api::types::PasswordKeyInfoSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client
                    .post_backup_servers_by_id_passwords_create(id, &body)
                    .await?,
            )))
        }
        Operation::DeleteBackupServersByIdPasswordsById => {
            client
                .delete_backup_servers_by_id_passwords_by_id(id, id)
                .await?;
            Ok(Called::Nothing)
        }
        Operation::GetBackupServersByIdPasswordsById => Ok(Called::Encoded(encode(
            client.format(),
            "PasswordKeyInfo",
            &client
                .get_backup_servers_by_id_passwords_by_id(id, id)
                .await?,
        ))),
        Operation::PutBackupServersByIdPasswordsById => {
            let body: veeam_em::api::types::PasswordKeyInfoSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            client
                .put_backup_servers_by_id_passwords_by_id(id, id, &body)
                .await?;
            Ok(Called::Nothing)
        }
        Operation::GetBackupSessions => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_backup_sessions().await?,
        ))),
        Operation::GetBackupSessionsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "BackupJobSessions",
            &client.get_backup_sessions_entities().await?,
        ))),
        Operation::GetBackupSessionsById => Ok(Called::Encoded(encode(
            client.format(),
            "BackupJobSession",
            &client.get_backup_sessions_by_id(id).await?,
        ))),
        Operation::PostBackupSessionsByIdStop => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client.post_backup_sessions_by_id_stop(id).await?,
        ))),
        Operation::GetBackupSessionsByIdAgentManagementSessions => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client
                .get_backup_sessions_by_id_agent_management_sessions(id)
                .await?,
        ))),
        Operation::GetBackupSessionsByIdAgentManagementSessionsEntities => {
            Ok(Called::Encoded(encode(
                client.format(),
                "BackupJobSessions",
                &client
                    .get_backup_sessions_by_id_agent_management_sessions_entities(id)
                    .await?,
            )))
        }
        Operation::GetBackupSessionsByIdTaskSessions => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_backup_sessions_by_id_task_sessions(id).await?,
        ))),
        Operation::GetBackupSessionsByIdTaskSessionsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "BackupTaskSessions",
            &client
                .get_backup_sessions_by_id_task_sessions_entities(id)
                .await?,
        ))),
        Operation::GetBackupTaskSessions => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_backup_task_sessions().await?,
        ))),
        Operation::GetBackupTaskSessionsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "BackupTaskSessions",
            &client.get_backup_task_sessions_entities().await?,
        ))),
        Operation::GetBackupTaskSessionsById => Ok(Called::Encoded(encode(
            client.format(),
            "BackupTaskSession",
            &client.get_backup_task_sessions_by_id(id).await?,
        ))),
        Operation::GetBackups => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_backups().await?,
        ))),
        Operation::GetBackupsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "Backups",
            &client.get_backups_entities().await?,
        ))),
        Operation::GetBackupsById => Ok(Called::Encoded(encode(
            client.format(),
            "Backup",
            &client.get_backups_by_id(id).await?,
        ))),
        Operation::GetBackupsByIdChildbackups => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_backups_by_id_childbackups(id).await?,
        ))),
        Operation::GetBackupsByIdRestorePoints => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_backups_by_id_restore_points(id).await?,
        ))),
        Operation::GetBackupsByIdRestorePointsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "RestorePoints",
            &client.get_backups_by_id_restore_points_entities(id).await?,
        ))),
        Operation::GetCatalogVms => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_catalog_vms().await?,
        ))),
        Operation::GetCatalogVmsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "CatalogVms",
            &client.get_catalog_vms_entities().await?,
        ))),
        Operation::GetCatalogVmsByVmname => Ok(Called::Encoded(encode(
            client.format(),
            "EntityRef",
            &client.get_catalog_vms_by_vmname(id).await?,
        ))),
        Operation::GetCatalogVmsByVmnameVmRestorePoints => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client
                .get_catalog_vms_by_vmname_vm_restore_points(id)
                .await?,
        ))),
        Operation::GetCatalogVmsByVmnameVmRestorePointsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "VmRestorePoints",
            &client
                .get_catalog_vms_by_vmname_vm_restore_points_entities(id)
                .await?,
        ))),
        Operation::GetCatalogVmsByVmnameVmRestorePointsById => Ok(Called::Encoded(encode(
            client.format(),
            "EntityRef",
            &client
                .get_catalog_vms_by_vmname_vm_restore_points_by_id(id, id)
                .await?,
        ))),
        Operation::PostCatalogVmsByVmnameVmRestorePointsByIdBrowse => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client
                .post_catalog_vms_by_vmname_vm_restore_points_by_id_browse(id, id)
                .await?,
        ))),
        Operation::GetCatalogVmsByVmnameVmRestorePointsByIdGuestfs => Ok(Called::Encoded(encode(
            client.format(),
            "FileSystemEntry",
            &client
                .get_catalog_vms_by_vmname_vm_restore_points_by_id_guestfs(id, id)
                .await?,
        ))),
        Operation::GetCatalogVmsByVmnameVmRestorePointsByIdGuestfsByFilepath => {
            Ok(Called::Encoded(encode(
                client.format(),
                "FileSystemEntries",
                &client
                    .get_catalog_vms_by_vmname_vm_restore_points_by_id_guestfs_by_filepath(
                        id, id, id,
                    )
                    .await?,
            )))
        }
        Operation::PostCatalogVmsByVmnameVmRestorePointsByIdGuestfsByFilepathRestore => {
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client
                    .post_catalog_vms_by_vmname_vm_restore_points_by_id_guestfs_by_filepath_restore(
                        id, id, id,
                    )
                    .await?,
            )))
        }
        Operation::GetCdpPolicies => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_cdp_policies().await?,
        ))),
        Operation::GetCdpPoliciesEntities => Ok(Called::Encoded(encode(
            client.format(),
            "CdpPolicies",
            &client.get_cdp_policies_entities().await?,
        ))),
        Operation::GetCdpPoliciesById => Ok(Called::Encoded(encode(
            client.format(),
            "CdpPolicy",
            &client.get_cdp_policies_by_id(id).await?,
        ))),
        Operation::PostCdpPoliciesByIdDisable => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client.post_cdp_policies_by_id_disable(id).await?,
        ))),
        Operation::PostCdpPoliciesByIdEnable => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client.post_cdp_policies_by_id_enable(id).await?,
        ))),
        Operation::PutCdpPoliciesById => {
            let body: veeam_em::api::types::CdpPolicy =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client.put_cdp_policies_by_id(id, &body).await?,
            )))
        }
        Operation::GetCdpPoliciesByIdCdpReplicaSessions => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client
                .get_cdp_policies_by_id_cdp_replica_sessions(id)
                .await?,
        ))),
        Operation::GetCdpPoliciesByIdCdpReplicaSessionsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "CdpReplicaSessions",
            &client
                .get_cdp_policies_by_id_cdp_replica_sessions_entities(id)
                .await?,
        ))),
        Operation::GetCdpPoliciesByIdIncludes => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_cdp_policies_by_id_includes(id).await?,
        ))),
        Operation::GetCdpPoliciesByIdIncludesEntities => Ok(Called::Encoded(encode(
            client.format(),
            "ObjectsInJob",
            &client.get_cdp_policies_by_id_includes_entities(id).await?,
        ))),
        Operation::PostCdpPoliciesByIdIncludes => {
            let body: veeam_em::api::types::CreateObjectInJobSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client.post_cdp_policies_by_id_includes(id, &body).await?,
            )))
        }
        Operation::DeleteCdpPoliciesByIdIncludesById => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client
                .delete_cdp_policies_by_id_includes_by_id(id, id)
                .await?,
        ))),
        Operation::GetCdpPoliciesByIdIncludesById => Ok(Called::Encoded(encode(
            client.format(),
            "ObjectInJob",
            &client.get_cdp_policies_by_id_includes_by_id(id, id).await?,
        ))),
        Operation::GetCdpReplicaVApps => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_cdp_replica_v_apps().await?,
        ))),
        Operation::GetCdpReplicaVAppsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "VAppCdpReplicas",
            &client.get_cdp_replica_v_apps_entities().await?,
        ))),
        Operation::GetCdpReplicaVAppsById => Ok(Called::Encoded(encode(
            client.format(),
            "VAppCdpReplica",
            &client.get_cdp_replica_v_apps_by_id(id).await?,
        ))),
        Operation::PostCdpReplicaVAppsByIdFailover => {
            let body: veeam_em::api::types::CdpFailoverStartSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client
                    .post_cdp_replica_v_apps_by_id_failover(id, &body)
                    .await?,
            )))
        }
        Operation::PostCdpReplicaVAppsByIdIntervals => {
            let body: veeam_em::api::types::PostCdpReplicaVAppsIntervalsSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "CdpReplicaIntervals",
                &client
                    .post_cdp_replica_v_apps_by_id_intervals(id, &body)
                    .await?,
            )))
        }
        Operation::GetCdpReplicaVAppsByIdVms => Ok(Called::Encoded(encode(
            client.format(),
            "VAppCdpReplicaVms",
            &client.get_cdp_replica_v_apps_by_id_vms(id).await?,
        ))),
        Operation::GetCdpReplicaVAppsByIdVmsById => Ok(Called::Encoded(encode(
            client.format(),
            "VAppCdpReplicaVm",
            &client
                .get_cdp_replica_v_apps_by_id_vms_by_id(id, id)
                .await?,
        ))),
        Operation::GetCdpReplicaSessions => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_cdp_replica_sessions().await?,
        ))),
        Operation::GetCdpReplicaSessionsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "CdpReplicaSessions",
            &client.get_cdp_replica_sessions_entities().await?,
        ))),
        Operation::GetCdpReplicaSessionsById => Ok(Called::Encoded(encode(
            client.format(),
            "CdpReplicaSession",
            &client.get_cdp_replica_sessions_by_id(id).await?,
        ))),
        Operation::GetCdpReplicaSessionsByIdCdpReplicaTaskSessions => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client
                .get_cdp_replica_sessions_by_id_cdp_replica_task_sessions(id)
                .await?,
        ))),
        Operation::GetCdpReplicaSessionsByIdCdpReplicaTaskSessionsEntities => {
            Ok(Called::Encoded(encode(
                client.format(),
                "CdpReplicaTaskSessions",
                &client
                    .get_cdp_replica_sessions_by_id_cdp_replica_task_sessions_entities(id)
                    .await?,
            )))
        }
        Operation::GetCdpReplicaTaskSessions => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_cdp_replica_task_sessions().await?,
        ))),
        Operation::GetCdpReplicaTaskSessionsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "CdpReplicaTaskSessions",
            &client.get_cdp_replica_task_sessions_entities().await?,
        ))),
        Operation::GetCdpReplicaTaskSessionsById => Ok(Called::Encoded(encode(
            client.format(),
            "CdpReplicaTaskSession",
            &client.get_cdp_replica_task_sessions_by_id(id).await?,
        ))),
        Operation::GetCdpReplicas => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_cdp_replicas().await?,
        ))),
        Operation::GetCdpReplicasEntities => Ok(Called::Encoded(encode(
            client.format(),
            "CdpReplicas",
            &client.get_cdp_replicas_entities().await?,
        ))),
        Operation::GetCdpReplicasById => Ok(Called::Encoded(encode(
            client.format(),
            "CdpReplica",
            &client.get_cdp_replicas_by_id(id).await?,
        ))),
        Operation::GetCdpReplicasByIdVms => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_cdp_replicas_by_id_vms(id).await?,
        ))),
        Operation::GetCdpReplicasByIdVmsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "CdpReplicaVms",
            &client.get_cdp_replicas_by_id_vms_entities(id).await?,
        ))),
        Operation::GetCdpReplicasByIdVmsById => Ok(Called::Encoded(encode(
            client.format(),
            "CdpReplicaVm",
            &client.get_cdp_replicas_by_id_vms_by_id(id, id).await?,
        ))),
        Operation::PostCdpReplicasByIdVmsByIdFailover => {
            let body: veeam_em::api::types::CdpFailoverStartSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client
                    .post_cdp_replicas_by_id_vms_by_id_failover(id, id, &body)
                    .await?,
            )))
        }
        Operation::PostCdpReplicasByIdVmsByIdIntervals => {
            let body: veeam_em::api::types::PostCdpReplicasVmsIntervalsSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "CdpReplicaIntervals",
                &client
                    .post_cdp_replicas_by_id_vms_by_id_intervals(id, id, &body)
                    .await?,
            )))
        }
        Operation::GetCloud => Ok(Called::Encoded(encode(
            client.format(),
            "CloudConnectService",
            &client.get_cloud().await?,
        ))),
        Operation::GetCloudCloudFailoverPlans => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_cloud_cloud_failover_plans().await?,
        ))),
        Operation::GetCloudCloudFailoverPlansEntities => Ok(Called::Encoded(encode(
            client.format(),
            "CloudFailoverPlans",
            &client.get_cloud_cloud_failover_plans_entities().await?,
        ))),
        Operation::DeleteCloudCloudFailoverPlansById => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client.delete_cloud_cloud_failover_plans_by_id(id).await?,
        ))),
        Operation::GetCloudCloudFailoverPlansById => Ok(Called::Encoded(encode(
            client.format(),
            "CloudFailoverPlan",
            &client.get_cloud_cloud_failover_plans_by_id(id).await?,
        ))),
        Operation::PostCloudCloudFailoverPlansByIdStart => {
            let body: veeam_em::api::types::CloudFailoverPlanManagementSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client
                    .post_cloud_cloud_failover_plans_by_id_start(id, &body)
                    .await?,
            )))
        }
        Operation::PostCloudCloudFailoverPlansByIdTest => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client
                .post_cloud_cloud_failover_plans_by_id_test(id)
                .await?,
        ))),
        Operation::PostCloudCloudFailoverPlansByIdUndo => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client
                .post_cloud_cloud_failover_plans_by_id_undo(id)
                .await?,
        ))),
        Operation::PutCloudCloudFailoverPlansById => {
            let body: veeam_em::api::types::CloudFailoverPlan =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client
                    .put_cloud_cloud_failover_plans_by_id(id, &body)
                    .await?,
            )))
        }
        Operation::GetCloudCloudFailoverPlansByIdIncludes => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client
                .get_cloud_cloud_failover_plans_by_id_includes(id)
                .await?,
        ))),
        Operation::GetCloudCloudFailoverPlansByIdIncludesEntities => Ok(Called::Encoded(encode(
            client.format(),
            "CloudFailoveredVms",
            &client
                .get_cloud_cloud_failover_plans_by_id_includes_entities(id)
                .await?,
        ))),
        Operation::GetCloudCloudFailoverPlansByIdIncludesById => Ok(Called::Encoded(encode(
            client.format(),
            "CloudFailoveredVm",
            &client
                .get_cloud_cloud_failover_plans_by_id_includes_by_id(id, id)
                .await?,
        ))),
        Operation::GetCloudFailoverSessions => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_cloud_failover_sessions().await?,
        ))),
        Operation::GetCloudFailoverSessionsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "CloudFailoverSessions",
            &client.get_cloud_failover_sessions_entities().await?,
        ))),
        Operation::GetCloudFailoverSessionsById => Ok(Called::Encoded(encode(
            client.format(),
            "CloudFailoverSession",
            &client.get_cloud_failover_sessions_by_id(id).await?,
        ))),
        Operation::GetCloudGatewayPools => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_cloud_gateway_pools().await?,
        ))),
        Operation::GetCloudGatewayPoolsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "CloudGatewayPools",
            &client.get_cloud_gateway_pools_entities().await?,
        ))),
        Operation::PostCloudGatewayPools => {
            let body: veeam_em::api::types::CreateCloudGatewayPoolSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client.post_cloud_gateway_pools(&body).await?,
            )))
        }
        Operation::DeleteCloudGatewayPoolsById => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client.delete_cloud_gateway_pools_by_id(id).await?,
        ))),
        Operation::GetCloudGatewayPoolsById => Ok(Called::Encoded(encode(
            client.format(),
            "CloudGatewayPool",
            &client.get_cloud_gateway_pools_by_id(id).await?,
        ))),
        Operation::PutCloudGatewayPoolsById => {
            let body: veeam_em::api::types::CloudGatewayPool =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client.put_cloud_gateway_pools_by_id(id, &body).await?,
            )))
        }
        Operation::GetCloudGateways => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_cloud_gateways().await?,
        ))),
        Operation::GetCloudGatewaysEntities => Ok(Called::Encoded(encode(
            client.format(),
            "CloudGateways",
            &client.get_cloud_gateways_entities().await?,
        ))),
        Operation::PostCloudGateways => {
            let body: veeam_em::api::types::CreateCloudGatewaySpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client.post_cloud_gateways(&body).await?,
            )))
        }
        Operation::DeleteCloudGatewaysById => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client.delete_cloud_gateways_by_id(id).await?,
        ))),
        Operation::GetCloudGatewaysById => Ok(Called::Encoded(encode(
            client.format(),
            "CloudGateway",
            &client.get_cloud_gateways_by_id(id).await?,
        ))),
        Operation::PutCloudGatewaysById => {
            let body: veeam_em::api::types::CloudGateway =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client.put_cloud_gateways_by_id(id, &body).await?,
            )))
        }
        Operation::GetCloudHardwarePlans => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_cloud_hardware_plans().await?,
        ))),
        Operation::GetCloudHardwarePlansEntities => Ok(Called::Encoded(encode(
            client.format(),
            "CloudHardwarePlans",
            &client.get_cloud_hardware_plans_entities().await?,
        ))),
        Operation::PostCloudHardwarePlans => {
            let body: veeam_em::api::types::CloudHardwarePlanCreateSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client.post_cloud_hardware_plans(&body).await?,
            )))
        }
        Operation::DeleteCloudHardwarePlansById => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client.delete_cloud_hardware_plans_by_id(id).await?,
        ))),
        Operation::GetCloudHardwarePlansById => Ok(Called::Encoded(encode(
            client.format(),
            "CloudHardwarePlan",
            &client.get_cloud_hardware_plans_by_id(id).await?,
        ))),
        Operation::PutCloudHardwarePlansById => {
            let body: veeam_em::api::types::CloudHardwarePlan =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client.put_cloud_hardware_plans_by_id(id, &body).await?,
            )))
        }
        Operation::GetCloudHardwarePlansByIdTenants => Ok(Called::Encoded(encode(
            client.format(),
            "CloudTenants",
            &client.get_cloud_hardware_plans_by_id_tenants(id).await?,
        ))),
        Operation::GetCloudPublicIpAddresses => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_cloud_public_ip_addresses().await?,
        ))),
        Operation::GetCloudPublicIpAddressesEntities => Ok(Called::Encoded(encode(
            client.format(),
            "CloudPublicIpAddresses",
            &client.get_cloud_public_ip_addresses_entities().await?,
        ))),
        Operation::PostCloudPublicIpAddresses => {
            let body: veeam_em::api::types::CloudPublicIpAddressCreateSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client.post_cloud_public_ip_addresses(&body).await?,
            )))
        }
        Operation::DeleteCloudPublicIpAddressesById => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client.delete_cloud_public_ip_addresses_by_id(id).await?,
        ))),
        Operation::GetCloudPublicIpAddressesById => Ok(Called::Encoded(encode(
            client.format(),
            "CloudPublicIpAddress",
            &client.get_cloud_public_ip_addresses_by_id(id).await?,
        ))),
        Operation::PutCloudPublicIpAddressesById => {
            let body: veeam_em::api::types::CloudPublicIpAddress =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(
                match client
                    .put_cloud_public_ip_addresses_by_id(id, &body)
                    .await?
                {
                    Some(value) => Called::Encoded(encode(client.format(), "Task", &value)),
                    None => Called::Nothing,
                },
            )
        }
        Operation::GetCloudReplicas => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_cloud_replicas().await?,
        ))),
        Operation::GetCloudReplicasEntities => Ok(Called::Encoded(encode(
            client.format(),
            "CloudReplicas",
            &client.get_cloud_replicas_entities().await?,
        ))),
        Operation::GetCloudReplicasById => Ok(Called::Encoded(encode(
            client.format(),
            "CloudReplica",
            &client.get_cloud_replicas_by_id(id).await?,
        ))),
        Operation::GetCloudReplicasByIdVmReplicaPoints => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client
                .get_cloud_replicas_by_id_vm_replica_points(id)
                .await?,
        ))),
        Operation::GetCloudReplicasByIdVmReplicaPointsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "VmReplicaPoints",
            &client
                .get_cloud_replicas_by_id_vm_replica_points_entities(id)
                .await?,
        ))),
        Operation::GetCloudTenants => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_cloud_tenants().await?,
        ))),
        Operation::GetCloudTenantsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "CloudTenants",
            &client.get_cloud_tenants_entities().await?,
        ))),
        Operation::PostCloudTenants => {
            let body: veeam_em::api::types::CreateCloudTenantSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client.post_cloud_tenants(&body).await?,
            )))
        }
        Operation::DeleteCloudTenantsById => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client.delete_cloud_tenants_by_id(id).await?,
        ))),
        Operation::GetCloudTenantsById => Ok(Called::Encoded(encode(
            client.format(),
            "CloudTenant",
            &client.get_cloud_tenants_by_id(id).await?,
        ))),
        Operation::PutCloudTenantsById => {
            let body: veeam_em::api::types::CloudTenant =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client.put_cloud_tenants_by_id(id, &body).await?,
            )))
        }
        Operation::GetCloudTenantsByIdComputeResources => Ok(Called::Encoded(encode(
            client.format(),
            "CloudTenantComputeResources",
            &client.get_cloud_tenants_by_id_compute_resources(id).await?,
        ))),
        Operation::PostCloudTenantsByIdComputeResources => {
            let body: veeam_em::api::types::CloudTenantComputeResourceCreateSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client
                    .post_cloud_tenants_by_id_compute_resources(id, &body)
                    .await?,
            )))
        }
        Operation::DeleteCloudTenantsByIdComputeResourcesById => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client
                .delete_cloud_tenants_by_id_compute_resources_by_id(id, id)
                .await?,
        ))),
        Operation::GetCloudTenantsByIdComputeResourcesById => Ok(Called::Encoded(encode(
            client.format(),
            "CloudTenantComputeResource",
            &client
                .get_cloud_tenants_by_id_compute_resources_by_id(id, id)
                .await?,
        ))),
        Operation::GetCloudTenantsByIdFreelicenseCounters => Ok(Called::Encoded(encode(
            client.format(),
            "CloudTenantFreeLicenseCounters",
            &client
                .get_cloud_tenants_by_id_freelicense_counters(id)
                .await?,
        ))),
        Operation::GetCloudTenantsByIdGatewayPools => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_cloud_tenants_by_id_gateway_pools(id).await?,
        ))),
        Operation::GetCloudTenantsByIdGatewayPoolsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "CloudGatewayPools",
            &client
                .get_cloud_tenants_by_id_gateway_pools_entities(id)
                .await?,
        ))),
        Operation::GetCloudTenantsByIdResources => Ok(Called::Encoded(encode(
            client.format(),
            "CloudTenantResources",
            &client.get_cloud_tenants_by_id_resources(id).await?,
        ))),
        Operation::PostCloudTenantsByIdResources => {
            let body: veeam_em::api::types::CreateCloudTenantResourceSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client.post_cloud_tenants_by_id_resources(id, &body).await?,
            )))
        }
        Operation::DeleteCloudTenantsByIdResourcesById => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client
                .delete_cloud_tenants_by_id_resources_by_id(id, id)
                .await?,
        ))),
        Operation::GetCloudTenantsByIdResourcesById => Ok(Called::Encoded(encode(
            client.format(),
            "CloudTenantResource",
            &client
                .get_cloud_tenants_by_id_resources_by_id(id, id)
                .await?,
        ))),
        Operation::GetCloudTenantsByIdSubtenants => Ok(Called::Encoded(encode(
            client.format(),
            "CloudSubtenants",
            &client.get_cloud_tenants_by_id_subtenants(id).await?,
        ))),
        Operation::PostCloudTenantsByIdSubtenants => {
            let body: veeam_em::api::types::CloudSubtenantCreateSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client
                    .post_cloud_tenants_by_id_subtenants(id, &body)
                    .await?,
            )))
        }
        Operation::DeleteCloudTenantsByIdSubtenantsById => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client
                .delete_cloud_tenants_by_id_subtenants_by_id(id, id)
                .await?,
        ))),
        Operation::GetCloudTenantsByIdSubtenantsById => Ok(Called::Encoded(encode(
            client.format(),
            "CloudSubtenant",
            &client
                .get_cloud_tenants_by_id_subtenants_by_id(id, id)
                .await?,
        ))),
        Operation::PutCloudTenantsByIdSubtenantsById => {
            let body: veeam_em::api::types::CloudSubtenant =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client
                    .put_cloud_tenants_by_id_subtenants_by_id(id, id, &body)
                    .await?,
            )))
        }
        Operation::GetCloudTenantsByIdVCloudComputeResources => Ok(Called::Encoded(encode(
            client.format(),
            "CloudTenantVCloudComputeResource",
            &client
                .get_cloud_tenants_by_id_v_cloud_compute_resources(id)
                .await?,
        ))),
        Operation::PostCloudTenantsByIdVCloudComputeResources => {
            let body: veeam_em::api::types::CloudTenantVCloudComputeResourceCreateSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client
                    .post_cloud_tenants_by_id_v_cloud_compute_resources(id, &body)
                    .await?,
            )))
        }
        Operation::DeleteCloudTenantsByIdVCloudComputeResourcesById => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client
                .delete_cloud_tenants_by_id_v_cloud_compute_resources_by_id(id, id)
                .await?,
        ))),
        Operation::GetCloudTenantsByIdVCloudComputeResourcesById => Ok(Called::Encoded(encode(
            client.format(),
            "CloudTenantVCloudComputeResource",
            &client
                .get_cloud_tenants_by_id_v_cloud_compute_resources_by_id(id, id)
                .await?,
        ))),
        Operation::GetCloudVlans => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_cloud_vlans().await?,
        ))),
        Operation::GetCloudVlansEntities => Ok(Called::Encoded(encode(
            client.format(),
            "VlanConfigurations",
            &client.get_cloud_vlans_entities().await?,
        ))),
        Operation::DeleteCloudVlansById => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client.delete_cloud_vlans_by_id(id).await?,
        ))),
        Operation::GetCloudVlansById => Ok(Called::Encoded(encode(
            client.format(),
            "VlanConfiguration",
            &client.get_cloud_vlans_by_id(id).await?,
        ))),
        Operation::PutCloudVlansById => {
            let body: veeam_em::api::types::VlanConfiguration =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client.put_cloud_vlans_by_id(id, &body).await?,
            )))
        }
        Operation::GetCloudVmReplicaPoints => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_cloud_vm_replica_points().await?,
        ))),
        Operation::GetCloudVmReplicaPointsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "CloudVmReplicaPoints",
            &client.get_cloud_vm_replica_points_entities().await?,
        ))),
        Operation::GetCloudVmReplicaPointsById => Ok(Called::Encoded(encode(
            client.format(),
            "CloudVmReplicaPoint",
            &client.get_cloud_vm_replica_points_by_id(id).await?,
        ))),
        Operation::GetExternalRepositories => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_external_repositories().await?,
        ))),
        Operation::GetExternalRepositoriesEntities => Ok(Called::Encoded(encode(
            client.format(),
            "ExternalRepositories",
            &client.get_external_repositories_entities().await?,
        ))),
        Operation::GetExternalRepositoriesById => Ok(Called::Encoded(encode(
            client.format(),
            "ExternalRepository",
            &client.get_external_repositories_by_id(id).await?,
        ))),
        Operation::GetExternalRepositoriesByIdBackups => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_external_repositories_by_id_backups(id).await?,
        ))),
        Operation::GetExternalRepositoriesByIdBackupsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "Backups",
            &client
                .get_external_repositories_by_id_backups_entities(id)
                .await?,
        ))),
        Operation::GetFailoverPlans => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_failover_plans().await?,
        ))),
        Operation::GetFailoverPlansEntities => Ok(Called::Encoded(encode(
            client.format(),
            "FailoverPlans",
            &client.get_failover_plans_entities().await?,
        ))),
        Operation::GetFailoverPlansById => Ok(Called::Encoded(encode(
            client.format(),
            "FailoverPlan",
            &client.get_failover_plans_by_id(id).await?,
        ))),
        Operation::PostFailoverPlansByIdStart => {
            let body: veeam_em::api::types::FailoverPlanManagementSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client.post_failover_plans_by_id_start(id, &body).await?,
            )))
        }
        Operation::PostFailoverPlansByIdUndo => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client.post_failover_plans_by_id_undo(id).await?,
        ))),
        Operation::PutFailoverPlansById => {
            let body: veeam_em::api::types::FailoverPlan =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client.put_failover_plans_by_id(id, &body).await?,
            )))
        }
        Operation::GetHierarchyRoots => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_hierarchy_roots().await?,
        ))),
        Operation::GetHierarchyRootsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "HierarchyRoots",
            &client.get_hierarchy_roots_entities().await?,
        ))),
        Operation::GetHierarchyRootsById => Ok(Called::Encoded(encode(
            client.format(),
            "HierarchyRoot",
            &client.get_hierarchy_roots_by_id(id).await?,
        ))),
        Operation::GetJobs => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_jobs().await?,
        ))),
        Operation::GetJobsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "Jobs",
            &client.get_jobs_entities().await?,
        ))),
        Operation::DeleteJobsById => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client.delete_jobs_by_id(id).await?,
        ))),
        Operation::GetJobsById => Ok(Called::Encoded(encode(
            client.format(),
            "Job",
            &client.get_jobs_by_id(id).await?,
        ))),
        Operation::PostJobsByIdClone => {
            let body: veeam_em::api::types::JobCloneSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client.post_jobs_by_id_clone(id, &body).await?,
            )))
        }
        Operation::PostJobsByIdRetry => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client.post_jobs_by_id_retry(id).await?,
        ))),
        Operation::PostJobsByIdStart => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client.post_jobs_by_id_start(id).await?,
        ))),
        Operation::PostJobsByIdStop => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client.post_jobs_by_id_stop(id).await?,
        ))),
        Operation::PostJobsByIdSync => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client.post_jobs_by_id_sync(id).await?,
        ))),
        Operation::PostJobsByIdToggleScheduleEnabled => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client.post_jobs_by_id_toggle_schedule_enabled(id).await?,
        ))),
        Operation::PutJobsByIdEdit => {
            let body: veeam_em::api::types::Job =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client.put_jobs_by_id_edit(id, &body).await?,
            )))
        }
        Operation::GetJobsByIdIncludes => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_jobs_by_id_includes(id).await?,
        ))),
        Operation::GetJobsByIdIncludesEntities => Ok(Called::Encoded(encode(
            client.format(),
            "ObjectsInJob",
            &client.get_jobs_by_id_includes_entities(id).await?,
        ))),
        Operation::PostJobsByIdIncludes => {
            let body: veeam_em::api::types::CreateObjectInJobSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client.post_jobs_by_id_includes(id, &body).await?,
            )))
        }
        Operation::DeleteJobsByIdIncludesById => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client.delete_jobs_by_id_includes_by_id(id, id).await?,
        ))),
        Operation::GetJobsByIdIncludesById => Ok(Called::Encoded(encode(
            client.format(),
            "ObjectInJob",
            &client.get_jobs_by_id_includes_by_id(id, id).await?,
        ))),
        Operation::GetJobsByIdLinkedBackupRepositories => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_jobs_by_id_linked_backup_repositories(id).await?,
        ))),
        Operation::PostJobsByIdLinkedBackupRepositories => {
            let body: veeam_em::api::types::PostJobsLinkedBackupRepositoriesSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client
                    .post_jobs_by_id_linked_backup_repositories(id, &body)
                    .await?,
            )))
        }
        Operation::DeleteJobsByIdLinkedBackupRepositoriesById => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client
                .delete_jobs_by_id_linked_backup_repositories_by_id(id, id)
                .await?,
        ))),
        Operation::GetJobsByIdLinkedJobs => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_jobs_by_id_linked_jobs(id).await?,
        ))),
        Operation::PostJobsByIdLinkedJobs => {
            let body: veeam_em::api::types::PostJobsLinkedJobsSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client.post_jobs_by_id_linked_jobs(id, &body).await?,
            )))
        }
        Operation::DeleteJobsByIdLinkedJobsById => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client.delete_jobs_by_id_linked_jobs_by_id(id, id).await?,
        ))),
        Operation::GetLogonSessions => Ok(Called::Encoded(encode(
            client.format(),
            "LogonSessions",
            &client.get_logon_sessions().await?,
        ))),
        Operation::DeleteLogonSessionsById => {
            client.delete_logon_sessions_by_id(id).await?;
            Ok(Called::Nothing)
        }
        Operation::GetLogonSessionsById => Ok(Called::Encoded(encode(
            client.format(),
            "LogonSession",
            &client.get_logon_sessions_by_id(id).await?,
        ))),
        Operation::GetLookup => Ok(Called::Encoded(encode(
            client.format(),
            "HierarchyItems",
            &client
                .get_lookup("hierarchyRef", "host", "name", "type")
                .await?,
        ))),
        Operation::GetLookupSvc => Ok(Called::Encoded(encode(
            client.format(),
            "LookupSvc",
            &client.get_lookup_svc().await?,
        ))),
        Operation::GetManagedServers => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_managed_servers().await?,
        ))),
        Operation::GetManagedServersEntities => Ok(Called::Encoded(encode(
            client.format(),
            "ManagedServers",
            &client.get_managed_servers_entities().await?,
        ))),
        Operation::GetManagedServersById => Ok(Called::Encoded(encode(
            client.format(),
            "ManagedServer",
            &client.get_managed_servers_by_id(id).await?,
        ))),
        Operation::GetNas => Ok(Called::Encoded(encode(
            client.format(),
            "NASService",
            &client.get_nas().await?,
        ))),
        Operation::GetNasBackupSessions => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_nas_backup_sessions().await?,
        ))),
        Operation::GetNasFileServers => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_nas_file_servers().await?,
        ))),
        Operation::GetNasFileServersEntities => Ok(Called::Encoded(encode(
            client.format(),
            "FileServers",
            &client.get_nas_file_servers_entities().await?,
        ))),
        Operation::GetNasFileServersById => Ok(Called::Encoded(encode(
            client.format(),
            "FileServer",
            &client.get_nas_file_servers_by_id(id).await?,
        ))),
        Operation::GetNasJobs => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_nas_jobs().await?,
        ))),
        Operation::GetNasJobsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "NASJobs",
            &client.get_nas_jobs_entities().await?,
        ))),
        Operation::GetNasJobsById => Ok(Called::Encoded(encode(
            client.format(),
            "NASJob",
            &client.get_nas_jobs_by_id(id).await?,
        ))),
        Operation::GetNasJobsByIdBackupSessions => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_nas_jobs_by_id_backup_sessions(id).await?,
        ))),
        Operation::GetNasJobsByIdBackupSessionsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "BackupJobSessions",
            &client
                .get_nas_jobs_by_id_backup_sessions_entities(id)
                .await?,
        ))),
        Operation::GetNasJobsByIdIncludes => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_nas_jobs_by_id_includes(id).await?,
        ))),
        Operation::GetNasJobsByIdIncludesEntities => Ok(Called::Encoded(encode(
            client.format(),
            "NASObjects",
            &client.get_nas_jobs_by_id_includes_entities(id).await?,
        ))),
        Operation::GetNasJobsByIdIncludesById => Ok(Called::Encoded(encode(
            client.format(),
            "NASObject",
            &client.get_nas_jobs_by_id_includes_by_id(id, id).await?,
        ))),
        Operation::PostNasJobsByIdRetry => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client.post_nas_jobs_by_id_retry(id).await?,
        ))),
        Operation::PostNasJobsByIdStart => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client.post_nas_jobs_by_id_start(id).await?,
        ))),
        Operation::PostNasJobsByIdStop => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client.post_nas_jobs_by_id_stop(id).await?,
        ))),
        Operation::PostNasJobsByIdToggleScheduleEnabled => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client
                .post_nas_jobs_by_id_toggle_schedule_enabled(id)
                .await?,
        ))),
        Operation::GetQueryAgentBackupJob => {
            let page = client
                .get_query_agent_backup_job(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryAgentBackupJobEntities => {
            let page = client
                .get_query_agent_backup_job_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryAgentProtectionGroup => {
            let page = client
                .get_query_agent_protection_group(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryAgentProtectionGroupEntities => {
            let page = client
                .get_query_agent_protection_group_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryAgentRestorePoint => {
            let page = client
                .get_query_agent_restore_point(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryAgentRestorePointEntities => {
            let page = client
                .get_query_agent_restore_point_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryBackup => {
            let page = client
                .get_query_backup(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryBackupEntities => {
            let page = client
                .get_query_backup_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryBackupFile => {
            let page = client
                .get_query_backup_file(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryBackupFileEntities => {
            let page = client
                .get_query_backup_file_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryBackupJobSession => {
            let page = client
                .get_query_backup_job_session(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryBackupJobSessionEntities => {
            let page = client
                .get_query_backup_job_session_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryBackupServer => {
            let page = client
                .get_query_backup_server(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryBackupServerEntities => {
            let page = client
                .get_query_backup_server_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryBackupTaskSession => {
            let page = client
                .get_query_backup_task_session(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryBackupTaskSessionEntities => {
            let page = client
                .get_query_backup_task_session_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryCdpPolicy => {
            let page = client
                .get_query_cdp_policy(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryCdpPolicyEntities => {
            let page = client
                .get_query_cdp_policy_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryCdpReplica => {
            let page = client
                .get_query_cdp_replica(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryCdpReplicaEntities => {
            let page = client
                .get_query_cdp_replica_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryCdpReplicaSession => {
            let page = client
                .get_query_cdp_replica_session(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryCdpReplicaSessionEntities => {
            let page = client
                .get_query_cdp_replica_session_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryCdpReplicaTaskSession => {
            let page = client
                .get_query_cdp_replica_task_session(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryCdpReplicaTaskSessionEntities => {
            let page = client
                .get_query_cdp_replica_task_session_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryCloudFailoverPlan => {
            let page = client
                .get_query_cloud_failover_plan(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryCloudFailoverPlanEntities => {
            let page = client
                .get_query_cloud_failover_plan_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryCloudFailoverSession => {
            let page = client
                .get_query_cloud_failover_session(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryCloudFailoverSessionEntities => {
            let page = client
                .get_query_cloud_failover_session_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryCloudGateway => {
            let page = client
                .get_query_cloud_gateway(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryCloudGatewayEntities => {
            let page = client
                .get_query_cloud_gateway_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryCloudGatewayPool => {
            let page = client
                .get_query_cloud_gateway_pool(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryCloudGatewayPoolEntities => {
            let page = client
                .get_query_cloud_gateway_pool_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryCloudHardwarePlan => {
            let page = client
                .get_query_cloud_hardware_plan(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryCloudHardwarePlanEntities => {
            let page = client
                .get_query_cloud_hardware_plan_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryCloudPublicIpAddress => {
            let page = client
                .get_query_cloud_public_ip_address(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryCloudPublicIpAddressEntities => {
            let page = client
                .get_query_cloud_public_ip_address_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryCloudReplica => {
            let page = client
                .get_query_cloud_replica(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryCloudReplicaEntities => {
            let page = client
                .get_query_cloud_replica_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryCloudSubtenant => {
            let page = client
                .get_query_cloud_subtenant(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryCloudSubtenantEntities => {
            let page = client
                .get_query_cloud_subtenant_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryCloudTenant => {
            let page = client
                .get_query_cloud_tenant(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryCloudTenantEntities => {
            let page = client
                .get_query_cloud_tenant_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryCloudVmReplicaPoint => {
            let page = client
                .get_query_cloud_vm_replica_point(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryCloudVmReplicaPointEntities => {
            let page = client
                .get_query_cloud_vm_replica_point_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryCredentials => {
            let page = client
                .get_query_credentials(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryCredentialsEntities => {
            let page = client
                .get_query_credentials_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryDiscoveredComputer => {
            let page = client
                .get_query_discovered_computer(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryDiscoveredComputerEntities => {
            let page = client
                .get_query_discovered_computer_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryFailoverPlan => {
            let page = client
                .get_query_failover_plan(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryFailoverPlanEntities => {
            let page = client
                .get_query_failover_plan_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryFileServer => {
            let page = client
                .get_query_file_server(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryFileServerEntities => {
            let page = client
                .get_query_file_server_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryHierarchyRoot => {
            let page = client
                .get_query_hierarchy_root(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryHierarchyRootEntities => {
            let page = client
                .get_query_hierarchy_root_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryJob => {
            let page = client
                .get_query_job(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryJobEntities => {
            let page = client
                .get_query_job_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryManagedServer => {
            let page = client
                .get_query_managed_server(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryManagedServerEntities => {
            let page = client
                .get_query_managed_server_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryNasJob => {
            let page = client
                .get_query_nas_job(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryNasJobEntities => {
            let page = client
                .get_query_nas_job_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryNasObject => {
            let page = client
                .get_query_nas_object(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryNasObjectEntities => {
            let page = client
                .get_query_nas_object_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryObjectInAgentBackupJob => {
            let page = client
                .get_query_object_in_agent_backup_job(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryObjectInAgentBackupJobEntities => {
            let page = client
                .get_query_object_in_agent_backup_job_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryObjectInJob => {
            let page = client
                .get_query_object_in_job(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryObjectInJobEntities => {
            let page = client
                .get_query_object_in_job_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryPasswords => {
            let page = client
                .get_query_passwords(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryPasswordsEntities => {
            let page = client
                .get_query_passwords_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryReplica => {
            let page = client
                .get_query_replica(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryReplicaEntities => {
            let page = client
                .get_query_replica_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryReplicaJobSession => {
            let page = client
                .get_query_replica_job_session(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryReplicaJobSessionEntities => {
            let page = client
                .get_query_replica_job_session_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryReplicaTaskSession => {
            let page = client
                .get_query_replica_task_session(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryReplicaTaskSessionEntities => {
            let page = client
                .get_query_replica_task_session_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryRepository => {
            let page = client
                .get_query_repository(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryRepositoryEntities => {
            let page = client
                .get_query_repository_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryRestorePoint => {
            let page = client
                .get_query_restore_point(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryRestorePointEntities => {
            let page = client
                .get_query_restore_point_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryRestoreSession => {
            let page = client
                .get_query_restore_session(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryRestoreSessionEntities => {
            let page = client
                .get_query_restore_session_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryTask => {
            let page = client
                .get_query_task(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryTaskEntities => {
            let page = client
                .get_query_task_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryVCloudOrganizationConfig => {
            let page = client
                .get_query_v_cloud_organization_config(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryVCloudOrganizationConfigEntities => {
            let page = client
                .get_query_v_cloud_organization_config_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryVlanConfiguration => {
            let page = client
                .get_query_vlan_configuration(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryVlanConfigurationEntities => {
            let page = client
                .get_query_vlan_configuration_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryVmReplicaPoint => {
            let page = client
                .get_query_vm_replica_point(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryVmReplicaPointEntities => {
            let page = client
                .get_query_vm_replica_point_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryVmRestorePoint => {
            let page = client
                .get_query_vm_restore_point(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryVmRestorePointEntities => {
            let page = client
                .get_query_vm_restore_point_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryVsphereSelfServiceConfig => {
            let page = client
                .get_query_vsphere_self_service_config(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryVsphereSelfServiceConfigEntities => {
            let page = client
                .get_query_vsphere_self_service_config_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryWanAccelerator => {
            let page = client
                .get_query_wan_accelerator(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryWanAcceleratorEntities => {
            let page = client
                .get_query_wan_accelerator_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryVAppReplicaPoint => {
            let page = client
                .get_query_v_app_replica_point(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryVAppReplicaPointEntities => {
            let page = client
                .get_query_v_app_replica_point_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryVAppRestorePoint => {
            let page = client
                .get_query_v_app_restore_point(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQueryVAppRestorePointEntities => {
            let page = client
                .get_query_v_app_restore_point_entities(&veeam_em::flows::Query::default())
                .await?;
            Ok(Called::Items(page.items.len()))
        }
        Operation::GetQuerySvc => Ok(Called::Encoded(encode(
            client.format(),
            "QuerySvc",
            &client.get_query_svc().await?,
        ))),
        Operation::GetReplicaSessions => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_replica_sessions().await?,
        ))),
        Operation::GetReplicaSessionsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "ReplicaJobSessions",
            &client.get_replica_sessions_entities().await?,
        ))),
        Operation::GetReplicaSessionsById => Ok(Called::Encoded(encode(
            client.format(),
            "ReplicaJobSession",
            &client.get_replica_sessions_by_id(id).await?,
        ))),
        Operation::GetReplicaSessionsByIdReplicaTaskSessions => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client
                .get_replica_sessions_by_id_replica_task_sessions(id)
                .await?,
        ))),
        Operation::GetReplicaSessionsByIdReplicaTaskSessionsEntities => {
            Ok(Called::Encoded(encode(
                client.format(),
                "ReplicaTaskSessions",
                &client
                    .get_replica_sessions_by_id_replica_task_sessions_entities(id)
                    .await?,
            )))
        }
        Operation::GetReplicaTaskSessions => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_replica_task_sessions().await?,
        ))),
        Operation::GetReplicaTaskSessionsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "ReplicaTaskSessions",
            &client.get_replica_task_sessions_entities().await?,
        ))),
        Operation::GetReplicaTaskSessionsById => Ok(Called::Encoded(encode(
            client.format(),
            "ReplicaTaskSession",
            &client.get_replica_task_sessions_by_id(id).await?,
        ))),
        Operation::GetReplicas => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_replicas().await?,
        ))),
        Operation::GetReplicasEntities => Ok(Called::Encoded(encode(
            client.format(),
            "Replicas",
            &client.get_replicas_entities().await?,
        ))),
        Operation::GetReplicasById => Ok(Called::Encoded(encode(
            client.format(),
            "Replica",
            &client.get_replicas_by_id(id).await?,
        ))),
        Operation::GetReportsSummary => Ok(Called::Encoded(encode(
            client.format(),
            "SummaryReport",
            &client.get_reports_summary().await?,
        ))),
        Operation::GetReportsSummaryJobStatistics => Ok(Called::Encoded(encode(
            client.format(),
            "JobStatisticsReportFrame",
            &client.get_reports_summary_job_statistics().await?,
        ))),
        Operation::GetReportsSummaryOverview => Ok(Called::Encoded(encode(
            client.format(),
            "OverviewReportFrame",
            &client.get_reports_summary_overview().await?,
        ))),
        Operation::GetReportsSummaryProcessedVms => Ok(Called::Encoded(encode(
            client.format(),
            "ProcessedVmsReportFrame",
            &client.get_reports_summary_processed_vms().await?,
        ))),
        Operation::GetReportsSummaryRepository => Ok(Called::Encoded(encode(
            client.format(),
            "RepositoryReportFrame",
            &client.get_reports_summary_repository().await?,
        ))),
        Operation::GetReportsSummaryVmsOverview => Ok(Called::Encoded(encode(
            client.format(),
            "VmsOverviewReportFrame",
            &client.get_reports_summary_vms_overview().await?,
        ))),
        Operation::GetRepositories => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_repositories().await?,
        ))),
        Operation::GetRepositoriesEntities => Ok(Called::Encoded(encode(
            client.format(),
            "Repositories",
            &client.get_repositories_entities().await?,
        ))),
        Operation::GetRepositoriesById => Ok(Called::Encoded(encode(
            client.format(),
            "Repository",
            &client.get_repositories_by_id(id).await?,
        ))),
        Operation::GetRestorePoints => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_restore_points().await?,
        ))),
        Operation::GetRestorePointsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "RestorePoints",
            &client.get_restore_points_entities().await?,
        ))),
        Operation::GetRestorePointsById => Ok(Called::Encoded(encode(
            client.format(),
            "RestorePoint",
            &client.get_restore_points_by_id(id).await?,
        ))),
        Operation::GetRestorePointsByIdAgentRestorePoints => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client
                .get_restore_points_by_id_agent_restore_points(id)
                .await?,
        ))),
        Operation::GetRestorePointsByIdAgentRestorePointsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "AgentRestorePoints",
            &client
                .get_restore_points_by_id_agent_restore_points_entities(id)
                .await?,
        ))),
        Operation::GetRestorePointsByIdBackupFiles => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_restore_points_by_id_backup_files(id).await?,
        ))),
        Operation::GetRestorePointsByIdBackupFilesEntities => Ok(Called::Encoded(encode(
            client.format(),
            "BackupFiles",
            &client
                .get_restore_points_by_id_backup_files_entities(id)
                .await?,
        ))),
        Operation::GetRestorePointsByIdVAppRestorePoints => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client
                .get_restore_points_by_id_v_app_restore_points(id)
                .await?,
        ))),
        Operation::GetRestorePointsByIdVAppRestorePointsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "VAppRestorePoints",
            &client
                .get_restore_points_by_id_v_app_restore_points_entities(id)
                .await?,
        ))),
        Operation::GetRestorePointsByIdVmRestorePoints => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client
                .get_restore_points_by_id_vm_restore_points(id)
                .await?,
        ))),
        Operation::GetRestorePointsByIdVmRestorePointsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "VmRestorePoints",
            &client
                .get_restore_points_by_id_vm_restore_points_entities(id)
                .await?,
        ))),
        Operation::GetRestoreSessions => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_restore_sessions().await?,
        ))),
        Operation::GetRestoreSessionsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "RestoreSessions",
            &client.get_restore_sessions_entities().await?,
        ))),
        Operation::GetRestoreSessionsById => Ok(Called::Encoded(encode(
            client.format(),
            "RestoreSession",
            &client.get_restore_sessions_by_id(id).await?,
        ))),
        Operation::GetSecurity => Ok(Called::Encoded(encode(
            client.format(),
            "EnterpriseSecuritySettings",
            &client.get_security().await?,
        ))),
        Operation::GetSecurityAccounts => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_security_accounts().await?,
        ))),
        Operation::GetSecurityAccountsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "EnterpriseAccounts",
            &client.get_security_accounts_entities().await?,
        ))),
        Operation::PostSecurityAccounts => {
            let body: veeam_em::api::types::EnterpriseAccountCreateSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(match client.post_security_accounts(&body).await? {
                Some(value) => {
                    Called::Encoded(encode(client.format(), "EnterpriseAccount", &value))
                }
                None => Called::Nothing,
            })
        }
        Operation::PostSecurityAccountsRebuildScope => {
            let body: veeam_em::api::types::RebuildScopeJobSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client.post_security_accounts_rebuild_scope(&body).await?,
            )))
        }
        Operation::DeleteSecurityAccountsById => {
            client.delete_security_accounts_by_id(id).await?;
            Ok(Called::Nothing)
        }
        Operation::GetSecurityAccountsById => Ok(Called::Encoded(encode(
            client.format(),
            "EnterpriseAccount",
            &client.get_security_accounts_by_id(id).await?,
        ))),
        Operation::PostSecurityAccountsById => {
            client.post_security_accounts_by_id(id).await?;
            Ok(Called::Nothing)
        }
        Operation::GetSecurityAccountsByIdRoles => Ok(Called::Encoded(encode(
            client.format(),
            "EnterpriseAccountInRoleList",
            &client.get_security_accounts_by_id_roles(id).await?,
        ))),
        Operation::PostSecurityAccountsByIdRoles => {
            let body: veeam_em::api::types::EnterpriseAccountInRoleCreateSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(
                match client.post_security_accounts_by_id_roles(id, &body).await? {
                    Some(value) => {
                        Called::Encoded(encode(client.format(), "EnterpriseAccountInRole", &value))
                    }
                    None => Called::Nothing,
                },
            )
        }
        Operation::DeleteSecurityAccountsByIdRolesById => {
            client
                .delete_security_accounts_by_id_roles_by_id(id, id)
                .await?;
            Ok(Called::Nothing)
        }
        Operation::GetSecurityAccountsByIdRolesById => Ok(Called::Encoded(encode(
            client.format(),
            "EnterpriseAccountInRole",
            &client
                .get_security_accounts_by_id_roles_by_id(id, id)
                .await?,
        ))),
        Operation::GetSecurityAccountsByIdScopes => Ok(Called::Encoded(encode(
            client.format(),
            "EnterpriseAccountHierarchyScopes",
            &client.get_security_accounts_by_id_scopes(id).await?,
        ))),
        Operation::PostSecurityAccountsByIdScopes => {
            let body: veeam_em::api::types::HierarchyScopeCreateSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client
                    .post_security_accounts_by_id_scopes(id, &body)
                    .await?,
            )))
        }
        Operation::DeleteSecurityAccountsByIdScopesById => {
            client
                .delete_security_accounts_by_id_scopes_by_id(id, id)
                .await?;
            Ok(Called::Nothing)
        }
        Operation::GetSecurityAccountsByIdScopesById => Ok(Called::Encoded(encode(
            client.format(),
            "EnterpriseAccountHierarchyScope",
            &client
                .get_security_accounts_by_id_scopes_by_id(id, id)
                .await?,
        ))),
        Operation::GetSecurityRoles => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_security_roles().await?,
        ))),
        Operation::GetSecurityRolesEntities => Ok(Called::Encoded(encode(
            client.format(),
            "EnterpriseRoles",
            &client.get_security_roles_entities().await?,
        ))),
        Operation::GetSecurityRolesById => Ok(Called::Encoded(encode(
            client.format(),
            "EnterpriseRole",
            &client.get_security_roles_by_id(id).await?,
        ))),
        Operation::GetSelfServiceVSphere => Ok(Called::Encoded(encode(
            client.format(),
            "VSphereSelfService",
            &client.get_self_service_v_sphere().await?,
        ))),
        Operation::GetSelfServiceVSphereConfigs => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_self_service_v_sphere_configs().await?,
        ))),
        Operation::GetSelfServiceVSphereConfigsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "VSphereSelfServiceConfigs",
            &client.get_self_service_v_sphere_configs_entities().await?,
        ))),
        Operation::PostSelfServiceVSphereConfigs => {
            let body: veeam_em::api::types::VSphereSelfServiceCreateSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client.post_self_service_v_sphere_configs(&body).await?,
            )))
        }
        Operation::DeleteSelfServiceVSphereConfigsById => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client
                .delete_self_service_v_sphere_configs_by_id(id)
                .await?,
        ))),
        Operation::GetSelfServiceVSphereConfigsById => Ok(Called::Encoded(encode(
            client.format(),
            "VSphereSelfServiceConfig",
            &client.get_self_service_v_sphere_configs_by_id(id).await?,
        ))),
        Operation::PutSelfServiceVSphereConfigsById => {
            let body: veeam_em::api::types::VSphereSelfServiceConfig =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client
                    .put_self_service_v_sphere_configs_by_id(id, &body)
                    .await?,
            )))
        }
        Operation::GetSelfServiceVSphereConfigsByIdBackupJobSettings => {
            Ok(Called::Encoded(encode(
                client.format(),
                "VSphereSelfServiceConfigJobSettings",
                &client
                    .get_self_service_v_sphere_configs_by_id_backup_job_settings(id)
                    .await?,
            )))
        }
        Operation::PostSessionMngrVV17 => Ok(Called::Encoded(encode(
            client.format(),
            "LogonSession",
            &client.post_session_mngr_v_v1_7().await?,
        ))),
        Operation::GetSystemSessions => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_system_sessions().await?,
        ))),
        Operation::GetSystemSessionsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "SystemSessions",
            &client.get_system_sessions_entities().await?,
        ))),
        Operation::GetSystemSessionsById => Ok(Called::Encoded(encode(
            client.format(),
            "SystemSession",
            &client.get_system_sessions_by_id(id).await?,
        ))),
        Operation::GetSystemSessionsByIdEvents => Ok(Called::Encoded(encode(
            client.format(),
            "SystemSessionEvents",
            &client.get_system_sessions_by_id_events(id).await?,
        ))),
        Operation::GetTasks => Ok(Called::Encoded(encode(
            client.format(),
            "Tasks",
            &client.get_tasks().await?,
        ))),
        Operation::DeleteTasksById => {
            client.delete_tasks_by_id(id).await?;
            Ok(Called::Nothing)
        }
        Operation::GetTasksById => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client.get_tasks_by_id(id).await?,
        ))),
        Operation::GetVAppReplicaPoints => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_v_app_replica_points().await?,
        ))),
        Operation::GetVAppReplicaPointsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "VAppReplicaPoints",
            &client.get_v_app_replica_points_entities().await?,
        ))),
        Operation::GetVAppReplicaPointsById => Ok(Called::Encoded(encode(
            client.format(),
            "VAppReplicaPoint",
            &client.get_v_app_replica_points_by_id(id).await?,
        ))),
        Operation::PostVAppReplicaPointsByIdFailover => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client.post_v_app_replica_points_by_id_failover(id).await?,
        ))),
        Operation::GetVAppRestorePoints => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_v_app_restore_points().await?,
        ))),
        Operation::GetVAppRestorePointsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "VAppRestorePoints",
            &client.get_v_app_restore_points_entities().await?,
        ))),
        Operation::GetVAppRestorePointsById => Ok(Called::Encoded(encode(
            client.format(),
            "VAppRestorePoint",
            &client.get_v_app_restore_points_by_id(id).await?,
        ))),
        Operation::PostVAppRestorePointsByIdRestore => {
            let body: veeam_em::api::types::RestoreSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client
                    .post_v_app_restore_points_by_id_restore(id, &body)
                    .await?,
            )))
        }
        Operation::GetVCloud => Ok(Called::Encoded(encode(
            client.format(),
            "VCloudService",
            &client.get_v_cloud().await?,
        ))),
        Operation::GetVCloudOrgConfigs => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_v_cloud_org_configs().await?,
        ))),
        Operation::GetVCloudOrgConfigsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "VCloudOrganizationConfigs",
            &client.get_v_cloud_org_configs_entities().await?,
        ))),
        Operation::PostVCloudOrgConfigs => {
            let body: veeam_em::api::types::VCloudOrganizationConfigCreateSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client.post_v_cloud_org_configs(&body).await?,
            )))
        }
        Operation::DeleteVCloudOrgConfigsById => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client.delete_v_cloud_org_configs_by_id(id).await?,
        ))),
        Operation::GetVCloudOrgConfigsById => Ok(Called::Encoded(encode(
            client.format(),
            "VCloudOrganizationConfig",
            &client.get_v_cloud_org_configs_by_id(id).await?,
        ))),
        Operation::PostVCloudOrgConfigsByIdDisable => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client.post_v_cloud_org_configs_by_id_disable(id).await?,
        ))),
        Operation::PutVCloudOrgConfigsById => {
            let body: veeam_em::api::types::VCloudOrganizationConfig =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client.put_v_cloud_org_configs_by_id(id, &body).await?,
            )))
        }
        Operation::GetVCloudOrgConfigsByIdBackupJobSettings => Ok(Called::Encoded(encode(
            client.format(),
            "JobSettings",
            &client
                .get_v_cloud_org_configs_by_id_backup_job_settings(id)
                .await?,
        ))),
        Operation::GetVmReplicaPoints => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_vm_replica_points().await?,
        ))),
        Operation::GetVmReplicaPointsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "VmReplicaPoints",
            &client.get_vm_replica_points_entities().await?,
        ))),
        Operation::GetVmReplicaPointsById => Ok(Called::Encoded(encode(
            client.format(),
            "VmReplicaPoint",
            &client.get_vm_replica_points_by_id(id).await?,
        ))),
        Operation::PostVmReplicaPointsByIdFailover => Ok(Called::Encoded(encode(
            client.format(),
            "Task",
            &client.post_vm_replica_points_by_id_failover(id).await?,
        ))),
        Operation::GetVmReplicaPointsByIdMounts => Ok(Called::Encoded(encode(
            client.format(),
            "VmReplicaPointMounts",
            &client.get_vm_replica_points_by_id_mounts(id).await?,
        ))),
        Operation::PostVmReplicaPointsByIdMounts => {
            let body: veeam_em::api::types::PostVmReplicaPointsMountsSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client
                    .post_vm_replica_points_by_id_mounts(id, &body)
                    .await?,
            )))
        }
        Operation::DeleteVmReplicaPointsByIdMountsById => {
            client
                .delete_vm_replica_points_by_id_mounts_by_id(id, id)
                .await?;
            Ok(Called::Nothing)
        }
        Operation::GetVmReplicaPointsByIdMountsById => Ok(Called::Encoded(encode(
            client.format(),
            "VmReplicaPointMount",
            &client
                .get_vm_replica_points_by_id_mounts_by_id(id, id)
                .await?,
        ))),
        Operation::GetVmReplicaPointsByIdMountsByIdByFilepath => Ok(Called::Encoded(encode(
            client.format(),
            "FileSystemEntry",
            &client
                .get_vm_replica_points_by_id_mounts_by_id_by_filepath(id, id, id)
                .await?,
        ))),
        Operation::PostVmReplicaPointsByIdMountsByIdByFilepathRestore => {
            let body: veeam_em::api::types::FileRestoreSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client
                    .post_vm_replica_points_by_id_mounts_by_id_by_filepath_restore(
                        id, id, id, &body,
                    )
                    .await?,
            )))
        }
        Operation::GetVmRestorePoints => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_vm_restore_points().await?,
        ))),
        Operation::GetVmRestorePointsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "VmRestorePoints",
            &client.get_vm_restore_points_entities().await?,
        ))),
        Operation::GetVmRestorePointsById => Ok(Called::Encoded(encode(
            client.format(),
            "VmRestorePoint",
            &client.get_vm_restore_points_by_id(id).await?,
        ))),
        Operation::PostVmRestorePointsByIdRestore => {
            let body: veeam_em::api::types::RestoreSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client
                    .post_vm_restore_points_by_id_restore(id, &body)
                    .await?,
            )))
        }
        Operation::GetVmRestorePointsByIdMounts => Ok(Called::Encoded(encode(
            client.format(),
            "VmRestorePointMounts",
            &client.get_vm_restore_points_by_id_mounts(id).await?,
        ))),
        Operation::PostVmRestorePointsByIdMounts => {
            let body: veeam_em::api::types::PostVmRestorePointsMountsSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client
                    .post_vm_restore_points_by_id_mounts(id, &body)
                    .await?,
            )))
        }
        Operation::DeleteVmRestorePointsByIdMountsById => {
            client
                .delete_vm_restore_points_by_id_mounts_by_id(id, id)
                .await?;
            Ok(Called::Nothing)
        }
        Operation::GetVmRestorePointsByIdMountsById => Ok(Called::Encoded(encode(
            client.format(),
            "VmRestorePointMount",
            &client
                .get_vm_restore_points_by_id_mounts_by_id(id, id)
                .await?,
        ))),
        Operation::GetVmRestorePointsByIdMountsByIdByFilepath => Ok(Called::Encoded(encode(
            client.format(),
            "FileSystemEntries",
            &client
                .get_vm_restore_points_by_id_mounts_by_id_by_filepath(id, id, id)
                .await?,
        ))),
        Operation::PostVmRestorePointsByIdMountsByIdByFilepathRestore => {
            let body: veeam_em::api::types::FileRestoreSpec =
                xml::from_document(body.ok_or(CallError::NoBody)?).map_err(CallError::Body)?;
            Ok(Called::Encoded(encode(
                client.format(),
                "Task",
                &client
                    .post_vm_restore_points_by_id_mounts_by_id_by_filepath_restore(
                        id, id, id, &body,
                    )
                    .await?,
            )))
        }
        Operation::GetWanAccelerators => Ok(Called::Encoded(encode(
            client.format(),
            "EntityReferences",
            &client.get_wan_accelerators().await?,
        ))),
        Operation::GetWanAcceleratorsEntities => Ok(Called::Encoded(encode(
            client.format(),
            "WanAccelerators",
            &client.get_wan_accelerators_entities().await?,
        ))),
        Operation::GetWanAcceleratorsById => Ok(Called::Encoded(encode(
            client.format(),
            "WanAccelerator",
            &client.get_wan_accelerators_by_id(id).await?,
        ))),
        _ => unreachable!("every operation has an arm"),
    }
}
