// @generated — do not edit; run `cargo xtask codegen`
//! Each operation's typed call on `veeam_em::Client` with placeholder arguments, the
//! request body decoded from an XML document (the documented example, or the
//! skeleton), the answer encoded again in the client's format: what the end-to-end test
//! of every operation drives. Plumbing, not API.

use veeam_em::runtime::{encode, json, xml, Error};

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

/// A request body to read as the operation's request type.
#[derive(Debug, Clone, Copy)]
pub enum Body<'a> {
    /// An XML document.
    Xml(&'a [u8]),
    /// A JSON document (PascalCase or camelCase keys).
    Json(&'a [u8]),
}

impl Body<'_> {
    fn read<T: xml::FromXml + serde::de::DeserializeOwned>(
        self,
    ) -> Result<T, CallError> {
        match self {
            Body::Xml(bytes) => xml::from_document(bytes),
            Body::Json(bytes) => json::from_slice(bytes),
        }
            .map_err(CallError::Body)
    }
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
/// (`"1"`), other parameters their name; `body` is a document of the request type.
/// Each operation's future is boxed on its own: one future holding every call would be
/// too large for a thread's stack.
pub fn call<'a>(
    client: &'a veeam_em::Client,
    operation: Operation,
    id: &'a str,
    body: Option<Body<'a>>,
) -> std::pin::Pin<
    Box<dyn std::future::Future<Output = Result<Called, CallError>> + Send + 'a>,
> {
    let _ = (&id, &body);
    #[allow(unreachable_patterns)]
    match operation {
        Operation::GetAgents => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(client.format(), "Agents", &client.get_agents().await?),
                    ),
                )
            })
        }
        Operation::GetAgentsAgentRestorePoints => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_agents_agent_restore_points().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetAgentsAgentRestorePointsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "AgentRestorePoints",
                            &client.get_agents_agent_restore_points_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetAgentsAgentRestorePointsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "AgentRestorePoint",
                            &client.get_agents_agent_restore_points_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetAgentsAgentRestorePointsByIdMounts => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "AgentRestorePointMounts",
                            &client
                                .get_agents_agent_restore_points_by_id_mounts(id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostAgentsAgentRestorePointsByIdMounts => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client
                                .post_agents_agent_restore_points_by_id_mounts(id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::DeleteAgentsAgentRestorePointsByIdMountsById => {
            Box::pin(async move {
                client
                    .delete_agents_agent_restore_points_by_id_mounts_by_id(id, id)
                    .await?;
                Ok(Called::Nothing)
            })
        }
        Operation::GetAgentsAgentRestorePointsByIdMountsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "AgentRestorePointMount",
                            &client
                                .get_agents_agent_restore_points_by_id_mounts_by_id(id, id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetAgentsAgentRestorePointsByIdMountsByIdByFilepath => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "FileSystemEntries",
                            &client
                                .get_agents_agent_restore_points_by_id_mounts_by_id_by_filepath(
                                    id,
                                    id,
                                    id,
                                )
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostAgentsAgentRestorePointsByIdMountsByIdByFilepathRestore => {
            Box::pin(async move {
                let body: veeam_em::api::types::FileRestoreSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client
                                .post_agents_agent_restore_points_by_id_mounts_by_id_by_filepath_restore(
                                    id,
                                    id,
                                    id,
                                    &body,
                                )
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetAgentsBackupFiles => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_agents_backup_files().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetAgentsBackupFilesEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "BackupFiles",
                            &client.get_agents_backup_files_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetAgentsBackupSessions => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_agents_backup_sessions().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetAgentsBackups => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_agents_backups().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetAgentsBackupsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Backups",
                            &client.get_agents_backups_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetAgentsDiscoveredComputers => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_agents_discovered_computers().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetAgentsDiscoveredComputersEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "DiscoveredComputers",
                            &client.get_agents_discovered_computers_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetAgentsDiscoveredComputersById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "DiscoveredComputer",
                            &client.get_agents_discovered_computers_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetAgentsJobs => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_agents_jobs().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetAgentsJobsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "AgentBackupJobs",
                            &client.get_agents_jobs_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetAgentsJobsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "AgentBackupJob",
                            &client.get_agents_jobs_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostAgentsJobsByIdRetry => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_agents_jobs_by_id_retry(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostAgentsJobsByIdStart => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_agents_jobs_by_id_start(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostAgentsJobsByIdStop => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_agents_jobs_by_id_stop(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostAgentsJobsByIdToggleScheduleEnabled => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client
                                .post_agents_jobs_by_id_toggle_schedule_enabled(id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetAgentsJobsByIdIncludes => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_agents_jobs_by_id_includes(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetAgentsJobsByIdIncludesById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "GetAgentsJobsIncludesResponse",
                            &client.get_agents_jobs_by_id_includes_by_id(id, id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetAgentsProtectionGroups => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_agents_protection_groups().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetAgentsProtectionGroupsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "AgentProtectionGroups",
                            &client.get_agents_protection_groups_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetAgentsProtectionGroupsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "AgentProtectionGroup",
                            &client.get_agents_protection_groups_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetAgentsProtectionGroupsByIdDiscoveredComputers => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client
                                .get_agents_protection_groups_by_id_discovered_computers(id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetAgentsProtectionGroupsByIdDiscoveredComputersEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "DiscoveredComputers",
                            &client
                                .get_agents_protection_groups_by_id_discovered_computers_entities(
                                    id,
                                )
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetAgentsRestorePoints => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_agents_restore_points().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetAgentsRestorePointsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "AgentRestorePoints",
                            &client.get_agents_restore_points_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetBackupFiles => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_backup_files().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetBackupFilesEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "BackupFiles",
                            &client.get_backup_files_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetBackupFilesById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "BackupFile",
                            &client.get_backup_files_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetBackupFilesByIdRestorePoints => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_backup_files_by_id_restore_points(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetBackupFilesByIdRestorePointsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "RestorePoints",
                            &client
                                .get_backup_files_by_id_restore_points_entities(id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetBackupFilesByIdVmRestorePoints => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_backup_files_by_id_vm_restore_points(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetBackupFilesByIdVmRestorePointsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "VmRestorePoints",
                            &client
                                .get_backup_files_by_id_vm_restore_points_entities(id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetBackupServers => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_backup_servers().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetBackupServersEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "BackupServers",
                            &client.get_backup_servers_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostBackupServersCreate => {
            Box::pin(async move {
                let body: veeam_em::api::types::BackupServerSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_backup_servers_create(&body).await?,
                        ),
                    ),
                )
            })
        }
        Operation::DeleteBackupServersById => {
            Box::pin(async move {
                client.delete_backup_servers_by_id(id).await?;
                Ok(Called::Nothing)
            })
        }
        Operation::GetBackupServersById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "BackupServer",
                            &client.get_backup_servers_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostBackupServersByIdCollect => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_backup_servers_by_id_collect(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostBackupServersByIdQuickbackup => {
            Box::pin(async move {
                let body: veeam_em::api::types::QuickBackupStartupSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client
                                .post_backup_servers_by_id_quickbackup(id, &body)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostBackupServersByIdVeeamzip => {
            Box::pin(async move {
                let body: veeam_em::api::types::VeeamZipStartupSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_backup_servers_by_id_veeamzip(id, &body).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PutBackupServersById => {
            Box::pin(async move {
                let body: veeam_em::api::types::BackupServerSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                client.put_backup_servers_by_id(id, &body).await?;
                Ok(Called::Nothing)
            })
        }
        Operation::GetBackupServersByIdCredentials => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_backup_servers_by_id_credentials(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetBackupServersByIdCredentialsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CredentialsInfoList",
                            &client
                                .get_backup_servers_by_id_credentials_entities(id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostBackupServersByIdCredentialsCreate => {
            Box::pin(async move {
                let body: veeam_em::api::types::CredentialsInfoSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    match client
                        .post_backup_servers_by_id_credentials_create(id, &body)
                        .await?
                    {
                        Some(value) => {
                            Called::Encoded(
                                encode(client.format(), "CredentialsInfo", &value),
                            )
                        }
                        None => Called::Nothing,
                    },
                )
            })
        }
        Operation::DeleteBackupServersByIdCredentialsById => {
            Box::pin(async move {
                client.delete_backup_servers_by_id_credentials_by_id(id, id).await?;
                Ok(Called::Nothing)
            })
        }
        Operation::GetBackupServersByIdCredentialsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CredentialsInfo",
                            &client
                                .get_backup_servers_by_id_credentials_by_id(id, id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::PutBackupServersByIdCredentialsById => {
            Box::pin(async move {
                let body: veeam_em::api::types::CredentialsInfo = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                client.put_backup_servers_by_id_credentials_by_id(id, id, &body).await?;
                Ok(Called::Nothing)
            })
        }
        Operation::GetBackupServersByIdExternalRepositories => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client
                                .get_backup_servers_by_id_external_repositories(id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetBackupServersByIdExternalRepositoriesEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "ExternalRepositories",
                            &client
                                .get_backup_servers_by_id_external_repositories_entities(id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetBackupServersByIdPasswords => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_backup_servers_by_id_passwords(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetBackupServersByIdPasswordsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "PasswordKeyInfoList",
                            &client
                                .get_backup_servers_by_id_passwords_entities(id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostBackupServersByIdPasswordsCreate => {
            Box::pin(async move {
                let body: veeam_em::api::types::PasswordKeyInfoSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client
                                .post_backup_servers_by_id_passwords_create(id, &body)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::DeleteBackupServersByIdPasswordsById => {
            Box::pin(async move {
                client.delete_backup_servers_by_id_passwords_by_id(id, id).await?;
                Ok(Called::Nothing)
            })
        }
        Operation::GetBackupServersByIdPasswordsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "PasswordKeyInfo",
                            &client
                                .get_backup_servers_by_id_passwords_by_id(id, id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::PutBackupServersByIdPasswordsById => {
            Box::pin(async move {
                let body: veeam_em::api::types::PasswordKeyInfoSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                client.put_backup_servers_by_id_passwords_by_id(id, id, &body).await?;
                Ok(Called::Nothing)
            })
        }
        Operation::GetBackupSessions => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_backup_sessions().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetBackupSessionsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "BackupJobSessions",
                            &client.get_backup_sessions_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetBackupSessionsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "BackupJobSession",
                            &client.get_backup_sessions_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostBackupSessionsByIdStop => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_backup_sessions_by_id_stop(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetBackupSessionsByIdAgentManagementSessions => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client
                                .get_backup_sessions_by_id_agent_management_sessions(id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetBackupSessionsByIdAgentManagementSessionsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "BackupJobSessions",
                            &client
                                .get_backup_sessions_by_id_agent_management_sessions_entities(
                                    id,
                                )
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetBackupSessionsByIdTaskSessions => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_backup_sessions_by_id_task_sessions(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetBackupSessionsByIdTaskSessionsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "BackupTaskSessions",
                            &client
                                .get_backup_sessions_by_id_task_sessions_entities(id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetBackupTaskSessions => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_backup_task_sessions().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetBackupTaskSessionsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "BackupTaskSessions",
                            &client.get_backup_task_sessions_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetBackupTaskSessionsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "BackupTaskSession",
                            &client.get_backup_task_sessions_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetBackups => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_backups().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetBackupsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Backups",
                            &client.get_backups_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetBackupsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Backup",
                            &client.get_backups_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetBackupsByIdChildbackups => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_backups_by_id_childbackups(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetBackupsByIdRestorePoints => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_backups_by_id_restore_points(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetBackupsByIdRestorePointsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "RestorePoints",
                            &client.get_backups_by_id_restore_points_entities(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCatalogVms => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_catalog_vms().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCatalogVmsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CatalogVms",
                            &client.get_catalog_vms_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCatalogVmsByVmname => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityRef",
                            &client.get_catalog_vms_by_vmname(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCatalogVmsByVmnameVmRestorePoints => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client
                                .get_catalog_vms_by_vmname_vm_restore_points(id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCatalogVmsByVmnameVmRestorePointsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "VmRestorePoints",
                            &client
                                .get_catalog_vms_by_vmname_vm_restore_points_entities(id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCatalogVmsByVmnameVmRestorePointsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityRef",
                            &client
                                .get_catalog_vms_by_vmname_vm_restore_points_by_id(id, id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostCatalogVmsByVmnameVmRestorePointsByIdBrowse => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client
                                .post_catalog_vms_by_vmname_vm_restore_points_by_id_browse(
                                    id,
                                    id,
                                )
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCatalogVmsByVmnameVmRestorePointsByIdGuestfs => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "FileSystemEntry",
                            &client
                                .get_catalog_vms_by_vmname_vm_restore_points_by_id_guestfs(
                                    id,
                                    id,
                                )
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCatalogVmsByVmnameVmRestorePointsByIdGuestfsByFilepath => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "FileSystemEntries",
                            &client
                                .get_catalog_vms_by_vmname_vm_restore_points_by_id_guestfs_by_filepath(
                                    id,
                                    id,
                                    id,
                                )
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostCatalogVmsByVmnameVmRestorePointsByIdGuestfsByFilepathRestore => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client
                                .post_catalog_vms_by_vmname_vm_restore_points_by_id_guestfs_by_filepath_restore(
                                    id,
                                    id,
                                    id,
                                )
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCdpPolicies => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_cdp_policies().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCdpPoliciesEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CdpPolicies",
                            &client.get_cdp_policies_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCdpPoliciesById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CdpPolicy",
                            &client.get_cdp_policies_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostCdpPoliciesByIdDisable => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_cdp_policies_by_id_disable(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostCdpPoliciesByIdEnable => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_cdp_policies_by_id_enable(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PutCdpPoliciesById => {
            Box::pin(async move {
                let body: veeam_em::api::types::CdpPolicy = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.put_cdp_policies_by_id(id, &body).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCdpPoliciesByIdCdpReplicaSessions => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client
                                .get_cdp_policies_by_id_cdp_replica_sessions(id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCdpPoliciesByIdCdpReplicaSessionsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CdpReplicaSessions",
                            &client
                                .get_cdp_policies_by_id_cdp_replica_sessions_entities(id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCdpPoliciesByIdIncludes => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_cdp_policies_by_id_includes(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCdpPoliciesByIdIncludesEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "ObjectsInJob",
                            &client.get_cdp_policies_by_id_includes_entities(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostCdpPoliciesByIdIncludes => {
            Box::pin(async move {
                let body: veeam_em::api::types::CreateObjectInJobSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_cdp_policies_by_id_includes(id, &body).await?,
                        ),
                    ),
                )
            })
        }
        Operation::DeleteCdpPoliciesByIdIncludesById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client
                                .delete_cdp_policies_by_id_includes_by_id(id, id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCdpPoliciesByIdIncludesById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "ObjectInJob",
                            &client.get_cdp_policies_by_id_includes_by_id(id, id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCdpReplicaVApps => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_cdp_replica_v_apps().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCdpReplicaVAppsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "VAppCdpReplicas",
                            &client.get_cdp_replica_v_apps_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCdpReplicaVAppsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "VAppCdpReplica",
                            &client.get_cdp_replica_v_apps_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostCdpReplicaVAppsByIdFailover => {
            Box::pin(async move {
                let body: veeam_em::api::types::CdpFailoverStartSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client
                                .post_cdp_replica_v_apps_by_id_failover(id, &body)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostCdpReplicaVAppsByIdIntervals => {
            Box::pin(async move {
                let body: veeam_em::api::types::PostCdpReplicaVAppsIntervalsSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CdpReplicaIntervals",
                            &client
                                .post_cdp_replica_v_apps_by_id_intervals(id, &body)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCdpReplicaVAppsByIdVms => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "VAppCdpReplicaVms",
                            &client.get_cdp_replica_v_apps_by_id_vms(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCdpReplicaVAppsByIdVmsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "VAppCdpReplicaVm",
                            &client.get_cdp_replica_v_apps_by_id_vms_by_id(id, id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCdpReplicaSessions => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_cdp_replica_sessions().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCdpReplicaSessionsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CdpReplicaSessions",
                            &client.get_cdp_replica_sessions_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCdpReplicaSessionsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CdpReplicaSession",
                            &client.get_cdp_replica_sessions_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCdpReplicaSessionsByIdCdpReplicaTaskSessions => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client
                                .get_cdp_replica_sessions_by_id_cdp_replica_task_sessions(
                                    id,
                                )
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCdpReplicaSessionsByIdCdpReplicaTaskSessionsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CdpReplicaTaskSessions",
                            &client
                                .get_cdp_replica_sessions_by_id_cdp_replica_task_sessions_entities(
                                    id,
                                )
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCdpReplicaTaskSessions => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_cdp_replica_task_sessions().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCdpReplicaTaskSessionsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CdpReplicaTaskSessions",
                            &client.get_cdp_replica_task_sessions_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCdpReplicaTaskSessionsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CdpReplicaTaskSession",
                            &client.get_cdp_replica_task_sessions_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCdpReplicas => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_cdp_replicas().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCdpReplicasEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CdpReplicas",
                            &client.get_cdp_replicas_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCdpReplicasById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CdpReplica",
                            &client.get_cdp_replicas_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCdpReplicasByIdVms => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_cdp_replicas_by_id_vms(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCdpReplicasByIdVmsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CdpReplicaVms",
                            &client.get_cdp_replicas_by_id_vms_entities(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCdpReplicasByIdVmsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CdpReplicaVm",
                            &client.get_cdp_replicas_by_id_vms_by_id(id, id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostCdpReplicasByIdVmsByIdFailover => {
            Box::pin(async move {
                let body: veeam_em::api::types::CdpFailoverStartSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client
                                .post_cdp_replicas_by_id_vms_by_id_failover(id, id, &body)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostCdpReplicasByIdVmsByIdIntervals => {
            Box::pin(async move {
                let body: veeam_em::api::types::PostCdpReplicasVmsIntervalsSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CdpReplicaIntervals",
                            &client
                                .post_cdp_replicas_by_id_vms_by_id_intervals(id, id, &body)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloud => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CloudConnectService",
                            &client.get_cloud().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudCloudFailoverPlans => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_cloud_cloud_failover_plans().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudCloudFailoverPlansEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CloudFailoverPlans",
                            &client.get_cloud_cloud_failover_plans_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::DeleteCloudCloudFailoverPlansById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.delete_cloud_cloud_failover_plans_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudCloudFailoverPlansById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CloudFailoverPlan",
                            &client.get_cloud_cloud_failover_plans_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostCloudCloudFailoverPlansByIdStart => {
            Box::pin(async move {
                let body: veeam_em::api::types::CloudFailoverPlanManagementSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client
                                .post_cloud_cloud_failover_plans_by_id_start(id, &body)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostCloudCloudFailoverPlansByIdTest => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_cloud_cloud_failover_plans_by_id_test(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostCloudCloudFailoverPlansByIdUndo => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_cloud_cloud_failover_plans_by_id_undo(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PutCloudCloudFailoverPlansById => {
            Box::pin(async move {
                let body: veeam_em::api::types::CloudFailoverPlan = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client
                                .put_cloud_cloud_failover_plans_by_id(id, &body)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudCloudFailoverPlansByIdIncludes => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client
                                .get_cloud_cloud_failover_plans_by_id_includes(id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudCloudFailoverPlansByIdIncludesEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CloudFailoveredVms",
                            &client
                                .get_cloud_cloud_failover_plans_by_id_includes_entities(id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudCloudFailoverPlansByIdIncludesById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CloudFailoveredVm",
                            &client
                                .get_cloud_cloud_failover_plans_by_id_includes_by_id(id, id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudFailoverSessions => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_cloud_failover_sessions().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudFailoverSessionsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CloudFailoverSessions",
                            &client.get_cloud_failover_sessions_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudFailoverSessionsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CloudFailoverSession",
                            &client.get_cloud_failover_sessions_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudGatewayPools => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_cloud_gateway_pools().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudGatewayPoolsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CloudGatewayPools",
                            &client.get_cloud_gateway_pools_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostCloudGatewayPools => {
            Box::pin(async move {
                let body: veeam_em::api::types::CreateCloudGatewayPoolSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_cloud_gateway_pools(&body).await?,
                        ),
                    ),
                )
            })
        }
        Operation::DeleteCloudGatewayPoolsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.delete_cloud_gateway_pools_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudGatewayPoolsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CloudGatewayPool",
                            &client.get_cloud_gateway_pools_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PutCloudGatewayPoolsById => {
            Box::pin(async move {
                let body: veeam_em::api::types::CloudGatewayPool = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.put_cloud_gateway_pools_by_id(id, &body).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudGateways => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_cloud_gateways().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudGatewaysEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CloudGateways",
                            &client.get_cloud_gateways_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostCloudGateways => {
            Box::pin(async move {
                let body: veeam_em::api::types::CreateCloudGatewaySpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_cloud_gateways(&body).await?,
                        ),
                    ),
                )
            })
        }
        Operation::DeleteCloudGatewaysById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.delete_cloud_gateways_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudGatewaysById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CloudGateway",
                            &client.get_cloud_gateways_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PutCloudGatewaysById => {
            Box::pin(async move {
                let body: veeam_em::api::types::CloudGateway = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.put_cloud_gateways_by_id(id, &body).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudHardwarePlans => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_cloud_hardware_plans().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudHardwarePlansEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CloudHardwarePlans",
                            &client.get_cloud_hardware_plans_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostCloudHardwarePlans => {
            Box::pin(async move {
                let body: veeam_em::api::types::CloudHardwarePlanCreateSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_cloud_hardware_plans(&body).await?,
                        ),
                    ),
                )
            })
        }
        Operation::DeleteCloudHardwarePlansById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.delete_cloud_hardware_plans_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudHardwarePlansById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CloudHardwarePlan",
                            &client.get_cloud_hardware_plans_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PutCloudHardwarePlansById => {
            Box::pin(async move {
                let body: veeam_em::api::types::CloudHardwarePlan = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.put_cloud_hardware_plans_by_id(id, &body).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudHardwarePlansByIdTenants => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CloudTenants",
                            &client.get_cloud_hardware_plans_by_id_tenants(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudPublicIpAddresses => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_cloud_public_ip_addresses().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudPublicIpAddressesEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CloudPublicIpAddresses",
                            &client.get_cloud_public_ip_addresses_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostCloudPublicIpAddresses => {
            Box::pin(async move {
                let body: veeam_em::api::types::CloudPublicIpAddressCreateSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_cloud_public_ip_addresses(&body).await?,
                        ),
                    ),
                )
            })
        }
        Operation::DeleteCloudPublicIpAddressesById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.delete_cloud_public_ip_addresses_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudPublicIpAddressesById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CloudPublicIpAddress",
                            &client.get_cloud_public_ip_addresses_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PutCloudPublicIpAddressesById => {
            Box::pin(async move {
                let body: veeam_em::api::types::CloudPublicIpAddress = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    match client.put_cloud_public_ip_addresses_by_id(id, &body).await? {
                        Some(value) => {
                            Called::Encoded(encode(client.format(), "Task", &value))
                        }
                        None => Called::Nothing,
                    },
                )
            })
        }
        Operation::GetCloudReplicas => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_cloud_replicas().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudReplicasEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CloudReplicas",
                            &client.get_cloud_replicas_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudReplicasById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CloudReplica",
                            &client.get_cloud_replicas_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudReplicasByIdVmReplicaPoints => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_cloud_replicas_by_id_vm_replica_points(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudReplicasByIdVmReplicaPointsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "VmReplicaPoints",
                            &client
                                .get_cloud_replicas_by_id_vm_replica_points_entities(id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudTenants => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_cloud_tenants().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudTenantsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CloudTenants",
                            &client.get_cloud_tenants_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostCloudTenants => {
            Box::pin(async move {
                let body: veeam_em::api::types::CreateCloudTenantSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_cloud_tenants(&body).await?,
                        ),
                    ),
                )
            })
        }
        Operation::DeleteCloudTenantsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.delete_cloud_tenants_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudTenantsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CloudTenant",
                            &client.get_cloud_tenants_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PutCloudTenantsById => {
            Box::pin(async move {
                let body: veeam_em::api::types::CloudTenant = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.put_cloud_tenants_by_id(id, &body).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudTenantsByIdComputeResources => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CloudTenantComputeResources",
                            &client.get_cloud_tenants_by_id_compute_resources(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostCloudTenantsByIdComputeResources => {
            Box::pin(async move {
                let body: veeam_em::api::types::CloudTenantComputeResourceCreateSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client
                                .post_cloud_tenants_by_id_compute_resources(id, &body)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::DeleteCloudTenantsByIdComputeResourcesById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client
                                .delete_cloud_tenants_by_id_compute_resources_by_id(id, id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudTenantsByIdComputeResourcesById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CloudTenantComputeResource",
                            &client
                                .get_cloud_tenants_by_id_compute_resources_by_id(id, id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudTenantsByIdFreelicenseCounters => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CloudTenantFreeLicenseCounters",
                            &client
                                .get_cloud_tenants_by_id_freelicense_counters(id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudTenantsByIdGatewayPools => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_cloud_tenants_by_id_gateway_pools(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudTenantsByIdGatewayPoolsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CloudGatewayPools",
                            &client
                                .get_cloud_tenants_by_id_gateway_pools_entities(id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudTenantsByIdResources => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CloudTenantResources",
                            &client.get_cloud_tenants_by_id_resources(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostCloudTenantsByIdResources => {
            Box::pin(async move {
                let body: veeam_em::api::types::CreateCloudTenantResourceSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_cloud_tenants_by_id_resources(id, &body).await?,
                        ),
                    ),
                )
            })
        }
        Operation::DeleteCloudTenantsByIdResourcesById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client
                                .delete_cloud_tenants_by_id_resources_by_id(id, id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudTenantsByIdResourcesById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CloudTenantResource",
                            &client
                                .get_cloud_tenants_by_id_resources_by_id(id, id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudTenantsByIdSubtenants => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CloudSubtenants",
                            &client.get_cloud_tenants_by_id_subtenants(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostCloudTenantsByIdSubtenants => {
            Box::pin(async move {
                let body: veeam_em::api::types::CloudSubtenantCreateSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_cloud_tenants_by_id_subtenants(id, &body).await?,
                        ),
                    ),
                )
            })
        }
        Operation::DeleteCloudTenantsByIdSubtenantsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client
                                .delete_cloud_tenants_by_id_subtenants_by_id(id, id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudTenantsByIdSubtenantsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CloudSubtenant",
                            &client
                                .get_cloud_tenants_by_id_subtenants_by_id(id, id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::PutCloudTenantsByIdSubtenantsById => {
            Box::pin(async move {
                let body: veeam_em::api::types::CloudSubtenant = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client
                                .put_cloud_tenants_by_id_subtenants_by_id(id, id, &body)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudTenantsByIdVCloudComputeResources => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CloudTenantVCloudComputeResource",
                            &client
                                .get_cloud_tenants_by_id_v_cloud_compute_resources(id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostCloudTenantsByIdVCloudComputeResources => {
            Box::pin(async move {
                let body: veeam_em::api::types::CloudTenantVCloudComputeResourceCreateSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client
                                .post_cloud_tenants_by_id_v_cloud_compute_resources(
                                    id,
                                    &body,
                                )
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::DeleteCloudTenantsByIdVCloudComputeResourcesById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client
                                .delete_cloud_tenants_by_id_v_cloud_compute_resources_by_id(
                                    id,
                                    id,
                                )
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudTenantsByIdVCloudComputeResourcesById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CloudTenantVCloudComputeResource",
                            &client
                                .get_cloud_tenants_by_id_v_cloud_compute_resources_by_id(
                                    id,
                                    id,
                                )
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudVlans => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_cloud_vlans().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudVlansEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "VlanConfigurations",
                            &client.get_cloud_vlans_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::DeleteCloudVlansById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.delete_cloud_vlans_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudVlansById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "VlanConfiguration",
                            &client.get_cloud_vlans_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PutCloudVlansById => {
            Box::pin(async move {
                let body: veeam_em::api::types::VlanConfiguration = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.put_cloud_vlans_by_id(id, &body).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudVmReplicaPoints => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_cloud_vm_replica_points().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudVmReplicaPointsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CloudVmReplicaPoints",
                            &client.get_cloud_vm_replica_points_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetCloudVmReplicaPointsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "CloudVmReplicaPoint",
                            &client.get_cloud_vm_replica_points_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetExternalRepositories => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_external_repositories().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetExternalRepositoriesEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "ExternalRepositories",
                            &client.get_external_repositories_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetExternalRepositoriesById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "ExternalRepository",
                            &client.get_external_repositories_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetExternalRepositoriesByIdBackups => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_external_repositories_by_id_backups(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetExternalRepositoriesByIdBackupsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Backups",
                            &client
                                .get_external_repositories_by_id_backups_entities(id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetFailoverPlans => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_failover_plans().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetFailoverPlansEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "FailoverPlans",
                            &client.get_failover_plans_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetFailoverPlansById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "FailoverPlan",
                            &client.get_failover_plans_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostFailoverPlansByIdStart => {
            Box::pin(async move {
                let body: veeam_em::api::types::FailoverPlanManagementSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_failover_plans_by_id_start(id, &body).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostFailoverPlansByIdUndo => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_failover_plans_by_id_undo(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PutFailoverPlansById => {
            Box::pin(async move {
                let body: veeam_em::api::types::FailoverPlan = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.put_failover_plans_by_id(id, &body).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetHierarchyRoots => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_hierarchy_roots().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetHierarchyRootsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "HierarchyRoots",
                            &client.get_hierarchy_roots_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetHierarchyRootsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "HierarchyRoot",
                            &client.get_hierarchy_roots_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetJobs => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_jobs().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetJobsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Jobs",
                            &client.get_jobs_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::DeleteJobsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.delete_jobs_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetJobsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(client.format(), "Job", &client.get_jobs_by_id(id).await?),
                    ),
                )
            })
        }
        Operation::PostJobsByIdClone => {
            Box::pin(async move {
                let body: veeam_em::api::types::JobCloneSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_jobs_by_id_clone(id, &body).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostJobsByIdRetry => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_jobs_by_id_retry(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostJobsByIdStart => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_jobs_by_id_start(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostJobsByIdStop => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_jobs_by_id_stop(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostJobsByIdSync => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_jobs_by_id_sync(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostJobsByIdToggleScheduleEnabled => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_jobs_by_id_toggle_schedule_enabled(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PutJobsByIdEdit => {
            Box::pin(async move {
                let body: veeam_em::api::types::Job = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.put_jobs_by_id_edit(id, &body).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetJobsByIdIncludes => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_jobs_by_id_includes(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetJobsByIdIncludesEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "ObjectsInJob",
                            &client.get_jobs_by_id_includes_entities(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostJobsByIdIncludes => {
            Box::pin(async move {
                let body: veeam_em::api::types::CreateObjectInJobSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_jobs_by_id_includes(id, &body).await?,
                        ),
                    ),
                )
            })
        }
        Operation::DeleteJobsByIdIncludesById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.delete_jobs_by_id_includes_by_id(id, id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetJobsByIdIncludesById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "ObjectInJob",
                            &client.get_jobs_by_id_includes_by_id(id, id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetJobsByIdLinkedBackupRepositories => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_jobs_by_id_linked_backup_repositories(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostJobsByIdLinkedBackupRepositories => {
            Box::pin(async move {
                let body: veeam_em::api::types::PostJobsLinkedBackupRepositoriesSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client
                                .post_jobs_by_id_linked_backup_repositories(id, &body)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::DeleteJobsByIdLinkedBackupRepositoriesById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client
                                .delete_jobs_by_id_linked_backup_repositories_by_id(id, id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetJobsByIdLinkedJobs => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_jobs_by_id_linked_jobs(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostJobsByIdLinkedJobs => {
            Box::pin(async move {
                let body: veeam_em::api::types::PostJobsLinkedJobsSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_jobs_by_id_linked_jobs(id, &body).await?,
                        ),
                    ),
                )
            })
        }
        Operation::DeleteJobsByIdLinkedJobsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.delete_jobs_by_id_linked_jobs_by_id(id, id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetLogonSessions => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "LogonSessions",
                            &client.get_logon_sessions().await?,
                        ),
                    ),
                )
            })
        }
        Operation::DeleteLogonSessionsById => {
            Box::pin(async move {
                client.delete_logon_sessions_by_id(id).await?;
                Ok(Called::Nothing)
            })
        }
        Operation::GetLogonSessionsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "LogonSession",
                            &client.get_logon_sessions_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetLookup => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "HierarchyItems",
                            &client
                                .get_lookup("hierarchyRef", "host", "name", "type")
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetLookupSvc => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "LookupSvc",
                            &client.get_lookup_svc().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetManagedServers => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_managed_servers().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetManagedServersEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "ManagedServers",
                            &client.get_managed_servers_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetManagedServersById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "ManagedServer",
                            &client.get_managed_servers_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetNas => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(client.format(), "NASService", &client.get_nas().await?),
                    ),
                )
            })
        }
        Operation::GetNasBackupSessions => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_nas_backup_sessions().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetNasFileServers => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_nas_file_servers().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetNasFileServersEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "FileServers",
                            &client.get_nas_file_servers_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetNasFileServersById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "FileServer",
                            &client.get_nas_file_servers_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetNasJobs => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_nas_jobs().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetNasJobsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "NASJobs",
                            &client.get_nas_jobs_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetNasJobsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "NASJob",
                            &client.get_nas_jobs_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetNasJobsByIdBackupSessions => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_nas_jobs_by_id_backup_sessions(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetNasJobsByIdBackupSessionsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "BackupJobSessions",
                            &client
                                .get_nas_jobs_by_id_backup_sessions_entities(id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetNasJobsByIdIncludes => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_nas_jobs_by_id_includes(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetNasJobsByIdIncludesEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "NASObjects",
                            &client.get_nas_jobs_by_id_includes_entities(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetNasJobsByIdIncludesById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "NASObject",
                            &client.get_nas_jobs_by_id_includes_by_id(id, id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostNasJobsByIdRetry => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_nas_jobs_by_id_retry(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostNasJobsByIdStart => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_nas_jobs_by_id_start(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostNasJobsByIdStop => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_nas_jobs_by_id_stop(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostNasJobsByIdToggleScheduleEnabled => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client
                                .post_nas_jobs_by_id_toggle_schedule_enabled(id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetQueryAgentBackupJob => {
            Box::pin(async move {
                let page = client
                    .get_query_agent_backup_job(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryAgentBackupJobEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_agent_backup_job_entities(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryAgentProtectionGroup => {
            Box::pin(async move {
                let page = client
                    .get_query_agent_protection_group(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryAgentProtectionGroupEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_agent_protection_group_entities(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryAgentRestorePoint => {
            Box::pin(async move {
                let page = client
                    .get_query_agent_restore_point(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryAgentRestorePointEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_agent_restore_point_entities(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryBackup => {
            Box::pin(async move {
                let page = client
                    .get_query_backup(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryBackupEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_backup_entities(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryBackupFile => {
            Box::pin(async move {
                let page = client
                    .get_query_backup_file(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryBackupFileEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_backup_file_entities(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryBackupJobSession => {
            Box::pin(async move {
                let page = client
                    .get_query_backup_job_session(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryBackupJobSessionEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_backup_job_session_entities(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryBackupServer => {
            Box::pin(async move {
                let page = client
                    .get_query_backup_server(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryBackupServerEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_backup_server_entities(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryBackupTaskSession => {
            Box::pin(async move {
                let page = client
                    .get_query_backup_task_session(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryBackupTaskSessionEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_backup_task_session_entities(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryCdpPolicy => {
            Box::pin(async move {
                let page = client
                    .get_query_cdp_policy(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryCdpPolicyEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_cdp_policy_entities(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryCdpReplica => {
            Box::pin(async move {
                let page = client
                    .get_query_cdp_replica(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryCdpReplicaEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_cdp_replica_entities(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryCdpReplicaSession => {
            Box::pin(async move {
                let page = client
                    .get_query_cdp_replica_session(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryCdpReplicaSessionEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_cdp_replica_session_entities(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryCdpReplicaTaskSession => {
            Box::pin(async move {
                let page = client
                    .get_query_cdp_replica_task_session(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryCdpReplicaTaskSessionEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_cdp_replica_task_session_entities(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryCloudFailoverPlan => {
            Box::pin(async move {
                let page = client
                    .get_query_cloud_failover_plan(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryCloudFailoverPlanEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_cloud_failover_plan_entities(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryCloudFailoverSession => {
            Box::pin(async move {
                let page = client
                    .get_query_cloud_failover_session(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryCloudFailoverSessionEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_cloud_failover_session_entities(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryCloudGateway => {
            Box::pin(async move {
                let page = client
                    .get_query_cloud_gateway(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryCloudGatewayEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_cloud_gateway_entities(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryCloudGatewayPool => {
            Box::pin(async move {
                let page = client
                    .get_query_cloud_gateway_pool(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryCloudGatewayPoolEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_cloud_gateway_pool_entities(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryCloudHardwarePlan => {
            Box::pin(async move {
                let page = client
                    .get_query_cloud_hardware_plan(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryCloudHardwarePlanEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_cloud_hardware_plan_entities(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryCloudPublicIpAddress => {
            Box::pin(async move {
                let page = client
                    .get_query_cloud_public_ip_address(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryCloudPublicIpAddressEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_cloud_public_ip_address_entities(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryCloudReplica => {
            Box::pin(async move {
                let page = client
                    .get_query_cloud_replica(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryCloudReplicaEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_cloud_replica_entities(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryCloudSubtenant => {
            Box::pin(async move {
                let page = client
                    .get_query_cloud_subtenant(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryCloudSubtenantEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_cloud_subtenant_entities(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryCloudTenant => {
            Box::pin(async move {
                let page = client
                    .get_query_cloud_tenant(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryCloudTenantEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_cloud_tenant_entities(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryCloudVmReplicaPoint => {
            Box::pin(async move {
                let page = client
                    .get_query_cloud_vm_replica_point(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryCloudVmReplicaPointEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_cloud_vm_replica_point_entities(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryCredentials => {
            Box::pin(async move {
                let page = client
                    .get_query_credentials(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryCredentialsEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_credentials_entities(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryDiscoveredComputer => {
            Box::pin(async move {
                let page = client
                    .get_query_discovered_computer(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryDiscoveredComputerEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_discovered_computer_entities(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryFailoverPlan => {
            Box::pin(async move {
                let page = client
                    .get_query_failover_plan(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryFailoverPlanEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_failover_plan_entities(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryFileServer => {
            Box::pin(async move {
                let page = client
                    .get_query_file_server(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryFileServerEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_file_server_entities(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryHierarchyRoot => {
            Box::pin(async move {
                let page = client
                    .get_query_hierarchy_root(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryHierarchyRootEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_hierarchy_root_entities(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryJob => {
            Box::pin(async move {
                let page = client
                    .get_query_job(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryJobEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_job_entities(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryManagedServer => {
            Box::pin(async move {
                let page = client
                    .get_query_managed_server(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryManagedServerEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_managed_server_entities(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryNasJob => {
            Box::pin(async move {
                let page = client
                    .get_query_nas_job(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryNasJobEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_nas_job_entities(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryNasObject => {
            Box::pin(async move {
                let page = client
                    .get_query_nas_object(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryNasObjectEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_nas_object_entities(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryObjectInAgentBackupJob => {
            Box::pin(async move {
                let page = client
                    .get_query_object_in_agent_backup_job(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryObjectInAgentBackupJobEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_object_in_agent_backup_job_entities(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryObjectInJob => {
            Box::pin(async move {
                let page = client
                    .get_query_object_in_job(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryObjectInJobEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_object_in_job_entities(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryPasswords => {
            Box::pin(async move {
                let page = client
                    .get_query_passwords(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryPasswordsEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_passwords_entities(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryReplica => {
            Box::pin(async move {
                let page = client
                    .get_query_replica(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryReplicaEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_replica_entities(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryReplicaJobSession => {
            Box::pin(async move {
                let page = client
                    .get_query_replica_job_session(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryReplicaJobSessionEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_replica_job_session_entities(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryReplicaTaskSession => {
            Box::pin(async move {
                let page = client
                    .get_query_replica_task_session(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryReplicaTaskSessionEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_replica_task_session_entities(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryRepository => {
            Box::pin(async move {
                let page = client
                    .get_query_repository(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryRepositoryEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_repository_entities(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryRestorePoint => {
            Box::pin(async move {
                let page = client
                    .get_query_restore_point(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryRestorePointEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_restore_point_entities(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryRestoreSession => {
            Box::pin(async move {
                let page = client
                    .get_query_restore_session(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryRestoreSessionEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_restore_session_entities(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryTask => {
            Box::pin(async move {
                let page = client
                    .get_query_task(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryTaskEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_task_entities(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryVCloudOrganizationConfig => {
            Box::pin(async move {
                let page = client
                    .get_query_v_cloud_organization_config(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryVCloudOrganizationConfigEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_v_cloud_organization_config_entities(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryVlanConfiguration => {
            Box::pin(async move {
                let page = client
                    .get_query_vlan_configuration(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryVlanConfigurationEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_vlan_configuration_entities(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryVmReplicaPoint => {
            Box::pin(async move {
                let page = client
                    .get_query_vm_replica_point(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryVmReplicaPointEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_vm_replica_point_entities(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryVmRestorePoint => {
            Box::pin(async move {
                let page = client
                    .get_query_vm_restore_point(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryVmRestorePointEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_vm_restore_point_entities(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryVsphereSelfServiceConfig => {
            Box::pin(async move {
                let page = client
                    .get_query_vsphere_self_service_config(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryVsphereSelfServiceConfigEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_vsphere_self_service_config_entities(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryWanAccelerator => {
            Box::pin(async move {
                let page = client
                    .get_query_wan_accelerator(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryWanAcceleratorEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_wan_accelerator_entities(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryVAppReplicaPoint => {
            Box::pin(async move {
                let page = client
                    .get_query_v_app_replica_point(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryVAppReplicaPointEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_v_app_replica_point_entities(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryVAppRestorePoint => {
            Box::pin(async move {
                let page = client
                    .get_query_v_app_restore_point(&veeam_em::flows::Query::default())
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQueryVAppRestorePointEntities => {
            Box::pin(async move {
                let page = client
                    .get_query_v_app_restore_point_entities(
                        &veeam_em::flows::Query::default(),
                    )
                    .await?;
                Ok(Called::Items(page.items.len()))
            })
        }
        Operation::GetQuerySvc => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "QuerySvc",
                            &client.get_query_svc().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetReplicaSessions => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_replica_sessions().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetReplicaSessionsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "ReplicaJobSessions",
                            &client.get_replica_sessions_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetReplicaSessionsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "ReplicaJobSession",
                            &client.get_replica_sessions_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetReplicaSessionsByIdReplicaTaskSessions => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client
                                .get_replica_sessions_by_id_replica_task_sessions(id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetReplicaSessionsByIdReplicaTaskSessionsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "ReplicaTaskSessions",
                            &client
                                .get_replica_sessions_by_id_replica_task_sessions_entities(
                                    id,
                                )
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetReplicaTaskSessions => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_replica_task_sessions().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetReplicaTaskSessionsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "ReplicaTaskSessions",
                            &client.get_replica_task_sessions_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetReplicaTaskSessionsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "ReplicaTaskSession",
                            &client.get_replica_task_sessions_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetReplicas => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_replicas().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetReplicasEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Replicas",
                            &client.get_replicas_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetReplicasById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Replica",
                            &client.get_replicas_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetReportsSummary => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "SummaryReport",
                            &client.get_reports_summary().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetReportsSummaryJobStatistics => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "JobStatisticsReportFrame",
                            &client.get_reports_summary_job_statistics().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetReportsSummaryOverview => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "OverviewReportFrame",
                            &client.get_reports_summary_overview().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetReportsSummaryProcessedVms => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "ProcessedVmsReportFrame",
                            &client.get_reports_summary_processed_vms().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetReportsSummaryRepository => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "RepositoryReportFrame",
                            &client.get_reports_summary_repository().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetReportsSummaryVmsOverview => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "VmsOverviewReportFrame",
                            &client.get_reports_summary_vms_overview().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetRepositories => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_repositories().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetRepositoriesEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Repositories",
                            &client.get_repositories_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetRepositoriesById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Repository",
                            &client.get_repositories_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetRestorePoints => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_restore_points().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetRestorePointsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "RestorePoints",
                            &client.get_restore_points_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetRestorePointsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "RestorePoint",
                            &client.get_restore_points_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetRestorePointsByIdAgentRestorePoints => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client
                                .get_restore_points_by_id_agent_restore_points(id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetRestorePointsByIdAgentRestorePointsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "AgentRestorePoints",
                            &client
                                .get_restore_points_by_id_agent_restore_points_entities(id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetRestorePointsByIdBackupFiles => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_restore_points_by_id_backup_files(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetRestorePointsByIdBackupFilesEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "BackupFiles",
                            &client
                                .get_restore_points_by_id_backup_files_entities(id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetRestorePointsByIdVAppRestorePoints => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client
                                .get_restore_points_by_id_v_app_restore_points(id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetRestorePointsByIdVAppRestorePointsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "VAppRestorePoints",
                            &client
                                .get_restore_points_by_id_v_app_restore_points_entities(id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetRestorePointsByIdVmRestorePoints => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_restore_points_by_id_vm_restore_points(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetRestorePointsByIdVmRestorePointsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "VmRestorePoints",
                            &client
                                .get_restore_points_by_id_vm_restore_points_entities(id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetRestoreSessions => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_restore_sessions().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetRestoreSessionsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "RestoreSessions",
                            &client.get_restore_sessions_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetRestoreSessionsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "RestoreSession",
                            &client.get_restore_sessions_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetSecurity => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EnterpriseSecuritySettings",
                            &client.get_security().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetSecurityAccounts => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_security_accounts().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetSecurityAccountsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EnterpriseAccounts",
                            &client.get_security_accounts_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostSecurityAccounts => {
            Box::pin(async move {
                let body: veeam_em::api::types::EnterpriseAccountCreateSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    match client.post_security_accounts(&body).await? {
                        Some(value) => {
                            Called::Encoded(
                                encode(client.format(), "EnterpriseAccount", &value),
                            )
                        }
                        None => Called::Nothing,
                    },
                )
            })
        }
        Operation::PostSecurityAccountsRebuildScope => {
            Box::pin(async move {
                let body: veeam_em::api::types::RebuildScopeJobSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_security_accounts_rebuild_scope(&body).await?,
                        ),
                    ),
                )
            })
        }
        Operation::DeleteSecurityAccountsById => {
            Box::pin(async move {
                client.delete_security_accounts_by_id(id).await?;
                Ok(Called::Nothing)
            })
        }
        Operation::GetSecurityAccountsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EnterpriseAccount",
                            &client.get_security_accounts_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostSecurityAccountsById => {
            Box::pin(async move {
                client.post_security_accounts_by_id(id).await?;
                Ok(Called::Nothing)
            })
        }
        Operation::GetSecurityAccountsByIdRoles => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EnterpriseAccountInRoleList",
                            &client.get_security_accounts_by_id_roles(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostSecurityAccountsByIdRoles => {
            Box::pin(async move {
                let body: veeam_em::api::types::EnterpriseAccountInRoleCreateSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    match client.post_security_accounts_by_id_roles(id, &body).await? {
                        Some(value) => {
                            Called::Encoded(
                                encode(client.format(), "EnterpriseAccountInRole", &value),
                            )
                        }
                        None => Called::Nothing,
                    },
                )
            })
        }
        Operation::DeleteSecurityAccountsByIdRolesById => {
            Box::pin(async move {
                client.delete_security_accounts_by_id_roles_by_id(id, id).await?;
                Ok(Called::Nothing)
            })
        }
        Operation::GetSecurityAccountsByIdRolesById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EnterpriseAccountInRole",
                            &client
                                .get_security_accounts_by_id_roles_by_id(id, id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetSecurityAccountsByIdScopes => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EnterpriseAccountHierarchyScopes",
                            &client.get_security_accounts_by_id_scopes(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostSecurityAccountsByIdScopes => {
            Box::pin(async move {
                let body: veeam_em::api::types::HierarchyScopeCreateSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_security_accounts_by_id_scopes(id, &body).await?,
                        ),
                    ),
                )
            })
        }
        Operation::DeleteSecurityAccountsByIdScopesById => {
            Box::pin(async move {
                client.delete_security_accounts_by_id_scopes_by_id(id, id).await?;
                Ok(Called::Nothing)
            })
        }
        Operation::GetSecurityAccountsByIdScopesById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EnterpriseAccountHierarchyScope",
                            &client
                                .get_security_accounts_by_id_scopes_by_id(id, id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetSecurityRoles => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_security_roles().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetSecurityRolesEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EnterpriseRoles",
                            &client.get_security_roles_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetSecurityRolesById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EnterpriseRole",
                            &client.get_security_roles_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetSelfServiceVSphere => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "VSphereSelfService",
                            &client.get_self_service_v_sphere().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetSelfServiceVSphereConfigs => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_self_service_v_sphere_configs().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetSelfServiceVSphereConfigsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "VSphereSelfServiceConfigs",
                            &client.get_self_service_v_sphere_configs_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostSelfServiceVSphereConfigs => {
            Box::pin(async move {
                let body: veeam_em::api::types::VSphereSelfServiceCreateSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_self_service_v_sphere_configs(&body).await?,
                        ),
                    ),
                )
            })
        }
        Operation::DeleteSelfServiceVSphereConfigsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.delete_self_service_v_sphere_configs_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetSelfServiceVSphereConfigsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "VSphereSelfServiceConfig",
                            &client.get_self_service_v_sphere_configs_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PutSelfServiceVSphereConfigsById => {
            Box::pin(async move {
                let body: veeam_em::api::types::VSphereSelfServiceConfig = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client
                                .put_self_service_v_sphere_configs_by_id(id, &body)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetSelfServiceVSphereConfigsByIdBackupJobSettings => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "VSphereSelfServiceConfigJobSettings",
                            &client
                                .get_self_service_v_sphere_configs_by_id_backup_job_settings(
                                    id,
                                )
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostSessionMngrVV17 => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "LogonSession",
                            &client.post_session_mngr_v_v1_7().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetSystemSessions => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_system_sessions().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetSystemSessionsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "SystemSessions",
                            &client.get_system_sessions_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetSystemSessionsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "SystemSession",
                            &client.get_system_sessions_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetSystemSessionsByIdEvents => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "SystemSessionEvents",
                            &client.get_system_sessions_by_id_events(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetTasks => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(client.format(), "Tasks", &client.get_tasks().await?),
                    ),
                )
            })
        }
        Operation::DeleteTasksById => {
            Box::pin(async move {
                client.delete_tasks_by_id(id).await?;
                Ok(Called::Nothing)
            })
        }
        Operation::GetTasksById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.get_tasks_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetVAppReplicaPoints => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_v_app_replica_points().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetVAppReplicaPointsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "VAppReplicaPoints",
                            &client.get_v_app_replica_points_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetVAppReplicaPointsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "VAppReplicaPoint",
                            &client.get_v_app_replica_points_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostVAppReplicaPointsByIdFailover => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_v_app_replica_points_by_id_failover(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetVAppRestorePoints => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_v_app_restore_points().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetVAppRestorePointsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "VAppRestorePoints",
                            &client.get_v_app_restore_points_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetVAppRestorePointsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "VAppRestorePoint",
                            &client.get_v_app_restore_points_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostVAppRestorePointsByIdRestore => {
            Box::pin(async move {
                let body: veeam_em::api::types::RestoreSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client
                                .post_v_app_restore_points_by_id_restore(id, &body)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetVCloud => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "VCloudService",
                            &client.get_v_cloud().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetVCloudOrgConfigs => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_v_cloud_org_configs().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetVCloudOrgConfigsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "VCloudOrganizationConfigs",
                            &client.get_v_cloud_org_configs_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostVCloudOrgConfigs => {
            Box::pin(async move {
                let body: veeam_em::api::types::VCloudOrganizationConfigCreateSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_v_cloud_org_configs(&body).await?,
                        ),
                    ),
                )
            })
        }
        Operation::DeleteVCloudOrgConfigsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.delete_v_cloud_org_configs_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetVCloudOrgConfigsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "VCloudOrganizationConfig",
                            &client.get_v_cloud_org_configs_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostVCloudOrgConfigsByIdDisable => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_v_cloud_org_configs_by_id_disable(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PutVCloudOrgConfigsById => {
            Box::pin(async move {
                let body: veeam_em::api::types::VCloudOrganizationConfig = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.put_v_cloud_org_configs_by_id(id, &body).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetVCloudOrgConfigsByIdBackupJobSettings => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "JobSettings",
                            &client
                                .get_v_cloud_org_configs_by_id_backup_job_settings(id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetVmReplicaPoints => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_vm_replica_points().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetVmReplicaPointsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "VmReplicaPoints",
                            &client.get_vm_replica_points_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetVmReplicaPointsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "VmReplicaPoint",
                            &client.get_vm_replica_points_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostVmReplicaPointsByIdFailover => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_vm_replica_points_by_id_failover(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetVmReplicaPointsByIdMounts => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "VmReplicaPointMounts",
                            &client.get_vm_replica_points_by_id_mounts(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostVmReplicaPointsByIdMounts => {
            Box::pin(async move {
                let body: veeam_em::api::types::PostVmReplicaPointsMountsSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_vm_replica_points_by_id_mounts(id, &body).await?,
                        ),
                    ),
                )
            })
        }
        Operation::DeleteVmReplicaPointsByIdMountsById => {
            Box::pin(async move {
                client.delete_vm_replica_points_by_id_mounts_by_id(id, id).await?;
                Ok(Called::Nothing)
            })
        }
        Operation::GetVmReplicaPointsByIdMountsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "VmReplicaPointMount",
                            &client
                                .get_vm_replica_points_by_id_mounts_by_id(id, id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetVmReplicaPointsByIdMountsByIdByFilepath => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "FileSystemEntry",
                            &client
                                .get_vm_replica_points_by_id_mounts_by_id_by_filepath(
                                    id,
                                    id,
                                    id,
                                )
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostVmReplicaPointsByIdMountsByIdByFilepathRestore => {
            Box::pin(async move {
                let body: veeam_em::api::types::FileRestoreSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client
                                .post_vm_replica_points_by_id_mounts_by_id_by_filepath_restore(
                                    id,
                                    id,
                                    id,
                                    &body,
                                )
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetVmRestorePoints => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_vm_restore_points().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetVmRestorePointsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "VmRestorePoints",
                            &client.get_vm_restore_points_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetVmRestorePointsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "VmRestorePoint",
                            &client.get_vm_restore_points_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostVmRestorePointsByIdRestore => {
            Box::pin(async move {
                let body: veeam_em::api::types::RestoreSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client
                                .post_vm_restore_points_by_id_restore(id, &body)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetVmRestorePointsByIdMounts => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "VmRestorePointMounts",
                            &client.get_vm_restore_points_by_id_mounts(id).await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostVmRestorePointsByIdMounts => {
            Box::pin(async move {
                let body: veeam_em::api::types::PostVmRestorePointsMountsSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client.post_vm_restore_points_by_id_mounts(id, &body).await?,
                        ),
                    ),
                )
            })
        }
        Operation::DeleteVmRestorePointsByIdMountsById => {
            Box::pin(async move {
                client.delete_vm_restore_points_by_id_mounts_by_id(id, id).await?;
                Ok(Called::Nothing)
            })
        }
        Operation::GetVmRestorePointsByIdMountsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "VmRestorePointMount",
                            &client
                                .get_vm_restore_points_by_id_mounts_by_id(id, id)
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetVmRestorePointsByIdMountsByIdByFilepath => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "FileSystemEntries",
                            &client
                                .get_vm_restore_points_by_id_mounts_by_id_by_filepath(
                                    id,
                                    id,
                                    id,
                                )
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::PostVmRestorePointsByIdMountsByIdByFilepathRestore => {
            Box::pin(async move {
                let body: veeam_em::api::types::FileRestoreSpec = body
                    .ok_or(CallError::NoBody)?
                    .read()?;
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "Task",
                            &client
                                .post_vm_restore_points_by_id_mounts_by_id_by_filepath_restore(
                                    id,
                                    id,
                                    id,
                                    &body,
                                )
                                .await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetWanAccelerators => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "EntityReferences",
                            &client.get_wan_accelerators().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetWanAcceleratorsEntities => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "WanAccelerators",
                            &client.get_wan_accelerators_entities().await?,
                        ),
                    ),
                )
            })
        }
        Operation::GetWanAcceleratorsById => {
            Box::pin(async move {
                Ok(
                    Called::Encoded(
                        encode(
                            client.format(),
                            "WanAccelerator",
                            &client.get_wan_accelerators_by_id(id).await?,
                        ),
                    ),
                )
            })
        }
        _ => unreachable!("every operation has an arm"),
    }
}
